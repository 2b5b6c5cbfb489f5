import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { buildReadinessSql } from './readiness-sql.js';

/** The counts of one grade of one school. */
export interface GradeCounts {
  grade: number;
  /** Students in the contingent (status active). */
  active: number;
  /** Active students with a required passport value missing. */
  notReady: number;
  /** Graduates of the school year (status graduated, graduation year = school year + 1). */
  graduated: number;
  /** Transfers to the next grade out of the school year, not undone; counted in the grade left. */
  transferred: number;
  /** Grade-9 graduates of the school year admitted back, not undone; counted in the grade they finished. */
  admitted: number;
  /** Departures and arrivals waiting for the other school. */
  pending: number;
}

export interface SchoolProgressRow {
  organizationId: number;
  names: { kk: string; ru: string };
  kato: string;
  /** The child territory of the requested one that contains the school; null when grouping by school or when no such child fits. */
  groupKato: string | null;
  grades: GradeCounts[];
}

export interface GroupRow {
  kato: string;
  level: string;
  names: { kk: string; ru: string };
}

export interface ProgressQueryResult {
  schools: SchoolProgressRow[];
  groups: GroupRow[];
}

// KATO has five levels; the limit stops a walk down a parent cycle that a broken import could leave.
const MAX_DEPTH = 10;

const readiness = buildReadinessSql();

interface Row {
  kind: 'school' | 'group';
  organization_id: number | null;
  name_kk: string;
  name_ru: string;
  kato: string;
  level: string | null;
  group_kato: string | null;
  grades: Array<[number, number, number, number, number, number, number]> | string;
}

/**
 * Count, in one statement, the year-end state of every school under a
 * territory, per grade: active, not ready, graduated, transferred, admitted,
 * pending. With `groupByChildren`, each school also gets the child oblast or
 * district of the territory that contains it, and those children are
 * returned too, also the ones without schools. The statement reads every school at
 * once; nothing loops over schools.
 */
export async function queryProgress(db: Executor, input: { kato: string; schoolYear: number; groupByChildren: boolean }): Promise<ProgressQueryResult> {
  const result = (await db.transaction(async (tx) => {
    // PostgreSQL's estimate for the per-student aggregation is far above its cost,
    // so it would spend seconds compiling the statement with JIT; 64 MB keeps
    // the aggregation of a 300,000-student region in memory instead of on disk.
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    return progressStatement(tx, input);
  })) as unknown as { rows: Row[] };

  return toResult(result.rows);
}

