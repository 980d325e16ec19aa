import { useCallback, useMemo, useState } from 'react';
import type { UserSummary } from '../api/userQueries';

const nothing: ReadonlyMap<string, UserSummary> = new Map();

/**
 * Selected users of the current view, by address. A new search, page or order starts empty, and
 * a user who leaves the page (deleted elsewhere, renamed) leaves the selection: a batch never
 * includes someone the admin cannot see. Selected entries are the page's current rows, so a
 * confirmation shows today's names.
 */
export function useSelection(viewKey: string, rows: readonly UserSummary[] | undefined) {
  const [state, setState] = useState({ viewKey, selected: nothing });
  const stored = state.viewKey === viewKey ? state.selected : nothing;
  const selected = useMemo(
    () =>
      rows === undefined
        ? stored
        : new Map(rows.filter((row) => stored.has(row.mail)).map((row) => [row.mail, row])),
    [stored, rows],
  );

  const change = useCallback(
    (edit: (next: Map<string, UserSummary>) => void) =>
      setState((current) => {
        const next = new Map(current.viewKey === viewKey ? current.selected : nothing);
        edit(next);
        return { viewKey, selected: next };
      }),
    [viewKey],
  );

  const toggle = useCallback(
    (user: UserSummary) =>
      change((next) => (next.has(user.mail) ? next.delete(user.mail) : next.set(user.mail, user))),
    [change],
  );
  const setAll = useCallback(
    (users: readonly UserSummary[], on: boolean) =>
      change((next) =>
        users.forEach((user) => (on ? next.set(user.mail, user) : next.delete(user.mail))),
      ),
    [change],
  );
  /** Keeps only `mails` (e.g. the ones a batch failed for). */
  const keepOnly = useCallback(
    (mails: ReadonlySet<string>) =>
      change((next) => {
        for (const mail of [...next.keys()]) if (!mails.has(mail)) next.delete(mail);
      }),
    [change],
  );
  return { selected, toggle, setAll, keepOnly };
}
