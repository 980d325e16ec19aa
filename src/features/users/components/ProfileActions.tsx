import Block from '@mui/icons-material/Block';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import LockOpen from '@mui/icons-material/LockOpen';
import Logout from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '@/hooks/useErrorMessage';
import { useEndSessions, useSetUserStatus } from '../api/profileActions';
import { useDeleteUser } from '../api/useDeleteUser';
import type { User } from '../api/userQueries';
import { useIsOwnAccount } from '../ownAccount';
import { DeleteUserDialog } from './DeleteUserDialog';
import { OwnAccountDialog } from './OwnAccountDialog';
import type { UserNoticeMessage } from './UserNotice';

interface ProfileActionsProps {
  tenantId: string;
  user: User;
  onNotice: (notice: Omit<UserNoticeMessage, 'open'>) => void;
  /** The user is gone: the profile leaves for the list. */
  onDeleted: () => void;
}

/**
 * What the profile does at once, without "Сохранить": block or unblock (3.6), end the IMAP sessions
 * (3.7.3) and delete (3.7.1, after a confirmation naming the user). On the admin's own profile,
 * blocking asks first and deleting warns: either ends their access to the panel.
 */
export function ProfileActions({ tenantId, user, onNotice, onDeleted }: ProfileActionsProps) {
  const { t } = useTranslation('userForm');
  const { t: tCommon } = useTranslation();
  const setStatus = useSetUserStatus(tenantId);
  const endSessions = useEndSessions(tenantId);
  const deleteUser = useDeleteUser(tenantId);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const [selfBlockOpen, setSelfBlockOpen] = useState(false);
  const { mail } = user;
  const blocked = user.inetUserStatus === 0;
  const ownAccount = useIsOwnAccount(tenantId)(mail);

  const done = (key: string) => () => onNotice({ severity: 'success', message: t(key, { mail }) });
  const failed = (error: unknown) =>
    onNotice({
      severity: 'error',
      message: t('profile.actionFailed', { reason: describeError(error, tCommon) }),
    });

  const toggleBlocked = () =>
    setStatus.mutate(
      { mail, status: blocked ? 1 : 0 },
      { onSuccess: done(blocked ? 'profile.unblocked' : 'profile.blocked'), onError: failed },
    );

  return (
    <>
      <Button
        variant="outlined"
        startIcon={blocked ? <LockOpen /> : <Block />}
        loading={setStatus.isPending}
        onClick={() => (ownAccount && !blocked ? setSelfBlockOpen(true) : toggleBlocked())}
      >
        {t(blocked ? 'profile.unblock' : 'profile.block')}
      </Button>
      <Button
        variant="outlined"
        startIcon={<Logout />}
        loading={endSessions.isPending}
        onClick={() =>
          endSessions.mutate(mail, { onSuccess: done('profile.sessionsEnded'), onError: failed })
        }
      >
        {t('profile.endSessions')}
      </Button>
      <Button
        variant="outlined"
        color="error"
        startIcon={<DeleteOutline />}
        onClick={() => {
          deleteUser.reset();
          setDeleteOpen(true);
        }}
      >
        {t('profile.delete')}
      </Button>
      <DeleteUserDialog
        open={deleteOpen}
        user={user}
        pending={deleteUser.isPending}
        error={deleteUser.error ?? undefined}
        onConfirm={() =>
          deleteUser.mutate(mail, {
            onSuccess: () => {
              setDeleteOpen(false);
              onDeleted();
            },
          })
        }
        isOwnAccount={ownAccount}
        onClose={() => setDeleteOpen(false)}
      />
      <OwnAccountDialog
        open={selfBlockOpen}
        mail={mail}
        title={t('profile.blockSelfTitle')}
        confirmLabel={t('profile.block')}
        onConfirm={toggleBlocked}
        onClose={() => setSelfBlockOpen(false)}
      />
    </>
  );
}
