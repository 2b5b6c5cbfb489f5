import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../shared/dates.js';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import type { TrajectoryMove } from '../../../server/features/movements/trajectory-details.js';
import type { DepartureRecord } from './types.js';
import './departures.css';

interface DepartureDetailsProps {
  departure: DepartureRecord;
  /** The outcome of the move to another school, for a departure to a school. */
  schoolMove: TrajectoryMove | null;
  /** Returns an entry's name in the UI language from a dictionary of /api/v1/dictionaries, or the code when it is not there. */
  entryName: (dictionary: string, code: string) => string;
}

/** Lists what a departure recorded, under the labels of the departure dialog, and how the move to another school ended. */
export function DepartureDetails({ departure, schoolMove, entryName }: DepartureDetailsProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const items = [
    { key: 'reason', label: t('departures:dialog.reason'), children: entryName('departureReasons', departure.reason) },
    ...(schoolMove ? [{ key: 'receivingSchool', label: t('departures:dialog.receivingSchool'), children: localizedName(schoolMove.toOrganization.names, language) }] : []),
    ...(departure.country ? [{ key: 'country', label: t('departures:dialog.country'), children: entryName('countries', departure.country) }] : []),
    { key: 'departureDate', label: t('departures:dialog.departureDate'), children: formatDisplayDate(departure.departureDate) },
    { key: 'orderDate', label: t('departures:dialog.orderDate'), children: formatDisplayDate(departure.orderDate) },
    { key: 'orderNumber', label: t('departures:dialog.orderNumber'), children: departure.orderNumber },
    ...(schoolMove ? [{ key: 'outcome', label: t('departures:trajectory.outcome'), children: moveOutcome(t, schoolMove, language) }] : []),
  ];

  return <Descriptions size="small" bordered className="passport-trajectory__graduation" title={t('departures:trajectory.details')} column={{ xs: 1, md: 2 }} items={items} />;
}

/** Describes how a move went: waiting, accepted, rejected (with the reason) or cancelled, naming the school that decided. */
export function moveOutcome(t: (key: string, options?: Record<string, unknown>) => string, move: TrajectoryMove, language: 'kk' | 'ru' | 'en'): string {
  const deciding = move.state === 'cancelled' ? move.fromOrganization : move.toOrganization;
  const key = (['pending', 'accepted', 'rejected', 'cancelled'] as const).find((state) => state === move.state);
  if (!key) return move.state;

  const text = t(`departures:trajectory.states.${key}`, { school: localizedName(deciding.names, language) });
  return move.decisionReason ? `${text}. ${t('departures:trajectory.rejectionReason', { reason: move.decisionReason })}` : text;
}
