import { afterAll, beforeAll, expect, it } from 'vitest';
import { asc, eq, inArray } from 'drizzle-orm';
import { movements, passportValues } from '../../src/db/schema.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseSnapshot, enrolmentsOf as enrolmentsOfStudents } from '../support/snapshot.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';
import { mutableClock } from '../support/mutable-clock.js';

const SCHOOL = 621;
const OTHER_SCHOOL = 622;

const grade9Graduation = {
  documentKind: 'basic_secondary_attestat',
  departureDate: '2026-06-10',
  orderDate: '2026-06-09',
  orderNumber: '31-у',
};

describeEachDatabase('admission API', (kind) => {
  const clock = mutableClock('2026-06-20T10:00:00+05:00');
  let api: TestApp;
  let cookie: string;
  let otherCookie: string;
  let nextName = 0;

  /** Seed grade-9 students of `organizationId` and graduate them there with `destination`. */
  const graduates = async (count: number, destination: string, organizationId = SCHOOL, session = cookie) => {
    const ids = await insertStudents(
      api.context.db,
      organizationId,
      Array.from({ length: count }, () => ({ lastName: `Түлек${String(nextName++).padStart(4, '0')}`, firstName: 'Арман', grade: 9, letter: 'А', passport: completePassport(9) })),
    );
    const response = await api.request({
      method: 'POST',
      url: `/api/v1/organizations/${organizationId}/graduation`,
      cookie: session,
      body: { ...grade9Graduation, destination, studentIds: ids },
    });
    if (response.statusCode !== 200) throw new Error(`graduation failed: ${response.body}`);
    return ids;
  };

  const admit = (body: object, session = cookie, organizationId = SCHOOL) =>
    api.request({ method: 'POST', url: `/api/v1/organizations/${organizationId}/admission`, cookie: session, body, language: 'en' });

  const list = (query = '', session = cookie) => api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/admission${query}`, cookie: session });

  const undo = (studentId: number, session = cookie) =>
    api.request({ method: 'POST', url: `/api/v1/students/${studentId}/admission/undo`, cookie: session, language: 'en' });

  const enrolmentsOf = (ids: number[]) => enrolmentsOfStudents(api.context.db, ids);

  const snapshot = () => databaseSnapshot(api.context.db);

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    const { db } = api.context;

    await insertSchool(db, { id: SCHOOL });
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertOperator(db, 'school621', SCHOOL);
    await insertOperator(db, 'school622', OTHER_SCHOOL);

    cookie = await api.login('school621', TEST_PASSWORD);
    otherCookie = await api.login('school622', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('lists only the graduates who continue at the school', async () => {
    const continuing = await graduates(2, 'continues_at_school');
    const leaving = await graduates(1, 'college');

    const response = await list();

    expect(response.statusCode).toBe(200);
    const ids = response.json().eligible.map((student: { id: number }) => student.id);
    expect(ids).toEqual(expect.arrayContaining(continuing));
    expect(ids).not.toContain(leaving[0]);
    expect(response.json().eligible[0]).toMatchObject({ grade: 9, admissionGrade: 10, documentKind: 'basic_secondary_attestat', status: 'graduated' });
  });

  it('admits graduates into grade 10 with the chosen letter in one batch', async () => {
    const ids = await graduates(5, 'continues_at_school');
    const valuesBefore = await api.context.db.select().from(passportValues).where(inArray(passportValues.studentId, ids)).orderBy(asc(passportValues.studentId), asc(passportValues.indicatorCode));

    const response = await admit({ studentIds: ids, letter: 'Б' });

    expect(response.statusCode).toBe(200);
    const { batchId, admitted } = response.json();
    expect(admitted).toBe(5);

    const rows = await enrolmentsOf(ids);
    expect(rows.map((row) => [row.status, row.grade, row.letter, row.schoolYear])).toEqual(Array(5).fill(['active', 10, 'Б', 2026]));
    expect(rows[0].graduation).toMatchObject({ destination: 'continues_at_school', graduationYear: 2026 });

    const logged = await api.context.db.select().from(movements).where(eq(movements.batchId, batchId));
    expect(logged).toHaveLength(5);
    expect(logged[0]).toMatchObject({ kind: 'admission', organizationId: SCHOOL });
    expect(logged[0].before).toMatchObject({ status: 'graduated', grade: 9, letter: 'А', schoolYear: 2025 });
    expect(logged[0].after).toMatchObject({ status: 'active', grade: 10, letter: 'Б', schoolYear: 2026 });

    const valuesAfter = await api.context.db.select().from(passportValues).where(inArray(passportValues.studentId, ids)).orderBy(asc(passportValues.studentId), asc(passportValues.indicatorCode));
    expect(valuesAfter).toEqual(valuesBefore);

    expect((await list()).json().eligible.map((student: { id: number }) => student.id)).not.toContain(ids[0]);
    const listed = (await list('?state=admitted')).json().admitted.filter((student: { id: number }) => ids.includes(student.id));
    expect(listed).toHaveLength(5);
    expect(listed[0]).toMatchObject({ grade: 10, fromGrade: 9, letter: 'Б', canUndo: true });

    const contingent = (await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/students?grade=10`, cookie })).json();
    expect(contingent.items.map((student: { id: number }) => student.id)).toEqual(expect.arrayContaining(ids));
  });

  it('keeps each letter when none is chosen', async () => {
    const [id] = await graduates(1, 'continues_at_school');

    expect((await admit({ studentIds: [id] })).statusCode).toBe(200);

    expect((await enrolmentsOf([id]))[0]).toMatchObject({ grade: 10, letter: 'А' });
  });

  it('makes the graduation final once the student is admitted', async () => {
    const [id] = await graduates(1, 'continues_at_school');
    expect((await admit({ studentIds: [id] })).statusCode).toBe(200);

    const response = await api.request({ method: 'POST', url: `/api/v1/students/${id}/graduation/undo`, cookie });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'graduation.undo_not_latest' });
  });

  it('rejects graduates who do not continue and writes nothing', async () => {
    const [continuing] = await graduates(1, 'continues_at_school');
    const [leaving] = await graduates(1, 'college');
    const before = await snapshot();

    const response = await admit({ studentIds: [continuing, leaving] });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'admission.not_eligible' });
    expect(response.json().errors).toEqual([{ field: 'studentIds.1', code: 'admission.not_eligible', params: { studentId: leaving, reason: 'destination' } }]);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects an active student', async () => {
    const [active] = await insertStudents(api.context.db, SCHOOL, [{ lastName: 'Белсенді', firstName: 'Ерлан', grade: 9, letter: 'А', passport: completePassport(9) }]);

    const response = await admit({ studentIds: [active] });

    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'studentIds.0', code: 'admission.not_eligible', params: { studentId: active, reason: 'not_graduated' } }]);
  });

  it('rejects a letter outside the Kazakh alphabet', async () => {
    const [id] = await graduates(1, 'continues_at_school');

    const response = await admit({ studentIds: [id], letter: '1' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'admission.letter_unknown', errors: [{ field: 'letter', code: 'admission.letter_unknown' }] });
    expect(response.json().message).toMatch(/letter of the Kazakh alphabet/);
    expect((await enrolmentsOf([id]))[0].status).toBe('graduated');
  });

  it('refuses to admit a student twice', async () => {
    const [id] = await graduates(1, 'continues_at_school');
    expect((await admit({ studentIds: [id] })).statusCode).toBe(200);

    const again = await admit({ studentIds: [id] });

    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'admission.already_admitted' });
  });

  it('rejects another school\'s graduate', async () => {
    const [theirs] = await graduates(1, 'continues_at_school', OTHER_SCHOOL, otherCookie);

    const response = await admit({ studentIds: [theirs] });

    expect(response.statusCode).toBe(404);
    expect((await enrolmentsOf([theirs]))[0].status).toBe('graduated');
    expect((await list('', otherCookie)).statusCode).toBe(404);
  });

  it('undo returns the student to the graduates exactly as before', async () => {
    const [id] = await graduates(1, 'continues_at_school');
    const [before] = await enrolmentsOf([id]);
    expect((await admit({ studentIds: [id], letter: 'Ө' })).statusCode).toBe(200);

    expect((await undo(id, otherCookie)).statusCode).toBe(404);
    const response = await undo(id);

    expect(response.statusCode).toBe(200);
    const [restored] = await enrolmentsOf([id]);
    expect({ ...restored, updatedAt: null }).toEqual({ ...before, updatedAt: null });
    expect((await list()).json().eligible.map((student: { id: number }) => student.id)).toContain(id);

    const again = await undo(id);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'admission.not_admitted' });
  });
});
