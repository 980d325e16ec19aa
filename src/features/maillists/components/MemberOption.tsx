import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** A person found in the directory, or an address typed in full. */
export type PickerOption =
  { kind: 'user'; mail: string; name: string } | { kind: 'address'; mail: string };

interface MemberOptionProps extends HTMLAttributes<HTMLLIElement> {
  option: PickerOption;
  isMember: boolean;
  isOwnAddress: boolean;
}

/** One row of the picker: the name above the address, and why it cannot be picked, if so. */
export function MemberOption({ option, isMember, isOwnAddress, ...liProps }: MemberOptionProps) {
  const { t } = useTranslation('maillists');
  const note = isMember
    ? t('picker.alreadyMember')
    : isOwnAddress
      ? t('picker.ownAddressShort')
      : '';
  return (
    <Box component="li" {...liProps}>
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ overflowWrap: 'anywhere' }}>
          {option.kind === 'user' ? option.name : t('picker.addAddress', { address: option.mail })}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
          {option.kind === 'user' ? option.mail : t('picker.addressHint')}
          {note ? ` · ${note}` : ''}
        </Typography>
      </Box>
    </Box>
  );
}
