import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/ApiError';

/**
 * Retries only what a retry can fix (network faults and 5xx), never a 4xx: a rejected request
 * stays rejected. Pages show query errors themselves (ErrorState with Retry). One client for the
 * tab's life; sign-out clears it.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) =>
        failureCount < 2 &&
        error instanceof ApiError &&
        (error.kind === 'network' || error.kind === 'timeout' || error.status >= 500),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
