import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fetchAllUsers,
  newExportState,
  type ExportProgress,
  type ExportState,
} from '../api/exportUsers';
import type { UserListParams } from '../api/userQueries';
import {
  csvSeparatorFor,
  downloadTextFile,
  encodeCsv,
  exportFileName,
  userCsvRows,
  type UserCsvLabels,
} from '../csv';

export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress | undefined }
  | { kind: 'failed'; progress: ExportProgress | undefined; error: unknown };

/**
 * Exports the current search (all pages) as CSV: progress while pages arrive, Cancel at any
 * time, and after a failure Retry continues from the page that failed.
 */
export function useUserExport(
  tenantId: string,
  params: UserListParams,
  onDone: (count: number) => void,
) {
  const { t, i18n } = useTranslation('users');
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  const state = useRef<ExportState>(newExportState());
  const { search, orderby, sort } = params;

  // Leaving the page stops an export that is still reading pages.
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    let progress: ExportProgress | undefined;
    setPhase({ kind: 'running', progress });
    try {
      const users = await fetchAllUsers(tenantId, { search, orderby, sort }, state.current, {
        signal: current.signal,
        onProgress: (next) => {
          progress = next;
          setPhase({ kind: 'running', progress });
        },
      });
      const labels: UserCsvLabels = {
        header: ['mail', 'cn', 'sn', 'displayName', 'role', 'status'].map((column) =>
          t(`export.columns.${column}`),
        ),
        role: (role) => t(`role.${role}`),
        status: (status) => t(`status.${status}`),
      };
      const csv = encodeCsv(userCsvRows(users, labels), csvSeparatorFor(i18n.language));
      downloadTextFile(exportFileName(tenantId, new Date()), csv, 'text/csv;charset=utf-8');
      state.current = newExportState();
      setPhase({ kind: 'idle' });
      onDone(users.length);
    } catch (error) {
      if (current.signal.aborted) return;
      setPhase({ kind: 'failed', progress, error });
    }
  }, [tenantId, search, orderby, sort, t, i18n, onDone]);

  const start = useCallback(() => {
    state.current = newExportState();
    void run();
  }, [run]);

  const retry = useCallback(() => void run(), [run]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    state.current = newExportState();
    setPhase({ kind: 'idle' });
  }, []);

  return { phase, start, retry, cancel };
}
