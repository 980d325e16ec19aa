import ArrowBack from '@mui/icons-material/ArrowBack';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface UserPageHeaderProps {
  title: string;
  /** The guide's "←" in the top left corner: leave without saving. */
  backTo: string;
  backLabel: string;
  actions?: ReactNode;
}

/** "← Новый пользователь" / "← Александр … Удалить пользователя" (figures 13, 14). */
export function UserPageHeader({ title, backTo, backLabel, actions }: UserPageHeaderProps) {
  return (
    <Stack
      direction="row"
      sx={{
        alignItems: 'center',
        gap: 1,
        mb: 2,
        flexWrap: 'wrap',
        justifyContent: 'space-between',
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 0 }}>
        <IconButton component={Link} to={backTo} aria-label={backLabel} edge="start">
          <ArrowBack />
        </IconButton>
        <Typography variant="h1" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
      </Stack>
      {actions ? (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      ) : null}
    </Stack>
  );
}
