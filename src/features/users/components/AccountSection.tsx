import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddressField } from '@/components/AddressField';
import { FormSelectField } from '@/components/FormSelectField';
import { FormTextField } from '@/components/FormTextField';
import type { UserFormMode, UserFormValues } from '../schemas';
import { FieldGrid } from './FieldGrid';
import { QuotaUsage } from './QuotaUsage';

interface AccountSectionProps {
  mode: UserFormMode;
  domains: readonly string[];
  /** The profile's mailbox usage (edit only). */
  usage?: { used: number; quota?: number | undefined } | undefined;
}

/** Login with its domain, role and quota (guide 3.3.1 steps 2–4, 3.8.1). */
export function AccountSection({ mode, domains, usage }: AccountSectionProps) {
  const { t } = useTranslation('userForm');
  const { control } = useFormContext<UserFormValues>();
  return (
    <Stack sx={{ gap: 2 }}>
      <AddressField
        control={control}
        name="login"
        label={t('account.login')}
        domains={domains}
        required
        autoFocus={mode === 'create'}
      />
      <FieldGrid>
        <FormSelectField
          control={control}
          name="employeeNumber"
          label={t('account.role')}
          required
          size="small"
          options={[
            { value: '2', label: t('account.roles.user') },
            { value: '1', label: t('account.roles.admin') },
          ]}
        />
        <Stack sx={{ gap: 1 }}>
          <FormTextField
            control={control}
            name="quota"
            label={t('account.quota')}
            type="number"
            helperText={usage?.quota === undefined ? t('account.quotaDefault') : undefined}
            slotProps={{
              htmlInput: { min: 1, step: 1, inputMode: 'numeric' },
              input: {
                endAdornment: <InputAdornment position="end">{t('account.mb')}</InputAdornment>,
              },
            }}
          />
          {usage ? <QuotaUsage used={usage.used} quota={usage.quota} /> : null}
        </Stack>
      </FieldGrid>
    </Stack>
  );
}
