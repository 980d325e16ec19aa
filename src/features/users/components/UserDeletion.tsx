import { useRef, useState } from 'react';
import { useDeleteUser } from '../api/useDeleteUser';
import type { UserSummary } from '../api/userQueries';
import { useIsOwnAccount } from '../ownAccount';
import { DeleteUserDialog } from './DeleteUserDialog';

interface UserDeletionProps {
  tenantId: string;
  /** The user the admin asked to delete; undefined when the dialog is closed. */
  user: UserSummary | undefined;
  onDone: (user: UserSummary) => void;
  onClose: () => void;
  /** Called once the dialog has finished closing, to put the focus back (useFocusReturn). */
  onClosed?: () => void;
}

const nobody: UserSummary = {
  mail: '',
  cn: '',
  sn: '',
  employeeNumber: 2,
  inetUserStatus: 1,
  hasAvatar: false,
};

/** The row's delete button (guide 3.7.1): ask, delete, and on failure say why and stay open. */
export function UserDeletion({ tenantId, user, onDone, onClose, onClosed }: UserDeletionProps) {
  const deletion = useDeleteUser(tenantId);
  const isOwnAccount = useIsOwnAccount(tenantId);
  // A double click lands before the button shows it is busy: one request only.
  const sending = useRef(false);
  // The last user asked about stays in the dialog while it fades out.
  const [shown, setShown] = useState(user ?? nobody);
  if (user && user !== shown) setShown(user);

  const close = () => {
    deletion.reset();
    onClose();
  };

  return (
    <DeleteUserDialog
      open={user !== undefined}
      user={shown}
      pending={deletion.isPending}
      error={deletion.error}
      isOwnAccount={isOwnAccount(shown.mail)}
      onConfirm={() => {
        if (!user || sending.current) return;
        sending.current = true;
        deletion.mutate(user.mail, {
          onSettled: () => {
            sending.current = false;
          },
          onSuccess: () => {
            onDone(user);
            onClose();
          },
        });
      }}
      onClose={close}
      onClosed={onClosed}
    />
  );
}
