import { Breadcrumb } from 'antd';
import { Link } from 'react-router-dom';
import { localizedName } from '../../shared/localizedName.js';
import { useLanguage } from '../../shared/useLanguage.js';
import type { TerritoryLevel } from './types.js';

interface TerritoryBreadcrumbProps {
  path: TerritoryLevel[];
  /**
   * The territory from which the levels link to their year-end progress: the
   * watcher's own one; null shows plain names.
   */
  progressFrom?: string | null;
}

/** Renders the school's place in the KATO classifier: country / region / district / rural district / settlement. */
export function TerritoryBreadcrumb({ path, progressFrom = null }: TerritoryBreadcrumbProps) {
  const language = useLanguage();
  const firstLink = progressFrom === null ? -1 : path.findIndex((level) => level.kato === progressFrom);

  return (
    <Breadcrumb
      items={path.map((level, index) => {
        const name = localizedName(level.names, language);
        const linked = firstLink >= 0 && index >= firstLink && (level.level === 'country' || level.level === 'oblast' || level.level === 'district');
        return { key: level.kato, title: linked ? <Link to={`/progress/${level.kato}`}>{name}</Link> : name };
      })}
    />
  );
}
