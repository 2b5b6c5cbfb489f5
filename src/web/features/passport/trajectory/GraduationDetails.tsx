import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../shared/dates.js';
import type { GraduationRecord } from './types.js';

interface GraduationDetailsProps {
  graduation: GraduationRecord;
  /** Returns an entry's name in the UI language from a dictionary of /api/v1/dictionaries, or the code when it is not there. */
  entryName: (dictionary: string, code: string) => string;
}

/** Lists what a graduation recorded, under the labels of the graduation dialog. */
export function GraduationDetails({ graduation, entryName }: GraduationDetailsProps) {
  const { t } = useTranslation();

  const items = [
    { key: 'documentKind', label: t('graduation:dialog.documentKind'), children: entryName('documentKinds', graduation.documentKind) },
    { key: 'graduationYear', label: t('graduation:columns.graduationYear'), children: graduation.graduationYear },
    { key: 'departureDate', label: t('graduation:dialog.departureDate'), children: formatDisplayDate(graduation.departureDate) },
    { key: 'orderDate', label: t('graduation:dialog.orderDate'), children: formatDisplayDate(graduation.orderDate) },
    { key: 'orderNumber', label: t('graduation:dialog.orderNumber'), children: graduation.orderNumber },
    { key: 'destination', label: t('graduation:dialog.destination'), children: entryName('destinations', graduation.destination) },
    ...(graduation.country ? [{ key: 'country', label: t('graduation:dialog.country'), children: entryName('countries', graduation.country) }] : []),
  ];

  return (
    <Descriptions
      size="small"
      bordered
      className="passport-trajectory__graduation"
      title={t('passport:trajectory.graduationDetails')}
      column={{ xs: 1, md: 2 }}
      items={items}
    />
  );
}
