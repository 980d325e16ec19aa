import { act, screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { paths, routePatterns } from '@/config/paths';
import { mockPbm, server, TEST_API_BASE_URL } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';
import { UsersPage } from './UsersPage';

const route = `${routePatterns.tenant}/${routePatterns.users}`;
const usersUrl = `${TEST_API_BASE_URL}/v2/users/default`;

async function openUsers(query = '') {
  await signInAs();
  const view = renderRoute(<UsersPage />, { path: route, url: paths.users('default', query) });
  await screen.findByRole('table', { name: 'Список пользователей', hidden: true });
  return view;
}

// `hidden: true` skips the visibility check, which in jsdom reads the computed style of every
// element of a 50-row table on every query; the table is on screen whenever these run.
const table = () => screen.getByRole('table', { name: 'Список пользователей', hidden: true });
const bodyRows = () => within(table()).getAllByRole('row', { hidden: true }).slice(1);
const firstMail = () =>
  within(bodyRows()[0] as HTMLElement).getByRole('link', { hidden: true }).textContent;
const rowOf = (mail: string) =>
  within(table()).getByRole('row', { name: (rowName) => rowName.includes(mail), hidden: true });

it('shows the guide’s columns, 50 rows and the total', async () => {
  await openUsers();
  const headers = within(table())
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  expect(headers).toEqual(['', 'Аватар', 'Имя', 'Фамилия', 'Email', 'Роль', 'Статус', 'Действия']);
  expect(bodyRows()).toHaveLength(50);
  expect(screen.getByText('1–50 из 200')).toBeInTheDocument();
  const admin = rowOf('admin@example.ru');
  expect(
    within(admin)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual([
    '',
    'АП',
    'Администратор',
    'Почты',
    'admin@example.ru',
    'Администратор',
    'Активен',
    '',
  ]);
  expect(
    within(admin).getByRole('button', {
      name: 'Удалить пользователя Администратор Почты (admin@example.ru)',
    }),
  ).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: 'Email' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
});

it('formats the total in the language’s way', async () => {
  server.use(
    http.get(usersListPattern(), () =>
      HttpResponse.json({ users: sampleUsers(1), total: 13200, page: 1, pageSize: 50 }),
    ),
  );
  await openUsers();
  // Intl's Russian: a no-break space between thousands (and none in four-digit numbers).
  expect(
    screen.getByText('1–1 из 13\u00a0200', { normalizer: (text) => text }),
  ).toBeInTheDocument();
});

it('searches after a pause, from page 1, and puts the search in the address', async () => {
  const { user, router } = await openUsers('page=3');
  const requests: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.url.startsWith(usersUrl + '?')) requests.push(new URL(request.url).search);
  });
  await user.type(screen.getByRole('searchbox', { name: 'Поиск' }), 'Сотрудник');
  await waitFor(() => expect(bodyRows()).toHaveLength(2));
  expect(router.state.location.search).toBe(`?search=${encodeURIComponent('Сотрудник')}`);
  // Not one request per letter (on a loaded machine a pause between two keystrokes may still
  // send a prefix), and the last one is the whole word.
  expect(requests.length).toBeLessThan(3);
  expect(requests.at(-1)).toBe(
    `?search=${encodeURIComponent('Сотрудник')}&page=1&orderby=mail&sort=0`,
  );
  expect(within(rowOf('blocked@example.ru')).getByText('Заблокирован')).toBeInTheDocument();
  expect(within(rowOf('readonly@example.ru')).getByText('Только приём почты')).toBeInTheDocument();
  server.events.removeAllListeners();
});

it('never shows an older search’s answer over a newer one', async () => {
  server.use(
    http.get(usersListPattern(), async ({ request }) => {
      if (new URL(request.url).searchParams.get('search') === 'blocked') await delay(400);
    }),
  );
  const { user } = await openUsers();
  const field = screen.getByRole('searchbox', { name: 'Поиск' });
  await user.type(field, 'blocked{Enter}');
  await user.clear(field);
  await user.type(field, 'readonly{Enter}');
  await waitFor(() => expect(firstMail()).toBe('readonly@example.ru'));
  await act(() => delay(500));
  expect(firstMail()).toBe('readonly@example.ru');
  expect(bodyRows()).toHaveLength(1);
});

