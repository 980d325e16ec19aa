import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { FormProvider, type UseFormReturn } from 'react-hook-form';
import type { UserFormMode, UserFormValues } from '../schemas';
import { AccountSection } from './AccountSection';
import { AddressBookSection } from './AddressBookSection';
import { AliasesSection } from './AliasesSection';
import { AvatarField } from './AvatarField';
import { ContactsSection } from './ContactsSection';
import { PasswordSection } from './PasswordSection';
import { PersonalSection } from './PersonalSection';
import { SubmitFailureAlert } from './SubmitFailureAlert';

interface UserFormProps {
  form: UseFormReturn<UserFormValues>;
  mode: UserFormMode;
  /** The tenant's domains, for the login and alias domain selectors. */
  domains: readonly string[];
  /** Mailbox usage of an existing user. */
  usage?: { used: number; quota?: number | undefined };
  /** Whether "Не задано" may be chosen for address-book visibility. */
  allowUnsetVisibility: boolean;
  submitLabel: string;
  /** Cancel or undo, left of the submit button. */
  secondaryAction?: ReactNode;
  /** A save that failed as a whole, shown above the form with Retry. */
  failure?: { title: string; error: unknown } | undefined;
  /** Saves; must not throw (failures are the page's to show). */
  onSubmit: (values: UserFormValues) => Promise<void>;
}

/** The form of "Новый пользователь" (figure 13) and of the profile (figure 14). */
export function UserForm({
  form,
  mode,
  domains,
  usage,
  allowUnsetVisibility,
  submitLabel,
  secondaryAction,
  failure,
  onSubmit,
}: UserFormProps) {
  const isSubmitting = form.formState.isSubmitting;
  // isSubmitting reaches the button one render late: a second click in between must not send again.
  const inFlight = useRef(false);
  const failureRef = useRef<HTMLDivElement>(null);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await form.handleSubmit(onSubmit)();
    } finally {
      inFlight.current = false;
    }
  };

  useEffect(() => {
    // The alert is above the form; the admin pressed the button below it.
    if (failure) failureRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [failure]);

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack sx={{ gap: 3 }}>
          {failure ? (
            <div ref={failureRef}>
              <SubmitFailureAlert
                title={failure.title}
                error={failure.error}
                onRetry={() => void submit()}
                retrying={isSubmitting}
              />
            </div>
          ) : null}
          <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
            <Stack sx={{ gap: 3 }}>
              <AvatarField />
              <AccountSection mode={mode} domains={domains} usage={usage} />
              <Divider />
              <PasswordSection mode={mode} />
              <Divider />
              <AliasesSection domains={domains} />
              <Divider />
              <PersonalSection />
              <Divider />
              <ContactsSection />
              <Divider />
              <AddressBookSection allowUnsetVisibility={allowUnsetVisibility} />
            </Stack>
          </Paper>
          <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
            {secondaryAction}
            <Button type="submit" variant="contained" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Stack>
        </Stack>
      </form>
    </FormProvider>
  );
}
