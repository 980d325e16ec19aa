import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { Suspense } from 'react';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LoadingState } from '@/components/LoadingState';
import { COLOR_MODE_STORAGE_KEY, theme } from '@/theme/theme';

/**
 * Providers around the router: theme (light/dark/system) and lazy strings. Server state
 * (TanStack Query) is provided by the signed-in area, which is its own chunk.
 */
export function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOR_MODE_STORAGE_KEY}>
      <CssBaseline />
      <Suspense fallback={<LoadingState />}>
        <RouterProvider router={router} />
      </Suspense>
    </ThemeProvider>
  );
}
