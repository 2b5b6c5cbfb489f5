import { Alert, Button, Card, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../shared/dates.js';
import { localizedName } from '../../../shared/localizedName.js';
import { translateError } from '../../../shared/translateError.js';
import { useDictionaries } from '../../../shared/useDictionaries.js';
import { useLanguage } from '../../../shared/useLanguage.js';
import { DepartureDetails, moveOutcome } from '../../departures/DepartureDetails.js';
import { TRAJECTORY_SECTION, sectionAnchorId } from '../SectionNav.js';
import { describeState, formatAlmatyDateTime } from './formatMovement.js';
import { GraduationDetails } from './GraduationDetails.js';
import type { Movement } from './types.js';
import { useMovements } from './useMovements.js';

function hasGraduationDetails(movement: Movement): boolean {
  return movement.kind === 'graduation' && movement.after.graduation !== null;
}

function hasDepartureDetails(movement: Movement): boolean {
  return movement.kind === 'departure' && (movement.after.departure ?? null) !== null;
}

const hasDetails = (movement: Movement) => hasGraduationDetails(movement) || hasDepartureDetails(movement);

/** Renders a state's class, status and study form on lines of their own, in bold where they differ from `other`. */
function StateLines({ lines, other }: { lines: string[]; other?: string[] }) {
  return (
    <div className="passport-trajectory__state">
      {lines.map((line, index) => (
        <Typography.Text key={index} strong={other !== undefined && other[index] !== line}>
          {line}
        </Typography.Text>
      ))}
    </div>
  );
}

/**
 * Renders the student's trajectory: every movement, oldest first, with the
 * state before and after it, the order, who recorded it, and whether an undo
 * reversed it. A graduation's recorded details open under its row.
 */
export function TrajectoryCard({ studentId }: { studentId: number }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const movements = useMovements(studentId);
  const dictionaries = useDictionaries();
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());

  const rows = movements.data ?? [];
  const byId = new Map(rows.map((movement) => [movement.id, movement]));

  const entryName = (dictionary: string, code: string) =>
    dictionaries.data?.[dictionary]?.find((entry) => entry.code === code)?.names[language] ?? code;
  const studyFormName = (code: string) => entryName('studyForms', code);
  const kindName = (movement: Movement) => t(`passport:trajectory.kinds.${movement.kind}`);

  const columns: TableColumnsType<Movement> = [
    {
      key: 'time',
      title: t('passport:trajectory.columns.time'),
      width: 120,
      render: (_value, movement) => formatAlmatyDateTime(movement.createdAt),
    },
    {
      key: 'kind',
      title: t('passport:trajectory.columns.kind'),
      width: 180,
      render: (_value, movement) => {
        const undone = movement.undoneBy !== null ? byId.get(movement.undoneBy) : undefined;
        const reversed = movement.undoesMovementId !== null ? byId.get(movement.undoesMovementId) : undefined;

        return (
          <div className="passport-trajectory__kind">
            <Typography.Text strong delete={movement.undoneBy !== null}>
              {kindName(movement)}
            </Typography.Text>
            {movement.undoneBy !== null && (
              <Tag color="red">{t('passport:trajectory.undoneAt', { time: undone ? formatAlmatyDateTime(undone.createdAt) : '' }).trim()}</Tag>
            )}
            {reversed && (
              <Typography.Text type="secondary">
                {t('passport:trajectory.undoes', { kind: kindName(reversed), time: formatAlmatyDateTime(reversed.createdAt) })}
              </Typography.Text>
            )}
            {movement.schoolMove && movement.kind !== 'departure' && <Typography.Text type="secondary">{moveOutcome(t, movement.schoolMove, language)}</Typography.Text>}
          </div>
        );
      },
    },
    {
      key: 'school',
      title: t('departures:trajectory.school'),
      width: 150,
      render: (_value, movement) => localizedName(movement.organization.names, language),
    },
    {
      key: 'before',
      title: t('passport:trajectory.columns.before'),
      render: (_value, movement) => (movement.before ? <StateLines lines={describeState(t, movement.before, studyFormName)} /> : '—'),
    },
    {
      key: 'after',
      title: t('passport:trajectory.columns.after'),
      render: (_value, movement) => (
        <StateLines
          lines={describeState(t, movement.after, studyFormName)}
          other={movement.before ? describeState(t, movement.before, studyFormName) : undefined}
        />
      ),
    },
    {
      key: 'order',
      title: t('passport:trajectory.columns.order'),
      width: 110,
      render: (_value, movement) => {
        const parts = [movement.orderNumber && `№ ${movement.orderNumber}`, movement.orderDate && formatDisplayDate(movement.orderDate)].filter(Boolean);
        return parts.length > 0 ? parts.join(', ') : '—';
      },
    },
    {
      key: 'actor',
      title: t('passport:trajectory.columns.actor'),
      width: 100,
      render: (_value, movement) => movement.actor?.username ?? t('passport:trajectory.system'),
    },
  ];

  // The details of a graduation or departure start open unless an undo reversed it. The user's own toggles override that.
  const isExpanded = (movement: Movement) => toggled.get(movement.id) ?? movement.undoneBy === null;
  const expandedRowKeys = rows.filter((movement) => hasDetails(movement) && isExpanded(movement)).map((movement) => movement.id);

  const toggle = (expanded: boolean, movement: Movement) => setToggled(new Map(toggled).set(movement.id, expanded));

  return (
    <Card id={sectionAnchorId(TRAJECTORY_SECTION)} title={t('passport:trajectory.title')} className="passport-section passport-trajectory">
      {movements.isPending && <Skeleton active title={false} paragraph={{ rows: 3 }} />}
      {movements.isError && (
        <Alert
          type="error"
          showIcon
          title={t('passport:trajectory.loadFailed')}
          description={translateError(i18n, movements.error)}
          action={<Button onClick={() => void movements.refetch()}>{t('common:retry')}</Button>}
        />
      )}
      {movements.isSuccess && (
        <Table<Movement>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={rows}
          rowClassName={(movement) => (movement.undoneBy !== null ? 'passport-trajectory__undone' : '')}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('passport:trajectory.empty') }}
          expandable={{
            rowExpandable: hasDetails,
            expandedRowKeys,
            onExpand: toggle,
            expandedRowRender: (movement) =>
              hasGraduationDetails(movement) ? (
                <GraduationDetails graduation={movement.after.graduation!} entryName={entryName} />
              ) : (
                <DepartureDetails departure={movement.after.departure!} schoolMove={movement.schoolMove} entryName={entryName} />
              ),
          }}
        />
      )}
    </Card>
  );
}
