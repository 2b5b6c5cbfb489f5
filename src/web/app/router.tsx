import type { ReactNode } from 'react';
import { Navigate, createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage.js';
import { homePathOf } from '../features/auth/permissions.js';
import { RequireAuth } from '../features/auth/RequireAuth.js';
import { useMe } from '../features/auth/useMe.js';
import { NotFoundPage } from './NotFoundPage.js';
import { appRoutes, routeAllows, type AppRoute } from './routes.js';
import { Shell } from './Shell.js';

/** Sends the user to the first page of their role. */
function HomeRedirect() {
  const me = useMe();
  return me.data ? <Navigate to={homePathOf(me.data.role)} replace /> : null;
}

/** Renders a page for the roles that may open it, and "page not found" for the others. */
function RoleGuard({ route, children }: { route: AppRoute; children: ReactNode }) {
  const me = useMe();
  if (!me.data) return null;
  return routeAllows(route, me.data.role) ? children : <NotFoundPage />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireAuth>
        <Shell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      ...appRoutes.map((route) => ({ path: route.path, element: <RoleGuard route={route}>{route.element}</RoleGuard> })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
