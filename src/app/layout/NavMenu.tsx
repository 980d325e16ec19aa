import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { sectionOf, sections } from './navigation';

export function NavMenu({ tenantId, onNavigate }: { tenantId: string; onNavigate?: () => void }) {
  const { t } = useTranslation('shell');
  const current = sectionOf(useLocation().pathname);
  return (
    <nav aria-label={t('nav.label')}>
      <List>
        {sections.map((section) => {
          const Icon = section.icon;
          const active = section.key === current.key;
          return (
            <ListItem key={section.key} disablePadding>
              <ListItemButton
                component={NavLink}
                to={section.to(tenantId)}
                selected={active}
                onClick={onNavigate}
              >
                <ListItemIcon>
                  <Icon />
                </ListItemIcon>
                <ListItemText primary={t(section.labelKey)} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </nav>
  );
}
