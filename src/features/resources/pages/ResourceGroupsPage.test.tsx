import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { paths, routePatterns } from '@/config/paths';
import { mockPbm, server } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';
import { ResourceGroupsPage } from './ResourceGroupsPage';

// One route for the section root and a group, as the router's two entries render the same page.
const route = `${routePatterns.tenant}/${routePatterns.resourceGroups}/:groupName?`;
const MOSCOW = 'Переговорные Москва';
// Saves go through PBM, reload lists and navigate, and forms load on first use: give a busy
// test machine time.
const afterSave = { timeout: 5_000 };

async function openSection(url = paths.resourceGroups('default')) {
  await signInAs();
  const view = renderRoute(<ResourceGroupsPage />, { path: route, url });
  await screen.findByRole('navigation', { name: 'Группы ресурсов' });
  return view;
}

function groupLink(name: string | RegExp) {
  return within(screen.getByRole('navigation', { name: 'Группы ресурсов' })).getByRole('link', {
    name,
  });
}

async function openNewGroupForm(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(screen.getByRole('button', { name: 'Новая группа ресурсов' }));
  return screen.findByRole('form', { name: 'Новая группа ресурсов' }, afterSave);
}

it('lists the groups with how many resources each holds and asks to choose one', async () => {
  await openSection();
  expect(groupLink(/Переговорные Москва/)).toHaveAccessibleName('Переговорные Москва 3 ресурса');
  expect(groupLink(/Санкт-Петербург/)).toHaveTextContent('2 ресурса');
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Выберите группу ресурсов');
});

it('opens the group the URL names, highlighted, with its resources', async () => {
  await openSection(paths.resourceGroup('default', MOSCOW));
  const table = await screen.findByRole('table', { name: `Ресурсы группы «${MOSCOW}»` });
  expect(within(table).getAllByRole('row')).toHaveLength(4);
  expect(within(table).getByRole('cell', { name: 'room.baikal@example.ru' })).toBeInTheDocument();
  expect(groupLink(/Переговорные Москва/)).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('heading', { level: 2, name: MOSCOW })).toBeInTheDocument();
});

it('says when the URL names no group of the tenant, with a way back', async () => {
  const { user } = await openSection(paths.resourceGroup('default', 'Нет такой'));
  expect(await screen.findByRole('heading', { name: 'Группа ресурсов не найдена' })).toBeVisible();
  await user.click(screen.getByRole('link', { name: 'К перечню групп' }));
  expect(await screen.findByText('Выберите группу ресурсов')).toBeInTheDocument();
});

it('shows an error with Retry when the groups do not load', async () => {
  server.use(
    http.get('*/resources/groups', () => HttpResponse.json({ message: 'down' }, { status: 500 }), {
      once: true,
    }),
  );
  await signInAs();
  const { user } = renderRoute(<ResourceGroupsPage />, {
    path: route,
    url: paths.resourceGroups('default'),
  });
  expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка сервера (500)');
  await user.click(screen.getByRole('button', { name: 'Повторить' }));
  expect(await screen.findByRole('navigation', { name: 'Группы ресурсов' })).toBeInTheDocument();
});

it('says so when the tenant has no groups', async () => {
  server.use(http.get('*/resources/groups', () => HttpResponse.json([])));
  await signInAs();
  renderRoute(<ResourceGroupsPage />, { path: route, url: paths.resourceGroups('default') });
  expect(await screen.findByText('Групп ресурсов пока нет')).toBeInTheDocument();
});

it('creates a group and opens it', async () => {
  const { user, router } = await openSection();
  const form = await openNewGroupForm(user);
  await user.type(within(form).getByLabelText(/^Имя/), 'Переговорные Казань');
  await user.type(within(form).getByLabelText('Описание'), 'Офис на Баумана');
  await user.click(within(form).getByRole('button', { name: 'Сохранить' }));
  expect(
    await screen.findByRole('heading', { level: 2, name: 'Переговорные Казань' }),
  ).toBeVisible();
  expect(router.state.location.pathname).toBe(
    paths.resourceGroup('default', 'Переговорные Казань'),
  );
  expect(screen.getByRole('status')).toHaveTextContent('Группа «Переговорные Казань» создана');
  expect(await screen.findByText('В группе пока нет ресурсов')).toBeInTheDocument();
  await waitFor(() => expect(groupLink(/Казань/)).toHaveTextContent('0 ресурсов'));
  expect(
    mockPbm.store.state.groups.find((g) => g.groupname === 'Переговорные Казань'),
  ).toMatchObject({
    description: 'Офис на Баумана',
  });
});

