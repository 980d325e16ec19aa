import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactElement } from 'react';
import { createMemoryRouter, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { TEST_API_BASE_URL } from './mockServer';
import { startSession, type AuthTokens } from '@/api/session';
import { theme } from '@/theme/theme';

/** Shows where the app navigated, for assertions on redirects. */
function LocationProbe() {
  const location = useLocation();
  return <output aria-label="location">{location.pathname + location.search}</output>;
}

interface RenderRouteOptions {
  /** The route pattern the element is mounted at, e.g. `/t/:tenantId/tenants`. */
  path: string;
  /** The URL to open, e.g. `/t/default/tenants`. */
  url: string;
}

/**
 * Renders one page the way the app does (theme, fresh query cache, router), with every other
 * URL showing a location probe, and a user-event instance to drive it.
 */
export function renderRoute(element: ReactElement, { path, url }: RenderRouteOptions) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: [url] },
  );
  const user = userEvent.setup();
  const view = render(
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={null}>
          <RouterProvider router={router} />
        </Suspense>
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...view, user, router, queryClient };
}

/** Signs in against the mock PBM, as the sign-in page would. */
export async function signInAs(
  login = 'admin@example.ru',
  password = 'admin',
): Promise<AuthTokens> {
  const response = await fetch(`${TEST_API_BASE_URL}/v2/auth`, {
    method: 'POST',
    body: new URLSearchParams({ login, password }),
  });
  if (!response.ok) throw new Error(`test sign-in failed: ${response.status}`);
  const tokens = (await response.json()) as AuthTokens;
  startSession(tokens, login);
  return tokens;
}
