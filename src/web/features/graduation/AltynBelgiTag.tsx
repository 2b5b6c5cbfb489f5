import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EligibleStudent } from './types.js';

/**
 * Renders the Altyn Belgi state of a final-grade student: a green tag when
 * confirmed, and for a candidate without confirmation an orange tag that links
 * to the "Altyn Belgi confirmed" field of the passport. Other students get nothing.
 */
export function AltynBelgiTag({ student }: { student: EligibleStudent }) {
  const { t } = useTranslation();

  if (student.altynBelgiConfirmed) {
    return (
      <Tooltip title={t('graduation:altynBelgi.confirmedHint')}>
        <Tag color="success" icon={<CheckCircleOutlined />}>
          {t('graduation:altynBelgi.confirmed')}
        </Tag>
      </Tooltip>
    );
  }

  if (!student.altynBelgiWarning) return null;

  return (
    <Tooltip title={t('graduation:altynBelgi.unconfirmedHint')}>
      <Link to={`/students/${student.id}?field=altyn_belgi_confirmed`}>
        <Tag color="warning" icon={<ExclamationCircleOutlined />}>
          {t('graduation:altynBelgi.unconfirmed')}
        </Tag>
      </Link>
    </Tooltip>
  );
}
