import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '@/components/FormTextField';
import type { UserFormMode, UserFormValues } from '../schemas';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';

/**
 * "Пароль" on create, "Сменить пароль" on the profile (figures 13, 14; guide 3.10.1): new password
 * and its repeat, shown or hidden together.
 */
export function PasswordSection({ mode }: { mode: UserFormMode }) {
  const { t } = useTranslation('userForm');
  const { control } = useFormContext<UserFormValues>();
  const [shown, setShown] = useState(false);
  const type = shown ? 'text' : 'password';
  const required = mode === 'create';
  return (
    <FormSection title={t(required ? 'password.heading' : 'password.changeHeading')}>
      <FieldGrid>
        <FormTextField
          control={control}
          name="password"
          label={t('password.new')}
          type={type}
          required={required}
          autoComplete="new-password"
          helperText={required ? undefined : t('password.keep')}
          slotProps={{
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton
                    onClick={() => setShown((value) => !value)}
                    aria-label={shown ? t('password.hide') : t('password.show')}
                    aria-pressed={shown}
                    edge="end"
                  >
                    {shown ? <VisibilityOff /> : <Visibility />}
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
        <FormTextField
          control={control}
          name="passwordRepeat"
          label={t('password.repeat')}
          type={type}
          required={required}
          autoComplete="new-password"
        />
      </FieldGrid>
    </FormSection>
  );
}
