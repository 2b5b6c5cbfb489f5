import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';

// KATO has five levels (country, oblast, district, sub-district, settlement);
// the limit stops a walk up a parent cycle that a broken import could leave.
const MAX_DEPTH = 10;

type Rows<T> = { rows: T[] };

/**
 * SQL for the codes of a territory and of every territory below it, for
 * `kato in (...)`. One recursive statement over the parent index.
 */
export function territorySubtree(kato: string): SQL {
  return sql`(
    with recursive subtree(kato, depth) as (
      select kato, 0 from territories where kato = ${kato}
      union all
      select t.kato, subtree.depth + 1 from territories t join subtree on t.parent_kato = subtree.kato where subtree.depth < ${MAX_DEPTH}
    )
    select kato from subtree
  )`;
}

/** Tell whether `kato` is `ancestorKato` or lies below it, walking up from `kato`. */
export async function isTerritoryWithin(db: Executor, kato: string, ancestorKato: string): Promise<boolean> {
  const result = (await db.execute(sql`
    with recursive path(kato, parent_kato, depth) as (
      select kato, parent_kato, 0 from territories where kato = ${kato}
      union all
      select t.kato, t.parent_kato, path.depth + 1 from territories t join path on t.kato = path.parent_kato where path.depth < ${MAX_DEPTH}
    )
    select exists (select 1 from path where kato = ${ancestorKato}) as within
  `)) as unknown as Rows<{ within: boolean }>;

  return result.rows[0]?.within === true;
}

/**
 * Return the ids, of those given, of schools that exist and lie in the
 * territory (or anywhere, when `territoryKato` is null). Walks up from each
 * school, so the cost grows with the number of ids, not with the territory.
 */
export async function organizationsWithin(db: Executor, organizationIds: number[], territoryKato: string | null): Promise<Set<number>> {
  if (organizationIds.length === 0) return new Set();

  const ids = sql`array[${sql.join(organizationIds.map((id) => sql`${id}`), sql`, `)}]::int[]`;
  const result = (
    territoryKato === null
      ? await db.execute(sql`select id as organization_id from organizations where id = any(${ids})`)
      : await db.execute(sql`
          with recursive path(organization_id, kato, depth) as (
            select id, kato, 0 from organizations where id = any(${ids})
            union all
            select path.organization_id, t.parent_kato, path.depth + 1
            from path join territories t on t.kato = path.kato
            where t.parent_kato is not null and path.depth < ${MAX_DEPTH}
          )
          select distinct organization_id from path where kato = ${territoryKato}
        `)
  ) as unknown as Rows<{ organization_id: number }>;

  return new Set(result.rows.map((row) => Number(row.organization_id)));
}

/**
 * Return the school of each student's current enrolment (the latest one), in
 * one statement. Students without an enrolment are absent from the map.
 */
export async function currentOrganizationsOfStudents(db: Executor, studentIds: number[]): Promise<Map<number, number>> {
  if (studentIds.length === 0) return new Map();

  const ids = sql`array[${sql.join(studentIds.map((id) => sql`${id}`), sql`, `)}]::bigint[]`;
  const result = (await db.execute(sql`
    select distinct on (student_id) student_id, organization_id
    from enrolments where student_id = any(${ids})
    order by student_id, id desc
  `)) as unknown as Rows<{ student_id: number | string; organization_id: number }>;

  return new Map(result.rows.map((row) => [Number(row.student_id), Number(row.organization_id)]));
}
