import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextInput, type TextInputProps } from './TextInput';

type FormTextFieldProps<T extends FieldValues> = Omit<
  TextInputProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error'
> & {
  name: FieldPath<T>;
  control: Control<T>;
};

/**
 * The one way a react-hook-form input is wired. Validation messages are i18n keys from zod
 * schemas, translated here at render so they follow a language switch; a message that is no key
 * (a server's answer, already worded by applyServerErrors in utils/serverErrors.ts) shows as it is.
 */
export function FormTextField<T extends FieldValues>({
  name,
  control,
  ...inputProps
}: FormTextFieldProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ name, control });
  const errorKey = fieldState.error?.message;
  return (
    <TextInput
      {...inputProps}
      id={inputProps.id ?? `field-${name}`}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={errorKey ? t(errorKey, { ns: 'common', defaultValue: errorKey }) : undefined}
    />
  );
}
