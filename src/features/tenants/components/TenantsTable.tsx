import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tenant } from '../api/tenantQueries';
import { TenantActions } from './TenantActions';

interface TenantsTableProps {
  tenants: readonly Tenant[];
  /** The tenant whose address book is being synced, if any. */
  syncingTenantId: string | undefined;
  onSyncAddressBook: (tenantId: string) => void;
  onDelete: (tenantId: string) => void;
  /** The table takes the focus (tabIndex -1) when a dialog closes over a row that is gone. */
  ref?: Ref<HTMLTableElement>;
}

export function TenantsTable({
  tenants,
  syncingTenantId,
  onSyncAddressBook,
  onDelete,
  ref,
}: TenantsTableProps) {
  const { t } = useTranslation('tenants');
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table
        ref={ref}
        tabIndex={-1}
        aria-label={t('table.label')}
        sx={{ '&:focus': { outline: 'none' } }}
      >
        <caption>{t('table.count', { count: tenants.length })}</caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('table.tenantId')}</TableCell>
            <TableCell>{t('table.domains')}</TableCell>
            <TableCell align="right">{t('table.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tenants.map((tenant) => (
            <TableRow key={tenant['tenant-id']} hover>
              <TableCell component="th" scope="row">
                {tenant['tenant-id']}
              </TableCell>
              <TableCell>
                {tenant.domains.length > 0 ? (
                  <Stack
                    component="ul"
                    direction="row"
                    aria-label={t('table.domainsOf', { tenantId: tenant['tenant-id'] })}
                    sx={{ flexWrap: 'wrap', gap: 0.5, listStyle: 'none', m: 0, p: 0 }}
                  >
                    {tenant.domains.map((domain) => (
                      <li key={domain}>
                        <Chip size="small" label={domain} />
                      </li>
                    ))}
                  </Stack>
                ) : (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {t('table.noDomains')}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">
                <TenantActions
                  tenantId={tenant['tenant-id']}
                  syncing={syncingTenantId === tenant['tenant-id']}
                  onSyncAddressBook={onSyncAddressBook}
                  onDelete={onDelete}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
