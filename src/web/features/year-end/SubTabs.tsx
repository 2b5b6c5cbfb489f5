import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';

interface SubTabsProps<K extends string> {
  ariaLabel: string;
  tabs: Array<{ key: K; label: string; render: () => ReactNode }>;
}

/** Renders the sub-tabs of a year-end section, the active one kept in `?state=` so a reload or a shared link opens it again. */
export function SubTabs<K extends string>({ ariaLabel, tabs }: SubTabsProps<K>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('state');
  const active = tabs.find((tab) => tab.key === requested) ?? tabs[0];

  return (
    <Tabs
      type="card"
      aria-label={ariaLabel}
      activeKey={active.key}
      onChange={(key) => setSearchParams({ state: key }, { replace: true })}
      destroyOnHidden
      items={tabs.map((tab) => ({ key: tab.key, label: tab.label, children: tab.key === active.key && tab.render() }))}
    />
  );
}
