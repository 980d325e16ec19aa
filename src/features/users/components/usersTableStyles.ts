import type { SxProps, Theme } from '@mui/material/styles';
import { AVATAR_COLOURS } from './avatarLook';

const focusRing = (theme: Theme) => ({
  outline: `${theme.spacing(0.25)} solid ${theme.palette.primary.main}`,
  outlineOffset: theme.spacing(0.25),
});

/**
 * The rows' look, written once for the whole table instead of once per cell: the rows are plain
 * elements (UserRow), which keeps a page of fifty cheap to render. Mirrors MUI's small TableCell,
 * Avatar, Chip and IconButton, from the theme's tokens.
 */
export const usersTableStyles: SxProps<Theme> = (theme) => ({
  '& tbody td': {
    ...theme.typography.body2,
    px: 2,
    py: 0.75,
    borderBottom: 1,
    borderColor: 'divider',
    verticalAlign: 'middle',
  },
  '& tbody td.cell-tight': { px: 1, width: '1%' },
  '& tbody td.cell-actions': { textAlign: 'right', py: 0 },
  '& tbody tr': { cursor: 'pointer' },
  '& tbody tr:hover': { bgcolor: 'action.hover' },
  '& tbody tr.row-selected': { bgcolor: 'action.selected' },
  '& input[type="checkbox"]': {
    width: theme.spacing(2.25),
    height: theme.spacing(2.25),
    m: 1,
    accentColor: theme.palette.primary.main,
    cursor: 'pointer',
    '&:focus-visible': focusRing(theme),
  },
  '& .row-avatar': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    width: theme.spacing(4.5),
    height: theme.spacing(4.5),
    borderRadius: '50%',
    fontWeight: 600,
    userSelect: 'none',
    '& img': { width: 1, height: 1, objectFit: 'cover' },
  },
  ...Object.fromEntries(
    AVATAR_COLOURS.map((colour) => [
      `& .row-avatar-${colour}`,
      { bgcolor: `${colour}.main`, color: `${colour}.contrastText` },
    ]),
  ),
  '& .row-link': {
    color: 'primary.main',
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': focusRing(theme),
  },
  '& .row-icon': { width: '1.25rem', height: '1.25rem', fill: 'currentColor', flexShrink: 0 },
  '& .row-label, & .row-status': { display: 'inline-flex', alignItems: 'center', gap: 0.5 },
  '& .row-admin': { fontWeight: 600, '& .row-icon': { color: 'primary.main' } },
  '& .row-status': {
    border: 1,
    borderColor: 'divider',
    borderRadius: 4,
    px: 1,
    py: 0.25,
    whiteSpace: 'nowrap',
  },
  '& .row-icon-active': { color: 'success.main' },
  '& .row-icon-blocked': { color: 'error.main' },
  '& .row-icon-receiveOnly': { color: 'warning.main' },
  '& .row-button': {
    display: 'inline-flex',
    p: 1,
    border: 0,
    borderRadius: '50%',
    bgcolor: 'transparent',
    color: 'action.active',
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover', color: 'error.main' },
    '&:focus-visible': focusRing(theme),
  },
});
