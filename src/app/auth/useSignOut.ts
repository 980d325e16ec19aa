import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { endSession } from '@/api/session';
import { paths } from '@/config/paths';

/** Signs out here and in the admin's other tabs, and forgets every cached answer. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    endSession();
    queryClient.clear();
    void navigate(paths.signIn(), { replace: true });
  }, [navigate, queryClient]);
}