function progressStatement(db: Executor, { kato, schoolYear, groupByChildren }: { kato: string; schoolYear: number; groupByChildren: boolean }) {
  return db.execute(sql`
    with recursive subtree(kato, group_kato, depth) as (
      select kato, case when ${groupByChildren}::boolean and level in ('oblast', 'district') then kato end, 1
      from territories where parent_kato = ${kato}
      union all
      select t.kato, subtree.group_kato, subtree.depth + 1
      from territories t join subtree on t.parent_kato = subtree.kato
      where subtree.depth < ${MAX_DEPTH}
    ),
    schools as (
      select o.id, o.name_kk, o.name_ru, o.kato, o.final_grade, subtree.group_kato
      from organizations o join subtree on subtree.kato = o.kato
      union all
      select o.id, o.name_kk, o.name_ru, o.kato, o.final_grade, null from organizations o where o.kato = ${kato}
    ),
    school_enrolments as (
      select e.student_id, e.organization_id, e.grade, e.status, e.graduation, schools.final_grade
      from enrolments e join schools on schools.id = e.organization_id
      where e.status in ('active', 'graduated', 'pending_departure', 'pending_arrival')
    ),
    readiness as (
      select passport.student_id, ${readiness.aggregates({ values: 'passport', bits: 'bits' })}
      from passport_values passport
      join ${readiness.codeTable('bits')} on bits.code = passport.indicator_code
      join enrolments active on active.student_id = passport.student_id and active.status = 'active'
      where active.organization_id in (select id from schools)
      group by passport.student_id
    ),
    enrolment_counts as (
      select se.organization_id, se.grade,
        count(*) filter (where se.status = 'active')::int as active,
        count(*) filter (where se.status = 'active' and ${readiness.missingCondition({ readiness: 'readiness', grade: sql`se.grade`, finalGrade: sql`se.final_grade` })})::int as not_ready,
        count(*) filter (where se.status = 'graduated' and (se.graduation ->> 'graduationYear')::int = ${schoolYear + 1})::int as graduated,
        count(*) filter (where se.status in ('pending_departure', 'pending_arrival'))::int as pending
      from school_enrolments se
      left join readiness on readiness.student_id = se.student_id
      group by se.organization_id, se.grade
    ),
    movement_counts as (
      select m.organization_id, (m.before ->> 'grade')::int as grade,
        count(*) filter (where m.kind = 'transfer')::int as transferred,
        count(*) filter (where m.kind = 'admission')::int as admitted
      from movements m join schools on schools.id = m.organization_id
      where m.kind in ('transfer', 'admission')
        and (
          (m.kind = 'transfer' and (m.before ->> 'schoolYear')::int = ${schoolYear})
          or (m.kind = 'admission' and m.before ->> 'status' = 'graduated' and (m.before -> 'graduation' ->> 'graduationYear')::int = ${schoolYear + 1})
        )
        and not exists (select 1 from movements undo where undo.undoes_movement_id = m.id and undo.kind = 'undo')
      group by m.organization_id, (m.before ->> 'grade')::int
    ),
    counts as (
      select coalesce(ec.organization_id, mc.organization_id) as organization_id, coalesce(ec.grade, mc.grade) as grade,
        coalesce(ec.active, 0) as active, coalesce(ec.not_ready, 0) as not_ready, coalesce(ec.graduated, 0) as graduated,
        coalesce(mc.transferred, 0) as transferred, coalesce(mc.admitted, 0) as admitted, coalesce(ec.pending, 0) as pending
      from enrolment_counts ec
      full join movement_counts mc on mc.organization_id = ec.organization_id and mc.grade = ec.grade
    )
    select 'school' as kind, schools.id as organization_id, schools.name_kk, schools.name_ru, schools.kato, null as level, schools.group_kato,
      coalesce(
        jsonb_agg(jsonb_build_array(counts.grade, counts.active, counts.not_ready, counts.graduated, counts.transferred, counts.admitted, counts.pending) order by counts.grade)
          filter (where counts.grade is not null),
        '[]'::jsonb
      ) as grades
    from schools left join counts on counts.organization_id = schools.id
    group by schools.id, schools.name_kk, schools.name_ru, schools.kato, schools.group_kato
    union all
    select 'group', null, t.name_kk, t.name_ru, t.kato, t.level, t.kato, '[]'::jsonb
    from territories t
    where ${groupByChildren}::boolean and t.parent_kato = ${kato} and t.level in ('oblast', 'district')
  `);
}

function toResult(rows: Row[]): ProgressQueryResult {
  const schools: SchoolProgressRow[] = [];
  const groups: GroupRow[] = [];

  for (const row of rows) {
    if (row.kind === 'group') {
      groups.push({ kato: row.kato, level: row.level ?? '', names: { kk: row.name_kk, ru: row.name_ru } });
      continue;
    }

    // node-postgres parses jsonb; PGlite does too, but a driver may hand back the text.
    const grades = typeof row.grades === 'string' ? (JSON.parse(row.grades) as Row['grades']) : row.grades;
    schools.push({
      organizationId: Number(row.organization_id),
      names: { kk: row.name_kk, ru: row.name_ru },
      kato: row.kato,
      groupKato: row.group_kato,
      grades: (grades as Array<number[]>).map(([grade, active, notReady, graduated, transferred, admitted, pending]) => ({ grade, active, notReady, graduated, transferred, admitted, pending })),
    });
  }

  return { schools, groups };
}
