import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { enrolments, organizations, passportValues, students, territories } from '../../src/db/schema.js';
import { DEFAULT_DICTIONARIES, DICTIONARY_NAMES } from '../../src/domain/dictionaries.js';
import { parseIin } from '../../src/domain/iin.js';
import { computeFill } from '../../src/domain/passport/fill.js';
import { validatePassportValues } from '../../src/domain/passport/index.js';
import { FIRST_SCHOOL_ID, planNationalDataset } from '../../src/seed/national/plan.js';
import { generateSchoolStudents } from '../../src/seed/national/students.js';
import { writeNationalDataset } from '../../src/seed/national/write.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/database.js';

const plan = planNationalDataset({ students: 1500, schools: 6, regions: 3, schoolYear: 2025 });

describeEachDatabase('national dataset generator', (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDictionaries(database.handle.db);
  });

  afterAll(async () => database?.drop());

  it('writes every planned school and student', async () => {
    const { db } = database.handle;

    // Two calls, as the benchmark loads a first part and then the rest.
    const first = await writeNationalDataset(db, plan, { toSchool: 2 });
    const rest = await writeNationalDataset(db, plan, { fromSchool: 2 });
    expect(first.students + rest.students).toBe(1500);

    const [{ count: studentCount }] = await db.select({ count: sql<number>`count(*)::int` }).from(students);
    const bySchool = await db
      .select({ organizationId: enrolments.organizationId, count: sql<number>`count(*)::int` })
      .from(enrolments)
      .groupBy(enrolments.organizationId)
      .orderBy(enrolments.organizationId);

    expect(studentCount).toBe(1500);
    expect(bySchool).toEqual(plan.schools.map((school) => ({ organizationId: school.id, count: school.students })));
  });

  it('stores valid IINs that match birth date and sex', async () => {
    const rows = await database.handle.db.select({ iin: students.iin, birthDate: students.birthDate, sex: students.sex }).from(students);

    for (const row of rows) expect(parseIin(row.iin), row.iin).toEqual({ ok: true, birthDate: row.birthDate, sex: row.sex });
  });

  it('stores passports that pass validation, most of them complete', async () => {
    const { db } = database.handle;
    const rows = await db
      .select({ grade: enrolments.grade, passport: sql<Record<string, unknown>>`jsonb_object_agg(${passportValues.indicatorCode}, ${passportValues.value})` })
      .from(passportValues)
      .innerJoin(enrolments, eq(enrolments.studentId, passportValues.studentId))
      .groupBy(passportValues.studentId, enrolments.grade);

    const dictionaries: Record<string, string[]> = { countries: ['KZ'] };
    for (const name of DICTIONARY_NAMES) dictionaries[name] = DEFAULT_DICTIONARIES[name].map((entry) => entry.code);

    let complete = 0;
    for (const row of rows) {
      expect(validatePassportValues(row.passport, dictionaries)).toEqual([]);
      if (computeFill(row.passport, { grade: row.grade, finalGrade: 11 }).missing.length === 0) complete += 1;
    }

    expect(rows).toHaveLength(1500);
    expect(complete / rows.length).toBeGreaterThan(0.9);
    expect(complete).toBeLessThan(rows.length);
  });

  it('links each school to its synthetic settlement', async () => {
    const rows = await database.handle.db
      .select({ id: organizations.id, kato: organizations.kato, level: territories.level })
      .from(organizations)
      .innerJoin(territories, eq(territories.kato, organizations.kato))
      .orderBy(organizations.id);

    expect(rows).toEqual(plan.schools.map((school) => ({ id: school.id, kato: school.kato, level: 'settlement' })));
  });

  it('writes the students the plan describes', async () => {
    const school = plan.schools[3];
    const expected = generateSchoolStudents(plan, school).map((student) => student.iin).sort();
    const stored = await database.handle.db
      .select({ iin: students.iin })
      .from(students)
      .innerJoin(enrolments, eq(enrolments.studentId, students.id))
      .where(eq(enrolments.organizationId, school.id));

    expect(stored.map((row) => row.iin).sort()).toEqual(expected);
  });

  it('refuses to write schools that exist', async () => {
    await expect(writeNationalDataset(database.handle.db, plan)).rejects.toThrow(`organizations ${FIRST_SCHOOL_ID}-${FIRST_SCHOOL_ID + 5}`);
  });
});

it('generate command rejects missing and bad options', async () => {
  const output: string[] = [];
  const io = { out: (line: string) => output.push(line), err: (line: string) => output.push(line) };

  expect(await runCli(['generate', '--schools', '10'], { io, env: {} })).toBe(2);
  expect(output.join('\n')).toContain('--students is required');

  output.length = 0;
  expect(await runCli(['generate', '--students', 'many', '--schools', '10'], { io, env: {} })).toBe(2);
  expect(output.join('\n')).toContain('--students must be a whole number, got "many"');

  output.length = 0;
  expect(await runCli(['generate', '--students', '100', '--schools', '50'], { io, env: {} })).toBe(2);
  expect(output.join('\n')).toContain('100 students in 50 schools');
});
