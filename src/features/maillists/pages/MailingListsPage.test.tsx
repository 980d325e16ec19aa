import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { MailingListsPage } from './MailingListsPage';
import { paths, routePatterns } from '@/config/paths';
import { mockPbm, server } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';

// Both routes of the section in one pattern, so moving between lists stays on the page.
const route = `${routePatterns.tenant}/${routePatterns.mailingLists}/:mail?`;

async function openPage(url = paths.mailingLists('default')) {
  await signInAs();
  const view = renderRoute(<MailingListsPage />, { path: route, url });
  await screen.findByRole('list', { name: /Все списки/ });
  return view;
}

afterEach(() => server.events.removeAllListeners());

const detailsPane = () => screen.getByRole('region', { name: 'Выбранный список рассылок' });
const storedList = (mail: string) => mockPbm.store.state.maillists.find((l) => l.mail === mail);

/** PUT/POST /maillists requests as PBM received them: query and form body merged. */
function recordMaillistWrites() {
  const writes: Array<{ method: string; url: URL; body: URLSearchParams }> = [];
  server.events.on('request:start', ({ request }) => {
    if (!new URL(request.url).pathname.endsWith('/maillists') || request.method === 'GET') return;
    void request
      .clone()
      .text()
      .then((text) =>
        writes.push({
          method: request.method,
          url: new URL(request.url),
          body: new URLSearchParams(text),
        }),
      );
  });
  return writes;
}

