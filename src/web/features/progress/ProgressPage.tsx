import { FileExcelOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Form, Segmented, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { schoolYearLabel, schoolYearOf } from '../../../domain/school-year.js';
import { apiUrl } from '../../api/client.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { localizedName } from '../../shared/localizedName.js';
import { useHealth } from '../../shared/useHealth.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { homeTerritoryOf } from '../auth/permissions.js';
import { useMe } from '../auth/useMe.js';
import { ProgressChart } from './ProgressChart.js';
import { ProgressTable } from './ProgressTable.js';
import type { ProgressGrouping, TerritoryProgress } from './types.js';
import { useProgress } from './useProgress.js';
import './progress.css';

const KATO = /^\d{9}$/;
/** School years offered besides the current one: the two before it. */
const EARLIER_YEARS = 2;

/** Renders the year-end progress of a territory: the table of its districts or schools, the chart and the Excel export. */
export function ProgressPage() {
  const me = useMe();
  const params = useParams();
  const [searchParams, setSearchParams] = useSearchParams();

  const home = me.data ? homeTerritoryOf(me.data) : null;
  const kato = params.kato && KATO.test(params.kato) ? params.kato : home;
  const grouping = parseGrouping(searchParams.get('by'));
  const schoolYear = Number(searchParams.get('year')) || undefined;
  const progress = useProgress({ kato: kato ?? '', grouping, schoolYear });

  const update = (change: { by?: ProgressGrouping; year?: number }) => {
    const next = new URLSearchParams(searchParams);
    if (change.by) next.set('by', change.by);
    if (change.year) next.set('year', String(change.year));
    setSearchParams(next, { replace: true });
  };

  if (!kato || !home) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (progress.isError) return <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />;
  if (!progress.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  return <ProgressView progress={progress.data} home={home} loading={progress.isFetching} onChange={update} />;
}

interface ProgressViewProps {
  progress: TerritoryProgress;
  /** The user's own territory: the breadcrumb links only from it downwards. */
  home: string;
  loading: boolean;
  onChange: (change: { by?: ProgressGrouping; year?: number }) => void;
}

function ProgressView({ progress, home, loading, onChange }: ProgressViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const health = useHealth();
  const { territory } = progress;

  const homeIndex = Math.max(0, territory.path.findIndex((step) => step.kato === home));
  const breadcrumb = territory.path.map((step, index) => ({
    key: step.kato,
    title: index >= homeIndex && index < territory.path.length - 1 ? <Link to={`/progress/${step.kato}`}>{localizedName(step.names, language)}</Link> : localizedName(step.names, language),
  }));

  const currentYear = Math.max(progress.schoolYear, health.data ? schoolYearOf(health.data.today) : progress.schoolYear);
  const years = Array.from({ length: EARLIER_YEARS + 1 }, (_, index) => currentYear - index);
  const exportUrl = apiUrl(`/territories/${territory.kato}/progress/export`, { by: progress.grouping, schoolYear: progress.schoolYear, lang: language });
  const territoryGrouping = territory.level === 'country' ? t('progress:grouping.byOblast') : t('progress:grouping.byDistrict');
  const groupingLabel = (grouping: ProgressGrouping) => (grouping === 'schools' ? t('progress:grouping.bySchool') : territoryGrouping);

  return (
    <Space orientation="vertical" size="middle" className="progress-page">
      <Card>
        <Breadcrumb className="progress-page__breadcrumb" items={breadcrumb} />
        <Typography.Title level={4} className="progress-page__title">
          {t('progress:title')}: {localizedName(territory.names, language)}
        </Typography.Title>
        <Space wrap size="large" className="progress-page__toolbar">
          <Form layout="inline" component="div" colon={false}>
            <Form.Item label={t('progress:schoolYear')} htmlFor="progress-year">
              <Select<number>
                id="progress-year"
                className="progress-page__year"
                value={progress.schoolYear}
                options={years.map((year) => ({ value: year, label: schoolYearLabel(year) }))}
                onChange={(year) => onChange({ year })}
              />
            </Form.Item>
            {progress.groupings.length > 1 && (
              <Form.Item label={t('progress:grouping.label')}>
                <Segmented<ProgressGrouping>
                  value={progress.grouping}
                  options={progress.groupings.map((grouping) => ({ value: grouping, label: groupingLabel(grouping) }))}
                  onChange={(by) => onChange({ by })}
                />
              </Form.Item>
            )}
          </Form>
          <Button icon={<FileExcelOutlined />} href={exportUrl}>
            {t('progress:export.button')}
          </Button>
        </Space>
        <ProgressTable progress={progress} loading={loading} />
      </Card>
      {progress.rows.length > 0 && <ProgressChart rows={progress.rows} />}
    </Space>
  );
}

function parseGrouping(value: string | null): ProgressGrouping | undefined {
  return value === 'territories' || value === 'schools' ? value : undefined;
}

