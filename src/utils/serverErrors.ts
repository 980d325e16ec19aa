import i18next, { type TFunction } from 'i18next';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/api/ApiError';

/**
 * Puts PBM's per-field answers (400/409 `{"message": {"mail": "…"}}`) on the inputs they concern.
 * `fields` maps a PBM parameter to a form path (`mail` → `login.local`). Known answers are worded
 * in the admin's language; others show PBM's own text. Returns false when nothing could be placed,
 * so the caller shows the error above the form instead.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: Partial<Record<string, FieldPath<T>>>,
  t: TFunction,
): boolean {
  if (!(error instanceof ApiError) || error.kind !== 'http') return false;
  let placed = false;
  let firstField = true;
  for (const [parameter, text] of Object.entries(error.fieldErrors)) {
    const path = fields[parameter];
    if (!path) continue;
    setError(
      path,
      { type: 'server', message: wordServerError(error.status, text, t) },
      { shouldFocus: firstField },
    );
    placed = true;
    firstField = false;
  }
  return placed;
}

/** PBM answers in English; the ones an admin meets every day get the admin's language. */
export function wordServerError(status: number, text: string, t: TFunction): string {
  const reserved = /reserved until (\S+)/i.exec(text);
  if (reserved?.[1]) {
    const until = new Date(reserved[1]);
    const date = Number.isNaN(until.getTime())
      ? reserved[1]
      : new Intl.DateTimeFormat(i18next.language, { dateStyle: 'long' }).format(until);
    return t('validation.server.reserved', { ns: 'common', date });
  }
  if (status === 409) return t('validation.server.taken', { ns: 'common' });
  return t('validation.server.rejected', { ns: 'common', message: text });
}
