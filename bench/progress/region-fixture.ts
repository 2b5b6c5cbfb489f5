import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';
import { completePassport } from '../../test/support/complete-passport.js';

export interface RegionShape {
  districts: number;
  schoolsPerDistrict: number;
  studentsPerSchool: number;
}

/** The oblast the fixture fills: North Kazakhstan's code, with invented districts and settlements. */
export const REGION_KATO = '590000000';

/**
 * Fill a region with schools and students in a few set-based statements, and
 * return the number of students. Grades 0-11 have equal parts. About 85% of
 * the students are active, 8% graduated this year, 2% pending and the rest
 * departed. Every tenth active student has no address (not ready), and the
 * other passports are complete. A third of the active students of grades 2-9
 * were transferred this school year, and one transfer in twenty was undone.
 */
export async function fillRegion(db: Executor, shape: RegionShape, schoolYear: number): Promise<number> {
  await db.execute(sql`
    insert into territories (kato, kato_version, level, type_code, name_kk, name_ru, parent_kato) values
      ('000000000', 'bench', 'country', 0, 'Қазақстан Республикасы', 'Республика Казахстан', null),
      (${REGION_KATO}, 'bench', 'oblast', 0, 'Облыс', 'Область', '000000000')
    on conflict do nothing
  `);

  // District d is 59(10+d)00000, its settlement s is 59(10+d)(100+s)00 under no sub-district.
  await db.execute(sql`
    insert into territories (kato, kato_version, level, type_code, name_kk, name_ru, parent_kato)
    select '59' || (10 + d)::text || '00000', 'bench', 'district', 2, 'Аудан ' || d, 'Район ' || d, ${REGION_KATO}
    from generate_series(1, ${shape.districts}::int) d
  `);
  await db.execute(sql`
    insert into territories (kato, kato_version, level, type_code, name_kk, name_ru, parent_kato)
    select '59' || (10 + d)::text || (100 + s)::text || '00', 'bench', 'settlement', 2, 'Ауыл ' || d || '-' || s, 'Село ' || d || '-' || s, '59' || (10 + d)::text || '00000'
    from generate_series(1, ${shape.districts}::int) d, generate_series(1, ${shape.schoolsPerDistrict}::int) s
  `);
  await db.execute(sql`
    insert into organizations (id, name_kk, name_ru, kato, final_grade)
    select 500000 + d * 1000 + s, 'Мектеп ' || d || '-' || s, 'Школа ' || d || '-' || s, '59' || (10 + d)::text || (100 + s)::text || '00', 11
    from generate_series(1, ${shape.districts}::int) d, generate_series(1, ${shape.schoolsPerDistrict}::int) s
  `);

  const students = shape.districts * shape.schoolsPerDistrict * shape.studentsPerSchool;
  await db.execute(sql`
    insert into students (id, iin, last_name, first_name, name_sort_key, birth_date, sex)
    select i, lpad(i::text, 12, '0'), 'Оқушы', 'Бала', lpad(i::text, 12, '0'), date '2012-01-01', 'female'
    from generate_series(1, ${students}::int) i
  `);
  await db.execute(sql`select setval('students_id_seq', ${students}::int)`);

  // Student i goes to school (i - 1) / studentsPerSchool, in grade i mod 12.
  await db.execute(sql`
    insert into enrolments (id, student_id, organization_id, school_year, grade, letter, letter_sort_key, study_form, status, graduation)
    select i, i, school.id, ${schoolYear}::int, i % 12, 'А', '01', 'full_time',
      case when i % 100 < 85 then 'active' when i % 100 < 93 then 'graduated' when i % 100 < 95 then 'pending_departure' else 'departed' end,
      case when i % 100 between 85 and 92 then jsonb_build_object('graduationYear', ${schoolYear + 1}::int, 'documentKind', 'general_secondary_attestat') end
    from generate_series(1, ${students}::int) i
    join lateral (
      select 500000 + ((i - 1) / ${shape.studentsPerSchool}::int / ${shape.schoolsPerDistrict}::int + 1) * 1000 + ((i - 1) / ${shape.studentsPerSchool}::int) % ${shape.schoolsPerDistrict}::int + 1 as id
    ) school on true
  `);
  await db.execute(sql`select setval('enrolments_id_seq', ${students}::int)`);

  await insertPassports(db);
  await insertTransfers(db, schoolYear);
  await db.execute(sql`analyze`);

  return students;
}

/** Complete passports for the active students, from a plan of (grade, indicator, value) rows; every tenth lacks its address. */
async function insertPassports(db: Executor): Promise<void> {
  const plan = Array.from({ length: 12 }, (_, grade) => Object.entries(completePassport(grade)).map(([code, value]) => ({ grade, code, value }))).flat();

  await db.execute(sql`create temporary table bench_passport_plan (grade smallint, code text, value jsonb)`);
  await db.execute(sql`
    insert into bench_passport_plan (grade, code, value) values
    ${sql.join(plan.map((row) => sql`(${row.grade}, ${row.code}, ${JSON.stringify(row.value)}::jsonb)`), sql`, `)}
  `);
  await db.execute(sql`
    insert into passport_values (student_id, organization_id, indicator_code, value)
    select e.student_id, e.organization_id, plan.code, plan.value
    from enrolments e join bench_passport_plan plan on plan.grade = e.grade
    where e.status = 'active' and not (e.student_id % 10 = 0 and plan.code = 'address')
  `);
  await db.execute(sql`drop table bench_passport_plan`);
}

/** Transfer records for a third of the active students of grades 1-8, as the transfer writes them; every twentieth one undone. */
async function insertTransfers(db: Executor, schoolYear: number): Promise<void> {
  const state = (grade: string, year: number) =>
    sql.raw(`jsonb_build_object('organizationId', e.organization_id, 'schoolYear', ${year}, 'grade', ${grade}, 'letter', 'А', 'status', 'active', 'studyForm', 'full_time', 'graduation', null)`);

  await db.execute(sql`
    insert into movements (batch_id, student_id, enrolment_id, organization_id, kind, before, after)
    select '00000000-0000-4000-8000-000000000001', e.student_id, e.id, e.organization_id, 'transfer', ${state('e.grade - 1', schoolYear)}, ${state('e.grade', schoolYear + 1)}
    from enrolments e
    where e.status = 'active' and e.grade between 2 and 9 and e.student_id % 3 = 0
  `);
  await db.execute(sql`
    insert into movements (batch_id, student_id, enrolment_id, organization_id, kind, undoes_movement_id, before, after)
    select '00000000-0000-4000-8000-000000000002', m.student_id, m.enrolment_id, m.organization_id, 'undo', m.id, m.after, m.before
    from movements m where m.kind = 'transfer' and m.id % 20 = 0
  `);
}
