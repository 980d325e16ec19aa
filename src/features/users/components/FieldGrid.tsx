import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Two columns of inputs on wide screens, one on narrow ones, as in figures 13 and 14. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
        alignItems: 'start',
      }}
    >
      {children}
    </Box>
  );
}
