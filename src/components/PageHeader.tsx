import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A section's title (the page's one h1) with its main actions on the right. */
export function PageHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <Stack
      direction="row"
      sx={{
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 2,
        mb: 2,
        flexWrap: 'wrap',
      }}
    >
      <Typography variant="h1" component="h1">
        {title}
      </Typography>
      {actions ? (
        <Stack direction="row" sx={{ gap: 1 }}>
          {actions}
        </Stack>
      ) : null}
    </Stack>
  );
}
