import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { ResourceGroup } from '../api/resourceQueries';

interface GroupListProps {
  tenantId: string;
  groups: readonly ResourceGroup[];
  /** The group shown in the right pane, if any. */
  selected: string | undefined;
}

/** Figure 11's list of groups: links, so each group has its own URL and opens in a new tab too. */
export function GroupList({ tenantId, groups, selected }: GroupListProps) {
  const { t } = useTranslation('resources');
  return (
    <nav aria-label={t('groups.label')}>
      <List disablePadding>
        {groups.map((group) => {
          const current = group.groupname === selected;
          return (
            <ListItem key={group.groupname} disablePadding>
              <ListItemButton
                component={Link}
                to={paths.resourceGroup(tenantId, group.groupname)}
                selected={current}
                aria-current={current ? 'page' : undefined}
              >
                <ListItemText
                  primary={group.groupname}
                  secondary={t('groups.count', { count: group.resources })}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );
}
