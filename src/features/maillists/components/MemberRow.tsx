import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { memberPresenceQuery } from '../api/memberQueries';
import type { MemberKind } from '../api/useMemberKinds';

interface MemberRowProps {
  tenantId: string;
  mail: string;
  kind: MemberKind;
  disabled?: boolean;
  onRemove: (mail: string) => void;
}

/**
 * One member: who it is (a person's name, a room, a list, an external address), a warning when
 * nobody in the tenant has the address any more, and a remove button.
 */
export function MemberRow({ tenantId, mail, kind, disabled, onRemove }: MemberRowProps) {
  const { t } = useTranslation('maillists');
  const presence = useQuery({
    ...memberPresenceQuery(tenantId, mail),
    enabled: kind.kind === 'directory',
  });
  const missing = kind.kind === 'directory' && presence.data?.kind === 'missing';
  const name =
    kind.kind === 'list' || kind.kind === 'resource'
      ? kind.name
      : presence.data?.kind === 'user'
        ? presence.data.name
        : undefined;
  const tag = missing ? 'missing' : kind.kind === 'directory' ? undefined : kind.kind;

  return (
    <ListItem
      divider
      secondaryAction={
        <IconButton
          edge="end"
          data-member-remove
          disabled={disabled}
          aria-label={t('members.remove', { member: name ? `${name} <${mail}>` : mail })}
          title={t('members.removeShort')}
          onClick={() => onRemove(mail)}
        >
          <RemoveCircleOutline />
        </IconButton>
      }
    >
      <ListItemText
        primary={name ?? mail}
        secondary={
          <>
            {name ? mail : null}
            {tag ? (
              <Box
                component="span"
                title={missing ? t('members.missingHelp') : undefined}
                sx={{
                  ml: name ? 1 : 0,
                  px: 0.75,
                  border: missing ? 2 : 1,
                  borderRadius: 2,
                  borderColor: missing ? 'warning.main' : 'divider',
                  color: missing ? 'text.primary' : 'text.secondary',
                  typography: 'caption',
                  whiteSpace: 'nowrap',
                }}
              >
                {t(`members.kind.${tag}`)}
              </Box>
            ) : null}
          </>
        }
        slotProps={{
          primary: { sx: { overflowWrap: 'anywhere' } },
          secondary: { component: 'div', sx: { overflowWrap: 'anywhere' } },
        }}
      />
    </ListItem>
  );
}
