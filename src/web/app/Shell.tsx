import { DownOutlined, LogoutOutlined, QuestionCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLogout } from '../features/auth/useLogout.js';
import { useMe } from '../features/auth/useMe.js';
import { OrganizationHeader } from '../features/organization/OrganizationHeader.js';
import { LanguageSwitch } from '../shared/LanguageSwitch.js';
import { RehearsalBanner } from '../shared/RehearsalBanner.js';
import { useLanguage } from '../shared/useLanguage.js';
import { appRoutes, routeAllows } from './routes.js';

function activeMenuKey(pathname: string): string | undefined {
  const route = appRoutes.find(
    (candidate) =>
      candidate.menu &&
      (pathname.startsWith(candidate.path) || candidate.activeFor?.some((prefix) => pathname.startsWith(prefix))),
  );
  return route?.path;
}

/** Renders the frame of every logged-in page: top bar with the pages of the user's role, school header and the page itself. */
export function Shell() {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();

  const selected = activeMenuKey(location.pathname);
  const role = me.data?.role;
  const menuItems = appRoutes
    .filter((route) => route.menu && role !== undefined && routeAllows(route, role))
    .map((route) => ({
      key: route.path,
      icon: route.menu!.icon,
      label: <Link to={route.menu!.to ?? route.path}>{t(route.menu!.labelKey)}</Link>,
    }));

  const endSessions = (scope: 'this' | 'everywhere') => logout.mutate(scope, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <Layout className="shell">
      <Layout.Header className="shell__header">
        <Link to="/" className="shell__brand">
          {t('common:appName')}
        </Link>
        <Menu
          className="shell__menu"
          theme="dark"
          mode="horizontal"
          selectedKeys={selected ? [selected] : []}
          items={menuItems}
        />
        <Space className="shell__tools" size="middle">
          <LanguageSwitch />
          <a className="shell__link" href={`/help/${language}/`} target="_blank" rel="noopener">
            <QuestionCircleOutlined /> {t('shell:help')}
          </a>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'who', label: me.data ? `${me.data.username} · ${t(`admin:roles.${me.data.role}`)}` : '', disabled: true },
                { type: 'divider' },
                { key: 'everywhere', icon: <LogoutOutlined />, label: t('shell:logoutEverywhere'), onClick: () => endSessions('everywhere') },
              ],
            }}
          >
            {/* Icons only here and on logout, so that an administrator's four menu items fit a 1366-pixel screen in every language. */}
            <Button type="text" className="shell__user" title={me.data?.username} aria-label={t('shell:account', { username: me.data?.username ?? '' })}>
              <UserOutlined /> <DownOutlined />
            </Button>
          </Dropdown>
          <Tooltip title={t('shell:logout')}>
            <Button icon={<LogoutOutlined />} loading={logout.isPending} aria-label={t('shell:logout')} onClick={() => endSessions('this')} />
          </Tooltip>
        </Space>
      </Layout.Header>
      <RehearsalBanner />
      <Layout.Content className="shell__content">
        <OrganizationHeader />
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
