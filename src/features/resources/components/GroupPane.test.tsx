import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { paths, routePatterns } from '@/config/paths';
import { mockPbm, server } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';
import { GroupPane } from './GroupPane';

const route = `${routePatterns.tenant}/${routePatterns.resourceGroup}`;
const group = {
  groupname: 'Переговорные Москва',
  description: 'Переговорные комнаты московского офиса',
  resources: 3,
};
// Saves go through PBM and the list reloads, and forms load on first use: give a busy test
// machine time.
const afterSave = { timeout: 5_000 };

async function openGroup() {
  await signInAs();
  const notify = vi.fn();
  const view = renderRoute(<GroupPane tenantId="default" group={group} notify={notify} />, {
    path: route,
    url: paths.resourceGroup('default', group.groupname),
  });
  const table = await screen.findByRole('table', { name: `Ресурсы группы «${group.groupname}»` });
  return { ...view, notify, table };
}

function resourceNames(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.firstChild?.textContent);
}

async function openNewResourceForm(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(screen.getByRole('button', { name: 'Новый ресурс' }));
  return screen.findByRole('form', { name: 'Новый ресурс' }, afterSave);
}

async function fillNewResource(
  user: ReturnType<typeof renderRoute>['user'],
  form: HTMLElement,
  { name, login, city = '' }: { name: string; login: string; city?: string },
) {
  await user.type(within(form).getByLabelText(/^Имя/), name);
  await user.type(within(form).getByLabelText(/^Адрес/), login);
  if (city) await user.type(within(form).getByLabelText('Город'), city);
  await user.click(within(form).getByRole('button', { name: 'Сохранить' }));
}

