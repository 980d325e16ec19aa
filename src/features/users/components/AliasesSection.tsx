import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddressField } from '@/components/AddressField';
import type { UserFormValues } from '../schemas';
import { FormSection } from './FormSection';

/**
 * "Почтовые алиасы" (guide 3.9.1): "+" adds a row with a login and a domain, the bin beside a row
 * removes it. A new row starts in the login's domain.
 */
export function AliasesSection({ domains }: { domains: readonly string[] }) {
  const { t } = useTranslation('userForm');
  const { control, getValues, formState } = useFormContext<UserFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'aliases' });
  const rootError = formState.errors.aliases?.message ?? formState.errors.aliases?.root?.message;

  const add = () => append({ local: '', domain: getValues('login.domain') || (domains[0] ?? '') });

  return (
    <FormSection
      title={t('aliases.heading')}
      action={
        <IconButton onClick={add} aria-label={t('aliases.add')} color="primary">
          <Add />
        </IconButton>
      }
    >
      {rootError ? (
        <FormHelperText error role="alert">
          {t(rootError, { ns: 'common', defaultValue: rootError })}
        </FormHelperText>
      ) : null}
      {fields.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('aliases.none')}
        </Typography>
      ) : (
        <Stack component="ul" sx={{ gap: 2, listStyle: 'none', m: 0, p: 0 }}>
          {fields.map((row, index) => (
            <Stack
              component="li"
              key={row.id}
              direction="row"
              sx={{ gap: 1, alignItems: 'flex-start' }}
            >
              <Stack sx={{ flex: 1 }}>
                <AddressField
                  control={control}
                  name={`aliases.${index}`}
                  label={t('aliases.login', { number: index + 1 })}
                  domainLabel={t('aliases.domain', { number: index + 1 })}
                  domains={domains}
                  required
                />
              </Stack>
              <IconButton
                onClick={() => remove(index)}
                aria-label={t('aliases.remove', { number: index + 1 })}
              >
                <DeleteOutline />
              </IconButton>
            </Stack>
          ))}
        </Stack>
      )}
    </FormSection>
  );
}
