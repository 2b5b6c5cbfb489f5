import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { movements, passportValues } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseSnapshot, enrolmentsOf as enrolmentsOfStudents } from '../support/snapshot.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { mutableClock } from '../support/mutable-clock.js';

const SCHOOL = 611;
const OTHER_SCHOOL = 612;
const JUNE_20 = '2026-06-20T10:00:00+05:00';

describeEachDatabase('transfer API', (kind) => {
  const clock = mutableClock(JUNE_20);
  let api: TestApp;
  let cookie: string;
  let otherCookie: string;
  let nextName = 0;

  const seed = (count: number, overrides: Partial<StudentSeed> = {}, organizationId = SCHOOL) =>
    insertStudents(
      api.context.db,
      organizationId,
      Array.from({ length: count }, () => ({
        lastName: `Оқушы${String(nextName++).padStart(4, '0')}`,
        firstName: 'Дана',
        grade: 5,
        letter: 'Ә',
        passport: completePassport(overrides.grade ?? 5),
        ...overrides,
      })),
    );

  const transfer = (studentIds: number[], session = cookie, organizationId = SCHOOL) =>
    api.request({ method: 'POST', url: `/api/v1/organizations/${organizationId}/transfer`, cookie: session, body: { studentIds }, language: 'en' });

  const list = (query = '', session = cookie) => api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/transfer${query}`, cookie: session });

  const undo = (studentId: number, session = cookie) =>
    api.request({ method: 'POST', url: `/api/v1/students/${studentId}/transfer/undo`, cookie: session, language: 'en' });

  const enrolmentsOf = (ids: number[]) => enrolmentsOfStudents(api.context.db, ids);

  const snapshot = () => databaseSnapshot(api.context.db);

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    const { db } = api.context;

    await insertSchool(db, { id: SCHOOL });
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertOperator(db, 'school611', SCHOOL);
    await insertOperator(db, 'school612', OTHER_SCHOOL);

    cookie = await api.login('school611', TEST_PASSWORD);
    otherCookie = await api.login('school612', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('lists ready and not ready students of the grades that move up', async () => {
    const [ready] = await seed(1, { grade: 3 });
    const { nationality: _nationality, ...incomplete } = completePassport(3);
    const [notReady] = await seed(1, { grade: 3, passport: incomplete });
    const [graduating] = await seed(1, { grade: 9, passport: completePassport(9) });

    const response = await list('?grade=3');

    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.schoolYear).toBe(2025);
    expect(body.eligible.map((student: { id: number }) => student.id)).toEqual([ready]);
    expect(body.notReady).toEqual([expect.objectContaining({ student: expect.objectContaining({ id: notReady }), missing: ['nationality'] })]);

    const everyGrade = (await list()).json();
    const listed = [...everyGrade.eligible, ...everyGrade.notReady.map((item: { student: object }) => item.student)].map((student: { id: number }) => student.id);
    expect(listed).not.toContain(graduating);
  });

  it('moves students to the next grade with their letter in one batch', async () => {
    const ids = await seed(20, { grade: 7 });
    const before = await enrolmentsOf(ids);

    const response = await transfer(ids);

    expect(response.statusCode).toBe(200);
    const { batchId, transferred } = response.json();
    expect(transferred).toBe(20);

    const after = await enrolmentsOf(ids);
    expect(after.map((row) => [row.grade, row.letter, row.schoolYear, row.status])).toEqual(Array(20).fill([8, 'Ә', 2026, 'active']));
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));

    const logged = await api.context.db.select().from(movements).where(eq(movements.batchId, batchId));
    expect(logged).toHaveLength(20);
    expect(logged.every((movement) => movement.kind === 'transfer' && movement.organizationId === SCHOOL)).toBe(true);
    expect(logged[0].before).toMatchObject({ grade: 7, schoolYear: 2025, letter: 'Ә', status: 'active' });
    expect(logged[0].after).toMatchObject({ grade: 8, schoolYear: 2026, letter: 'Ә', status: 'active' });

    const moved = (await list('?state=transferred&grade=8')).json().transferred;
    expect(moved.map((student: { id: number }) => student.id).sort()).toEqual([...ids].sort());
    expect(moved[0]).toMatchObject({ grade: 8, fromGrade: 7, canUndo: true });

    const remaining = (await list('?grade=7')).json();
    expect(remaining.eligible).toEqual([]);
  });

  it('keeps every passport value', async () => {
    const [id] = await seed(1, { grade: 2, passport: completePassport(2) });
    const valuesBefore = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, id)).orderBy(asc(passportValues.indicatorCode));

    expect((await transfer([id])).statusCode).toBe(200);

    const valuesAfter = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, id)).orderBy(asc(passportValues.indicatorCode));
    expect(valuesAfter).toEqual(valuesBefore);
  });

  it('rejects grade 9 and the final grade and writes nothing', async () => {
    const [ready] = await seed(1, { grade: 4 });
    const [grade9] = await seed(1, { grade: 9, passport: completePassport(9) });
    const [grade11] = await seed(1, { grade: 11, passport: completePassport(11) });
    const before = await snapshot();

    const response = await transfer([ready, grade9, grade11]);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'transfer.grade_is_graduating' });
    expect(response.json().errors).toEqual([
      { field: 'studentIds.1', code: 'transfer.grade_is_graduating', params: { studentId: grade9, grade: 9 } },
      { field: 'studentIds.2', code: 'transfer.grade_is_graduating', params: { studentId: grade11, grade: 11 } },
    ]);
    expect(response.json().message).toMatch(/graduate instead of moving up/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to transfer a student twice in one school year', async () => {
    const [id] = await seed(1, { grade: 1 });
    expect((await transfer([id])).statusCode).toBe(200);
    const before = await snapshot();

    const again = await transfer([id]);

    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'transfer.already_transferred' });
    expect(await snapshot()).toEqual(before);
    expect((await enrolmentsOf([id]))[0].grade).toBe(2);
  });

  it('rejects the whole request for a student of another school', async () => {
    const ours = await seed(3, { grade: 6 });
    const [theirs] = await seed(1, { grade: 6 }, OTHER_SCHOOL);
    const before = await snapshot();

    const response = await transfer([...ours, theirs]);

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'student.not_found' });
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a student with indicators to fill', async () => {
    const { nationality: _nationality, ...incomplete } = completePassport(6);
    const [id] = await seed(1, { grade: 6, passport: incomplete });

    const response = await transfer([id]);

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'studentIds.0', code: 'transfer.not_ready', params: { studentId: id, missing: 'nationality' } }]);
  });

  it('rejects students who are not in the contingent', async () => {
    const [pending] = await seed(1, { grade: 6, status: 'pending_departure' });
    const [departed] = await seed(1, { grade: 6, status: 'departed' });

    const response = await transfer([pending, departed]);

    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([
      { field: 'studentIds.0', code: 'transfer.not_active', params: { studentId: pending, status: 'pending_departure' } },
      { field: 'studentIds.1', code: 'transfer.not_active', params: { studentId: departed, status: 'departed' } },
    ]);
  });

  it('rejects a repeated student id', async () => {
    const [id] = await seed(1, { grade: 6 });

    const response = await transfer([id, id]);

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'studentIds.1', code: 'transfer.student_ids_duplicate', params: {} }]);
  });

  it('keeps a student moved up into grade 9 out of this year\'s graduation', async () => {
    const [id] = await seed(1, { grade: 8, passport: completePassport(9) });
    expect((await transfer([id])).statusCode).toBe(200);

    const candidates = (await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduation?grade=9`, cookie })).json();
    const listed = [...candidates.eligible, ...candidates.notReady.map((item: { student: object }) => item.student)].map((student: { id: number }) => student.id);
    expect(listed).not.toContain(id);

    const graduation = await api.request({
      method: 'POST',
      url: `/api/v1/organizations/${SCHOOL}/graduation`,
      cookie,
      body: { studentIds: [id], documentKind: 'basic_secondary_attestat', departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '1', destination: 'college' },
    });
    expect(graduation.statusCode).toBe(409);
    expect(graduation.json()).toMatchObject({ code: 'graduation.next_school_year' });
  });

  it('undo restores the exact prior values', async () => {
    const [id] = await seed(1, { grade: 5, letter: 'Ғ', studyForm: 'home_schooling' });
    const [before] = await enrolmentsOf([id]);
    expect((await transfer([id])).statusCode).toBe(200);

    const response = await undo(id);

    expect(response.statusCode).toBe(200);
    expect(response.json().student.enrolment).toMatchObject({ grade: 5, letter: 'Ғ', schoolYear: 2025, status: 'active' });
    const [restored] = await enrolmentsOf([id]);
    expect({ ...restored, updatedAt: null }).toEqual({ ...before, updatedAt: null });

    const undoMovements = await api.context.db.select().from(movements).where(and(eq(movements.studentId, id), eq(movements.kind, 'undo')));
    expect(undoMovements).toHaveLength(1);
    expect(undoMovements[0].after).toMatchObject({ grade: 5, schoolYear: 2025 });

    expect((await list('?grade=5')).json().eligible.map((student: { id: number }) => student.id)).toContain(id);
    expect((await list('?state=transferred&grade=6')).json().transferred.map((student: { id: number }) => student.id)).not.toContain(id);

    const again = await undo(id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'transfer.not_transferred' });
  });

  it('refuses to undo a transfer that is not the latest movement', async () => {
    const [id] = await seed(1, { grade: 5 });
    expect((await transfer([id])).statusCode).toBe(200);
    const correction = await api.request({ method: 'PATCH', url: `/api/v1/students/${id}`, cookie, body: { letter: 'Б' } });
    expect(correction.statusCode).toBe(200);

    const listed = (await list('?state=transferred&grade=6')).json().transferred.find((student: { id: number }) => student.id === id);
    expect(listed.canUndo).toBe(false);

    const response = await undo(id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'movement.undo_not_latest' });
    expect((await enrolmentsOf([id]))[0]).toMatchObject({ grade: 6, letter: 'Б' });
  });

  it('hides another school\'s transfers', async () => {
    const [id] = await seed(1, { grade: 5 });
    expect((await transfer([id])).statusCode).toBe(200);

    expect((await undo(id, otherCookie)).statusCode).toBe(404);
    expect((await list('', otherCookie)).statusCode).toBe(404);
    expect((await transfer([id], otherCookie)).statusCode).toBe(404);
  });

  it('refuses to undo a transfer once its school year is over', async () => {
    const [id] = await seed(1, { grade: 5 });
    expect((await transfer([id])).statusCode).toBe(200);

    try {
      clock.set('2027-06-10T10:00:00+05:00');
      cookie = await api.login('school611', TEST_PASSWORD);

      const response = await undo(id);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'movement.undo_year_closed' });
    } finally {
      clock.set(JUNE_20);
      cookie = await api.login('school611', TEST_PASSWORD);
    }
  });
});
