import Logout from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useParams } from 'react-router';
import { useSignOut } from '@/app/auth/useSignOut';
import { HelpButton } from '@/components/HelpButton';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { LoadingState } from '@/components/LoadingState';
import { useSession } from '@/hooks/useSession';
import { ColorModeSwitch } from './ColorModeSwitch';
import { NavMenu } from './NavMenu';
import { TenantSwitcher } from './TenantSwitcher';

const DRAWER_WIDTH_SPACING = 30;
export const MAIN_CONTENT_ID = 'main-content';

/** The frame of every section (guide 3.1.1, figure 10): menu, language, sign-out, work area. */
export function AppShell() {
  const { t } = useTranslation('shell');
  const { tenantId = '' } = useParams();
  const session = useSession();
  const signOut = useSignOut();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerWidth = theme.spacing(DRAWER_WIDTH_SPACING);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href={`#${MAIN_CONTENT_ID}`}
        sx={{
          position: 'absolute',
          left: theme.spacing(-1000),
          '&:focus': { left: theme.spacing(1), top: theme.spacing(1), zIndex: 'tooltip' },
          bgcolor: 'background.paper',
          p: 1,
        }}
      >
        {t('skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (z) => z.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          {wide ? null : (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('nav.open')}
              onClick={() => setDrawerOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography variant="h6" component="p" noWrap sx={{ flexGrow: 1 }}>
            {t('product', { ns: 'common' })}
          </Typography>
          <TenantSwitcher tenantId={tenantId} />
          <ColorModeSwitch />
          <LanguageSwitcher />
          <HelpButton />
          {wide ? (
            <Typography variant="body2" noWrap title={session.login}>
              {session.login}
            </Typography>
          ) : null}
          <Button color="inherit" startIcon={<Logout />} onClick={signOut}>
            {t('signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant={wide ? 'permanent' : 'temporary'}
        open={wide || drawerOpen}
        onClose={() => setDrawerOpen(false)}
        sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth } }}
      >
        <Toolbar />
        <NavMenu tenantId={tenantId} onNavigate={() => setDrawerOpen(false)} />
      </Drawer>
      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, bgcolor: 'background.default' }}
      >
        <Toolbar />
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
