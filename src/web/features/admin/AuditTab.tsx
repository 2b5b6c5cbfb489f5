import { DatePicker, Form, InputNumber, Select, Space, Table, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ErrorState.js';
import { useLanguage } from '../../shared/useLanguage.js';
import { useAudit, useAuditNames } from './adminApi.js';
import type { AuditEntry } from './types.js';

const PAGE_SIZE = 50;

/** Renders the audit log, newest first, filtered by event, period and school. */
export function AuditTab() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const [name, setName] = useState<string | undefined>();
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [organizationId, setOrganizationId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const names = useAuditNames();
  const audit = useAudit({
    name,
    organizationId,
    from: period?.[0]?.format('YYYY-MM-DD'),
    to: period?.[1]?.format('YYYY-MM-DD'),
    page,
    pageSize: PAGE_SIZE,
  });

  const eventLabel = (event: string) => (i18n.exists(`admin:audit.events.${event}`) ? t(`admin:audit.events.${event}`) : event);
  const dateTime = (iso: string) => new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : language, { timeZone: 'Asia/Almaty', dateStyle: 'short', timeStyle: 'medium' });

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'time', title: t('admin:audit.columns.time'), render: (_value, entry) => dateTime(entry.createdAt) },
    { key: 'event', title: t('admin:audit.columns.event'), render: (_value, entry) => eventLabel(entry.name) },
    { key: 'actor', title: t('admin:audit.columns.actor'), render: (_value, entry) => entry.actor?.username ?? t('admin:audit.system') },
    { key: 'organization', title: t('admin:audit.columns.organization'), render: (_value, entry) => entry.organizationId ?? '—' },
    { key: 'subject', title: t('admin:audit.columns.subject'), render: (_value, entry) => entry.subjectId ?? '—' },
    {
      key: 'details',
      title: t('admin:audit.columns.details'),
      render: (_value, entry) => (
        <ul className="admin-audit__data">
          {Object.entries(entry.data).map(([key, value]) => (
            <li key={key}>
              {key}: {detailText(value)}
            </li>
          ))}
        </ul>
      ),
    },
  ];

  const resetPage = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <>
      <Space className="admin-toolbar" wrap>
        <Form layout="inline" component="div" colon={false}>
          <Form.Item label={t('admin:audit.event')} htmlFor="audit-event">
            <Select<string>
              id="audit-event"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ minWidth: 280 }}
              placeholder={t('admin:audit.allEvents')}
              value={name}
              options={(names.data ?? []).map((value) => ({ value, label: eventLabel(value) }))}
              onChange={resetPage(setName)}
            />
          </Form.Item>
          <Form.Item label={t('admin:audit.period')}>
            <DatePicker.RangePicker format="DD.MM.YYYY" value={period} onChange={resetPage(setPeriod)} />
          </Form.Item>
          <Form.Item label={t('admin:audit.organization')} htmlFor="audit-organization">
            <InputNumber<number> id="audit-organization" min={1} precision={0} value={organizationId} onChange={resetPage((value: number | null) => setOrganizationId(value ?? undefined))} />
          </Form.Item>
        </Form>
      </Space>
      {audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: audit.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
    </>
  );
}

/** Format a detail of an event as text: lists joined with commas, other objects as JSON. */
function detailText(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
