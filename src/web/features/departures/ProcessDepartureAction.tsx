import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentListItem } from '../contingent/types.js';
import { useCurrentOrganizationId } from '../organization/useCurrentOrganizationId.js';
import { DepartureDialog } from './DepartureDialog.js';
import './departures.css';

/** Renders "Process departure" in a contingent row; the dialog opens on click. */
export function ProcessDepartureAction({ student }: { student: StudentListItem }) {
  const { t } = useTranslation();
  const organizationId = useCurrentOrganizationId();
  const [open, setOpen] = useState(false);

  if (organizationId === null) return null;

  return (
    <>
      <Button type="link" size="small" icon={<LogoutOutlined />} className="row-action" onClick={() => setOpen(true)}>
        {t('departures:action')}
      </Button>
      {open && <DepartureDialog organizationId={organizationId} student={student} onClose={() => setOpen(false)} />}
    </>
  );
}
