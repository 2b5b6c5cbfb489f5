import { Navigate, createBrowserRouter } from 'react-router-dom';
import { LoginPage } from '../features/auth/LoginPage.js';
import { RequireAuth } from '../features/auth/RequireAuth.js';
import { NotFoundPage } from './NotFoundPage.js';
import { HOME_PATH, appRoutes } from './routes.js';
import { Shell } from './Shell.js';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: (
      <RequireAuth>
        <Shell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      ...appRoutes.map((route) => ({ path: route.path, element: route.element })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
