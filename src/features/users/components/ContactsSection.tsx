import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '@/components/FormTextField';
import type { UserFormValues } from '../schemas';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';

/**
 * "Контакты". Figures 13 and 14 show Facebook, but table 3 (the API) has Telegram and Skype, and
 * the form can only keep what PBM stores.
 */
export function ContactsSection() {
  const { t } = useTranslation('userForm');
  const { control } = useFormContext<UserFormValues>();
  return (
    <FormSection title={t('contacts.heading')}>
      <FieldGrid>
        <FormTextField
          control={control}
          name="telephoneNumber"
          label={t('contacts.telephoneNumber')}
          type="tel"
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="telegram"
          label={t('contacts.telegram')}
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="homePhone"
          label={t('contacts.homePhone')}
          type="tel"
          autoComplete="off"
        />
        <FormTextField
          control={control}
          name="skype"
          label={t('contacts.skype')}
          autoComplete="off"
        />
      </FieldGrid>
    </FormSection>
  );
}
