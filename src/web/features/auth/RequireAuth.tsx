import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState } from '../../shared/ErrorState.js';
import { useMe } from './useMe.js';

/** Render the children for a logged-in user; send anyone else to the login page and back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <Spin fullscreen />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;

  if (!me.data) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }

  return children;
}
