import { ExportOutlined, TeamOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { ContingentPage } from '../features/contingent/ContingentPage.js';
import { ImportPage } from '../features/contingent-import/ImportPage.js';
import { CONTINGENT_IMPORT_PATH } from '../features/contingent-import/paths.js';
import { YearEndPage } from '../features/graduation/YearEndPage.js';
import { PassportPage } from '../features/passport/PassportPage.js';

export interface AppRoute {
  /** Absolute path inside the logged-in shell, in react-router syntax. */
  path: string;
  element: ReactNode;
  /** Present for routes that have an item in the top menu. */
  menu?: {
    /** Translation key of the item's label. */
    labelKey: string;
    icon?: ReactNode;
  };
  /** Path prefixes of other routes that highlight this route's menu item, e.g. a passport opened from the list. */
  activeFor?: string[];
}

/**
 * Every page of the logged-in application, in menu order. A new screen is one
 * entry here; the router and the top menu are built from this list.
 */
export const appRoutes: AppRoute[] = [
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
];

export const HOME_PATH = '/contingent';
