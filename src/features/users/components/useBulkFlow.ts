import { useRef, useState } from 'react';
import { useBulkAction, type BulkAction, type BulkOutcome } from '../api/bulkActions';
import type { UserSummary } from '../api/userQueries';

interface BulkFlow {
  step: 'closed' | 'confirm' | 'result';
  action: BulkAction;
  users: readonly UserSummary[];
  /** Users finished so far while the batch runs; undefined before it starts. */
  done: number | undefined;
  outcomes: readonly BulkOutcome[];
}

const closed: BulkFlow = {
  step: 'closed',
  action: 'block',
  users: [],
  done: undefined,
  outcomes: [],
};

/**
 * Select → confirm once → run for each → per-user result. `onFinished` gets the addresses that
 * failed, so the page can keep exactly those selected.
 */
export function useBulkFlow(tenantId: string, onFinished: (failed: ReadonlySet<string>) => void) {
  const bulk = useBulkAction(tenantId);
  const [flow, setFlow] = useState<BulkFlow>(closed);
  // A double click lands before the dialog re-renders its button as busy: one batch only.
  const running = useRef(false);

  const ask = (action: BulkAction, users: readonly UserSummary[]) =>
    setFlow({ ...closed, step: 'confirm', action, users });

  const confirm = () => {
    if (flow.step !== 'confirm' || running.current) return;
    running.current = true;
    const { action, users } = flow;
    let done = 0;
    setFlow({ ...flow, done });
    bulk.mutate(
      {
        action,
        mails: users.map((user) => user.mail),
        report: () => {
          done += 1;
          setFlow((current) => ({ ...current, done }));
        },
      },
      {
        onSettled: () => {
          running.current = false;
        },
        onSuccess: (outcomes) => {
          setFlow((current) => ({ ...current, step: 'result', done: undefined, outcomes }));
          onFinished(new Set(outcomes.filter((o) => o.error !== undefined).map((o) => o.mail)));
        },
      },
    );
  };

  // Closing mid-run would hide a half-done batch: the dialog stays until the results are in.
  // The rest of the state stays, so the dialog's text does not change while it fades out.
  const close = () => {
    if (flow.done !== undefined) return;
    setFlow((current) => ({ ...current, step: 'closed' }));
  };

  return { flow, ask, confirm, close };
}
