import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceGroup } from '../api/resourceQueries';
import { useFocusWhenLost } from './useFocusWhenLost';

interface GroupHeaderProps {
  group: ResourceGroup;
  /** How many resources the group holds now (changes move focus back here if it was lost). */
  count: number;
  onNewResource: () => void;
  onDelete: () => void;
}

/** The selected group's name and description, «Новый ресурс» and the group's Delete (figure 11). */
export function GroupHeader({ group, count, onNewResource, onDelete }: GroupHeaderProps) {
  const { t } = useTranslation('resources');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusWhenLost(headingRef, count);
  const deleteLabel = t('group.delete', { group: group.groupname });
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      sx={{ gap: 2, justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}
    >
      <Stack sx={{ gap: 0.5, minWidth: 0 }}>
        <Typography
          variant="h2"
          ref={headingRef}
          tabIndex={-1}
          sx={{ overflowWrap: 'anywhere', '&:focus': { outline: 'none' } }}
        >
          {group.groupname}
        </Typography>
        <Typography sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
          {group.description || t('group.noDescription')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('groups.count', { count })}
        </Typography>
      </Stack>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexShrink: 0 }}>
        <Button variant="contained" startIcon={<Add />} onClick={onNewResource}>
          {t('list.new')}
        </Button>
        <IconButton aria-label={deleteLabel} title={deleteLabel} onClick={onDelete} color="error">
          <DeleteOutlined />
        </IconButton>
      </Stack>
    </Stack>
  );
}
