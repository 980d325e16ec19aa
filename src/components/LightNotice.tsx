import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

interface LightNoticeProps {
  severity: 'error' | 'info';
  children: ReactNode;
  /** `alert` for a refusal, so screen readers announce it as it appears. */
  role?: 'alert';
}

/**
 * A message box in the look of MUI's outlined Alert, without its code, for what the first
 * download holds (the sign-in page and the route error page): all the JavaScript the sign-in page
 * loads has a budget (README, development notes) and Alert, with the icons it imports for every
 * severity, costs more than 2 KB gzip of it. The signed-in sections use Alert.
 */
export function LightNotice({ severity, children, role }: LightNoticeProps) {
  const Icon = severity === 'error' ? ErrorOutlined : InfoOutlined;
  return (
    <Box
      role={role}
      sx={{
        display: 'flex',
        gap: 1.5,
        px: 2,
        py: 1.5,
        border: 1,
        borderColor: `${severity}.main`,
        borderRadius: 1,
        typography: 'body2',
      }}
    >
      <Icon fontSize="small" sx={{ color: `${severity}.main`, mt: 0.25 }} aria-hidden />
      <Box sx={{ minWidth: 0 }}>{children}</Box>
    </Box>
  );
}
