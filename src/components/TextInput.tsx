import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface TextInputProps extends Pick<
  OutlinedInputProps,
  | 'name'
  | 'value'
  | 'onChange'
  | 'onBlur'
  | 'type'
  | 'autoComplete'
  | 'autoFocus'
  | 'multiline'
  | 'minRows'
  | 'maxRows'
  | 'disabled'
  | 'placeholder'
  | 'sx'
> {
  label: ReactNode;
  id?: string;
  /** The translated message; marks the field invalid and is announced with it. */
  error?: string;
  helperText?: ReactNode;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  slotProps?: {
    htmlInput?: InputHTMLAttributes<HTMLInputElement | HTMLTextAreaElement> &
      Record<string, unknown>;
    input?: Pick<OutlinedInputProps, 'startAdornment' | 'endAdornment'>;
  };
}

/**
 * An outlined text field: label, input, error and helper text wired by id. Composed from MUI's
 * parts rather than TextField, which always pulls in Select and two other input variants —
 * weight the sign-in page cannot afford.
 */
export function TextInput({
  label,
  id,
  error,
  helperText,
  required,
  inputRef,
  slotProps,
  sx,
  ...inputProps
}: TextInputProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const helperId = `${inputId}-helper`;
  const message = error ?? helperText;
  return (
    <FormControl fullWidth size="small" error={Boolean(error)} required={required} sx={sx}>
      <InputLabel htmlFor={inputId}>{label}</InputLabel>
      <OutlinedInput
        {...inputProps}
        {...slotProps?.input}
        id={inputId}
        // The notch (the gap in the outline) takes the label's width; MUI adds the asterisk itself.
        label={label}
        inputRef={inputRef}
        inputProps={{ ...slotProps?.htmlInput, 'aria-describedby': message ? helperId : undefined }}
      />
      {message ? <FormHelperText id={helperId}>{message}</FormHelperText> : null}
    </FormControl>
  );
}
