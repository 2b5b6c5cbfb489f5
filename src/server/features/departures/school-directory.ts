import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { organizations } from '../../../db/schema.js';
import type { Language } from '../../../i18n/resources.js';

export interface Names {
  kk: string;
  ru: string;
}

/** A school as another school sees it: the name and the territory, from the region down to the settlement. */
export interface SchoolView {
  id: number;
  names: Names;
  kato: string;
  territory: Names[];
}

/**
 * Load the names and territories of the schools, in two statements whatever
 * their number. The country, which every school shares, is left out of the
 * territory. A missing id is absent from the map.
 */
export async function loadSchoolViews(db: Executor, organizationIds: number[]): Promise<Map<number, SchoolView>> {
  const ids = [...new Set(organizationIds)];
  if (ids.length === 0) return new Map();

  const rows = await db.select().from(organizations).where(inArray(organizations.id, ids));
  const territories = await loadTerritories(db, [...new Set(rows.map((row) => row.kato))]);

  return new Map(
    rows.map((row) => [row.id, { id: row.id, names: { kk: row.nameKk, ru: row.nameRu }, kato: row.kato, territory: territories.get(row.kato) ?? [] }]),
  );
}

/** Walk the classifier up from each code in one recursive statement; returns each path from the top down, without the country. */
async function loadTerritories(db: Executor, katos: string[]): Promise<Map<string, Names[]>> {
  if (katos.length === 0) return new Map();

  const result = (await db.execute(sql`
    with recursive path as (
      select kato as start, kato, level, name_kk, name_ru, parent_kato, 0 as depth
      from territories where kato in (${sql.join(katos.map((kato) => sql`${kato}`), sql`, `)})
      union all
      select path.start, t.kato, t.level, t.name_kk, t.name_ru, t.parent_kato, path.depth + 1
      from territories t join path on t.kato = path.parent_kato
      where path.depth < 10
    )
    select start, level, name_kk, name_ru from path order by start, depth desc
  `)) as unknown as { rows: Array<{ start: string; level: string; name_kk: string; name_ru: string }> };

  const byStart = new Map<string, Names[]>();
  for (const row of result.rows) {
    if (row.level === 'country') continue;
    const path = byStart.get(row.start) ?? [];
    path.push({ kk: row.name_kk, ru: row.name_ru });
    byStart.set(row.start, path);
  }

  return byStart;
}

/** Returns a name in the language, with Russian for English, since schools and territories have no English names. */
export function nameIn(names: Names, language: Language): string {
  return language === 'kk' ? names.kk : names.ru;
}

/** Returns the territory as one line, "Region → District → Settlement", in the language. */
export function territoryLine(school: SchoolView, language: Language): string {
  return school.territory.map((names) => nameIn(names, language)).join(' → ');
}