it('lists the tenant lists and opens the one named in the URL', async () => {
  await openPage(paths.mailingList('default', 'dev@example.ru'));
  expect(screen.getByRole('link', { name: /Разработка dev@example\.ru/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const pane = detailsPane();
  expect(within(pane).getByRole('heading', { name: 'Разработка' })).toBeInTheDocument();
  expect(within(pane).getByLabelText(/Имя списка/)).toHaveValue('Разработка');
  expect(within(pane).getByLabelText(/Почтовый ящик/)).toHaveValue('dev');
  expect(within(pane).getByRole('heading', { name: 'Участники (18)' })).toBeInTheDocument();
});

it('says so when the list in the URL does not exist, with a way back', async () => {
  const { user } = await openPage(paths.mailingList('default', 'gone@example.ru'));
  expect(within(detailsPane()).getByText('Список рассылок не найден')).toBeInTheDocument();
  await user.click(screen.getByRole('link', { name: 'Ко всем спискам рассылок' }));
  expect(
    await screen.findByText('Выберите список рассылок слева или создайте новый'),
  ).toBeVisible();
});

it('filters the lists by name or address', async () => {
  const { user } = await openPage();
  await user.type(screen.getByLabelText('Найти список'), 'sales@');
  const lists = screen.getByRole('list', { name: /Все списки/ });
  expect(
    within(lists)
      .getAllByRole('link')
      .map((link) => link.textContent),
  ).toEqual(['Отдел продажsales@test.ru']);
});

it('creates a list with a person found by surname and an external address', async () => {
  const writes = recordMaillistWrites();
  const { user } = await openPage();
  await user.click(screen.getByRole('button', { name: 'Новый список рассылок' }));
  const pane = detailsPane();
  await user.type(within(pane).getByLabelText(/Имя списка/), 'Проектный офис');
  await user.type(within(pane).getByLabelText(/Почтовый ящик/), 'pmo');
  const picker = within(pane).getByRole('combobox', { name: 'Добавить участников' });
  await user.type(picker, 'Петро');
  await user.click(await screen.findByRole('option', { name: /Марина Петрова/ }));
  await user.type(picker, 'partner@gmail.com,');
  expect(within(pane).getByRole('heading', { name: 'Участники (2)' })).toBeInTheDocument();
  expect(within(pane).getByText('Внешний адрес')).toBeInTheDocument();
  await user.click(within(pane).getByRole('button', { name: 'Сохранить' }));

  expect(await screen.findByText('Список рассылок pmo@example.ru создан')).toBeInTheDocument();
  expect(storedList('pmo@example.ru')).toEqual({
    tenantId: 'default',
    mail: 'pmo@example.ru',
    displayName: 'Проектный офис',
    members: ['partner@gmail.com', 'marina.petrova@example.ru'],
  });
  // 500 members do not fit in a URL: they travel in the form body.
  expect(writes[0]?.url.searchParams.has('alias')).toBe(false);
  expect(writes[0]?.body.get('alias')).toBe('["partner@gmail.com","marina.petrova@example.ru"]');
  await waitFor(() =>
    expect(screen.getByRole('link', { name: /Проектный офис/ })).toHaveAttribute(
      'aria-current',
      'page',
    ),
  );
});

it('renames the mailbox, removes a member, and sends the whole member list once', async () => {
  const writes = recordMaillistWrites();
  const before = storedList('dev@example.ru')?.members ?? [];
  const { user, router } = await openPage(paths.mailingList('default', 'dev@example.ru'));
  const pane = detailsPane();
  const login = within(pane).getByLabelText(/Почтовый ящик/);
  await user.clear(login);
  await user.type(login, 'developers');
  const [firstRemove] = within(pane).getAllByRole('button', { name: /^Удалить участника/ });
  await user.click(firstRemove!);
  await user.dblClick(within(pane).getByRole('button', { name: 'Сохранить' }));

  await waitFor(() =>
    expect(router.state.location.pathname).toBe(
      paths.mailingList('default', 'developers@example.ru'),
    ),
  );
  expect(storedList('developers@example.ru')?.members).toEqual(before.slice(1));
  expect(writes).toHaveLength(1);
  expect(writes[0]?.body.get('newmail')).toBe('developers@example.ru');
  expect(writes[0]?.url.searchParams.get('mail')).toBe('dev@example.ru');
});

it('Отмена brings back what was loaded', async () => {
  const { user } = await openPage(paths.mailingList('default', 'dev@example.ru'));
  const pane = detailsPane();
  const name = within(pane).getByLabelText(/Имя списка/);
  await user.clear(name);
  await user.type(name, 'Другое имя');
  await user.click(within(pane).getAllByRole('button', { name: /^Удалить участника/ })[0]!);
  await user.click(within(pane).getByRole('button', { name: 'Отмена' }));
  expect(name).toHaveValue('Разработка');
  expect(within(pane).getByRole('heading', { name: 'Участники (18)' })).toBeInTheDocument();
});

it('puts a taken address on the mailbox field', async () => {
  const { user } = await openPage(paths.mailingList('default', 'dev@example.ru'));
  const login = within(detailsPane()).getByLabelText(/Почтовый ящик/);
  await user.clear(login);
  await user.type(login, 'admin');
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
  await waitFor(() => expect(login).toHaveAccessibleDescription('Адрес уже используется'));
});

it('keeps the edits after a failed save and saves them on Retry', async () => {
  server.use(
    http.put('*/maillists', () => HttpResponse.json({ message: 'down' }, { status: 503 }), {
      once: true,
    }),
  );
  const { user } = await openPage(paths.mailingList('default', 'dev@example.ru'));
  const name = within(detailsPane()).getByLabelText(/Имя списка/);
  await user.clear(name);
  await user.type(name, 'R&D');
  await user.click(screen.getByRole('button', { name: 'Сохранить' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка сервера (503)');
  expect(name).toHaveValue('R&D');
  await user.click(screen.getByRole('button', { name: 'Повторить' }));
  await waitFor(() => expect(storedList('dev@example.ru')?.displayName).toBe('R&D'));
});

it('marks a member nobody in the tenant has any more', async () => {
  storedList('dev@example.ru')?.members.unshift('ghost@example.ru');
  await openPage(paths.mailingList('default', 'dev@example.ru'));
  const members = within(detailsPane()).getByRole('list', { name: /Участники/ });
  const [first] = within(members).getAllByRole('listitem');
  expect(first).toHaveTextContent('ghost@example.ru');
  expect(await within(first!).findByText('Нет в каталоге')).toBeInTheDocument();
});

it('deletes a list after a confirmation naming it and its member count', async () => {
  const { user, router } = await openPage(paths.mailingList('default', 'sales@test.ru'));
  await user.click(screen.getByRole('button', { name: 'Удалить список «Отдел продаж»' }));
  const dialog = await screen.findByRole('dialog', { name: 'Удалить список рассылок?' });
  expect(dialog).toHaveTextContent(
    'Список «Отдел продаж» (sales@test.ru) с 20 участниками будет удалён.',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(paths.mailingLists('default')));
  expect(storedList('sales@test.ru')).toBeUndefined();
  expect(await screen.findByText('Список «Отдел продаж» удалён')).toBeInTheDocument();
  // Its row, whose button opened the dialog, is gone: the focus goes to the lists, not the page.
  await waitFor(() =>
    expect(screen.getByRole('region', { name: 'Перечень списков рассылок' })).toHaveFocus(),
  );
});
