import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProcessDepartureAction } from '../departures/ProcessDepartureAction.js';
import type { StudentListItem, StudentStatus } from './types.js';

export interface StudentRowAction {
  key: string;
  /** Tabs whose rows show the action; every tab when absent. */
  statuses?: StudentStatus[];
  /** Set on an action that changes data, which read-only users (district, region, ministry) do not see. */
  changesData?: boolean;
  Component: ComponentType<{ student: StudentListItem }>;
}

function OpenPassport({ student }: { student: StudentListItem }) {
  const { t } = useTranslation();
  return <Link to={`/students/${student.id}`}>{t('contingent:actions.openPassport')}</Link>;
}

/** The links and buttons of the Action column, in display order. A new action is one entry here. */
export const studentRowActions: StudentRowAction[] = [
  { key: 'open-passport', Component: OpenPassport },
  { key: 'process-departure', statuses: ['active'], changesData: true, Component: ProcessDepartureAction },
];
