import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../shared/translateError.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { schoolLabel, territoryText } from '../departures/schoolName.js';
import { useSchoolMoves } from '../departures/useDepartureLists.js';
import { formatAlmatyDateTime } from '../passport/trajectory/formatMovement.js';
import { useWithdrawRequest } from './useArrivals.js';

/**
 * Renders this school's requests to other schools: the open ones, with
 * "Withdraw", and those declined in the last 30 days, with the reason.
 * Renders nothing when there are none.
 */
export function OutgoingRequests({ organizationId }: { organizationId: number }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const requests = useSchoolMoves(organizationId, 'receiving', 'requested,declined');
  const withdraw = useWithdrawRequest(organizationId);

  const items = requests.data?.items ?? [];
  if (items.length === 0) return null;

  const confirmWithdraw = (moveId: number) =>
    withdraw.mutateAsync(moveId).then(
      () => void message.success(t('arrivals:requests.withdrawn')),
      (error: unknown) => void message.error(translateError(i18n, error)),
    );

  return (
    <Card size="small" className="moves-card" title={t('arrivals:requests.title', { count: items.length })}>
      <ul className="moves-card__list moves-card__list--plain">
        {items.map((move) => (
          <li key={move.id} className="moves-card__item">
            <div>
              <Typography.Text strong>{t('arrivals:requests.item', { iin: move.iin, school: schoolLabel(move.fromSchool, language) })}</Typography.Text>
              <div>
                <Typography.Text type="secondary">{territoryText(move.fromSchool, language)}</Typography.Text>
              </div>
              <Typography.Text type="secondary">{t('arrivals:requests.sentAt', { date: formatAlmatyDateTime(move.createdAt) })}</Typography.Text>
            </div>
            {move.state === 'requested' ? (
              <Space wrap>
                <Tag color="processing">{t('arrivals:requests.waiting')}</Tag>
                <Popconfirm title={t('arrivals:requests.withdrawConfirm')} okText={t('arrivals:requests.withdraw')} cancelText={t('common:no')} onConfirm={() => confirmWithdraw(move.id)}>
                  <Button size="small">{t('arrivals:requests.withdraw')}</Button>
                </Popconfirm>
              </Space>
            ) : (
              <div>
                <Tag color="red">{t('arrivals:requests.declined')}</Tag>
                <Typography.Text>{move.decisionReason}</Typography.Text>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
