import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { enrolments, events, organizations, passportValues, students, territories, users } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { DEFAULT_DICTIONARIES, DICTIONARY_NAMES } from '../../src/domain/dictionaries.js';
import { parseIin } from '../../src/domain/iin.js';
import { kazakhSortKey, nameSortKey } from '../../src/domain/kazakh-order.js';
import { computeFill } from '../../src/domain/passport/fill.js';
import { PASSPORT_DICTIONARIES, validatePassportValues } from '../../src/domain/passport/index.js';
import { verifyPassword } from '../../src/server/features/accounts/passwords.js';
import { importKato } from '../../src/server/features/territories/import-kato.js';
import { seedDemoSchool, type DemoSeedResult } from '../../src/seed/demo-school.js';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../support/database.js';

// 20 May 2026 lies in school year 2025-2026.
const clock = fixedClock('2026-05-20');
const SCHOOL_YEAR = 2025;

interface SeededStudent {
  id: number;
  iin: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  nameSortKey: string;
  birthDate: string;
  sex: 'male' | 'female';
  grade: number;
  letter: string;
  letterSortKey: string;
  studyForm: string;
  status: string;
  schoolYear: number;
  values: Record<string, unknown>;
}

async function loadStudents(db: Database): Promise<SeededStudent[]> {
  const rows = await db
    .select({
      id: students.id,
      iin: students.iin,
      lastName: students.lastName,
      firstName: students.firstName,
      middleName: students.middleName,
      nameSortKey: students.nameSortKey,
      birthDate: students.birthDate,
      sex: students.sex,
      grade: enrolments.grade,
      letter: enrolments.letter,
      letterSortKey: enrolments.letterSortKey,
      studyForm: enrolments.studyForm,
      status: enrolments.status,
      schoolYear: enrolments.schoolYear,
    })
    .from(students)
    .innerJoin(enrolments, eq(enrolments.studentId, students.id))
    .orderBy(asc(students.iin));

  // Read as text: drizzle-orm 0.45's jsonb() parses a string value a second time, so "596430100" would come back as a number.
  const values = await db
    .select({ studentId: passportValues.studentId, indicatorCode: passportValues.indicatorCode, json: sql<string>`${passportValues.value}::text` })
    .from(passportValues);
  const byStudent = new Map<number, Record<string, unknown>>();
  for (const value of values) {
    const passport = byStudent.get(value.studentId) ?? {};
    passport[value.indicatorCode] = JSON.parse(value.json);
    byStudent.set(value.studentId, passport);
  }

  return rows.map((row) => ({ ...row, values: byStudent.get(row.id) ?? {} }));
}

function missingOf(student: SeededStudent): string[] {
  return computeFill(student.values, { grade: student.grade, finalGrade: 11 }).missing;
}

