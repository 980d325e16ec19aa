import { render, screen } from '@testing-library/react';
import { createMemoryRouter, data } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteErrorPage } from './RouteErrorPage';

function renderThrowing(failure: unknown) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        loader: () => {
          throw failure;
        },
        element: null,
        errorElement: <RouteErrorPage />,
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
}

describe('route error page', () => {
  it('offers a reload when a chunk of an older deployment is gone', async () => {
    renderThrowing(
      new TypeError('Failed to fetch dynamically imported module: /assets/UsersPage-x.js'),
    );
    expect(await screen.findByText(/Панель обновилась/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Перезагрузить' })).toBeVisible();
  });

  it('says something went wrong, with a reload, for any other failure', async () => {
    renderThrowing(new Error('boom'));
    expect(await screen.findByText(/непредвиденная ошибка/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Перезагрузить' })).toBeVisible();
  });

  it('shows the not-found page for a 404', async () => {
    renderThrowing(data('missing', { status: 404 }));
    expect(await screen.findByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  });
});
