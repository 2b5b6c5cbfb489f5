import { BarChartOutlined, ExportOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../domain/roles.js';
import { AdminPage } from '../features/admin/AdminPage.js';
import { ContingentPage } from '../features/contingent/ContingentPage.js';
import { ImportPage } from '../features/contingent-import/ImportPage.js';
import { CONTINGENT_IMPORT_PATH } from '../features/contingent-import/paths.js';
import { YearEndPage } from '../features/graduation/YearEndPage.js';
import { PassportPage } from '../features/passport/PassportPage.js';
import { ProgressPage } from '../features/progress/ProgressPage.js';

export interface AppRoute {
  /** Absolute path inside the logged-in shell, in react-router syntax. */
  path: string;
  element: ReactNode;
  /** Present for routes that have an item in the top menu. */
  menu?: {
    /** Translation key of the item's label. */
    labelKey: string;
    icon?: ReactNode;
    /** The path the item opens, when it differs from `path`. */
    to?: string;
  };
  /** Path prefixes of other routes that highlight this route's menu item, e.g. a passport opened from the list. */
  activeFor?: string[];
  /** The roles that may open the route; every role when absent. */
  roles?: Role[];
}

const WATCHERS: Role[] = ['district', 'region', 'ministry', 'admin'];

/**
 * Every page of the logged-in application, in menu order. A new screen is one
 * entry here; the router and the top menu are built from this list.
 */
export const appRoutes: AppRoute[] = [
  {
    path: '/progress',
    element: <ProgressPage />,
    menu: { labelKey: 'progress:menu', icon: <BarChartOutlined /> },
    activeFor: ['/progress/'],
    roles: WATCHERS,
  },
  {
    path: '/progress/:kato',
    element: <ProgressPage />,
    roles: WATCHERS,
  },
  {
    path: '/contingent',
    element: <ContingentPage />,
    menu: { labelKey: 'shell:menu.contingent', icon: <TeamOutlined /> },
    activeFor: ['/students/'],
  },
  {
    path: CONTINGENT_IMPORT_PATH,
    element: <ImportPage />,
  },
  {
    path: '/students/:id',
    element: <PassportPage />,
  },
  {
    path: '/year-end/graduation',
    element: <YearEndPage section="graduation" />,
    menu: { labelKey: 'graduation:yearEnd.menu', icon: <ExportOutlined /> },
    activeFor: ['/year-end/'],
  },
  { path: '/year-end/transfer', element: <YearEndPage section="transfer" /> },
  { path: '/year-end/admission', element: <YearEndPage section="admission" /> },
  {
    path: '/admin/:section',
    element: <AdminPage />,
    menu: { labelKey: 'admin:menu', icon: <SettingOutlined />, to: '/admin/users' },
    activeFor: ['/admin/'],
    roles: ['admin'],
  },
];

export const HOME_PATH = '/contingent';

/** Tell whether a user of the role may open the route. */
export function routeAllows(route: AppRoute, role: Role): boolean {
  return !route.roles || route.roles.includes(role);
}
