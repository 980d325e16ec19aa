import { useQuery } from '@tanstack/react-query';
import { userQuery, type UserSummary } from '../api/userQueries';
import { RowAvatar } from './RowAvatar';

/** Pictures change rarely; refetching one for every page turn would only cost requests. */
const AVATAR_STALE_MS = 5 * 60_000;

/**
 * The list knows only whether a user has a picture (`hasAvatar`); the picture itself comes with
 * the profile. Only those rows (about one in eight in the demo data) fetch it, after the list has
 * rendered, with initials meanwhile; a row that leaves the screen cancels its request.
 */
export function UserListAvatar({ tenantId, user }: { tenantId: string; user: UserSummary }) {
  const picture = useQuery({
    ...userQuery(tenantId, user.mail),
    staleTime: AVATAR_STALE_MS,
    select: (profile) => profile.jpegPhoto,
  });
  return <RowAvatar user={user} src={picture.data} />;
}
