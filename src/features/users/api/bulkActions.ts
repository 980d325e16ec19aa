import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/ApiError';
import { deleteUser, endSessions, setUserStatus } from './userMutations';
import { userKeys } from './userQueries';

export type BulkAction = 'block' | 'unblock' | 'endSessions' | 'delete';

export const bulkActions: readonly BulkAction[] = ['block', 'unblock', 'endSessions', 'delete'];

/** One user's outcome: no `error` means it worked. */
export interface BulkOutcome {
  mail: string;
  error?: unknown;
}

/**
 * PBM has no batch endpoint for users, so a batch is one request per user. A few at a time keeps
 * a batch of 50 quick without flooding the server; each outcome is reported as it arrives.
 */
const CONCURRENCY = 3;

async function eachUser(
  mails: readonly string[],
  run: (mail: string) => Promise<unknown>,
  report: (outcome: BulkOutcome) => void,
): Promise<BulkOutcome[]> {
  const outcomes = new Map<string, BulkOutcome>();
  let next = 0;
  const worker = async () => {
    while (next < mails.length) {
      const mail = mails[next++] as string;
      let outcome: BulkOutcome;
      try {
        await run(mail);
        outcome = { mail };
      } catch (error) {
        outcome = { mail, error };
      }
      outcomes.set(mail, outcome);
      report(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, mails.length) }, worker));
  return mails.map((mail) => outcomes.get(mail) ?? { mail });
}

/** kickuser takes every address in one request and answers per address (guide 3.7.3). */
async function endSessionsOf(
  tenantId: string,
  mails: readonly string[],
  report: (outcome: BulkOutcome) => void,
): Promise<BulkOutcome[]> {
  let results: Record<string, string> | undefined;
  let failure: unknown;
  try {
    results = (await endSessions(tenantId, mails)).results;
  } catch (error) {
    failure = error;
  }
  return mails.map((mail) => {
    const answer = results?.[mail];
    const outcome: BulkOutcome =
      failure !== undefined
        ? { mail, error: failure }
        : answer === 'ok'
          ? { mail }
          : {
              mail,
              // "not found" (or no answer at all) reads like any other missing entry.
              error: new ApiError({ kind: 'http', status: 404, message: answer ?? 'not found' }),
            };
    report(outcome);
    return outcome;
  });
}

/** Runs `action` for every address, never stopping at a failure; outcomes are in input order. */
export function runBulkAction(
  tenantId: string,
  action: BulkAction,
  mails: readonly string[],
  report: (outcome: BulkOutcome) => void = () => {},
): Promise<BulkOutcome[]> {
  switch (action) {
    case 'block':
      return eachUser(mails, (mail) => setUserStatus(tenantId, mail, 0), report);
    case 'unblock':
      return eachUser(mails, (mail) => setUserStatus(tenantId, mail, 1), report);
    case 'delete':
      return eachUser(mails, (mail) => deleteUser(tenantId, mail), report);
    case 'endSessions':
      return endSessionsOf(tenantId, mails, report);
  }
}

interface BulkRun {
  action: BulkAction;
  mails: readonly string[];
  report?: (outcome: BulkOutcome) => void;
}

/** A batch as one mutation; whatever the outcomes, the lists and touched profiles refresh. */
export function useBulkAction(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, mails, report }: BulkRun) =>
      runBulkAction(tenantId, action, mails, report),
    onSettled: (_outcomes, _error, { action, mails }) => {
      for (const mail of mails) {
        const queryKey = userKeys.detail(tenantId, mail);
        // A deleted profile would only refetch into a 404; ending sessions changes no field.
        if (action === 'delete') queryClient.removeQueries({ queryKey });
        else if (action !== 'endSessions') void queryClient.invalidateQueries({ queryKey });
      }
      return queryClient.invalidateQueries({ queryKey: userKeys.lists(tenantId) });
    },
  });
}
