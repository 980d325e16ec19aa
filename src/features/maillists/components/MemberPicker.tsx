import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import useAutocomplete from '@mui/material/useAutocomplete';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memberPresenceQuery, type MemberPresence } from '../api/memberQueries';
import { useMemberSearch } from '../api/useMemberSearch';
import { parseMemberInput } from '../schemas';
import type { PickerOption } from './MemberOption';
import { MemberOptions } from './MemberOptions';
import { isAddress } from '@/utils/emailAddress';

/** Characters that end an address being typed. */
const SEPARATORS = [',', ';', '\n', ' '];

interface MemberPickerProps {
  tenantId: string;
  members: readonly string[];
  /** The list's own address, which cannot be one of its members. */
  ownAddress?: string;
  onAdd: (addresses: string[]) => void;
  disabled?: boolean;
}

/**
 * «Добавить участников из выпадающего списка» (guide 3.13.1): a type-ahead over the tenant's
 * directory that also takes any valid address typed in full (Enter, a comma, or a pasted list).
 * Nothing typed is dropped silently: what cannot be added stays in the input, the reason below.
 * MUI's Autocomplete behaviour through its hook, drawn with the form's own input parts: the
 * component's styled shell would cost the section a third of its size budget.
 */
export function MemberPicker({
  tenantId,
  members,
  ownAddress,
  onAdd,
  disabled,
}: MemberPickerProps) {
  const { t } = useTranslation('maillists');
  const queryClient = useQueryClient();
  const [inputValue, setInputValue] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const search = useMemberSearch(tenantId, inputValue);
  const typed = inputValue.trim().toLowerCase();
  const memberSet = new Set(members);
  const people: PickerOption[] = search.matches.map((match) => ({ kind: 'user', ...match }));
  const options: PickerOption[] =
    isAddress(typed) && !people.some((option) => option.mail === typed)
      ? [{ kind: 'address', mail: typed }, ...people]
      : people;
  const unavailable = (mail: string) => memberSet.has(mail) || mail === ownAddress;

  /** Adds what is valid, says what is not, and leaves the rest of the text in the input. */
  const add = (text: string, rest = '') => {
    const parsed = parseMemberInput(text, { members, ownAddress });
    const duplicates = parsed.duplicates.join(', ');
    const problems = [
      parsed.invalid.length > 0 ? t('picker.invalid', { list: parsed.invalid.join(', ') }) : '',
      duplicates
        ? t('picker.duplicate', { count: parsed.duplicates.length, list: duplicates })
        : '',
      parsed.ownAddress ? t('picker.ownAddress') : '',
    ].filter(Boolean);
    if (problems.length > 0) setMessage({ text: problems.join(' '), error: true });
    else if (parsed.added.length > 0) {
      setMessage({ text: t('picker.added', { count: parsed.added.length }), error: false });
    } else setMessage(undefined);
    if (parsed.added.length > 0) onAdd(parsed.added);
    setInputValue([...parsed.invalid, rest].filter(Boolean).join(', '));
  };

  const pick = (option: PickerOption) => {
    if (option.kind === 'user') {
      // The name is known here: the member row need not look the person up again.
      const presence: MemberPresence = { kind: 'user', name: option.name };
      queryClient.setQueryData(memberPresenceQuery(tenantId, option.mail).queryKey, presence);
    }
    add(option.mail);
  };

  // MUI's freeSolo Enter commits the typed text even with the first match highlighted; what the
  // admin sees highlighted is what Enter should take, unless the text is an address to add.
  const enter = (value: string) => {
    const person = options.find((option) => option.kind === 'user' && !unavailable(option.mail));
    const isSearch = !/[,;\n]/.test(value) && !value.split(/\s+/).some(isAddress);
    if (isSearch && person) pick(person);
    else add(value);
  };

  const type = (value: string) => {
    setMessage(undefined);
    const end = Math.max(...SEPARATORS.map((separator) => value.lastIndexOf(separator)));
    const complete = value.slice(0, end + 1);
    // «Марина Петрова» is a search; «a@x.ru,» or a pasted list of addresses is input to add.
    if (end >= 0 && complete.split(/[\s,;]+/).some(isAddress)) add(complete, value.slice(end + 1));
    else setInputValue(value);
  };

  const {
    id,
    popupOpen,
    setAnchorEl,
    getRootProps,
    getInputLabelProps,
    getInputProps,
    getListboxProps,
    getOptionProps,
  } = useAutocomplete<PickerOption, false, false, true>({
    freeSolo: true,
    autoHighlight: true,
    clearOnEscape: true,
    handleHomeEndKeys: true,
    disabled,
    value: null,
    inputValue,
    options,
    // PBM has already filtered; the browser must not filter the page again.
    filterOptions: (candidates) => candidates,
    getOptionLabel: (option) => (typeof option === 'string' ? option : option.mail),
    getOptionKey: (option) => (typeof option === 'string' ? option : option.mail),
    getOptionDisabled: (option) => unavailable(option.mail),
    isOptionEqualToValue: (option, value) =>
      option.mail === (typeof value === 'string' ? value : value.mail),
    onInputChange: (_event, value, reason) => {
      if (reason === 'input') type(value);
      else if (reason === 'clear') setInputValue('');
    },
    onChange: (_event, value, reason) => {
      if (reason === 'selectOption' && value && typeof value !== 'string') pick(value);
      else if (reason === 'createOption' && typeof value === 'string') enter(value);
    },
  });

  // What the admin just did comes first: a refused address must not be hidden by "not found".
  const helperText = message?.error
    ? message.text
    : search.failed
      ? t('picker.searchFailed')
      : search.done && options.length === 0
        ? t('picker.nothingFound', { query: inputValue.trim() })
        : (message?.text ?? t('picker.help'));
  const label = t('picker.label');
  const helperId = `${id}-helper`;

  return (
    <Box
      {...getRootProps({
        // Leaving the field (e.g. for Save) adds complete addresses typed but not yet added.
        onBlur: () => {
          const pieces = inputValue.split(/[\s,;]+/).filter(Boolean);
          if (pieces.length > 0 && pieces.every(isAddress)) add(inputValue);
        },
      })}
      sx={{ position: 'relative' }}
    >
      <FormControl
        fullWidth
        size="small"
        disabled={disabled}
        error={search.failed || Boolean(message?.error)}
      >
        <InputLabel {...getInputLabelProps()}>{label}</InputLabel>
        <OutlinedInput
          ref={setAnchorEl}
          label={label}
          placeholder={t('picker.placeholder')}
          inputProps={{ ...getInputProps(), 'aria-describedby': helperId }}
        />
        <FormHelperText id={helperId}>{helperText}</FormHelperText>
      </FormControl>
      {popupOpen && (options.length > 0 || search.pending) ? (
        <MemberOptions
          getListboxProps={getListboxProps}
          getOptionProps={getOptionProps}
          options={options}
          loading={search.pending && options.length === 0}
          isMember={(mail) => memberSet.has(mail)}
          ownAddress={ownAddress}
        />
      ) : null}
    </Box>
  );
}