it('sorts by a column, and the other way on a second click', async () => {
  const { user, router } = await openUsers();
  await user.click(screen.getByRole('button', { name: 'Фамилия' }));
  await waitFor(() => expect(firstMail()).toBe('andrey.aleksandrov@example.ru'));
  expect(router.state.location.search).toBe('?orderby=sn');
  expect(screen.getByRole('columnheader', { name: 'Фамилия' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await user.click(screen.getByRole('button', { name: 'Фамилия' }));
  await waitFor(() => expect(router.state.location.search).toBe('?orderby=sn&sort=1'));
  expect(screen.getByRole('columnheader', { name: 'Фамилия' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await waitFor(() => expect(firstMail()).not.toBe('andrey.aleksandrov@example.ru'));
});

it('pages on the server and keeps the page in the address', async () => {
  const { user, router } = await openUsers();
  await user.click(screen.getByRole('button', { name: 'Следующая страница' }));
  expect(await screen.findByText('51–100 из 200')).toBeInTheDocument();
  expect(router.state.location.search).toBe('?page=2');
  await user.click(screen.getByRole('button', { name: 'Последняя страница' }));
  expect(await screen.findByText('151–200 из 200')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Следующая страница' })).toBeDisabled();
});

it('counts every click on a page or sort control, even before the last one has shown', async () => {
  const { router } = await openUsers('search=example.ru');
  const next = screen.getByRole('button', { name: 'Следующая страница' });
  const sortBySn = screen.getByRole('button', { name: 'Фамилия' });
  act(() => {
    next.click();
    next.click();
    sortBySn.click();
    sortBySn.click();
  });
  await waitFor(() =>
    expect(router.state.location.search).toBe('?search=example.ru&orderby=sn&sort=1'),
  );
  act(() => {
    next.click();
    next.click();
  });
  await waitFor(() =>
    expect(router.state.location.search).toBe('?search=example.ru&page=3&orderby=sn&sort=1'),
  );
});

it('opens the view the address describes, and follows Back in the search box', async () => {
  const { router } = await openUsers(`search=${encodeURIComponent('Сотрудник')}&orderby=sn&sort=1`);
  const field = screen.getByRole('searchbox', { name: 'Поиск' });
  expect(field).toHaveValue('Сотрудник');
  expect(screen.getByRole('columnheader', { name: 'Фамилия' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await waitFor(() => expect(bodyRows()).toHaveLength(2));
  await act(() => router.navigate(paths.users('default', 'search=admin')));
  await waitFor(() => expect(field).toHaveValue('admin'));
  await act(() => router.navigate(-1));
  await waitFor(() => expect(field).toHaveValue('Сотрудник'));
  await waitFor(() => expect(bodyRows()).toHaveLength(2));
});

it('says when a search finds nobody, and clears it', async () => {
  await signInAs();
  const { user, router } = renderRoute(<UsersPage />, {
    path: route,
    url: paths.users('default', 'search=zzzqqq'),
  });
  expect(await screen.findByText('По запросу «zzzqqq» никого не нашлось')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Показать всех пользователей' }));
  await waitFor(() => expect(router.state.location.search).toBe(''));
  expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue('');
  expect(await screen.findByText('1–50 из 200')).toBeInTheDocument();
});

it('says when there are no users at all', async () => {
  server.use(
    http.get(usersListPattern(), () =>
      HttpResponse.json({ users: [], total: 0, page: 1, pageSize: 50 }),
    ),
  );
  await signInAs();
  renderRoute(<UsersPage />, { path: route, url: paths.users('default') });
  expect(await screen.findByText('Пользователей пока нет')).toBeInTheDocument();
  expect(screen.getAllByRole('link', { name: 'Новый пользователь' })).toHaveLength(2);
});

it('shows an error with Retry, and loads on retry', async () => {
  server.use(
    http.get(usersListPattern(), () => HttpResponse.json({ message: 'down' }, { status: 500 }), {
      once: true,
    }),
  );
  await signInAs();
  const { user } = renderRoute(<UsersPage />, { path: route, url: paths.users('default') });
  expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка сервера (500)');
  await user.click(screen.getByRole('button', { name: 'Повторить' }));
  expect(await screen.findByRole('table', { name: 'Список пользователей' })).toBeInTheDocument();
});

it('opens the profile from the address link or a click on the row', async () => {
  const { user } = await openUsers();
  await user.click(within(rowOf('admin@example.ru')).getByText('Почты'));
  expect(await screen.findByRole('status', { name: 'location' })).toHaveTextContent(
    paths.user('default', 'admin@example.ru'),
  );
});

it('shows names as text, never as markup', async () => {
  const name = '<img src=x onerror=alert(1)>';
  server.use(
    http.get(usersListPattern(), () =>
      HttpResponse.json({
        users: [{ ...sampleUsers(1)[0], cn: name, sn: '=HYPERLINK("x")' }],
        total: 1,
        page: 1,
        pageSize: 50,
      }),
    ),
  );
  await openUsers();
  expect(within(table()).getByText(name)).toBeInTheDocument();
  expect(within(table()).getByText('=HYPERLINK("x")')).toBeInTheDocument();
  expect(within(table()).queryByRole('img')).toBeNull();
});

function usersListPattern() {
  return `${TEST_API_BASE_URL}/v2/users/:tenantId`;
}

function sampleUsers(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    mail: `sample${index}@example.ru`,
    cn: 'Образец',
    sn: `Номер${index}`,
    employeeNumber: 2,
    inetUserStatus: 1,
    hasAvatar: false,
  }));
}

describe('bulk actions', () => {
  async function selectUsers(user: ReturnType<typeof renderRoute>['user'], mails: string[]) {
    for (const mail of mails) {
      await user.click(within(rowOf(mail)).getByRole('checkbox', { hidden: true }));
    }
  }

  it('blocks three users with one confirmation and reports each, keeping the failed selected', async () => {
    const mails = [
      'aleksandr.borisov@test.ru',
      'aleksandr.krutoy@example.ru',
      'aleksandr.pavlov@test.ru',
    ];
    server.use(
      http.patch(`${usersUrl}/aleksandr.krutoy%40example.ru`, () =>
        HttpResponse.json({ message: 'internal error' }, { status: 500 }),
      ),
      http.patch(`${usersUrl}/aleksandr.krutoy@example.ru`, () =>
        HttpResponse.json({ message: 'internal error' }, { status: 500 }),
      ),
    );
    const { user } = await openUsers();
    await selectUsers(user, mails);
    const bar = screen.getByRole('group', { name: 'Действия с выбранными пользователями' });
    expect(within(bar).getByText('Выбрано 3 пользователя')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Заблокировать' }));

    const confirm = await screen.findByRole('dialog', { name: 'Заблокировать 3 пользователей?' });
    expect(within(confirm).getByText(/Борисов \(aleksandr.borisov@test.ru\)/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Заблокировать' }));

    const result = await screen.findByRole('dialog', { name: 'Блокировка: результат' });
    expect(within(result).getByRole('alert')).toHaveTextContent(
      'Выполнено для 2 из 3. Не удалось для 1',
    );
    const outcomes = within(within(result).getByRole('list')).getAllByRole('listitem');
    expect(outcomes.map((item) => item.textContent)).toEqual([
      'Александр Борисов (aleksandr.borisov@test.ru)Заблокирован',
      'Александр Крутой (aleksandr.krutoy@example.ru)Не удалось: Ошибка сервера (500). Повторите попытку позже.',
      'Александр Павлов (aleksandr.pavlov@test.ru)Заблокирован',
    ]);
    await user.click(within(result).getByRole('button', { name: 'Закрыть' }));

    await waitFor(() =>
      expect(
        within(rowOf('aleksandr.borisov@test.ru')).getByText('Заблокирован'),
      ).toBeInTheDocument(),
    );
    expect(mockPbm.store.index.users.get('aleksandr.pavlov@test.ru')?.inetUserStatus).toBe(0);
    expect(mockPbm.store.index.users.get('aleksandr.krutoy@example.ru')?.inetUserStatus).toBe(1);
    expect(
      within(rowOf('aleksandr.krutoy@example.ru')).getByRole('checkbox', { hidden: true }),
    ).toBeChecked();
    expect(
      within(rowOf('aleksandr.borisov@test.ru')).getByRole('checkbox', { hidden: true }),
    ).not.toBeChecked();
    expect(screen.getByText('Выбран 1 пользователь')).toBeInTheDocument();
  });

  it('ends the sessions of the selected users in one request', async () => {
    const bodies: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/actions'))
        bodies.push(new URL(request.url).searchParams.get('emails') ?? '');
    });
    const { user } = await openUsers();
    await user.click(screen.getByRole('checkbox', { name: 'Выбрать всех на странице' }));
    expect(screen.getByText('Выбрано 50 пользователей')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Завершить сеансы' }));
    const confirm = await screen.findByRole('dialog', {
      name: 'Завершить сеансы 50 пользователей?',
    });
    expect(within(confirm).getByText('и ещё 40')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Завершить сеансы' }));
    const result = await screen.findByRole('dialog', { name: 'Завершение сеансов: результат' });
    expect(within(result).getByRole('alert')).toHaveTextContent(
      'Готово для всех 50 пользователей.',
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.split(',')).toHaveLength(50);
    server.events.removeAllListeners();
  });

  it('warns when the admin is about to block their own account', async () => {
    const { user } = await openUsers();
    await selectUsers(user, ['admin@example.ru']);
    await user.click(screen.getByRole('button', { name: 'Заблокировать' }));
    const confirm = await screen.findByRole('dialog', { name: 'Заблокировать 1 пользователя?' });
    expect(within(confirm).getByText(/ваша учётная запись admin@example.ru/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Отмена' }));
    await waitFor(() => expect(confirm).not.toBeInTheDocument());
    expect(mockPbm.store.index.users.get('admin@example.ru')?.inetUserStatus).toBe(1);
  });

  it('starts a new selection on another page', async () => {
    const { user } = await openUsers();
    await selectUsers(user, ['admin@example.ru']);
    await user.click(screen.getByRole('button', { name: 'Следующая страница' }));
    await screen.findByText('51–100 из 200');
    expect(
      screen.queryByRole('group', { name: 'Действия с выбранными пользователями' }),
    ).toBeNull();
  });
});

describe('deleting from the row', () => {
  it('asks with the name, explains the 30 days, and deletes', async () => {
    const { user } = await openUsers();
    await user.click(
      screen.getByRole('button', {
        name: 'Удалить пользователя Александр Борисов (aleksandr.borisov@test.ru)',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Удалить пользователя Александр Борисов?',
    });
    expect(dialog).toHaveTextContent('через 30 суток');
    expect(dialog).toHaveTextContent('с логином aleksandr.borisov@test.ru невозможно');
    await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await screen.findByText('Пользователь Александр Борисов удалён')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(table()).queryByRole('link', { name: 'aleksandr.borisov@test.ru' })).toBeNull(),
    );
    expect(screen.getByText('1–50 из 199')).toBeInTheDocument();
  });

  it('sends one request for a double click, and on failure keeps the dialog open with the reason', async () => {
    let requests = 0;
    server.use(
      http.delete(`${usersUrl}/:mail`, async () => {
        requests += 1;
        await delay(50);
        return HttpResponse.json({ message: 'x' }, { status: 503 });
      }),
    );
    const { user } = await openUsers();
    await user.click(
      screen.getByRole('button', {
        name: 'Удалить пользователя Александр Борисов (aleksandr.borisov@test.ru)',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Удалить пользователя Александр Борисов?',
    });
    await user.dblClick(within(dialog).getByRole('button', { name: 'Удалить' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ошибка сервера (503)');
    expect(requests).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Отмена' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(rowOf('aleksandr.borisov@test.ru')).toBeInTheDocument();
  });
});

describe('export', () => {
  it('downloads every page of the current search as CSV', async () => {
    let saved: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:users';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    const { user } = await openUsers('search=example.ru&orderby=sn');
    await user.click(screen.getByRole('button', { name: 'Экспорт в CSV' }));
    expect(await screen.findByText(/Выгружено \d+ пользовател/)).toBeInTheDocument();
    click.mockRestore();

    expect(fileName).toMatch(/^users-default-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = new TextDecoder().decode(await saved!.arrayBuffer());
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const expected = mockPbm.store
      .directory('default')
      .sn.users.filter((u) => u.mail.includes('example.ru'));
    expect(expected.length).toBeGreaterThan(100);
    expect(lines[0]).toBe('Email;Имя;Фамилия;Отображаемое имя;Роль;Статус');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(expected.map((u) => u.mail));
    expect(lines).toContain(
      'blocked@example.ru;Заблокированный;Сотрудник;;Пользователь;Заблокирован',
    );
  });

  it('stops when cancelled', async () => {
    server.use(
      http.get(usersListPattern(), async ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '2') await delay('infinite');
      }),
    );
    URL.createObjectURL = vi.fn(() => 'blob:users');
    const { user } = await openUsers();
    await user.click(screen.getByRole('button', { name: 'Экспорт в CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Экспорт в CSV' });
    expect(await within(dialog).findByText('Загружено 50 из 200')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Отменить экспорт' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });
});
