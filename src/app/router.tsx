import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RootRedirect } from './auth/RootRedirect';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { routePatterns } from '@/config/paths';
import { SignInPage } from '@/features/auth/pages/SignInPage';

/**
 * Only the sign-in page is in the first download. The signed-in frame and each section are their
 * own chunks, fetched when first needed.
 */
const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <RootRedirect /> },
      { path: routePatterns.signIn, element: <SignInPage /> },
      {
        lazy: {
          Component: async () => (await import('./auth/RequireSession')).RequireSession,
        },
        children: [
          {
            path: routePatterns.tenant,
            lazy: { Component: async () => (await import('./layout/AppShell')).AppShell },
            children: [
              { index: true, element: <Navigate to={routePatterns.users} replace /> },
              {
                path: routePatterns.users,
                lazy: {
                  Component: async () =>
                    (await import('@/features/users/pages/UsersPage')).UsersPage,
                },
              },
              {
                path: routePatterns.newUser,
                lazy: {
                  Component: async () =>
                    (await import('@/features/users/pages/NewUserPage')).NewUserPage,
                },
              },
              {
                path: routePatterns.user,
                lazy: {
                  Component: async () => (await import('@/features/users/pages/UserPage')).UserPage,
                },
              },
              ...[routePatterns.resourceGroups, routePatterns.resourceGroup].map((path) => ({
                path,
                lazy: {
                  Component: async () =>
                    (await import('@/features/resources/pages/ResourceGroupsPage'))
                      .ResourceGroupsPage,
                },
              })),
              ...[routePatterns.mailingLists, routePatterns.mailingList].map((path) => ({
                path,
                lazy: {
                  Component: async () =>
                    (await import('@/features/maillists/pages/MailingListsPage')).MailingListsPage,
                },
              })),
              {
                path: routePatterns.tenants,
                lazy: {
                  Component: async () =>
                    (await import('@/features/tenants/pages/TenantsPage')).TenantsPage,
                },
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage standalone /> },
    ],
  },
];

/** The router, under the panel's root URL (the site root or a sub-path such as /admin/). */
export function createAppRouter(panelRoot: URL) {
  return createBrowserRouter(routes, { basename: basePathOf(panelRoot) });
}

export function basePathOf(panelRoot: URL): string {
  return panelRoot.pathname.replace(/\/+$/, '') || '/';
}