describeEachDatabase('demo school seed', (kind) => {
  let first: TestDatabase;
  let second: TestDatabase;
  let firstResult: DemoSeedResult;
  let secondResult: DemoSeedResult;
  let firstStatements = 0;
  let seeded: SeededStudent[];

  beforeAll(async () => {
    first = await createTestDatabase(kind, { logger: { logQuery: () => void (firstStatements += 1) } });
    second = await createTestDatabase(kind);

    firstStatements = 0;
    firstResult = await seedDemoSchool(first.handle.db, { clock });
    secondResult = await seedDemoSchool(second.handle.db, { clock, password: 'operator-pass-1', adminPassword: 'admin-pass-12' });

    seeded = await loadStudents(first.handle.db);
  });

  afterAll(async () => {
    await first?.drop();
    await second?.drop();
  });

  it('creates the school and about 250 students', async () => {
    const db = first.handle.db;

    expect(firstResult.seeded).toBe(true);
    expect(firstResult.students).toBe(250);
    expect(seeded).toHaveLength(250);
    // The inserts are batched: the count does not grow with the students.
    expect(firstStatements).toBeLessThan(40);

    const [organization] = await db.select().from(organizations);
    expect(organization).toMatchObject({ id: 17009, kato: '596430100', finalGrade: 11 });
    expect(organization.nameRu).toBe('КГУ «Кишкенекольская казахская школа-гимназия»');
    expect(organization.nameKk).toBe('«Кішкенекөл қазақ мектеп-гимназиясы» КММ');

    const path = await db.select().from(territories).orderBy(asc(territories.kato));
    expect(path.map((territory) => `${territory.kato}:${territory.level}:${territory.parentKato}`)).toEqual([
      '000000000:country:null',
      '590000000:oblast:000000000',
      '596400000:district:590000000',
      '596430000:sub_district:596400000',
      '596430100:settlement:596430000',
    ]);

    const seededEvents = await db.select().from(events).where(eq(events.name, 'demo.seeded'));
    expect(seededEvents).toHaveLength(1);
  });

  it('spreads students over grades and letters', () => {
    const grades = [...new Set(seeded.map((student) => student.grade))].sort((a, b) => a - b);
    expect(grades).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

    for (const grade of grades) {
      const count = seeded.filter((student) => student.grade === grade).length;
      expect(count, `students in grade ${grade}`).toBeGreaterThanOrEqual(15);
      expect(count, `students in grade ${grade}`).toBeLessThanOrEqual(25);
    }

    const letters = new Set(seeded.map((student) => student.letter));
    expect([...letters].every((letter) => ['А', 'Ә', 'Б'].includes(letter))).toBe(true);
    expect(letters.size).toBe(3);

    for (const student of seeded) {
      expect(student.status).toBe('active');
      expect(student.schoolYear).toBe(SCHOOL_YEAR);
      expect(student.letterSortKey).toBe(kazakhSortKey(student.letter));
      expect(student.nameSortKey).toBe(nameSortKey(student.lastName, student.firstName, student.middleName));
    }
  });

  it('sets study forms', () => {
    const external = seeded.filter((student) => student.studyForm === 'external_study');
    const home = seeded.filter((student) => student.studyForm === 'home_schooling');
    const fullTime = seeded.filter((student) => student.studyForm === 'full_time');

    expect(external.length).toBeGreaterThanOrEqual(2);
    expect(external.length).toBeLessThanOrEqual(3);
    expect(external.every((student) => student.grade === 11)).toBe(true);
    expect(home).toHaveLength(1);
    expect(fullTime).toHaveLength(250 - external.length - 1);
  });

  it('gives valid IINs that match birth date and sex', () => {
    expect(new Set(seeded.map((student) => student.iin)).size).toBe(seeded.length);

    for (const student of seeded) {
      const parsed = parseIin(student.iin);
      expect(parsed, student.iin).toEqual({ ok: true, birthDate: student.birthDate, sex: student.sex });
      expect(Number(student.iin.slice(7, 11)), `serial of ${student.iin}`).toBeGreaterThanOrEqual(9000);

      const expectedYear = SCHOOL_YEAR - 6 - student.grade;
      const birthYear = Number(student.birthDate.slice(0, 4));
      expect(Math.abs(birthYear - expectedYear), `birth year of a grade-${student.grade} student`).toBeLessThanOrEqual(1);
    }
  });

  it('writes mostly Kazakh names with patronymics', () => {
    const kazakhPatronymics = seeded.filter((student) => /(ұлы|қызы)$/.test(student.middleName ?? ''));
    const russianPatronymics = seeded.filter((student) => /(вич|вна)$/.test(student.middleName ?? ''));

    expect(kazakhPatronymics.length).toBeGreaterThan(seeded.length * 0.7);
    expect(russianPatronymics.length).toBeGreaterThan(0);
    expect(seeded.some((student) => /[ӘҒҚҢӨҰҮІ]/.test(student.lastName + student.firstName))).toBe(true);

    for (const student of seeded) {
      if (/ұлы$|вич$/.test(student.middleName ?? '')) expect(student.sex).toBe('male');
      if (/қызы$|вна$/.test(student.middleName ?? '')) expect(student.sex).toBe('female');
    }
  });

  it('fills passports in varied states', () => {
    const complete = seeded.filter((student) => missingOf(student).length === 0);
    expect(complete.length).toBeGreaterThan(seeded.length * 0.9);

    const attestatFields = ['attestat_series', 'attestat_number', 'attestat_issue_date'];
    const withoutAttestat = (grade: number) =>
      seeded.filter((student) => student.grade === grade && missingOf(student).some((code) => attestatFields.includes(code)));
    expect(withoutAttestat(9).length).toBeGreaterThanOrEqual(2);
    expect(withoutAttestat(11).length).toBeGreaterThanOrEqual(1);

    const otherIncomplete = seeded.filter((student) => student.grade !== 9 && student.grade !== 11 && missingOf(student).length > 0);
    expect(otherIncomplete.length).toBeGreaterThanOrEqual(2);
    expect(otherIncomplete.length).toBeLessThanOrEqual(3);

    const candidates = seeded.filter((student) => student.values.altyn_belgi_candidate === true);
    const confirmed = candidates.filter((student) => student.values.altyn_belgi_confirmed === true);
    expect(candidates.length).toBeGreaterThanOrEqual(4);
    expect(candidates.length).toBeLessThanOrEqual(6);
    expect(candidates.every((student) => student.grade === 11)).toBe(true);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeLessThan(candidates.length);
  });

  it('stores passport values that pass validation', () => {
    const dictionaries: Record<string, string[]> = { countries: ['KZ', 'RU'] };
    for (const name of DICTIONARY_NAMES) dictionaries[name] = DEFAULT_DICTIONARIES[name].map((entry) => entry.code);
    expect(PASSPORT_DICTIONARIES.every((name) => name in dictionaries)).toBe(true);

    for (const student of seeded) {
      expect(validatePassportValues(student.values, dictionaries), student.iin).toEqual([]);
    }
  });

  it('is deterministic across databases', async () => {
    const other = await loadStudents(second.handle.db);
    const identity = (student: SeededStudent) => `${student.iin} ${student.lastName} ${student.firstName} ${student.middleName} ${student.grade}${student.letter}`;

    expect(other.map(identity)).toEqual(seeded.map(identity));
    expect(other.map((student) => student.values)).toEqual(seeded.map((student) => student.values));
  });

  it('creates the operator and admin accounts', async () => {
    expect(firstResult.password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(firstResult.adminPassword).toMatch(/^[A-Za-z0-9]{16}$/);

    const accounts = await first.handle.db.select().from(users).orderBy(asc(users.username));
    expect(accounts.map((user) => [user.username, user.role, user.organizationId])).toEqual([
      ['admin', 'admin', null],
      ['operator', 'operator', 17009],
    ]);

    const operator = accounts.find((user) => user.username === 'operator')!;
    expect(operator.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(operator.passwordHash, firstResult.password!)).toBe(true);
    expect(await verifyPassword(operator.passwordHash, 'wrong-password')).toBe(false);
  });

  it('uses the given passwords without returning them', async () => {
    expect(secondResult.password).toBeUndefined();
    expect(secondResult.adminPassword).toBeUndefined();

    const [operator] = await second.handle.db.select().from(users).where(eq(users.username, 'operator'));
    const [admin] = await second.handle.db.select().from(users).where(eq(users.username, 'admin'));
    expect(await verifyPassword(operator.passwordHash, 'operator-pass-1')).toBe(true);
    expect(await verifyPassword(admin.passwordHash, 'admin-pass-12')).toBe(true);
  });

  it('does nothing the second time', async () => {
    const db = first.handle.db;

    const again = await seedDemoSchool(db, { clock });

    expect(again).toEqual({ seeded: false, students: 0 });
    const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(students);
    expect(count).toBe(250);
    const seededEvents = await db.select().from(events).where(eq(events.name, 'demo.seeded'));
    expect(seededEvents).toHaveLength(1);
  });

  it('keeps imported territories', async () => {
    const database = await createTestDatabase(kind);
    try {
      const db = database.handle.db;
      await importKato(
        db,
        [
          'kato,kato_version,level,type_code,name_ru,name_kk',
          '590000000,NK RK 11-2025,oblast,0,Северо-Казахстанская область,Солтүстік Қазақстан облысы',
          '596400000,NK RK 11-2025,district,2,Уалихановский район,Уәлиханов ауданы',
          '596430000,NK RK 11-2025,sub_district,2,Кишкенекольский с.о.,Кішкенекөл а.о.',
          '596430100,NK RK 11-2025,settlement,2,село Кишкенеколь,Кішкенекөл ауылы',
        ].join('\n'),
      );

      const result = await seedDemoSchool(db, { clock, password: 'operator-pass-1', adminPassword: 'admin-pass-12' });

      expect(result.seeded).toBe(true);
      const [settlement] = await db.select().from(territories).where(eq(territories.kato, '596430100'));
      expect(settlement.nameKk).toBe('Кішкенекөл ауылы');
      const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(territories);
      expect(count).toBe(5);
    } finally {
      await database.drop();
    }
  });
});
