import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import { FillTag } from '../../shared/FillTag.js';
import type { ReactNode } from 'react';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { useLanguage } from '../../shared/useLanguage.js';
import type { NotReadyStudent } from './types.js';

interface NotReadyListProps {
  students: NotReadyStudent[];
  /** Heading with the count; the graduation's "Not ready to graduate: N" by default. */
  title?: string;
  hint?: string;
  /** Shown in the card's header, such as the list's export button. */
  extra?: ReactNode;
}

/** Lists the students who are not ready for a year-end action, with the names of the indicators to fill and a link to the first one. */
export function NotReadyList({ students, title, hint, extra }: NotReadyListProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const columns: TableColumnsType<NotReadyStudent> = [
    { key: 'number', title: '№', width: 56, render: (_value, _row, index) => index + 1 },
    { key: 'id', title: t('contingent:columns.id'), render: (_value, row) => row.student.id },
    { key: 'iin', title: t('contingent:columns.iin'), render: (_value, row) => row.student.iin },
    { key: 'fill', title: t('common:fillStatistics'), render: (_value, row) => <FillTag fill={row.student.fill} /> },
    { key: 'lastName', title: t('contingent:columns.lastName'), render: (_value, row) => row.student.lastName },
    { key: 'firstName', title: t('contingent:columns.firstName'), render: (_value, row) => row.student.firstName },
    { key: 'middleName', title: t('contingent:columns.middleName'), render: (_value, row) => row.student.middleName },
    { key: 'grade', title: t('contingent:columns.grade'), render: (_value, row) => gradeLabel(t, row.student.grade) },
    { key: 'letter', title: t('contingent:columns.letter'), render: (_value, row) => row.student.letter },
    {
      key: 'missing',
      title: t('graduation:columns.missing'),
      render: (_value, row) => (
        <ul className="graduation-missing">
          {row.missing.map((code) => (
            <li key={code}>{indicatorByCode(code)?.labels[language] ?? code}</li>
          ))}
        </ul>
      ),
    },
    {
      key: 'action',
      title: t('contingent:columns.action'),
      render: (_value, row) => <Link to={`/students/${row.student.id}?field=${encodeURIComponent(row.missing[0] ?? '')}`}>{t('graduation:notReady.fill')}</Link>,
    },
  ];

  return (
    <Card
      size="small"
      className="graduation-not-ready"
      title={<span role="heading" aria-level={3}>{title ?? t('graduation:notReady.title', { count: students.length })}</span>}
      extra={extra}
    >
      <Typography.Paragraph type="secondary">{hint ?? t('graduation:notReady.hint')}</Typography.Paragraph>
      <Table<NotReadyStudent> rowKey={(row) => row.student.id} size="small" columns={columns} dataSource={students} pagination={false} scroll={{ x: 'max-content' }} />
    </Card>
  );
}
