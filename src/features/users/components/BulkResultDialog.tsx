import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/hooks/useErrorMessage';
import type { BulkAction, BulkOutcome } from '../api/bulkActions';
import type { UserSummary } from '../api/userQueries';
import { userName } from './userName';

interface BulkResultDialogProps {
  open: boolean;
  action: BulkAction;
  users: readonly UserSummary[];
  outcomes: readonly BulkOutcome[];
  onClose: () => void;
  /** Called once the dialog has finished closing, to put the focus back (useFocusReturn). */
  onClosed: () => void;
}

/**
 * What the batch did, user by user: nothing half-done is hidden. The summary says how many
 * failed and that they stay selected, so the admin can fix the cause and run it again.
 */
export function BulkResultDialog({
  open,
  action,
  users,
  outcomes,
  onClose,
  onClosed,
}: BulkResultDialogProps) {
  const { t } = useTranslation('users');
  const { t: tCommon } = useTranslation('common');
  const titleId = useId();
  const failed = outcomes.filter((outcome) => outcome.error !== undefined).length;
  const total = outcomes.length;
  const byMail = new Map(users.map((user) => [user.mail, user]));
  const summary =
    failed === 0
      ? t('bulk.result.allDone', { count: total })
      : failed === total
        ? t('bulk.result.allFailed', { count: total })
        : t('bulk.result.someFailed', { count: total, done: total - failed, failed });
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      disableRestoreFocus
      slotProps={{ transition: { onExited: onClosed } }}
    >
      <DialogTitle id={titleId}>{t(`bulk.${action}.resultTitle`)}</DialogTitle>
      <DialogContent>
        <Alert
          severity={failed === 0 ? 'success' : failed === total ? 'error' : 'warning'}
          role="alert"
        >
          {summary}
        </Alert>
        <List dense aria-label={t('bulk.result.label')}>
          {outcomes.map((outcome) => {
            const user = byMail.get(outcome.mail);
            const ok = outcome.error === undefined;
            return (
              <ListItem key={outcome.mail} disableGutters>
                <ListItemIcon>
                  {ok ? <CheckCircle color="success" /> : <ErrorIcon color="error" />}
                </ListItemIcon>
                <ListItemText
                  primary={user ? `${userName(user)} (${outcome.mail})` : outcome.mail}
                  secondary={
                    ok
                      ? t(`bulk.${action}.rowDone`)
                      : t('bulk.result.rowFailed', {
                          reason: describeError(outcome.error, tCommon),
                        })
                  }
                />
              </ListItem>
            );
          })}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained" autoFocus>
          {t('actions.close', { ns: 'common' })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
