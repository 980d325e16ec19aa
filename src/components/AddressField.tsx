import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelectField } from './FormSelectField';
import { FormTextField } from './FormTextField';

interface AddressFieldProps<T extends FieldValues> {
  control: Control<T>;
  /** Path of an `{ local, domain }` value in the form. */
  name: FieldPath<T>;
  /** Label of the login input (the guide's "Логин"). */
  label: string;
  domainLabel?: string;
  /** The tenant's domains: an address can only be created in one of them. */
  domains: readonly string[];
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
}

/**
 * The guide's address input: "Логин" and a domain chosen from a list (figures 13, 14, 17, 18).
 * Errors show under the part they concern.
 */
export function AddressField<T extends FieldValues>({
  control,
  name,
  label,
  domainLabel,
  domains,
  required,
  disabled,
  autoFocus,
}: AddressFieldProps<T>) {
  const { t } = useTranslation();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}
    >
      <FormTextField
        control={control}
        name={`${name}.local` as FieldPath<T>}
        label={label}
        required={required}
        disabled={disabled}
        autoFocus={autoFocus}
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
        sx={{ flex: 3 }}
      />
      <Typography aria-hidden sx={{ pt: 1, display: { xs: 'none', sm: 'block' } }}>
        @
      </Typography>
      <FormSelectField
        control={control}
        name={`${name}.domain` as FieldPath<T>}
        label={domainLabel ?? t('address.domain')}
        required={required}
        disabled={disabled}
        options={domains.map((domain) => ({ value: domain, label: domain }))}
        sx={{ flex: 2 }}
      />
    </Stack>
  );
}