it('shows the group with its resources sorted by name, and sorts both ways', async () => {
  const { user, table } = await openGroup();
  expect(screen.getByRole('heading', { level: 2, name: group.groupname })).toBeInTheDocument();
  expect(screen.getByText('3 ресурса')).toBeInTheDocument();
  const names = ['Переговорная «Байкал»', 'Переговорная «Волга»', 'Переговорная «Эльбрус»'];
  expect(resourceNames(table)).toEqual(names);
  expect(within(table).getByRole('columnheader', { name: 'Ресурс' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await user.click(within(table).getByRole('button', { name: 'Ресурс' }));
  expect(resourceNames(table)).toEqual([...names].reverse());
  expect(within(table).getByRole('columnheader', { name: 'Ресурс' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect(
    within(table).getByRole('button', { name: 'Изменить ресурс «Переговорная «Волга»»' }),
  ).toBeInTheDocument();
});

it('filters by name, mailbox or city, and says when nothing matches', async () => {
  const { user, table } = await openGroup();
  const search = screen.getByRole('searchbox', { name: 'Поиск по имени, адресу или городу' });
  await user.type(search, 'ЭЛЬБ');
  expect(resourceNames(table)).toEqual(['Переговорная «Эльбрус»']);
  await user.clear(search);
  await user.type(search, 'volga@');
  expect(resourceNames(table)).toEqual(['Переговорная «Волга»']);
  await user.clear(search);
  await user.type(search, 'Казань');
  expect(screen.getByText('Ничего не найдено по запросу «Казань»')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Очистить поиск' }));
  expect(
    resourceNames(screen.getByRole('table', { name: `Ресурсы группы «${group.groupname}»` })),
  ).toHaveLength(3);
});

it('shows an error with Retry when the resources do not load', async () => {
  server.use(
    http.get('*/resources', () => HttpResponse.json({ message: 'down' }, { status: 503 }), {
      once: true,
    }),
  );
  await signInAs();
  const { user } = renderRoute(<GroupPane tenantId="default" group={group} notify={vi.fn()} />, {
    path: route,
    url: paths.resourceGroup('default', group.groupname),
  });
  expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка сервера (503)');
  await user.click(screen.getByRole('button', { name: 'Повторить' }));
  expect(await screen.findByRole('table')).toBeInTheDocument();
});

it('adds a resource with a Cyrillic name and city', async () => {
  const { user, notify } = await openGroup();
  const form = await openNewResourceForm(user);
  expect(within(form).getByRole('combobox', { name: /Домен/ })).toHaveTextContent('example.ru');
  await fillNewResource(user, form, {
    name: 'Переговорная «Ока»',
    login: 'room.oka',
    city: 'Калуга',
  });
  const table = await screen.findByRole('table', {}, afterSave);
  await waitFor(() => expect(resourceNames(table)).toContain('Переговорная «Ока»'));
  expect(within(table).getByRole('cell', { name: 'room.oka@example.ru' })).toBeInTheDocument();
  expect(within(table).getByText('Калуга')).toBeInTheDocument();
  expect(notify).toHaveBeenCalledWith('Ресурс «Переговорная «Ока»» добавлен');
  expect(mockPbm.store.index.resources.get('room.oka@example.ru')).toMatchObject({
    groupname: group.groupname,
    l: 'Калуга',
  });
});

it('checks the address before sending it', async () => {
  const { user } = await openGroup();
  const form = await openNewResourceForm(user);
  await fillNewResource(user, form, { name: 'Ока', login: 'ока' });
  expect(within(form).getByLabelText(/^Адрес/)).toHaveAccessibleDescription(
    'Допустимы латинские буквы, цифры и символы . _ % + -',
  );
});

it.each([
  ['another resource', 'room.baikal'],
  ['a user', 'admin'],
])('puts a 409 on the address when %s has it, keeping the form', async (_owner, login) => {
  const { user } = await openGroup();
  const form = await openNewResourceForm(user);
  await fillNewResource(user, form, { name: 'Копия', login });
  const address = within(form).getByLabelText(/^Адрес/);
  await waitFor(
    () => expect(address).toHaveAccessibleDescription('Адрес уже используется'),
    afterSave,
  );
  expect(address).toHaveValue(login);
  expect(within(form).getByLabelText(/^Имя/)).toHaveValue('Копия');
});

it('keeps the form after a 500 and saves on Retry, one request per click', async () => {
  let posts = 0;
  server.use(
    http.post(
      '*/resources',
      async () => {
        posts += 1;
        await delay(50);
        return HttpResponse.json({ message: 'internal error' }, { status: 500 });
      },
      { once: true },
    ),
  );
  const { user } = await openGroup();
  const form = await openNewResourceForm(user);
  await user.type(within(form).getByLabelText(/^Имя/), 'Ока');
  await user.type(within(form).getByLabelText(/^Адрес/), 'room.oka');
  await user.dblClick(within(form).getByRole('button', { name: 'Сохранить' }));
  expect(await within(form).findByRole('alert')).toHaveTextContent('Ошибка сервера (500)');
  expect(posts).toBe(1);
  expect(within(form).getByLabelText(/^Адрес/)).toHaveValue('room.oka');
  await user.click(within(form).getByRole('button', { name: 'Повторить' }));
  await waitFor(() => expect(form).not.toBeInTheDocument(), afterSave);
  expect(mockPbm.store.index.resources.has('room.oka@example.ru')).toBe(true);
});

it('edits name, city and description; mailbox and group are read-only', async () => {
  const { user, table, notify } = await openGroup();
  await user.click(
    within(table).getByRole('button', { name: 'Изменить ресурс «Переговорная «Волга»»' }),
  );
  const form = await screen.findByRole('form', { name: 'Изменение ресурса' }, afterSave);
  expect(within(form).getByLabelText('Почтовый ящик')).toHaveValue('room.volga@example.ru');
  expect(within(form).getByLabelText('Почтовый ящик')).toHaveAttribute('readonly');
  const groupField = within(form).getByLabelText('Группа');
  expect(groupField).toHaveAttribute('readonly');
  expect(groupField).toHaveAccessibleDescription(
    'Почтовый ящик ресурса и группу, в которой он состоит, изменить нельзя.',
  );
  const city = within(form).getByLabelText('Город');
  expect(city).toHaveValue('Москва');
  await user.clear(city);
  await user.type(city, 'Москва, Тверская 7');
  await user.clear(within(form).getByLabelText('Описание'));
  await user.click(within(form).getByRole('button', { name: 'Сохранить' }));
  await waitFor(() => expect(form).not.toBeInTheDocument(), afterSave);
  expect(await screen.findByText('Москва, Тверская 7', {}, afterSave)).toBeInTheDocument();
  expect(notify).toHaveBeenCalledWith('Ресурс «Переговорная «Волга»» сохранён');
  const stored = mockPbm.store.index.resources.get('room.volga@example.ru');
  expect(stored).toMatchObject({ l: 'Москва, Тверская 7', groupname: group.groupname });
  expect(stored?.description).toBeUndefined();
});

it('asks before leaving a changed resource form, and leaves an unchanged one at once', async () => {
  const { user, table } = await openGroup();
  await user.click(
    within(table).getByRole('button', { name: 'Изменить ресурс «Переговорная «Волга»»' }),
  );
  let form = await screen.findByRole('form', { name: 'Изменение ресурса' }, afterSave);
  await user.click(within(form).getByRole('button', { name: 'Назад' }));
  expect(await screen.findByRole('table')).toBeInTheDocument();
  await user.click(
    within(screen.getByRole('table')).getByRole('button', {
      name: 'Изменить ресурс «Переговорная «Волга»»',
    }),
  );
  form = await screen.findByRole('form', { name: 'Изменение ресурса' }, afterSave);
  await user.type(within(form).getByLabelText('Город'), '!');
  await user.click(within(form).getByRole('button', { name: 'Назад' }));
  const dialog = await screen.findByRole('dialog', { name: 'Уйти без сохранения?' });
  await user.click(within(dialog).getByRole('button', { name: 'Уйти' }));
  expect(await screen.findByRole('table')).toBeInTheDocument();
  expect(mockPbm.store.index.resources.get('room.volga@example.ru')?.l).toBe('Москва');
});

it('deletes a resource after a confirmation that names it', async () => {
  const { user, table, notify } = await openGroup();
  await user.click(
    within(table).getByRole('button', { name: 'Удалить ресурс «Переговорная «Эльбрус»»' }),
  );
  const dialog = await screen.findByRole('dialog', {
    name: 'Удалить ресурс «Переговорная «Эльбрус»»?',
  });
  expect(dialog).toHaveTextContent('room.elbrus@example.ru');
  await user.click(within(dialog).getByRole('button', { name: 'Удалить ресурс' }));
  await waitFor(() => expect(resourceNames(screen.getByRole('table'))).toHaveLength(2), afterSave);
  expect(notify).toHaveBeenCalledWith('Ресурс «Переговорная «Эльбрус»» удалён');
  expect(mockPbm.store.index.resources.has('room.elbrus@example.ru')).toBe(false);
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: group.groupname })).toHaveFocus(),
  );
});

it('keeps the delete dialog open with the reason when deleting fails', async () => {
  server.use(
    http.delete('*/resources', () => HttpResponse.json({ message: 'down' }, { status: 502 })),
  );
  const { user, table } = await openGroup();
  await user.click(
    within(table).getByRole('button', { name: 'Удалить ресурс «Переговорная «Эльбрус»»' }),
  );
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Удалить ресурс' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ошибка сервера (502)');
  expect(mockPbm.store.index.resources.has('room.elbrus@example.ru')).toBe(true);
});

it('says when the group has no resources yet', async () => {
  server.use(http.get('*/resources', () => HttpResponse.json([])));
  await signInAs();
  renderRoute(<GroupPane tenantId="default" group={group} notify={vi.fn()} />, {
    path: route,
    url: paths.resourceGroup('default', group.groupname),
  });
  expect(await screen.findByText('В группе пока нет ресурсов')).toBeInTheDocument();
});
