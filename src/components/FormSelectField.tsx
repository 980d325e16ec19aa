import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface SelectOption {
  value: string;
  label: string;
}

type FormSelectFieldProps<T extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'onBlur' | 'error' | 'select' | 'children'
> & {
  name: FieldPath<T>;
  control: Control<T>;
  options: readonly SelectOption[];
};

/** A react-hook-form select with label, error and helper text, like {@link FormTextField}. */
export function FormSelectField<T extends FieldValues>({
  name,
  control,
  options,
  helperText,
  ...textFieldProps
}: FormSelectFieldProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ name, control });
  const errorKey = fieldState.error?.message;
  return (
    <TextField
      {...textFieldProps}
      select
      id={textFieldProps.id ?? `field-${name}`}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(errorKey)}
      helperText={errorKey ? t(errorKey, { ns: 'common', defaultValue: errorKey }) : helperText}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
