import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { paths, routePatterns } from '@/config/paths';
import { server } from '@/test/mockServer';
import { renderRoute, signInAs } from '@/test/render';
import { TenantsPage } from './TenantsPage';

const route = `${routePatterns.tenant}/${routePatterns.tenants}`;

async function openTenantsPage(tenantId = 'default') {
  await signInAs();
  const view = renderRoute(<TenantsPage />, { path: route, url: paths.tenants(tenantId) });
  await screen.findByRole('table', { name: 'Тенанты' });
  return view;
}

function domainsOf(tenantId: string): string[] {
  const list = screen.getByRole('list', { name: `Домены тенанта ${tenantId}` });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

async function openCreateDialog(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(screen.getByRole('button', { name: 'Новый тенант' }));
  return screen.findByRole('dialog', { name: 'Новый тенант' });
}

async function fillCreateDialog(
  user: ReturnType<typeof renderRoute>['user'],
  dialog: HTMLElement,
  tenantId: string,
  domains: string,
) {
  await user.type(within(dialog).getByLabelText('Имя (id) тенанта'), tenantId);
  await user.type(within(dialog).getByLabelText('Домены'), domains);
  await user.click(within(dialog).getByRole('button', { name: 'Добавить' }));
}

it('lists the tenants with their domains', async () => {
  await openTenantsPage();
  expect(domainsOf('default')).toEqual(['example.ru', 'test.ru']);
  expect(domainsOf('north')).toEqual(['north.example.org']);
  expect(screen.getByText('Всего 2 тенанта')).toBeInTheDocument();
});

it('shows an error with Retry when the list does not load, and loads on retry', async () => {
  server.use(
    http.get('*/v2/tenants', () => HttpResponse.json({ message: 'down' }, { status: 500 }), {
      once: true,
    }),
  );
  await signInAs();
  const { user } = renderRoute(<TenantsPage />, { path: route, url: paths.tenants('default') });
  expect(await screen.findByRole('alert')).toHaveTextContent('Ошибка сервера (500)');
  await user.click(screen.getByRole('button', { name: 'Повторить' }));
  expect(await screen.findByRole('table', { name: 'Тенанты' })).toBeInTheDocument();
});

it('says so when there are no tenants', async () => {
  server.use(http.get('*/v2/tenants', () => HttpResponse.json([])));
  await signInAs();
  renderRoute(<TenantsPage />, { path: route, url: paths.tenants('default') });
  expect(await screen.findByRole('status')).toHaveTextContent('Тенантов пока нет');
});

it('creates a named tenant with a domain, which then appears in the list', async () => {
  const { user } = await openTenantsPage();
  const dialog = await openCreateDialog(user);
  await fillCreateDialog(user, dialog, 'south', 'south.example.ru');
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(await screen.findByRole('status')).toHaveTextContent('Тенант south добавлен');
  await waitFor(() => expect(domainsOf('south')).toEqual(['south.example.ru']));
});

it('puts a duplicate id on the id field and keeps what was typed', async () => {
  const { user } = await openTenantsPage();
  const dialog = await openCreateDialog(user);
  await fillCreateDialog(user, dialog, 'north', 'other.example.ru');
  const idField = within(dialog).getByLabelText('Имя (id) тенанта');
  await waitFor(() =>
    expect(idField).toHaveAccessibleDescription('Тенант с таким именем уже существует'),
  );
  expect(idField).toHaveValue('north');
  expect(within(dialog).getByLabelText('Домены')).toHaveValue('other.example.ru');
});

it('checks the form before sending it', async () => {
  const { user } = await openTenantsPage();
  const dialog = await openCreateDialog(user);
  await fillCreateDialog(user, dialog, 'South', 'a.ru, a.ru');
  expect(within(dialog).getByLabelText('Имя (id) тенанта')).toHaveAccessibleDescription(
    /строчные латинские буквы/,
  );
  expect(within(dialog).getByLabelText('Домены')).toHaveAccessibleDescription(
    'Домены не должны повторяться',
  );
});

it('keeps the input and shows the error when the server fails, and cannot submit twice', async () => {
  let requests = 0;
  server.use(
    http.put('*/v2/tenants/:tenantId', async () => {
      requests += 1;
      await delay(100);
      return HttpResponse.json({ message: 'internal error' }, { status: 500 });
    }),
  );
  const { user } = await openTenantsPage();
  const dialog = await openCreateDialog(user);
  await fillCreateDialog(user, dialog, 'south', 'south.example.ru');
  expect(within(dialog).getByRole('button', { name: 'Добавить' })).toBeDisabled();
  await user.type(within(dialog).getByLabelText('Имя (id) тенанта'), '{Enter}');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ошибка сервера (500)');
  expect(requests).toBe(1);
  expect(within(dialog).getByLabelText('Имя (id) тенанта')).toHaveValue('south');
  expect(within(dialog).getByLabelText('Домены')).toHaveValue('south.example.ru');
  expect(within(dialog).getByRole('button', { name: 'Добавить' })).toBeEnabled();
});

it('deletes a tenant after the admin confirms', async () => {
  const { user } = await openTenantsPage();
  await user.click(screen.getByRole('button', { name: 'Удалить тенант north' }));
  const dialog = await screen.findByRole('dialog', { name: 'Удалить тенант «north»?' });
  expect(dialog).toHaveTextContent(
    'все его пользователи, группы ресурсов, ресурсы и списки рассылок',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(await screen.findByRole('status')).toHaveTextContent('Тенант north удалён');
  await waitFor(() =>
    expect(screen.queryByRole('list', { name: 'Домены тенанта north' })).not.toBeInTheDocument(),
  );
  // The row whose button opened the dialog is gone: the focus is on the table, not lost.
  await waitFor(() => expect(screen.getByRole('table', { name: 'Тенанты' })).toHaveFocus());
});

it('leaves for the default tenant after deleting the tenant the admin is in', async () => {
  const { user, router } = await openTenantsPage('north');
  await user.click(screen.getByRole('button', { name: 'Удалить тенант north' }));
  const dialog = await screen.findByRole('dialog', { name: 'Удалить тенант «north»?' });
  await user.click(within(dialog).getByRole('button', { name: 'Удалить' }));
  await waitFor(() => expect(router.state.location.pathname).toBe(paths.tenants('default')));
});

it('does not offer to delete the default tenant, and says why', async () => {
  await openTenantsPage();
  const button = screen.getByRole('button', { name: 'Удалить тенант default' });
  expect(button).toBeDisabled();
  expect(button).toHaveAccessibleDescription(/Тенант default удалить нельзя/);
});

it('reports a successful sync of tenants with «МойОфис Хранилище»', async () => {
  const { user } = await openTenantsPage();
  await user.click(screen.getByRole('button', { name: 'Синхронизировать тенанты' }));
  expect(await screen.findByRole('status')).toHaveTextContent(
    'Тенанты синхронизированы с «МойОфис Хранилище»',
  );
});

it('reports a failed domain sync as an alert', async () => {
  server.use(http.post('*/actions', () => HttpResponse.json({ message: 'x' }, { status: 500 })));
  const { user } = await openTenantsPage();
  await user.click(screen.getByRole('button', { name: 'Синхронизировать домены' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Не удалось синхронизировать домены с «МойОфис Хранилище». Ошибка сервера (500)',
  );
});

it('syncs a tenant’s address book with Битрикс 24', async () => {
  const { user } = await openTenantsPage();
  await user.click(
    screen.getByRole('button', {
      name: 'Синхронизировать адресную книгу тенанта north с Битрикс 24',
    }),
  );
  expect(await screen.findByRole('status')).toHaveTextContent(
    'Адресная книга тенанта north синхронизирована с Битрикс 24',
  );
});
