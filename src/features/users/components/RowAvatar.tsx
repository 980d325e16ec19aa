import type { UserSummary } from '../api/userQueries';
import { avatarColourOf, initialsOf } from './avatarLook';

/**
 * UserAvatar's look in plain elements, styled once by the table (usersTableStyles): fifty MUI
 * Avatars cost a style computation each on every page turn.
 */
export function RowAvatar({ user, src }: { user: UserSummary; src?: string | undefined }) {
  return (
    <span className={`row-avatar row-avatar-${avatarColourOf(user.mail)}`} aria-hidden>
      {src ? <img src={src} alt="" /> : initialsOf(user)}
    </span>
  );
}
