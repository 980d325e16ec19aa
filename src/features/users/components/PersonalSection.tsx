import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormTextField } from '@/components/FormTextField';
import type { UserFormValues } from '../schemas';
import { FieldGrid } from './FieldGrid';
import { FormSection } from './FormSection';

// Figure 13's order (Имя, Фамилия, Отчество, Отдел, Должность, Описание, Город), then table 3's
// address-book name.
const FIELDS = ['cn', 'sn', 'initials', 'ou', 'title', 'description', 'l', 'displayName'] as const;
const REQUIRED: ReadonlySet<string> = new Set(['cn', 'sn']);

/** "Личная информация" (figures 13, 14; tables 2, 3). */
export function PersonalSection() {
  const { t } = useTranslation('userForm');
  const { control } = useFormContext<UserFormValues>();
  return (
    <FormSection title={t('personal.heading')}>
      <FieldGrid>
        {FIELDS.map((name) => (
          <FormTextField
            key={name}
            control={control}
            name={name}
            label={t(`personal.${name}`)}
            required={REQUIRED.has(name)}
            autoComplete="off"
          />
        ))}
      </FieldGrid>
    </FormSection>
  );
}
