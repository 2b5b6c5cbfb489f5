import ExcelJS from 'exceljs';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { enrolments, events, movements, type EnrolmentState } from '../../src/db/schema.js';
import { computeFill } from '../../src/domain/passport/fill.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { movableClock } from '../support/clock.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { insertSchoolInDistrict, insertTestTerritories } from '../support/territories.js';

const SCHOOL_A = 7101;
const SCHOOL_B = 7102;
const SCHOOL_C = 7103;
const SCHOOL_D = 7104;

const student = (grade: number, passport: Record<string, unknown> | undefined, extra: Partial<StudentSeed> = {}): StudentSeed => ({ lastName: 'Оқушы', firstName: 'Айбек', grade, letter: 'А', passport, ...extra });

/** A small seeded generator, so the random passports are the same in every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describeEachDatabase('year-end progress', (kind) => {
  const clock = movableClock('2026-06-20T10:00:00+05:00');
  const statements: string[] = [];
  let api: TestApp;
  let ministry: string;
  let randomNotReady: Map<number, number>;

  beforeAll(async () => {
    api = await createTestApp(kind, { clock, logger: { logQuery: (query) => void statements.push(query) } });
    const db = api.context.db;
    await insertTestTerritories(db);
    await insertSchoolInDistrict(db, { id: SCHOOL_A, district: '596400000', nameKk: 'Ақ мектеп', nameRu: 'Белая школа' });
    await insertSchoolInDistrict(db, { id: SCHOOL_B, district: '596400000', nameKk: 'Бағыт мектебі', nameRu: 'Школа Бағыт', finalGrade: 12 });
    await insertSchoolInDistrict(db, { id: SCHOOL_C, district: '593200000' });
    await insertSchoolInDistrict(db, { id: SCHOOL_D, district: '116400000' });

    // School A: grade 5 (4 active, 1 not ready), grade 9 (2 active, 1 not ready), grade 11 graduates and a pending departure.
    const schoolA = await insertStudents(db, SCHOOL_A, [
      student(5, completePassport(5)),
      student(5, completePassport(5)),
      student(5, completePassport(5)),
      student(5, completePassport(5, 11, { address: null })),
      student(9, completePassport(9)),
      student(9, completePassport(9, 11, { attestat_number: null })),
      student(11, completePassport(11), { status: 'graduated' }),
      student(11, completePassport(11), { status: 'graduated' }),
      student(11, completePassport(11), { status: 'pending_departure' }),
      student(7, completePassport(7), { status: 'departed' }),
    ]);
    await db.update(enrolments).set({ graduation: graduation(2026) }).where(eq(enrolments.studentId, schoolA[6]));
    await db.update(enrolments).set({ graduation: graduation(2025) }).where(eq(enrolments.studentId, schoolA[7]));

    // Two transfers out of grade 4 of 2025–2026, and one of them is undone. An
    // admission of a grade-9 graduate counts; a new student's admission does not.
    await recordMovement(SCHOOL_A, schoolA[0], 'transfer', state(4, 2025, 'active'), state(5, 2026, 'active'));
    const [transferredAgain] = await recordMovement(SCHOOL_A, schoolA[1], 'transfer', state(4, 2025, 'active'), state(5, 2026, 'active'));
    await recordMovement(SCHOOL_A, schoolA[1], 'undo', state(5, 2026, 'active'), state(4, 2025, 'active'), transferredAgain);
    await recordMovement(SCHOOL_A, schoolA[4], 'admission', { ...state(9, 2025, 'graduated'), graduation: graduation(2026) }, state(10, 2026, 'active'));
    await recordMovement(SCHOOL_A, schoolA[2], 'admission', null, state(5, 2025, 'active'));

    // School B, final grade 12: a when rule unmet, a blank value, a foreign citizen without a country.
    await insertStudents(db, SCHOOL_B, [
      student(12, completePassport(12, 12)),
      student(12, completePassport(12, 12, { altyn_belgi_candidate: true, altyn_belgi_confirmed: null })),
      student(3, completePassport(3, 12, { address: '   ' })),
      student(3, completePassport(3, 12, { citizenship: 'foreign', citizenship_country: null })),
      student(3, completePassport(3, 12, { citizenship: 'foreign', citizenship_country: 'RU' })),
    ]);

    // School C: random passports, to compare the query with computeFill.
    const random = seededRandom(20260620);
    const seeds: StudentSeed[] = [];
    for (let index = 0; index < 80; index += 1) {
      const grade = Math.floor(random() * 12);
      const passport = completePassport(grade);
      for (const code of Object.keys(passport)) if (random() < 0.03) delete passport[code];
      if (random() < 0.2) passport.has_disability = true;
      if (random() < 0.2) passport.targeted_social_assistance = true;
      if (random() < 0.1) passport.citizenship = 'foreign';
      if (grade === 11 && random() < 0.5) passport.altyn_belgi_candidate = true;
      seeds.push(student(grade, passport));
    }
    await insertStudents(db, SCHOOL_C, seeds);
    randomNotReady = new Map();
    for (const seed of seeds) {
      if (computeFill(seed.passport ?? {}, { grade: seed.grade, finalGrade: 11 }).missing.length > 0) randomNotReady.set(seed.grade, (randomNotReady.get(seed.grade) ?? 0) + 1);
    }

    await insertStudents(db, SCHOOL_D, [student(1, completePassport(1)), student(1, {})]);

    await createUser(db, { username: 'ministry', password: TEST_PASSWORD, role: 'ministry' });
    await createUser(db, { username: 'region59', password: TEST_PASSWORD, role: 'region', territoryKato: '590000000' });
    await createUser(db, { username: 'district5964', password: TEST_PASSWORD, role: 'district', territoryKato: '596400000' });
    await createUser(db, { username: 'operator', password: TEST_PASSWORD, role: 'operator', organizationId: SCHOOL_A });
    ministry = await api.login('ministry', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  async function recordMovement(organizationId: number, studentId: number, kind: 'transfer' | 'admission' | 'undo', before: EnrolmentState | null, after: EnrolmentState, undoesMovementId?: number) {
    const [enrolment] = await api.context.db.select({ id: enrolments.id }).from(enrolments).where(eq(enrolments.studentId, studentId));
    const rows = await api.context.db
      .insert(movements)
      .values({ batchId: crypto.randomUUID(), studentId, enrolmentId: enrolment.id, organizationId, kind, before, after, undoesMovementId: undoesMovementId ?? null })
      .returning({ id: movements.id });
    return rows.map((row) => row.id);
  }

  function state(grade: number, schoolYear: number, status: EnrolmentState['status']): EnrolmentState {
    return { organizationId: SCHOOL_A, schoolYear, grade, letter: 'А', status, studyForm: 'full_time', graduation: null };
  }

  function graduation(graduationYear: number) {
    return { graduationYear, documentKind: 'general_secondary_attestat', departureDate: `${graduationYear}-06-12`, orderDate: `${graduationYear}-06-12`, orderNumber: '1', destination: 'university', country: null };
  }

  const progress = (kato: string, query = '', cookie = ministry) => api.request({ method: 'GET', url: `/api/v1/territories/${kato}/progress${query}`, cookie });

  it('counts a school per grade', async () => {
    const response = await progress('596400000');
    const body = response.json();
    const schoolA = body.rows.find((row: { organizationId: number }) => row.organizationId === SCHOOL_A);

    expect(response.statusCode).toBe(200);
    expect(body).toMatchObject({ schoolYear: 2025, grouping: 'schools', groupings: ['schools'], territory: { kato: '596400000', level: 'district' } });
    expect(body.territory.path.map((step: { kato: string }) => step.kato)).toEqual(['000000000', '590000000', '596400000']);
    expect(schoolA.grades).toEqual([
      { grade: 4, active: 0, notReady: 0, graduated: 0, transferred: 1, admitted: 0, pending: 0 },
      { grade: 5, active: 4, notReady: 1, graduated: 0, transferred: 0, admitted: 0, pending: 0 },
      { grade: 9, active: 2, notReady: 1, graduated: 0, transferred: 0, admitted: 1, pending: 0 },
      { grade: 11, active: 0, notReady: 0, graduated: 1, transferred: 0, admitted: 0, pending: 1 },
    ]);
    expect(schoolA.totals).toEqual({ active: 6, notReady: 2, graduated: 1, transferred: 1, admitted: 1, pending: 1 });
  });

  it('applies when rules, blank values and the school\'s final grade', async () => {
    const body = (await progress('596400000')).json();
    const schoolB = body.rows.find((row: { organizationId: number }) => row.organizationId === SCHOOL_B);

    expect(schoolB.grades.map((counts: { grade: number; active: number; notReady: number }) => [counts.grade, counts.active, counts.notReady])).toEqual([
      [3, 3, 2],
      [12, 2, 1],
    ]);
  });

  it('agrees with computeFill on random passports', async () => {
    const body = (await progress('593200000')).json();
    const [schoolC] = body.rows;
    const notReady = new Map<number, number>(schoolC.grades.filter((counts: { notReady: number }) => counts.notReady > 0).map((counts: { grade: number; notReady: number }) => [counts.grade, counts.notReady]));

    expect(schoolC.totals.active).toBe(80);
    expect(randomNotReady.size).toBeGreaterThan(3);
    expect(Object.fromEntries(notReady)).toEqual(Object.fromEntries(randomNotReady));
  });

  it('groups an oblast by district and the country by oblast', async () => {
    const oblast = (await progress('590000000')).json();
    const country = (await progress('000000000')).json();

    expect(oblast.grouping).toBe('territories');
    expect(oblast.rows.map((row: { kato: string; schools: number; totals: { active: number } }) => [row.kato, row.schools, row.totals.active])).toEqual([
      ['593200000', 1, 80],
      ['596400000', 2, 11],
    ]);
    expect(country.rows.map((row: { kato: string; kind: string; schools: number }) => [row.kato, row.kind, row.schools])).toEqual([
      ['110000000', 'territory', 1],
      ['590000000', 'territory', 3],
    ]);
    expect(country.totals.active).toBe(93);
    expect(country.grades.find((counts: { grade: number }) => counts.grade === 1).active).toBe(2 + seedCount(oblast, 1));
  });

  it('offers school rows and refuses district rows', async () => {
    const bySchool = (await progress('590000000', '?by=schools')).json();
    const refused = await progress('596400000', '?by=territories');

    expect(bySchool.rows.map((row: { organizationId: number }) => row.organizationId).sort()).toEqual([SCHOOL_A, SCHOOL_B, SCHOOL_C]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'by', code: 'progress.grouping_unavailable', params: { level: 'district' } }]);
  });

  it('shows each role its own territory only', async () => {
    const region = await api.login('region59', TEST_PASSWORD);
    const district = await api.login('district5964', TEST_PASSWORD);
    const operator = await api.login('operator', TEST_PASSWORD);

    expect((await progress('590000000', '', region)).statusCode).toBe(200);
    expect((await progress('596400000', '', region)).statusCode).toBe(200);
    expect((await progress('110000000', '', region)).statusCode).toBe(404);
    expect((await progress('000000000', '', region)).statusCode).toBe(404);
    expect((await progress('596400000', '', district)).statusCode).toBe(200);
    expect((await progress('593200000', '', district)).statusCode).toBe(404);
    expect((await progress('596400000', '', operator)).statusCode).toBe(404);
    expect((await progress('999999999')).statusCode).toBe(404);
  });

  it('answers from one statement whatever the number of schools', async () => {
    const count = async () => {
      statements.length = 0;
      await progress('000000000');
      return statements.filter((statement) => /enrolments|passport_values|movements/.test(statement)).length;
    };

    const before = await count();
    for (let index = 0; index < 5; index += 1) {
      await insertSchoolInDistrict(api.context.db, { id: 7200 + index, district: '113200000' });
      await insertStudents(api.context.db, 7200 + index, [student(2, completePassport(2))]);
    }
    const after = await count();

    expect(before).toBe(1);
    expect(after).toBe(1);
  });

  it('exports the table to Excel with headers in the chosen language', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/v1/territories/596400000/progress/export?lang=ru', headers: { cookie: ministry } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0];
    const rows = summary.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));

    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="progress-596400000-2025.xlsx"');
    expect(rows[0][0]).toBe('Район 5964 — ход завершения учебного года 2025–2026');
    expect(rows[1]).toEqual(['Организация образования', 'Код', 'Организаций', 'В контингенте', 'Не готовы', 'Выпущены', 'Перемещены', 'Приняты', 'В ожидании']);
    expect(rows[2]).toEqual(['Белая школа', '7101', 1, 6, 2, 1, 1, 1, 1]);
    expect(rows.at(-1)).toEqual(['Итого', undefined, 2, 11, 5, 1, 1, 1, 1]);
    expect(workbook.worksheets[1].getRow(2).values).toEqual([undefined, 'Белая школа', '7101', 4, 0, 0, 0, 1, 0, 0]);

    const [event] = await api.context.db.select().from(events).where(eq(events.name, 'export.progress')).orderBy(desc(events.id)).limit(1);
    expect(event.data).toMatchObject({ kato: '596400000', schoolYear: 2025, rows: 2 });
  });

  it('counts only the students of the school year asked for', async () => {
    const earlier = (await progress('596400000', '?schoolYear=2024')).json();
    const schoolA = earlier.rows.find((row: { organizationId: number }) => row.organizationId === SCHOOL_A);

    expect(schoolA.totals).toEqual({ active: 6, notReady: 2, graduated: 1, transferred: 0, admitted: 0, pending: 1 });
  });
});

function seedCount(oblast: { rows: Array<{ grades: Array<{ grade: number; active: number }> }> }, grade: number): number {
  return oblast.rows.flatMap((row) => row.grades).filter((counts) => counts.grade === grade).reduce((sum, counts) => sum + counts.active, 0);
}
