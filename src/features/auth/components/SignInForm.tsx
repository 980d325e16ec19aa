import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Box from '@mui/material/Box';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LightNotice } from '@/components/LightNotice';
import { TextInput } from '@/components/TextInput';
import type { SignInFailure } from '../api/signIn';
import { emptySignIn, validateSignIn, type SignInErrors, type SignInValues } from '../schemas';

interface SignInFormProps {
  onSubmit: (values: SignInValues) => void;
  pending: boolean;
  failure?: SignInFailure;
  /** Re-authentication after expiry: the same admin must sign in, so the login is fixed. */
  fixedLogin?: string;
}

export function SignInForm({ onSubmit, pending, failure, fixedLogin }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const [values, setValues] = useState<SignInValues>({ ...emptySignIn, login: fixedLogin ?? '' });
  const [errors, setErrors] = useState<SignInErrors>({});
  const [passwordShown, setPasswordShown] = useState(false);

  const change = (field: keyof SignInValues) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [field]: event.target.value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateSignIn(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(values);
  };

  const errorText = (field: keyof SignInValues) => {
    const key = errors[field];
    return key ? t(key, { ns: 'common' }) : undefined;
  };

  return (
    <Box
      component="form"
      noValidate
      onSubmit={submit}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
    >
      {failure ? (
        <LightNotice severity="error" role="alert">
          {t(`failure.${failure}`)}
        </LightNotice>
      ) : null}
      <TextInput
        name="login"
        label={t('loginOrEmail')}
        value={values.login}
        onChange={change('login')}
        error={errorText('login')}
        autoComplete="username"
        required
        autoFocus={!fixedLogin}
        slotProps={{ htmlInput: { readOnly: Boolean(fixedLogin) } }}
      />
      <TextInput
        name="password"
        label={t('password')}
        type={passwordShown ? 'text' : 'password'}
        value={values.password}
        onChange={change('password')}
        error={errorText('password')}
        autoComplete="current-password"
        required
        autoFocus={Boolean(fixedLogin)}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  onClick={() => setPasswordShown((shown) => !shown)}
                  aria-label={passwordShown ? t('hidePassword') : t('showPassword')}
                  edge="end"
                >
                  {passwordShown ? <VisibilityOff /> : <Visibility />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button type="submit" variant="contained" size="large" loading={pending}>
        {t('signIn')}
      </Button>
    </Box>
  );
}
