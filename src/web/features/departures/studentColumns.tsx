import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { FillTag } from '../../shared/FillTag.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import type { StudentListItem } from '../contingent/types.js';

/** Returns the columns every student tab starts with, as the contingent tab shows them: №, ID, IIN, fill statistics, name, grade, letter. */
export function studentColumns<Row extends StudentListItem>(t: TFunction, firstRowNumber: number): TableColumnsType<Row> {
  return [
    { key: 'number', title: '№', width: 56, render: (_value, _student, index) => firstRowNumber + index },
    { key: 'id', title: t('contingent:columns.id'), dataIndex: 'id' },
    { key: 'iin', title: t('contingent:columns.iin'), dataIndex: 'iin' },
    { key: 'fill', title: t('common:fillStatistics'), render: (_value, student) => <FillTag fill={student.fill} /> },
    { key: 'lastName', title: t('contingent:columns.lastName'), dataIndex: 'lastName' },
    { key: 'firstName', title: t('contingent:columns.firstName'), dataIndex: 'firstName' },
    { key: 'middleName', title: t('contingent:columns.middleName'), dataIndex: 'middleName' },
    { key: 'grade', title: t('contingent:columns.grade'), render: (_value, student) => gradeLabel(t, student.grade) },
    { key: 'letter', title: t('contingent:columns.letter'), dataIndex: 'letter' },
  ];
}

/** Returns "№ 12-ш, 26.02.2026" for an order, or '—' without one. */
export function orderText(order: { orderNumber: string | null; orderDate: string | null }, formatDate: (isoDate: string) => string): string {
  const parts = [order.orderNumber && `№ ${order.orderNumber}`, order.orderDate && formatDate(order.orderDate)].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '—';
}
