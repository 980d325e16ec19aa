import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

interface FormSectionProps {
  title: string;
  /** Controls beside the title, e.g. the "+" of "Почтовые алиасы". */
  action?: ReactNode;
  children: ReactNode;
}

/** One block of the user form (figures 13, 14: "Пароль", "Личная информация", …) with its heading. */
export function FormSection({ title, action, children }: FormSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Stack>
  );
}
