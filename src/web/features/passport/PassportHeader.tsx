import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FillTag, type Fill } from '../../shared/FillTag.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentStatus } from '../contingent/types.js';
import type { StudentDetail } from './types.js';

/** Tag colours of the enrolment statuses. */
const STATUS_COLORS: Record<StudentStatus, string> = {
  active: 'green',
  graduated: 'blue',
  departed: 'default',
  pending_departure: 'orange',
  pending_arrival: 'orange',
};

interface PassportHeaderProps {
  student: StudentDetail;
  fill: Fill;
  dirty: boolean;
  saving: boolean;
  /** The user only reads: no Save button. */
  readOnly: boolean;
}

/** Name, IIN, class, status and live fill statistics of the student, with the Save button; it stays on screen while the form scrolls. */
export function PassportHeader({ student, fill, dirty, saving, readOnly }: PassportHeaderProps) {
  const { t } = useTranslation();
  const fullName = [student.lastName, student.firstName, student.middleName].filter(Boolean).join(' ');
  const { grade, letter, status } = student.enrolment;

  return (
    <div className="passport-header">
      <div className="passport-header__main">
        <Link to="/contingent" className="passport-header__back">
          <ArrowLeftOutlined /> {t('passport:back')}
        </Link>
        <Typography.Title level={4} className="passport-header__name">
          {fullName}
        </Typography.Title>
        <Space wrap size="middle" className="passport-header__facts">
          <span>
            {t('passport:personal.iin')}: <Typography.Text strong>{student.iin}</Typography.Text>
          </span>
          <span>
            {gradeLabel(t, grade)} {letter}
          </span>
          <Tag color={STATUS_COLORS[status]}>{t(`passport:status.${status}`)}</Tag>
          <span>
            {t('common:fillStatistics')}: <FillTag fill={fill} />
          </span>
          {dirty && <Tag color="processing">{t('passport:unsaved.badge')}</Tag>}
        </Space>
      </div>
      {!readOnly && (
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} title={t('passport:saveShortcut')}>
          {t('common:save')}
        </Button>
      )}
    </div>
  );
}
