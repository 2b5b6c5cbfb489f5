import type { Executor } from '../../../db/client.js';
import { badRequest } from '../../http/errors.js';
import { getTerritory, type TerritoryView } from '../territories/get-territory.js';
import { assembleProgress, type ProgressGrouping, type ProgressTable } from './assemble-progress.js';
import { queryProgress } from './progress-query.js';

export interface TerritoryProgress extends ProgressTable {
  territory: TerritoryView;
  /** The school year whose year-end the counts show: 2025 for 2025–2026. */
  schoolYear: number;
  grouping: ProgressGrouping;
  /** The groupings the territory offers: by its oblasts or districts only for the country and an oblast. */
  groupings: ProgressGrouping[];
}

/**
 * Load the year-end progress of a territory: a row per child oblast or
 * district (for the country and an oblast, by default) or per school.
 */
export async function getProgress(db: Executor, kato: string, options: { schoolYear: number; grouping?: ProgressGrouping }): Promise<TerritoryProgress> {
  const territory = await getTerritory(db, kato);

  const groupings: ProgressGrouping[] = territory.level === 'country' || territory.level === 'oblast' ? ['territories', 'schools'] : ['schools'];
  const grouping = options.grouping ?? groupings[0];
  if (!groupings.includes(grouping)) {
    throw badRequest('progress.grouping_unavailable', [{ field: 'by', code: 'progress.grouping_unavailable', params: { level: territory.level } }], { level: territory.level });
  }

  const result = await queryProgress(db, { kato, schoolYear: options.schoolYear, groupByChildren: grouping === 'territories' });

  return { territory, schoolYear: options.schoolYear, grouping, groupings, ...assembleProgress(result, grouping) };
}
