import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { delay, http, HttpResponse } from 'msw';
import { paths, routePatterns } from '@/config/paths';
import { findLiveUser } from '@/mocks/pbm/store/userOps';
import { mockPbm, server } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';
import { NewUserPage } from './NewUserPage';

const route = `${routePatterns.tenant}/${routePatterns.newUser}`;
const usersPattern = '*/v2/users/:tenantId/:mail';

beforeAll(() => i18next.loadNamespaces(['userForm', 'users']));

type User = ReturnType<typeof renderRoute>['user'];

/** An input by its label, with or without the required mark. */
const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}( \\*)?$`));
const select = (label: string) =>
  screen.getByRole('combobox', { name: new RegExp(`^${label}( \\*)?(\\s|$)`) });

async function fill(user: User, label: string, value: string) {
  const input = field(label);
  await user.clear(input);
  await user.click(input);
  await user.paste(value);
}

async function choose(user: User, label: string, option: string | RegExp) {
  await user.click(select(label));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function openNewUser() {
  await signInAs();
  const view = renderRoute(<NewUserPage />, { path: route, url: paths.newUser('default') });
  // The first render of a file also loads MUI and the strings: give it time.
  await screen.findByLabelText(/^Логин \*$/, {}, { timeout: 5000 });
  return view;
}

async function fillRequired(user: User, local = 'olga.ivanova') {
  await fill(user, 'Логин', local);
  await fill(user, 'Новый пароль', 'Secret-2026');
  await fill(user, 'Повтор пароля', 'Secret-2026');
  await fill(user, 'Имя', 'Ольга');
  await fill(user, 'Фамилия', 'Иванова');
}

/** Records each PUT body and lets the mock PBM answer it. */
function spyOnCreate() {
  const bodies: FormData[] = [];
  server.use(
    http.put(usersPattern, async ({ request }) => {
      bodies.push(await request.clone().formData());
    }),
  );
  return bodies;
}

const submit = () => screen.getByRole('button', { name: 'Добавить' });

// The avatar is left to e2e/userLifecycle.spec.ts: a jsdom File cannot travel in a Node fetch body.
// Some forty inputs and four menus: slow under jsdom, hence its own time limit.
it('creates a user with every field and opens the new profile', { timeout: 60_000 }, async () => {
  const { user, router } = await openNewUser();
  const bodies = spyOnCreate();
  await fillRequired(user);
  await choose(user, 'Домен', 'test.ru');
  await choose(user, 'Роль', 'Администратор');
  await fill(user, 'Квота', '2048');
  await user.click(screen.getByRole('button', { name: 'Добавить алиас' }));
  await user.click(screen.getByRole('button', { name: 'Добавить алиас' }));
  await fill(user, 'Логин алиаса 1', 'olga');
  await fill(user, 'Логин алиаса 2', 'o.ivanova');
  await fill(user, 'Отчество', 'Сергеевна');
  await fill(user, 'Отдел', 'Бухгалтерия');
  await fill(user, 'Должность', 'Главный бухгалтер');
  await fill(user, 'Описание', 'Подписывает счета');
  await fill(user, 'Город', 'Казань');
  await fill(user, 'Имя в адресной книге', 'Ольга Иванова (бухгалтерия)');
  await fill(user, 'Рабочий телефон', '+7 (843) 200-00-00');
  await fill(user, 'Домашний телефон', '8 900 000-00-00');
  await fill(user, 'Telegram', '@olga_iv');
  await fill(user, 'Skype', 'olga.iv');
  await choose(user, 'Отображение в адресной книге', 'В обоих списках');
  await choose(user, 'Язык пользователя', 'Татарча');
  await choose(user, 'Статус', /только получение почты/);
  await user.click(submit());

  await waitFor(
    () =>
      expect(router.state.location.pathname).toBe(paths.user('default', 'olga.ivanova@test.ru')),
    { timeout: 5000 },
  );
  expect(bodies).toHaveLength(1);
  const sent = Object.fromEntries(
    [...(bodies[0] as FormData).entries()].map(([key, value]) => [key, String(value)]),
  );
  expect(sent).toEqual({
    userPassword: 'Secret-2026',
    employeeNumber: '1',
    cn: 'Ольга',
    sn: 'Иванова',
    lang: 'tt-RU',
    inetUserStatus: '2',
    initials: 'Сергеевна',
    ou: 'Бухгалтерия',
    title: 'Главный бухгалтер',
    description: 'Подписывает счета',
    l: 'Казань',
    displayName: 'Ольга Иванова (бухгалтерия)',
    telephoneNumber: '+7 (843) 200-00-00',
    homePhone: '8 900 000-00-00',
    telegram: '@olga_iv',
    skype: 'olga.iv',
    quota: '2048',
    alias: 'olga@test.ru,o.ivanova@test.ru',
    employeeType: '3',
  });
  expect(findLiveUser(mockPbm.store, 'default', 'olga.ivanova@test.ru')).toMatchObject({
    cn: 'Ольга',
    alias: ['olga@test.ru', 'o.ivanova@test.ru'],
    quota: 2048,
  });
});

it('says what is missing and sends nothing', async () => {
  const { user } = await openNewUser();
  const bodies = spyOnCreate();
  await user.click(submit());
  for (const label of ['Логин', 'Новый пароль', 'Повтор пароля', 'Имя', 'Фамилия']) {
    expect(field(label)).toHaveAccessibleDescription('Обязательное поле');
  }
  expect(field('Логин')).toHaveFocus();
  expect(bodies).toHaveLength(0);
});

it('checks the rules as the admin types', async () => {
  const { user } = await openNewUser();
  await fillRequired(user);
  await fill(user, 'Повтор пароля', 'другой');
  await fill(user, 'Рабочий телефон', '8 800 ЗВОНИ');
  await fill(user, 'Квота', '0');
  await user.click(screen.getByRole('button', { name: 'Добавить алиас' }));
  await fill(user, 'Логин алиаса 1', 'Olga.Ivanova');
  await user.click(submit());
  expect(field('Повтор пароля')).toHaveAccessibleDescription('Пароли не совпадают');
  expect(field('Рабочий телефон')).toHaveAccessibleDescription(
    'Только цифры, пробел и символы + ( ) -',
  );
  expect(field('Квота')).toHaveAccessibleDescription('Укажите целое положительное число мегабайт');
  expect(field('Логин алиаса 1')).toHaveAccessibleDescription('Алиас совпадает с логином');
});

it('refuses an avatar that is not an image, on the avatar', async () => {
  const { user } = await openNewUser();
  const input = screen.getByLabelText('Загрузить фото', { selector: 'input' });
  // user.upload honours `accept`; a browser's "All files" choice does not.
  fireEvent.change(input, {
    target: { files: [new File(['%PDF'], 'cv.pdf', { type: 'application/pdf' })] },
  });
  expect(await screen.findByText('Допустимы только изображения JPEG, PNG или WebP')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Удалить фото' }));
  expect(screen.getByText('JPEG, PNG или WebP, не более 1 МБ')).toBeVisible();
});

it('puts a taken address on the login field and keeps everything typed', async () => {
  const { user } = await openNewUser();
  await fillRequired(user, 'user');
  await fill(user, 'Отдел', 'Продажи');
  await user.click(submit());
  await waitFor(() => expect(field('Логин')).toHaveAccessibleDescription('Адрес уже используется'));
  expect(field('Логин')).toHaveFocus();
  expect(field('Отдел')).toHaveValue('Продажи');
  expect(field('Фамилия')).toHaveValue('Иванова');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

it('keeps the form after a server error and succeeds on Retry', async () => {
  const { user, router } = await openNewUser();
  server.use(
    http.put(usersPattern, () => HttpResponse.json({ message: 'boom' }, { status: 500 }), {
      once: true,
    }),
  );
  await fillRequired(user);
  await user.click(submit());
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Пользователь не добавлен.');
  expect(alert).toHaveTextContent('Ошибка сервера (500)');
  expect(field('Имя')).toHaveValue('Ольга');
  await user.click(within(alert).getByRole('button', { name: 'Повторить' }));
  await waitFor(
    () =>
      expect(router.state.location.pathname).toBe(paths.user('default', 'olga.ivanova@example.ru')),
    { timeout: 5000 },
  );
});

it('says so when the server cannot be reached', async () => {
  const { user } = await openNewUser();
  server.use(http.put(usersPattern, () => HttpResponse.error(), { once: true }));
  await fillRequired(user);
  await user.click(submit());
  expect(await screen.findByRole('alert')).toHaveTextContent('Сервер недоступен');
  expect(field('Логин')).toHaveValue('olga.ivanova');
});

it('creates one user however fast the button is clicked', async () => {
  const { user, router } = await openNewUser();
  let puts = 0;
  server.use(
    http.put(usersPattern, async () => {
      puts += 1;
      await delay(50);
    }),
  );
  await fillRequired(user);
  // Two clicks before React has re-rendered the button as busy.
  fireEvent.click(submit());
  fireEvent.click(submit());
  await waitFor(
    () =>
      expect(router.state.location.pathname).toBe(paths.user('default', 'olga.ivanova@example.ru')),
    { timeout: 5000 },
  );
  expect(puts).toBe(1);
});

it('asks before leaving with unsaved changes', async () => {
  const { user, router } = await openNewUser();
  await fill(user, 'Имя', 'Ольга');
  const back = screen.getByRole('link', { name: 'Назад к списку пользователей без сохранения' });
  await user.click(back);
  const dialog = await screen.findByRole('dialog', { name: 'Уйти без сохранения?' });
  await user.click(within(dialog).getByRole('button', { name: 'Остаться' }));
  expect(field('Имя')).toHaveValue('Ольга');
  await user.click(back);
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Уйти' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(paths.users('default')), {
    timeout: 5000,
  });
});
