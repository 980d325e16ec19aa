import Avatar from '@mui/material/Avatar';
import type { SxProps, Theme } from '@mui/material/styles';
import { avatarColourOf, initialsOf } from './avatarLook';

interface UserAvatarProps {
  mail: string;
  cn: string;
  sn: string;
  /** The picture (a `data:` or object URL); initials are shown without one. */
  src?: string | undefined;
  sx?: SxProps<Theme>;
}

/**
 * The user's picture, or their initials on a colour of their own. Decorative: the name is always
 * written next to it, so screen readers skip it. (The list draws its own lighter version, see
 * RowAvatar, with the same colours and initials.)
 */
export function UserAvatar({ mail, cn, sn, src, sx }: UserAvatarProps) {
  const colour = avatarColourOf(mail);
  return (
    <Avatar
      src={src}
      alt=""
      aria-hidden
      sx={[
        { bgcolor: `${colour}.main`, color: `${colour}.contrastText`, fontWeight: 600 },
        ...(Array.isArray(sx) ? sx : sx ? [sx] : []),
      ]}
    >
      {initialsOf({ mail, cn, sn })}
    </Avatar>
  );
}
