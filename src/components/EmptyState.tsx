import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** Shown instead of an empty table or list, so a page is never blank. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack role="status" sx={{ alignItems: 'center', gap: 1, py: 6, textAlign: 'center' }}>
      <Typography variant="h3" component="p">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
