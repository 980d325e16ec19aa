import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { UseAutocompleteReturnValue } from '@mui/material/useAutocomplete';
import { useTranslation } from 'react-i18next';
import { MemberOption, type PickerOption } from './MemberOption';

type Picker = UseAutocompleteReturnValue<PickerOption, false, false, true>;

interface MemberOptionsProps {
  getListboxProps: Picker['getListboxProps'];
  getOptionProps: Picker['getOptionProps'];
  options: readonly PickerOption[];
  loading: boolean;
  isMember: (mail: string) => boolean;
  ownAddress?: string;
}

/** The open list under the picker, inside the form (and so inside the page's landmarks). */
export function MemberOptions({
  getListboxProps,
  getOptionProps,
  options,
  loading,
  isMember,
  ownAddress,
}: MemberOptionsProps) {
  const { t } = useTranslation('maillists');
  return (
    <Paper
      elevation={8}
      sx={{
        position: 'absolute',
        top: '100%',
        left: 0,
        right: 0,
        zIndex: 'modal',
        mt: 0.5,
        maxHeight: (theme) => theme.spacing(44),
        overflow: 'auto',
      }}
    >
      {loading ? (
        <Typography sx={{ px: 2, py: 1.5, color: 'text.secondary' }}>
          {t('picker.searching')}
        </Typography>
      ) : null}
      <Typography
        component="ul"
        {...getListboxProps()}
        sx={{
          listStyle: 'none',
          m: 0,
          py: options.length > 0 ? 1 : 0,
          px: 0,
          '& [role="option"]': { px: 2, py: 1, cursor: 'pointer' },
          '& [role="option"].Mui-focused': { bgcolor: 'action.hover' },
          '& [role="option"][aria-disabled="true"]': { cursor: 'default', color: 'text.disabled' },
        }}
      >
        {options.map((option, index) => {
          const { key, ...optionProps } = getOptionProps({ option, index });
          return (
            <MemberOption
              key={key}
              {...optionProps}
              option={option}
              isMember={isMember(option.mail)}
              isOwnAddress={option.mail === ownAddress}
            />
          );
        })}
      </Typography>
    </Paper>
  );
}
