import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../../shared/LanguageSwitch.js';
import { RehearsalBanner } from '../../shared/RehearsalBanner.js';
import { translateError } from '../../shared/translateError.js';
import { homePathOf } from './permissions.js';
import type { Credentials } from './types.js';
import { useLogin } from './useLogin.js';
import { useMe } from './useMe.js';

/** Return the page the user came from before logging in, or `home` when there is none or it is the root path. */
function returnPath(state: unknown, home: string): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && from !== '/' && !from.startsWith('/login') ? from : home;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const me = useMe();
  const login = useLogin();

  if (me.data) return <Navigate to={returnPath(location.state, homePathOf(me.data.role))} replace />;

  const submit = (credentials: Credentials) => {
    login.mutate(credentials, { onSuccess: ({ user }) => navigate(returnPath(location.state, homePathOf(user.role)), { replace: true }) });
  };

  return (
    <div className="login-page">
      <RehearsalBanner />
      <div className="login-page__body">
        <Card className="login-page__card">
          <div className="login-page__top">
            <Typography.Title level={3}>{t('common:appName')}</Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Paragraph type="secondary">{t('auth:subtitle')}</Typography.Paragraph>
          {login.isError && (
            <Alert className="login-page__error" type="error" showIcon title={translateError(i18n, login.error)} />
          )}
          <Form<Credentials> name="login" layout="vertical" requiredMark={false} onFinish={submit}>
            <Form.Item
              label={t('auth:username')}
              name="username"
              rules={[{ required: true, whitespace: true, message: t('auth:usernameRequired') }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('auth:password')}
              name="password"
              rules={[{ required: true, message: t('auth:passwordRequired') }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              {t('auth:submit')}
            </Button>
          </Form>
        </Card>
      </div>
    </div>
  );
}
