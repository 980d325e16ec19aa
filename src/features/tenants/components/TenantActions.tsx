import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import OpenInNew from '@mui/icons-material/OpenInNew';
import Sync from '@mui/icons-material/Sync';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '@/config/paths';
import { DEFAULT_TENANT_ID } from '../api/tenantQueries';

interface TenantActionsProps {
  tenantId: string;
  syncing: boolean;
  onSyncAddressBook: (tenantId: string) => void;
  onDelete: (tenantId: string) => void;
}

/** One tenant's row actions: open it in the panel, sync its address book, delete it. */
export function TenantActions({
  tenantId,
  syncing,
  onSyncAddressBook,
  onDelete,
}: TenantActionsProps) {
  const { t } = useTranslation('tenants');
  const whyNotDeletableId = useId();
  const deletable = tenantId !== DEFAULT_TENANT_ID;
  const openLabel = t('actions.open', { tenantId });
  const syncLabel = t('actions.syncAddressBook', { tenantId });
  const deleteLabel = t('actions.delete', { tenantId });
  return (
    <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
      <Tooltip title={openLabel}>
        <IconButton component={RouterLink} to={paths.tenantHome(tenantId)} aria-label={openLabel}>
          <OpenInNew />
        </IconButton>
      </Tooltip>
      {/*
        Disabled buttons fire no events, so these tooltips sit on a span; `describeChild` keeps
        MUI from putting an aria-label on that span.
      */}
      <Tooltip title={syncLabel} describeChild>
        <span>
          <IconButton
            aria-label={syncLabel}
            disabled={syncing}
            onClick={() => onSyncAddressBook(tenantId)}
          >
            {syncing ? <CircularProgress size="1em" color="inherit" /> : <Sync />}
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={deletable ? deleteLabel : t('actions.defaultNotDeletable')} describeChild>
        <span>
          <IconButton
            aria-label={deleteLabel}
            // A disabled button gets no focus and so no tooltip: the reason is also its description.
            aria-describedby={deletable ? undefined : whyNotDeletableId}
            disabled={!deletable}
            color="error"
            onClick={() => onDelete(tenantId)}
          >
            <DeleteOutlined />
          </IconButton>
        </span>
      </Tooltip>
      {deletable ? null : (
        <Box component="span" id={whyNotDeletableId} sx={{ display: 'none' }}>
          {t('actions.defaultNotDeletable')}
        </Box>
      )}
    </Stack>
  );
}
