import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/ApiError';

/**
 * One wording for every failure the admin can meet: no connection, a timeout, no permission, a
 * missing entry, or the server's own message. Used by pages, dialogs and notifications alike.
 */
export function useErrorMessage(error: unknown): string {
  const { t } = useTranslation();
  return describeError(error, t);
}

export function describeError(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  switch (error.kind) {
    case 'network':
      return t('errors.network');
    case 'timeout':
      return t('errors.timeout');
    case 'aborted':
      return t('errors.aborted');
    case 'http':
      break;
  }
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) return t('errors.server', { status: error.status });
  return t('errors.rejected', { message: error.message });
}
