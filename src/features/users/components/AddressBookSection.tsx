import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelectField } from '@/components/FormSelectField';
import { languages } from '@/i18n/languages';
import type { UserFormValues } from '../schemas';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';

interface AddressBookSectionProps {
  /** "Не задано" is offered only while the user has no visibility: PBM cannot unset it. */
  allowUnsetVisibility: boolean;
}

/** Table 3's address-book visibility (employeeType), language (lang) and status (inetUserStatus). */
export function AddressBookSection({ allowUnsetVisibility }: AddressBookSectionProps) {
  const { t } = useTranslation('userForm');
  const { control } = useFormContext<UserFormValues>();
  const visibility = ['0', '1', '2', '3'].map((value) => ({
    value,
    label: t(`addressBook.employeeTypes.${value}`),
  }));
  return (
    <FormSection title={t('addressBook.heading')}>
      <FieldGrid>
        <FormSelectField
          control={control}
          name="employeeType"
          label={t('addressBook.employeeType')}
          size="small"
          // "Не задано" is an empty value that still has to be shown.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          options={
            allowUnsetVisibility
              ? [{ value: '', label: t('addressBook.employeeTypes.none') }, ...visibility]
              : visibility
          }
        />
        <FormSelectField
          control={control}
          name="lang"
          label={t('addressBook.lang')}
          size="small"
          required
          options={languages.map(({ code, name }) => ({ value: code, label: name }))}
        />
        <FormSelectField
          control={control}
          name="inetUserStatus"
          label={t('addressBook.status')}
          size="small"
          required
          options={['1', '0', '2'].map((value) => ({
            value,
            label: t(`addressBook.statuses.${value}`),
          }))}
        />
      </FieldGrid>
    </FormSection>
  );
}
