import { screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { paths, routePatterns } from '@/config/paths';
import { findLiveUser } from '@/mocks/pbm/store/userOps';
import { mockPbm, server } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';
import { UserPage } from './UserPage';

const route = `${routePatterns.tenant}/${routePatterns.user}`;
const userPattern = '*/v2/users/:tenantId/:mail';

beforeAll(() => i18next.loadNamespaces(['userForm', 'users']));

type User = ReturnType<typeof renderRoute>['user'];

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}( \\*)?$`));
const save = () => screen.getByRole('button', { name: 'Сохранить' });

async function fill(user: User, label: string, value: string) {
  const input = field(label);
  await user.clear(input);
  if (value) {
    await user.click(input);
    await user.paste(value);
  }
}

async function openProfile(mail = 'user@example.ru') {
  await signInAs();
  const view = renderRoute(<UserPage />, { path: route, url: paths.user('default', mail) });
  // The first render of a file also loads MUI and the strings: give it time.
  await screen.findByRole('heading', { level: 1, name: 'Демо Пользователь' }, { timeout: 5000 });
  return view;
}

/** The signed-in admin's own profile (admin@example.ru). */
async function openOwnProfile() {
  await signInAs();
  const view = renderRoute(<UserPage />, {
    path: route,
    url: paths.user('default', 'admin@example.ru'),
  });
  // The heading shows the address while loading: wait for the profile's own actions.
  await screen.findByRole('button', { name: 'Удалить пользователя' }, { timeout: 5000 });
  return view;
}

/** Records each PATCH body (as text) and lets the mock PBM answer it. */
function spyOnPatch() {
  const bodies: Record<string, string>[] = [];
  server.use(
    http.patch(userPattern, async ({ request }) => {
      const form = await request.clone().formData();
      bodies.push(Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])));
    }),
  );
  return bodies;
}

it('shows the profile with its quota use', async () => {
  await openProfile();
  expect(field('Логин')).toHaveValue('user');
  expect(field('Отдел')).toHaveValue('Отдел продаж');
  expect(field('Новый пароль')).toHaveValue('');
  expect(screen.getByRole('heading', { level: 2, name: 'Сменить пароль' })).toBeInTheDocument();
  expect(screen.getByText('Занято 412 МБ, квота по умолчанию')).toBeInTheDocument();
});

it('draws the quota bar when the user has a quota of their own', async () => {
  await signInAs();
  renderRoute(<UserPage />, { path: route, url: paths.user('default', 'admin@example.ru') });
  const bar = await screen.findByRole('progressbar', { name: 'Занято 1830 из 10240 МБ' });
  expect(bar).toHaveAttribute('aria-valuenow', '18');
});

it('sends only what changed and says it is saved', async () => {
  const { user } = await openProfile();
  const bodies = spyOnPatch();
  await fill(user, 'Квота', '3072');
  await fill(user, 'Отдел', 'Отдел закупок');
  await fill(user, 'Город', '');
  await user.click(save());
  expect(await screen.findByText('Изменения сохранены')).toBeInTheDocument();
  expect(bodies).toEqual([{ quota: '3072', ou: 'Отдел закупок', l: '' }]);
  const stored = findLiveUser(mockPbm.store, 'default', 'user@example.ru');
  expect(stored).toMatchObject({ quota: 3072, ou: 'Отдел закупок' });
  expect(stored.l).toBeUndefined();
});

it('changes the password only when one is typed, twice alike', async () => {
  const { user } = await openProfile();
  const bodies = spyOnPatch();
  await fill(user, 'Новый пароль', 'N3w-secret');
  await user.click(save());
  expect(field('Повтор пароля')).toHaveAccessibleDescription('Пароли не совпадают');
  await fill(user, 'Повтор пароля', 'N3w-secret');
  await user.click(save());
  await screen.findByText('Изменения сохранены');
  expect(bodies).toEqual([{ userPassword: 'N3w-secret' }]);
  expect(field('Новый пароль')).toHaveValue('');
});

it('renames the user and moves to the new address', async () => {
  const { user, router } = await openProfile();
  const bodies = spyOnPatch();
  await fill(user, 'Логин', 'demo.user');
  await user.click(save());
  await waitFor(
    () =>
      expect(router.state.location.pathname).toBe(paths.user('default', 'demo.user@example.ru')),
    { timeout: 5000 },
  );
  expect(bodies).toEqual([{ mail: 'demo.user@example.ru' }]);
  expect(await screen.findByText('Изменения сохранены')).toBeInTheDocument();
  expect(field('Логин')).toHaveValue('demo.user');
  // Replaced, not pushed: Back does not lead to the address that no longer exists.
  expect(router.state.historyAction).toBe('REPLACE');
});

it('puts an alias someone else has on its row', async () => {
  const { user } = await openProfile();
  await user.click(screen.getByRole('button', { name: 'Добавить алиас' }));
  await fill(user, 'Логин алиаса 1', 'postmaster');
  await user.click(save());
  await waitFor(() =>
    expect(field('Логин алиаса 1')).toHaveAccessibleDescription('Адрес уже используется'),
  );
});

it('keeps the changes after a server error and saves them on Retry', async () => {
  const { user } = await openProfile();
  server.use(
    http.patch(userPattern, () => HttpResponse.json({ message: 'boom' }, { status: 500 }), {
      once: true,
    }),
  );
  await fill(user, 'Должность', 'Руководитель продаж');
  await user.click(save());
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Изменения не сохранены.');
  expect(field('Должность')).toHaveValue('Руководитель продаж');
  await user.click(within(alert).getByRole('button', { name: 'Повторить' }));
  expect(await screen.findByText('Изменения сохранены')).toBeInTheDocument();
  expect(findLiveUser(mockPbm.store, 'default', 'user@example.ru').title).toBe(
    'Руководитель продаж',
  );
});

it('blocks and unblocks at once, keeping what is being edited', async () => {
  const { user } = await openProfile();
  await fill(user, 'Отдел', 'Черновик');
  await user.click(screen.getByRole('button', { name: 'Заблокировать' }));
  expect(await screen.findByText('Пользователь user@example.ru заблокирован')).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Разблокировать' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: /^Статус/ })).toHaveTextContent('Заблокирован');
  expect(field('Отдел')).toHaveValue('Черновик');
  expect(findLiveUser(mockPbm.store, 'default', 'user@example.ru').inetUserStatus).toBe(0);
});

it('ends the user’s sessions', async () => {
  const { user } = await openProfile();
  await user.click(screen.getByRole('button', { name: 'Завершить сеансы' }));
  expect(
    await screen.findByText('Сеансы пользователя user@example.ru завершены'),
  ).toBeInTheDocument();
});

it('deletes after asking, and returns to the list', async () => {
  const { user, router } = await openProfile();
  await fill(user, 'Отдел', 'несохранённое');
  await user.click(screen.getByRole('button', { name: 'Удалить пользователя' }));
  const dialog = await screen.findByRole('dialog', { name: /Демо Пользователь/ });
  expect(dialog).toHaveTextContent('30 суток');
  await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(paths.users('default')), {
    timeout: 5000,
  });
  expect(() => findLiveUser(mockPbm.store, 'default', 'user@example.ru')).toThrow();
});

it('warns the admin before they delete or block their own account', async () => {
  const { user } = await openOwnProfile();
  const status = () => findLiveUser(mockPbm.store, 'default', 'admin@example.ru').inetUserStatus;

  await user.click(screen.getByRole('button', { name: 'Удалить пользователя' }));
  const deleting = await screen.findByRole('dialog');
  expect(deleting).toHaveTextContent('Это ваша учётная запись admin@example.ru');
  await user.click(within(deleting).getByRole('button', { name: 'Отмена' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  await user.click(screen.getByRole('button', { name: 'Заблокировать' }));
  const blocking = await screen.findByRole('dialog', {
    name: 'Заблокировать свою учётную запись?',
  });
  expect(blocking).toHaveTextContent('вы потеряете доступ к панели');
  await user.click(within(blocking).getByRole('button', { name: 'Отмена' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(status()).toBe(1);

  await user.click(screen.getByRole('button', { name: 'Заблокировать' }));
  const confirming = await screen.findByRole('dialog', {
    name: 'Заблокировать свою учётную запись?',
  });
  await user.click(within(confirming).getByRole('button', { name: 'Заблокировать' }));
  await waitFor(() => expect(status()).toBe(0));
});

it('asks before saving changes that take away the admin’s own access', async () => {
  const { user } = await openOwnProfile();
  const bodies = spyOnPatch();
  await user.click(screen.getByRole('combobox', { name: /^Роль/ }));
  await user.click(await screen.findByRole('option', { name: 'Пользователь' }));

  await user.click(save());
  const asking = await screen.findByRole('dialog', { name: 'Лишить себя доступа к панели?' });
  await user.click(within(asking).getByRole('button', { name: 'Отмена' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(bodies).toEqual([]);
  expect(screen.getByRole('combobox', { name: /^Роль/ })).toHaveTextContent('Пользователь');

  await user.click(save());
  const confirming = await screen.findByRole('dialog', { name: 'Лишить себя доступа к панели?' });
  await user.click(within(confirming).getByRole('button', { name: 'Сохранить' }));
  await waitFor(() => expect(bodies).toEqual([{ employeeNumber: '2' }]));
});

it('asks before leaving with unsaved changes', async () => {
  const { user, router } = await openProfile();
  await fill(user, 'Отдел', 'Другой');
  await user.click(screen.getByRole('link', { name: 'Назад к списку пользователей' }));
  const dialog = await screen.findByRole('dialog', { name: 'Уйти без сохранения?' });
  await user.click(within(dialog).getByRole('button', { name: 'Остаться' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(router.state.location.pathname).toBe(paths.user('default', 'user@example.ru'));
  await user.click(screen.getByRole('button', { name: 'Отмена' }));
  expect(field('Отдел')).toHaveValue('Отдел продаж');
  await user.click(screen.getByRole('link', { name: 'Назад к списку пользователей' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(paths.users('default')), {
    timeout: 5000,
  });
});

it('says the user is not there, with a way back', async () => {
  await signInAs();
  renderRoute(<UserPage />, { path: route, url: paths.user('default', 'nobody@example.ru') });
  expect(await screen.findByText('Пользователь не найден')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'К списку пользователей' })).toHaveAttribute(
    'href',
    paths.users('default'),
  );
});

it('offers Retry when the profile does not load', async () => {
  server.use(
    http.get(userPattern, () => HttpResponse.json({ message: 'down' }, { status: 503 }), {
      once: true,
    }),
  );
  await signInAs();
  const { user } = renderRoute(<UserPage />, {
    path: route,
    url: paths.user('default', 'user@example.ru'),
  });
  expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка сервера (503)');
  await user.click(screen.getByRole('button', { name: 'Повторить' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Демо Пользователь' }),
  ).toBeInTheDocument();
});
