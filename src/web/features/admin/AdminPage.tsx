import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { AuditTab } from './AuditTab.js';
import { DictionariesTab } from './DictionariesTab.js';
import { SchoolsTab } from './SchoolsTab.js';
import { UsersTab } from './UsersTab.js';
import './admin.css';

const SECTIONS = [
  { key: 'users', Component: UsersTab },
  { key: 'schools', Component: SchoolsTab },
  { key: 'dictionaries', Component: DictionariesTab },
  { key: 'audit', Component: AuditTab },
] as const;

/** Renders the administrator's screens: users, schools, dictionaries and the audit log, one tab each at /admin/<section>. */
export function AdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const section = SECTIONS.find(({ key }) => key === useParams().section)?.key ?? 'users';

  return (
    <Card>
      <Typography.Title level={4} className="admin-page__title">
        {t('admin:title')}
      </Typography.Title>
      <Tabs
        activeKey={section}
        onChange={(key) => navigate(`/admin/${key}`)}
        destroyOnHidden
        items={SECTIONS.map(({ key, Component }) => ({ key, label: t(`admin:tabs.${key}`), children: <Component /> }))}
      />
    </Card>
  );
}
