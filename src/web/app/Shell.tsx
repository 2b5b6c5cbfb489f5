import { LogoutOutlined, QuestionCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLogout } from '../features/auth/useLogout.js';
import { useMe } from '../features/auth/useMe.js';
import { OrganizationHeader } from '../features/organization/OrganizationHeader.js';
import { LanguageSwitch } from '../shared/LanguageSwitch.js';
import { RehearsalBanner } from '../shared/RehearsalBanner.js';
import { useLanguage } from '../shared/useLanguage.js';
import { appRoutes } from './routes.js';

function activeMenuKey(pathname: string): string | undefined {
  const route = appRoutes.find(
    (candidate) =>
      candidate.menu &&
      (pathname.startsWith(candidate.path) || candidate.activeFor?.some((prefix) => pathname.startsWith(prefix))),
  );
  return route?.path;
}

/** Renders the frame of every logged-in page: top bar, school header and the page itself. */
export function Shell() {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();

  const selected = activeMenuKey(location.pathname);
  const menuItems = appRoutes
    .filter((route) => route.menu)
    .map((route) => ({
      key: route.path,
      icon: route.menu!.icon,
      label: <Link to={route.path}>{t(route.menu!.labelKey)}</Link>,
    }));

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
          <Typography.Text className="shell__user">
            <UserOutlined /> {me.data?.username}
          </Typography.Text>
          <Button
            icon={<LogoutOutlined />}
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
          >
            {t('shell:logout')}
          </Button>
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
