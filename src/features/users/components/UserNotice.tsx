import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTranslation } from 'react-i18next';

export interface UserNoticeMessage {
  /** Kept false after closing, so the text does not vanish while the notice fades out. */
  open: boolean;
  severity: 'success' | 'error';
  message: string;
}

export const closedUserNotice: UserNoticeMessage = {
  open: false,
  severity: 'success',
  message: '',
};

/** What a navigation to the profile carries: the confirmation of what just happened (added, renamed). */
export interface UserRouteState {
  notice?: string;
}

const SUCCESS_VISIBLE_MS = 6000;

interface UserNoticeProps {
  notice: UserNoticeMessage;
  onClose: () => void;
}

/**
 * The outcome of an action on the profile (added, saved, blocked, sessions ended). Success is
 * polite and fades; an error is announced at once and stays until dismissed.
 */
export function UserNotice({ notice, onClose }: UserNoticeProps) {
  const { t } = useTranslation();
  const isError = notice.severity === 'error';
  return (
    <Snackbar
      open={notice.open}
      autoHideDuration={isError ? null : SUCCESS_VISIBLE_MS}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice.severity}
        role={isError ? 'alert' : 'status'}
        variant="filled"
        onClose={onClose}
        closeText={t('actions.close')}
        sx={{ width: '100%' }}
      >
        {notice.message}
      </Alert>
    </Snackbar>
  );
}
