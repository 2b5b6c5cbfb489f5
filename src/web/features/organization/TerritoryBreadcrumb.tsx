import { Breadcrumb } from 'antd';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import type { TerritoryLevel } from './types.js';

/** Renders the school's place in the KATO classifier: country / region / district / rural district / settlement. */
export function TerritoryBreadcrumb({ path }: { path: TerritoryLevel[] }) {
  const language = useLanguage();

  return <Breadcrumb items={path.map((level) => ({ key: level.kato, title: localizedName(level.names, language) }))} />;
}
