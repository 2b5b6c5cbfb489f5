import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAlmatyDateTime } from '../passport/trajectory/formatMovement.js';
import { gradeLabel } from '../../shared/gradeLabel.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { fullName } from '../graduation/studentName.js';
import { DeclineRequestDialog } from './DeclineRequestDialog.js';
import { DepartureDialog } from './DepartureDialog.js';
import { schoolLabel, territoryText } from './schoolName.js';
import type { SchoolMoveSummary } from './types.js';
import { useSchoolMoves } from './useDepartureLists.js';

type Dialog = { kind: 'process' | 'decline'; move: SchoolMoveSummary } | null;

/**
 * Renders the other schools' open requests for this school's students, each
 * with "Process departure" (the dialog starts with a move to the requesting
 * school) and "Decline the request". Renders nothing when there are none.
 */
export function IncomingRequests({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const requests = useSchoolMoves(organizationId, 'sending', 'requested');
  const [dialog, setDialog] = useState<Dialog>(null);

  const items = (requests.data?.items ?? []).filter((move) => move.student !== null);
  if (items.length === 0) return null;

  return (
    <Card size="small" className="moves-card" title={t('departures:requests.title', { count: items.length })}>
      <Typography.Paragraph type="secondary">{t('departures:requests.hint')}</Typography.Paragraph>
      <ul className="moves-card__list">
        {items.map((move) => (
          <li key={move.id} className="moves-card__item">
            <div>
              <Typography.Text strong>
                {fullName(move.student!)}, {gradeLabel(t, move.student!.grade)} «{move.student!.letter}»
              </Typography.Text>
              <div>
                {t('departures:requests.requestedBy', { school: schoolLabel(move.toSchool, language), date: formatAlmatyDateTime(move.createdAt) })}
              </div>
              <Typography.Text type="secondary">{territoryText(move.toSchool, language)}</Typography.Text>
            </div>
            <Space wrap>
              <Button type="primary" size="small" onClick={() => setDialog({ kind: 'process', move })}>
                {t('departures:action')}
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'decline', move })}>
                {t('departures:requests.decline')}
              </Button>
            </Space>
          </li>
        ))}
      </ul>
      {dialog?.kind === 'process' && (
        <DepartureDialog organizationId={organizationId} student={dialog.move.student!} requestingSchool={dialog.move.toSchool} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'decline' && <DeclineRequestDialog organizationId={organizationId} moveId={dialog.move.id} onClose={() => setDialog(null)} />}
    </Card>
  );
}
