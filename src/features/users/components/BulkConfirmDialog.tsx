import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { BulkAction } from '../api/bulkActions';
import type { UserSummary } from '../api/userQueries';
import { userName } from './userName';

/** Enough names to recognise the batch; the count says the rest. */
const NAMES_SHOWN = 10;

interface BulkConfirmDialogProps {
  open: boolean;
  action: BulkAction;
  users: readonly UserSummary[];
  /** The signed-in admin's own address, if in the batch: blocking or deleting it shuts them out. */
  ownMail: string | undefined;
  /** Outcomes so far while the batch runs; undefined before it starts. */
  done: number | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/** One question for the whole batch, naming how many and who; then its progress. */
export function BulkConfirmDialog({
  open,
  action,
  users,
  ownMail,
  done,
  onConfirm,
  onClose,
}: BulkConfirmDialogProps) {
  const { t } = useTranslation('users');
  const count = users.length;
  const running = done !== undefined;
  const includesSelf = (action === 'block' || action === 'delete') && ownMail !== undefined;
  return (
    <ConfirmDialog
      open={open}
      title={t(`bulk.${action}.title`, { count })}
      confirmLabel={t(`bulk.${action}.button`)}
      destructive={action === 'delete' || action === 'block'}
      pending={running}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Stack sx={{ gap: 2 }}>
        <Typography>{t(`bulk.${action}.explanation`)}</Typography>
        <Stack component="ul" sx={{ m: 0, pl: 3 }}>
          {users.slice(0, NAMES_SHOWN).map((user) => (
            <li key={user.mail}>
              {userName(user)} ({user.mail})
            </li>
          ))}
          {count > NAMES_SHOWN ? (
            <li>{t('bulk.andMore', { count: count - NAMES_SHOWN })}</li>
          ) : null}
        </Stack>
        {includesSelf ? (
          <Alert severity="warning">{t('bulk.includesSelf', { mail: ownMail })}</Alert>
        ) : null}
        {running ? (
          <Stack sx={{ gap: 1 }}>
            <LinearProgress
              variant="determinate"
              value={(100 * done) / Math.max(1, count)}
              aria-label={t('bulk.running', { done, count })}
            />
            <Typography role="status">{t('bulk.running', { done, count })}</Typography>
          </Stack>
        ) : null}
      </Stack>
    </ConfirmDialog>
  );
}