it('refuses a taken group name before sending it, whatever its case', async () => {
  let posts = 0;
  server.use(
    http.post('*/resources/groups', () => {
      posts += 1;
      return HttpResponse.json({ success: true });
    }),
  );
  const { user } = await openSection();
  const form = await openNewGroupForm(user);
  const name = within(form).getByLabelText(/^Имя/);
  await user.type(name, 'оборудование{Enter}');
  await waitFor(() => expect(name).toHaveAccessibleDescription('Группа с таким именем уже есть'));
  expect(posts).toBe(0);
});

it('puts PBM’s 409 on the name when the group was created meanwhile elsewhere', async () => {
  const { user } = await openSection();
  mockPbm.store.state.groups.push({ tenantId: 'default', groupname: 'Склад', description: '' });
  const form = await openNewGroupForm(user);
  const name = within(form).getByLabelText(/^Имя/);
  await user.type(name, 'Склад{Enter}');
  await waitFor(() => expect(name).toHaveAccessibleDescription('Группа с таким именем уже есть'));
  expect(name).toHaveValue('Склад');
});

it('keeps the form after a failed save, sends once, and saves on Retry', async () => {
  let posts = 0;
  server.use(
    http.post(
      '*/resources/groups',
      async () => {
        posts += 1;
        await delay(50);
        return HttpResponse.json({ message: 'internal error' }, { status: 500 });
      },
      { once: true },
    ),
  );
  const { user } = await openSection();
  const form = await openNewGroupForm(user);
  await user.type(within(form).getByLabelText(/^Имя/), 'Склад');
  await user.dblClick(within(form).getByRole('button', { name: 'Сохранить' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Ошибка сервера (500)');
  expect(posts).toBe(1);
  expect(within(form).getByLabelText(/^Имя/)).toHaveValue('Склад');
  await user.click(within(form).getByRole('button', { name: 'Повторить' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Склад' }, afterSave)).toBeVisible();
});

it('asks before discarding a half-filled group form', async () => {
  const { user } = await openSection();
  const form = await openNewGroupForm(user);
  await user.type(within(form).getByLabelText(/^Имя/), 'Склад');
  await user.click(within(form).getByRole('button', { name: 'Отмена' }));
  const dialog = await screen.findByRole('dialog', { name: 'Уйти без сохранения?' });
  await user.click(within(dialog).getByRole('button', { name: 'Остаться' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(within(form).getByLabelText(/^Имя/)).toHaveValue('Склад');
  await user.click(groupLink(/Оборудование/));
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Уйти без сохранения?' })).getByRole(
      'button',
      { name: 'Уйти' },
    ),
  );
  expect(await screen.findByRole('heading', { level: 2, name: 'Оборудование' })).toBeVisible();
});

it('deletes a group with its resources after saying how many go with it', async () => {
  const { user, router } = await openSection(paths.resourceGroup('default', MOSCOW));
  await screen.findByRole('table');
  await user.click(screen.getByRole('button', { name: `Удалить группу «${MOSCOW}»` }));
  const dialog = await screen.findByRole('dialog', { name: `Удалить группу «${MOSCOW}»?` });
  expect(dialog).toHaveTextContent('будут удалены все 3 входящих в неё ресурса');
  await user.click(within(dialog).getByRole('button', { name: 'Удалить группу' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(paths.resourceGroups('default')));
  expect(screen.getByRole('status')).toHaveTextContent(`Группа «${MOSCOW}» удалена`);
  await waitFor(() => expect(screen.queryByRole('link', { name: /Москва/ })).toBeNull());
  expect(mockPbm.store.state.resources.some((r) => r.groupname === MOSCOW)).toBe(false);
  expect(mockPbm.store.index.resources.has('room.baikal@example.ru')).toBe(false);
});
