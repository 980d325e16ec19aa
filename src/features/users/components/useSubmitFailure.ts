import { useState } from 'react';
import type { UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '@/utils/serverErrors';
import type { UserFormValues } from '../schemas';
import { hasUnplacedErrors, serverErrorFields } from '../userServerErrors';

/**
 * A failed create or save: PBM's 400/409 answers go on the inputs they name; anything else (500,
 * timeout, offline, a field the form lacks) becomes the alert above the form. Nothing typed is lost.
 */
export function useSubmitFailure(setError: UseFormSetError<UserFormValues>) {
  const { t } = useTranslation('userForm');
  const [failure, setFailure] = useState<unknown>();
  return {
    failure,
    clear: () => setFailure(undefined),
    report: (error: unknown, values: UserFormValues) => {
      const placed = applyServerErrors(error, setError, serverErrorFields(error, values), t);
      setFailure(placed && !hasUnplacedErrors(error) ? undefined : error);
    },
  };
}
