import Check from '@mui/icons-material/Check';
import Domain from '@mui/icons-material/Domain';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { tenantsQuery } from '@/features/tenants/api/tenantQueries';
import { sectionOf } from './navigation';

/**
 * The tenant is part of the URL; switching keeps the admin in the same section. The guide's
 * panel only knows `default`; an admin who may see several tenants chooses here.
 */
export function TenantSwitcher({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  const section = sectionOf(useLocation().pathname);
  const tenants = useQuery(tenantsQuery());
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const ids = tenants.data?.map((tenant) => tenant['tenant-id']) ?? [];
  const options = ids.includes(tenantId) ? ids : [tenantId, ...ids];

  const choose = (to: string) => {
    setAnchor(null);
    void navigate(to);
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<Domain />}
        endIcon={<ExpandMore />}
        aria-label={t('tenant.current', { tenant: tenantId })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none' }}
      >
        {tenantId}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {options.map((id) => (
          <MenuItem key={id} selected={id === tenantId} onClick={() => choose(section.to(id))}>
            <ListItemIcon>{id === tenantId ? <Check fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{id}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => choose(paths.tenants(tenantId))}>
          <ListItemText inset>{t('tenant.manage')}</ListItemText>
        </MenuItem>
      </Menu>
    </>
  );
}
