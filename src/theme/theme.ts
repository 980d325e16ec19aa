import { createTheme } from '@mui/material/styles';

/**
 * The panel's only source of colours, spacing and type. Components use these tokens through
 * `sx`/`styled`, never literal colours or pixel sizes. Light and dark schemes switch by a class
 * on <html>, so no inline script is needed (the CSP forbids one).
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1d4fd7' },
        secondary: { main: '#6b3fa0' },
        background: { default: '#f4f6fa', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#8fb0ff' },
        secondary: { main: '#c6a4f0' },
        background: { default: '#10131a', paper: '#181c25' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.5rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
  },
});

/** Where the light/dark/system choice is remembered (a preference, not a secret). */
export const COLOR_MODE_STORAGE_KEY = 'pbm.colorMode';
