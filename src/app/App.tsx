import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { Suspense, useState } from 'react';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LoadingState } from '@/components/LoadingState';
import { createEmotionCache } from '@/theme/emotionCache';
import { COLOR_MODE_STORAGE_KEY, theme } from '@/theme/theme';

/**
 * Providers around the router: styles (with the CSP nonce nginx gives the page), theme
 * (light/dark/system) and lazy strings. Server state (TanStack Query) is provided by the
 * signed-in area, which is its own chunk.
 */
export function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  const [emotionCache] = useState(createEmotionCache);
  return (
    <CacheProvider value={emotionCache}>
      <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOR_MODE_STORAGE_KEY}>
        <CssBaseline />
        <Suspense fallback={<LoadingState />}>
          <RouterProvider router={router} />
        </Suspense>
      </ThemeProvider>
    </CacheProvider>
  );
}
