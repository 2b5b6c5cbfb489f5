import { SwapOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../departures/departures.css';
import { ChangeStudyFormDialog } from './ChangeStudyFormDialog.js';

interface StudyFormToolbarProps {
  organizationId: number;
  selectedIds: number[];
  /** Students the list has with its filters, for "Selected K of M". */
  total: number;
  onChanged: () => void;
}

/** Renders "Change study form" above the contingent list with the count of selected students; the dialog opens on click. */
export function StudyFormToolbar({ organizationId, selectedIds, total, onChanged }: StudyFormToolbarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  return (
    <Space className="moves-toolbar" wrap>
      <Button icon={<SwapOutlined />} disabled={selectedIds.length === 0} onClick={() => setOpen(true)}>
        {t('studyForm:button')}
      </Button>
      <Typography.Text aria-live="polite">{t('studyForm:selected', { selected: selectedIds.length, total })}</Typography.Text>
      {open && <ChangeStudyFormDialog organizationId={organizationId} studentIds={selectedIds} onClose={() => setOpen(false)} onChanged={onChanged} />}
    </Space>
  );
}
