import { and, asc, exists, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations, territories } from '../../../db/schema.js';
import { SEARCH_FOLD_FROM, SEARCH_FOLD_TO, searchWords } from '../../../domain/search-text.js';
import { loadSchoolViews, type SchoolView } from './school-directory.js';

const folded = (column: SQLWrapper) => sql`translate(lower(${column}), ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO})`;

/**
 * Find the schools a student can move to: every school but the sending one
 * whose name, id, KATO code or territory matches each word of the text, in
 * any order. A word of digits matches the id exactly or the start of the KATO
 * code, so "5964" finds the schools of one district.
 */
export async function searchReceivingSchools(db: Executor, sendingOrganizationId: number, text: string | undefined, limit: number): Promise<SchoolView[]> {
  const conditions: SQL[] = [ne(organizations.id, sendingOrganizationId), ...searchWords(text ?? '').map(wordCondition)];

  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(...conditions))
    .orderBy(asc(organizations.id))
    .limit(limit);

  const views = await loadSchoolViews(db, rows.map((row) => row.id));
  return rows.map((row) => views.get(row.id)!);
}

function wordCondition(word: string): SQL {
  const pattern = `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

  // KATO codes are positional: 2 digits of region, 2 of district, 2 of rural district, 3 of settlement, so ancestors are prefixes padded with zeros.
  const ancestorCodes = sql.join([...[2, 4, 6].map((digits) => sql`rpad(left(${organizations.kato}, ${digits}), 9, '0')`), sql`${organizations.kato}`], sql`, `);
  const inTerritory = exists(
    sql`(select 1 from ${territories} where ${territories.kato} in (${ancestorCodes}) and (${folded(territories.nameKk)} like ${pattern} or ${folded(territories.nameRu)} like ${pattern}))`,
  );

  const matches: SQL[] = [sql`${folded(organizations.nameKk)} like ${pattern}`, sql`${folded(organizations.nameRu)} like ${pattern}`, inTerritory];
  if (/^\d+$/.test(word)) {
    matches.push(sql`${organizations.id}::text = ${word}`, sql`${organizations.kato} like ${`${word}%`}`);
  }

  return or(...matches)!;
}
