import { and, asc, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { territories } from '../../../db/schema.js';
import { notFound } from '../../http/errors.js';
import { loadTerritoryPath, type TerritoryStep } from '../organizations/get-organization.js';

export interface TerritoryView extends TerritoryStep {
  /** From the country down to this territory. */
  path: TerritoryStep[];
}

/** Load a territory with its path from the country; a code that is not in the classifier is a 404. */
export async function getTerritory(db: Executor, kato: string): Promise<TerritoryView> {
  const path = await loadTerritoryPath(db, kato);
  const territory = path.at(-1);
  if (!territory || territory.kato !== kato) throw notFound('territory.not_found');

  return { ...territory, path };
}

/** Search the classifier by a part of the name or of the code, for the administrator's forms. */
export async function searchTerritories(db: Executor, query: { q?: string; levels?: string[]; limit: number }): Promise<TerritoryStep[]> {
  const conditions: SQL[] = [];
  if (query.levels && query.levels.length > 0) conditions.push(inArray(territories.level, query.levels as (typeof territories.level.enumValues)[number][]));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(ilike(territories.nameKk, pattern), ilike(territories.nameRu, pattern), ilike(territories.kato, pattern))!);
  }

  const rows = await db
    .select()
    .from(territories)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(territories.kato))
    .limit(query.limit);

  return rows.map((row) => ({ kato: row.kato, level: row.level, names: { kk: row.nameKk, ru: row.nameRu } }));
}
