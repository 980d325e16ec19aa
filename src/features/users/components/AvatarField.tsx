import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import PhotoCamera from '@mui/icons-material/PhotoCamera';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AVATAR_TYPES, type UserFormValues } from '../schemas';
import { UserAvatar } from './UserAvatar';

/** A chosen file as a data: URL for the preview (jsdom has no object URLs; data URLs work everywhere). */
function usePreview(photo: string | File): string | undefined {
  const [preview, setPreview] = useState<{ file: File; url: string }>();
  useEffect(() => {
    if (typeof photo === 'string') return undefined;
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') setPreview({ file: photo, url: reader.result });
    };
    reader.readAsDataURL(photo);
    return () => reader.abort();
  }, [photo]);
  if (typeof photo !== 'string') return preview?.file === photo ? preview.url : undefined;
  return photo || undefined;
}

/**
 * The avatar (guide 3.3.1 step 1): a preview, upload or replace, and remove. The file is checked by
 * the form's schema as soon as it is chosen, so a wrong type or size shows here at once.
 */
export function AvatarField() {
  const { t } = useTranslation('userForm');
  const { control, setValue } = useFormContext<UserFormValues>();
  const { field, fieldState } = useController({ control, name: 'photo' });
  const choose = (photo: string | File) =>
    setValue('photo', photo, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  const [mail, cn, sn] = useWatch({ control, name: ['login.local', 'cn', 'sn'] });
  const inputRef = useRef<HTMLInputElement>(null);
  const helperId = useId();
  const preview = usePreview(field.value);
  const errorKey = fieldState.error?.message;

  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
      <UserAvatar
        mail={mail}
        cn={cn}
        sn={sn}
        src={preview}
        sx={{ width: (theme) => theme.spacing(9), height: (theme) => theme.spacing(9) }}
      />
      <Stack sx={{ gap: 0.5, alignItems: 'flex-start' }}>
        <Typography variant="subtitle2" component="p">
          {t('avatar.label')}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            size="small"
            startIcon={<PhotoCamera />}
            aria-describedby={helperId}
            onClick={() => inputRef.current?.click()}
          >
            {field.value ? t('avatar.replace') : t('avatar.upload')}
          </Button>
          <input
            ref={inputRef}
            type="file"
            hidden
            aria-label={t('avatar.upload')}
            accept={AVATAR_TYPES.join(',')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) choose(file);
              // Choosing the same file again after removing it must fire again.
              event.target.value = '';
            }}
          />
          {field.value ? (
            <Button
              size="small"
              color="error"
              startIcon={<DeleteOutline />}
              onClick={() => choose('')}
            >
              {t('avatar.remove')}
            </Button>
          ) : null}
        </Stack>
        <FormHelperText
          id={helperId}
          error={Boolean(errorKey)}
          role={errorKey ? 'alert' : undefined}
        >
          {errorKey ? t(errorKey, { ns: 'common', defaultValue: errorKey }) : t('avatar.help')}
        </FormHelperText>
      </Stack>
    </Stack>
  );
}
