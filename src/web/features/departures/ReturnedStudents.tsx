import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../shared/useLanguage.js';
import { fullName } from '../graduation/studentName.js';
import { formatAlmatyDateTime } from '../passport/trajectory/formatMovement.js';
import { schoolLabel } from './schoolName.js';
import { useSchoolMoves } from './useDepartureLists.js';

/** Tells the sending school which of its departures the receiving schools rejected in the last 30 days, and why; renders nothing when none were. */
export function ReturnedStudents({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rejected = useSchoolMoves(organizationId, 'sending', 'rejected');

  const items = (rejected.data?.items ?? []).filter((move) => move.student !== null);
  if (items.length === 0) return null;

  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert"
      title={t('departures:returned.title', { count: items.length })}
      description={
        <>
          {t('departures:returned.hint')}
          <ul className="moves-card__list">
            {items.map((move) => (
              <li key={move.id}>
                <Link to={`/students/${move.student!.id}`}>{fullName(move.student!)}</Link> — {schoolLabel(move.toSchool, language)}
                {move.decidedAt ? `, ${formatAlmatyDateTime(move.decidedAt)}` : ''}. {t('departures:returned.reason', { reason: move.decisionReason ?? '—' })}
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
