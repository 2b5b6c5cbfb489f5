import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { FINAL_GRADE, type NationalPlan, type SchoolPlan } from './plan.js';
import { generateSchoolStudents } from './students.js';
import { planTerritories } from './territories.js';

export interface WriteOptions {
  /** Write only the schools with index in [fromSchool, toSchool); by default all of them. */
  fromSchool?: number;
  toSchool?: number;
  /** Called after each chunk with the students written so far. */
  onProgress?(written: { schools: number; students: number }): void;
}

export interface WriteResult {
  schools: number;
  students: number;
  milliseconds: number;
}

/** Students per INSERT: about 3 MB of JSON, large enough to amortize a statement and small enough to keep memory flat. */
const STUDENTS_PER_CHUNK = 5000;

/**
 * Writes the planned territories, schools, students, enrolments and passport
 * values with set-based inserts: a few statements per chunk of about 5,000
 * students, each reading its rows from one JSON parameter. While the database
 * writes a chunk, the next one is generated. Throws when one of the schools
 * exists already, before writing anything.
 */
export async function writeNationalDataset(db: Database, plan: NationalPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const started = performance.now();
  const schools = plan.schools.slice(options.fromSchool ?? 0, options.toSchool ?? plan.schools.length);
  if (schools.length === 0) return { schools: 0, students: 0, milliseconds: 0 };

  await assertSchoolsAbsent(db, schools);
  await insertTerritories(db, plan, schools);
  await insertOrganizations(db, schools);

  const superuser = await isSuperuser(db);
  let written = 0;
  let pending: Promise<void> | null = null;
  for (const chunk of chunkSchools(schools)) {
    const rows = chunk.flatMap((school) => generateSchoolStudents(plan, school));
    const json = JSON.stringify(rows);

    await pending;
    pending = insertStudents(db, json, plan.schoolYear, superuser).then(() => {
      written += rows.length;
      options.onProgress?.({ schools: chunk[chunk.length - 1].index + 1 - schools[0].index, students: written });
    });
  }
  await pending;

  // Statistics for the planner and a visibility map, as after any bulk load. Without it, autovacuum
  // scans the new rows minutes later and competes with the first queries (and with benchmarks).
  await db.execute(sql`vacuum (analyze) territories, organizations, students, enrolments, passport_values`);

  return { schools: schools.length, students: written, milliseconds: performance.now() - started };
}

async function isSuperuser(db: Database): Promise<boolean> {
  const result = (await db.execute(sql`select current_setting('is_superuser') = 'on' as superuser`)) as unknown as { rows: Array<{ superuser: boolean }> };
  return result.rows[0].superuser;
}

async function assertSchoolsAbsent(db: Database, schools: SchoolPlan[]): Promise<void> {
  const first = schools[0].id;
  const last = schools[schools.length - 1].id;
  const result = (await db.execute(sql`select count(*)::int as count from organizations where id between ${first} and ${last}`)) as unknown as { rows: Array<{ count: number }> };

  const count = result.rows[0].count;
  if (count > 0) throw new Error(`The database already has ${count} of the organizations ${first}-${last}; generate into an empty database`);
}

async function insertTerritories(db: Database, plan: NationalPlan, schools: SchoolPlan[]): Promise<void> {
  const rows = planTerritories({ ...plan, schools }).map((row) => ({
    kato: row.kato,
    kato_version: row.katoVersion,
    level: row.level,
    type_code: row.typeCode,
    name_kk: row.nameKk,
    name_ru: row.nameRu,
    parent_kato: row.parentKato,
  }));

  await db.execute(sql`
    insert into territories (kato, kato_version, level, type_code, name_kk, name_ru, parent_kato)
    select kato, kato_version, level, type_code, name_kk, name_ru, parent_kato
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as t(kato text, kato_version text, level text, type_code smallint, name_kk text, name_ru text, parent_kato text)
    on conflict (kato) do nothing
  `);
}

async function insertOrganizations(db: Database, schools: SchoolPlan[]): Promise<void> {
  const rows = schools.map((school) => ({
    id: school.id,
    name_kk: `№${school.index + 1} жалпы білім беретін мектеп`,
    name_ru: `Общеобразовательная школа №${school.index + 1}`,
    kato: school.kato,
    final_grade: FINAL_GRADE,
  }));

  await db.execute(sql`
    insert into organizations (id, name_kk, name_ru, kato, final_grade)
    select id, name_kk, name_ru, kato, final_grade
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as t(id integer, name_kk text, name_ru text, kato text, final_grade smallint)
  `);
}

/**
 * Inserts a chunk of students. As a superuser it turns off the foreign-key
 * triggers for the chunk's transaction, because they run once per row and took
 * more than half the time (2,100 against 5,000 students/s on PostgreSQL 15).
 * The rows are consistent by construction: the statement inserts the students
 * it refers to, and the schools were inserted first.
 */
async function insertStudents(db: Database, json: string, schoolYear: number, superuser: boolean): Promise<void> {
  if (!superuser) return insertStudentsStatement(db, json, schoolYear);

  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await insertStudentsStatement(tx, json, schoolYear);
  });
}

/** Inserts students, their active enrolments and passport values in one statement. */
async function insertStudentsStatement(db: Executor, json: string, schoolYear: number): Promise<void> {
  await db.execute(sql`
    with input as (
      select *
      from jsonb_to_recordset(${json}::jsonb) as t(
        iin text, last_name text, first_name text, middle_name text, name_sort_key text, birth_date date, sex text,
        organization_id integer, grade smallint, letter text, letter_sort_key text, study_form text, passport jsonb
      )
    ),
    new_students as (
      insert into students (iin, last_name, first_name, middle_name, name_sort_key, birth_date, sex)
      select iin, last_name, first_name, middle_name, name_sort_key, birth_date, sex from input
      returning id, iin
    ),
    new_enrolments as (
      insert into enrolments (student_id, organization_id, school_year, grade, letter, letter_sort_key, study_form, status)
      select s.id, i.organization_id, ${schoolYear}, i.grade, i.letter, i.letter_sort_key, i.study_form, 'active'
      from new_students s join input i using (iin)
    )
    insert into passport_values (student_id, organization_id, indicator_code, value)
    select s.id, i.organization_id, p.key, p.value
    from new_students s join input i using (iin) cross join lateral jsonb_each(i.passport) as p
  `);
}

function* chunkSchools(schools: SchoolPlan[]): Generator<SchoolPlan[]> {
  let chunk: SchoolPlan[] = [];
  let students = 0;

  for (const school of schools) {
    chunk.push(school);
    students += school.students;
    if (students >= STUDENTS_PER_CHUNK) {
      yield chunk;
      chunk = [];
      students = 0;
    }
  }

  if (chunk.length > 0) yield chunk;
}
