import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { SignInPage } from './SignInPage';
import { getSession } from '@/api/session';
import { paths, routePatterns } from '@/config/paths';
import { server, TEST_API_BASE_URL } from '@/test/mockServer';
import { renderRoute } from '@/test/render';

function renderSignIn(url = paths.signIn()) {
  return renderRoute(<SignInPage />, { path: routePatterns.signIn, url });
}

async function submit(
  user: ReturnType<typeof renderSignIn>['user'],
  login: string,
  password: string,
) {
  await user.type(await screen.findByLabelText(/Логин или Email/), login);
  await user.type(screen.getByLabelText(/^Пароль/), password);
  await user.click(screen.getByRole('button', { name: 'Войти' }));
}

describe('Sign-in page', () => {
  it('signs an administrator in and opens their tenant', async () => {
    const { user } = renderSignIn();
    await submit(user, 'admin@example.ru', 'admin');

    expect(await screen.findByLabelText('location')).toHaveTextContent(paths.users('default'));
    expect(getSession()).toMatchObject({ status: 'active', tenantId: 'default', role: 1 });
  });

  it('returns to the page the admin was going to', async () => {
    const { user } = renderSignIn(paths.signIn(paths.mailingLists('default')));
    await submit(user, 'admin', 'admin');

    expect(await screen.findByLabelText('location')).toHaveTextContent(
      paths.mailingLists('default'),
    );
  });

  it('ignores a return address outside the panel', async () => {
    const { user } = renderSignIn('/sign-in?returnTo=%2F%2Fevil.example');
    await submit(user, 'admin@example.ru', 'admin');

    expect(await screen.findByLabelText('location')).toHaveTextContent(paths.users('default'));
  });

  it.each([
    ['user@example.ru', 'user', 'только пользователям с ролью «Администратор»'],
    ['admin@example.ru', 'wrong', 'Неверный логин или пароль'],
    ['blocked@example.ru', 'blocked', 'Учётная запись заблокирована'],
  ])('refuses %s / %s with its own message', async (login, password, message) => {
    const { user } = renderSignIn();
    await submit(user, login, password);

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(getSession().status).toBe('anonymous');
    expect(screen.getByLabelText(/Логин или Email/)).toHaveValue(login);
  });

  it('says when the server cannot be reached', async () => {
    server.use(http.post(`${TEST_API_BASE_URL}/v2/auth`, () => HttpResponse.error()));
    const { user } = renderSignIn();
    await submit(user, 'admin@example.ru', 'admin');

    expect(await screen.findByRole('alert')).toHaveTextContent('Сервер недоступен');
  });

  it('asks for both fields before sending anything', async () => {
    let requests = 0;
    server.use(
      http.post(`${TEST_API_BASE_URL}/v2/auth`, () => {
        requests += 1;
        return HttpResponse.json({ message: 'unexpected' }, { status: 500 });
      }),
    );
    const { user } = renderSignIn();
    await user.click(await screen.findByRole('button', { name: 'Войти' }));

    expect(await screen.findAllByText('Обязательное поле')).toHaveLength(2);
    expect(requests).toBe(0);
  });
});
