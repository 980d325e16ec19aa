import { screen } from '@testing-library/react';
import { SignInPage } from '../pages/SignInPage';
import { paths, routePatterns } from '@/config/paths';
import { setRuntimeConfig } from '@/config/runtimeConfig';
import { renderRoute } from '@/test/render';
import { TEST_API_BASE_URL } from '@/test/mockServer';

afterEach(() => setRuntimeConfig({ apiBaseUrl: TEST_API_BASE_URL, mock: false }));

const renderSignIn = () =>
  renderRoute(<SignInPage />, { path: routePatterns.signIn, url: paths.signIn() });

describe('demo accounts hint', () => {
  it('tells first-time users the mock accounts when the panel runs on the mock', async () => {
    setRuntimeConfig({ apiBaseUrl: TEST_API_BASE_URL, mock: true });
    renderSignIn();
    expect(await screen.findByText(/admin@example\.ru \/ admin/)).toBeVisible();
  });

  it('is not shown against a real PBM', async () => {
    renderSignIn();
    await screen.findByRole('button', { name: 'Войти' });
    expect(screen.queryByText(/admin@example\.ru \/ admin/)).not.toBeInTheDocument();
  });
});
