import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { enrolments, events, movements, passportValues } from '../../src/db/schema.js';
import { computeFill } from '../../src/domain/passport/fill.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { databaseSnapshot, enrolmentsOf as enrolmentsOfStudents } from '../support/snapshot.js';
import { mutableClock } from '../support/mutable-clock.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';

const SCHOOL = 601;
const OTHER_SCHOOL = 602;
// A school whose final grade is 12, with its own students, for the candidate lists.
const SCHOOL_12 = 603;

const JUNE_15 = '2026-06-15T10:00:00+05:00';

const finalGradeRequest = {
  documentKind: 'general_secondary_attestat',
  departureDate: '2026-06-10',
  orderDate: '2026-06-09',
  orderNumber: '45-ө',
  destination: 'university',
};

const grade9Request = { ...finalGradeRequest, documentKind: 'basic_secondary_attestat', destination: 'continues_at_school' };

describeEachDatabase('graduation API', (kind) => {
  const clock = mutableClock(JUNE_15);
  let api: TestApp;
  let cookie: string;
  let otherCookie: string;
  let nextName = 0;

  const seed = (count: number, seedOverrides: Partial<StudentSeed> = {}, organizationId = SCHOOL) =>
    insertStudents(
      api.context.db,
      organizationId,
      Array.from({ length: count }, () => ({
        lastName: `Түлек${String(nextName++).padStart(4, '0')}`,
        firstName: 'Айбек',
        grade: 11,
        letter: 'А',
        passport: completePassport(seedOverrides.grade ?? 11),
        ...seedOverrides,
      })),
    );

  const graduate = (body: object, session = cookie, organizationId = SCHOOL) =>
    api.request({ method: 'POST', url: `/api/v1/organizations/${organizationId}/graduation`, cookie: session, body, language: 'en' });

  const undo = (studentId: number, session = cookie) =>
    api.request({ method: 'POST', url: `/api/v1/students/${studentId}/graduation/undo`, cookie: session, language: 'en' });

  const enrolmentsOf = (ids: number[]) => enrolmentsOfStudents(api.context.db, ids);

  const graduationMovementsOf = (ids: number[]) =>
    api.context.db
      .select()
      .from(movements)
      .where(and(inArray(movements.studentId, ids), eq(movements.kind, 'graduation')))
      .orderBy(asc(movements.id));

  const snapshot = () => databaseSnapshot(api.context.db);

  /** Sessions last 12 hours, so a test that moves the clock by days logs in again. */
  const relogin = async () => {
    cookie = await api.login('school601', TEST_PASSWORD);
  };

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    const { db } = api.context;

    await insertSchool(db, { id: SCHOOL });
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertSchool(db, { id: SCHOOL_12, finalGrade: 12 });
    await insertOperator(db, 'school601', SCHOOL);
    await insertOperator(db, 'school602', OTHER_SCHOOL);
    await insertOperator(db, 'school603', SCHOOL_12);

    cookie = await api.login('school601', TEST_PASSWORD);
    otherCookie = await api.login('school602', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('graduates 30 ready students in one batch', async () => {
    const ids = await seed(30);

    const response = await graduate({ ...finalGradeRequest, studentIds: ids });

    expect(response.statusCode).toBe(200);
    const { batchId, graduated } = response.json();
    expect(graduated).toBe(30);

    const logged = await api.context.db.select().from(movements).where(eq(movements.batchId, batchId));
    expect(logged).toHaveLength(30);
    expect(new Set(logged.map((movement) => movement.studentId))).toEqual(new Set(ids));
    expect(logged.every((movement) => movement.kind === 'graduation' && movement.orderNumber === '45-ө' && movement.orderDate === '2026-06-09')).toBe(true);
    expect(logged[0].before).toMatchObject({ status: 'active', grade: 11, letter: 'А', graduation: null });
    expect(logged[0].after).toMatchObject({ status: 'graduated', grade: 11, letter: 'А' });

    const rows = await enrolmentsOf(ids);
    expect(rows.map((row) => row.status)).toEqual(Array(30).fill('graduated'));
    expect(rows[0].graduation).toEqual({
      graduationYear: 2026,
      documentKind: 'general_secondary_attestat',
      departureDate: '2026-06-10',
      orderDate: '2026-06-09',
      orderNumber: '45-ө',
      destination: 'university',
      country: null,
    });

    const [event] = await api.context.db.select().from(events).where(eq(events.name, 'students.graduated'));
    expect(event.data).toEqual({ batchId, students: 30 });
  });

  it('rejects 30 students when one is not ready and writes nothing', async () => {
    const ids = await seed(30);
    await api.context.db.delete(passportValues).where(and(eq(passportValues.studentId, ids[17]), eq(passportValues.indicatorCode, 'attestat_number')));
    const before = await snapshot();

    const response = await graduate({ ...finalGradeRequest, studentIds: ids });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('graduation.not_ready');
    expect(response.json().errors).toEqual([
      { field: 'studentIds.17', code: 'graduation.not_ready', params: { studentId: ids[17], missing: 'attestat_number' } },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('graduates each student once under concurrent requests', async () => {
    const ids = await seed(10);

    const responses = await Promise.all([graduate({ ...finalGradeRequest, studentIds: ids }), graduate({ ...finalGradeRequest, studentIds: [...ids].reverse() })]);

    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(loser.json().code).toBe('graduation.already_graduated');
    expect(loser.json().errors).toHaveLength(10);

    const logged = await graduationMovementsOf(ids);
    expect(logged.map((movement) => movement.studentId).sort()).toEqual([...ids].sort());
  });

  it('rejects a student who already graduated with 409', async () => {
    const ids = await seed(2);
    await graduate({ ...finalGradeRequest, studentIds: [ids[0]] });

    const response = await graduate({ ...finalGradeRequest, studentIds: ids });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'graduation.already_graduated',
      errors: [{ field: 'studentIds.0', code: 'graduation.already_graduated', params: { studentId: ids[0] } }],
    });
    expect((await enrolmentsOf([ids[1]]))[0].status).toBe('active');
  });

  it('undo restores the exact enrolment and keeps the passport', async () => {
    const [id] = await seed(1, { grade: 9, letter: 'Ә', studyForm: 'evening', passport: completePassport(9) });
    const [original] = await enrolmentsOf([id]);
    const passportBefore = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, id)).orderBy(asc(passportValues.indicatorCode));
    expect(passportBefore.length).toBeGreaterThan(10);

    expect((await graduate({ ...grade9Request, studentIds: [id] })).statusCode).toBe(200);
    const response = await undo(id);

    expect(response.statusCode).toBe(200);
    expect(response.json().student.enrolment).toMatchObject({ status: 'active', grade: 9, letter: 'Ә', studyForm: 'evening' });

    const [restored] = await enrolmentsOf([id]);
    const { updatedAt: _restoredUpdatedAt, ...restoredColumns } = restored;
    const { updatedAt: _originalUpdatedAt, ...originalColumns } = original;
    expect(restoredColumns).toEqual(originalColumns);
    expect(restored.graduation).toBeNull();

    const [graduation] = await graduationMovementsOf([id]);
    const [undoMovement] = await api.context.db.select().from(movements).where(and(eq(movements.studentId, id), eq(movements.kind, 'undo')));
    expect(undoMovement.id).toBe(response.json().movementId);
    expect(undoMovement.undoesMovementId).toBe(graduation.id);
    expect(undoMovement.before).toEqual(graduation.after);
    expect(undoMovement.after).toEqual(graduation.before);

    const passportAfter = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, id)).orderBy(asc(passportValues.indicatorCode));
    expect(passportAfter).toEqual(passportBefore);
  });

  it('lists the trajectory oldest first with the undo linked', async () => {
    const [id] = await seed(1, { grade: 9, passport: completePassport(9) });
    await graduate({ ...grade9Request, studentIds: [id] });
    await undo(id);

    const response = await api.request({ method: 'GET', url: `/api/v1/students/${id}/movements`, cookie });

    expect(response.statusCode).toBe(200);
    const [graduation, undone] = response.json();
    expect(response.json()).toHaveLength(2);
    expect(graduation).toMatchObject({
      kind: 'graduation',
      orderNumber: '45-ө',
      orderDate: '2026-06-09',
      actor: { username: 'school601' },
      undoesMovementId: null,
      undoneBy: undone.id,
      createdAt: '2026-06-15T05:00:00.000Z',
    });
    expect(graduation.after.graduation.destination).toBe('continues_at_school');
    expect(undone).toMatchObject({ kind: 'undo', undoesMovementId: graduation.id, undoneBy: null, orderNumber: null });
    expect(undone.after).toEqual(graduation.before);
  });

  it('refuses undo after day 14 and allows it on day 14', async () => {
    const [id] = await seed(1);
    await graduate({ ...finalGradeRequest, studentIds: [id] });

    try {
      clock.set('2026-06-30T00:00:00+05:00');
      await relogin();
      const late = await undo(id);

      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe('graduation.undo_expired');
      expect(late.json().message).toContain('2026-06-29');
      expect((await enrolmentsOf([id]))[0].status).toBe('graduated');

      clock.set('2026-06-29T23:59:00+05:00');
      await relogin();
      expect((await undo(id)).statusCode).toBe(200);
    } finally {
      clock.set(JUNE_15);
      await relogin();
    }
  });

  it('refuses undo when a later movement exists', async () => {
    const [id] = await seed(1, { grade: 9, passport: completePassport(9) });
    await graduate({ ...grade9Request, studentIds: [id] });

    // Admission into grade 10 at the same school: a new enrolment and a later movement.
    const [graduated] = await enrolmentsOf([id]);
    const [admitted] = await api.context.db
      .insert(enrolments)
      .values({ studentId: id, organizationId: SCHOOL, schoolYear: 2026, grade: 10, letter: 'А', letterSortKey: graduated.letterSortKey, studyForm: 'full_time', status: 'active' })
      .returning();
    const after = { organizationId: SCHOOL, schoolYear: 2026, grade: 10, letter: 'А', status: 'active' as const, studyForm: 'full_time', graduation: null };
    await api.context.db.insert(movements).values({ batchId: crypto.randomUUID(), studentId: id, enrolmentId: admitted.id, organizationId: SCHOOL, kind: 'admission', before: null, after });

    const response = await undo(id);

    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('graduation.undo_not_latest');
    expect((await enrolmentsOf([id])).map((row) => row.status)).toEqual(['graduated', 'active']);
  });

  it('refuses undo of a student who did not graduate', async () => {
    const [id] = await seed(1);

    const response = await undo(id);

    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('graduation.not_graduated');
  });

  it('lists graduates with the undo deadline', async () => {
    const [id] = await seed(1, { lastName: 'Ыбыраева', firstName: 'Дана', grade: 9, letter: 'Ғ', passport: completePassport(9) });
    await graduate({ ...grade9Request, studentIds: [id] });
    const list = () => api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduates?grade=9&q=Ыбыраева`, cookie });

    const response = await list();

    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe(1);
    expect(response.json().items[0]).toMatchObject({
      id,
      grade: 9,
      letter: 'Ғ',
      status: 'graduated',
      graduationYear: 2026,
      documentKind: 'basic_secondary_attestat',
      graduatedAt: '2026-06-15T05:00:00.000Z',
      undoUntil: '2026-06-29',
      canUndo: true,
    });

    try {
      clock.set('2026-07-01T09:00:00+05:00');
      await relogin();
      expect((await list()).json().items[0]).toMatchObject({ undoUntil: null, canUndo: false, graduationYear: 2026 });
    } finally {
      clock.set(JUNE_15);
      await relogin();
    }
  });

  it('answers 404 to an operator of another school', async () => {
    const ids = await seed(2);
    await graduate({ ...finalGradeRequest, studentIds: [ids[1]] });

    const list = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduation?grade=11`, cookie: otherCookie });
    const graduates = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduates`, cookie: otherCookie });
    const intoOtherSchool = await graduate({ ...finalGradeRequest, studentIds: [ids[0]] }, otherCookie, SCHOOL);
    const intoOwnSchool = await graduate({ ...finalGradeRequest, studentIds: [ids[0]] }, otherCookie, OTHER_SCHOOL);
    const undone = await undo(ids[1], otherCookie);
    const trajectory = await api.request({ method: 'GET', url: `/api/v1/students/${ids[1]}/movements`, cookie: otherCookie });

    expect([list, graduates, intoOtherSchool].map((response) => [response.statusCode, response.json().code])).toEqual(Array(3).fill([404, 'organization.not_found']));
    expect([intoOwnSchool, undone, trajectory].map((response) => [response.statusCode, response.json().code])).toEqual(Array(3).fill([404, 'student.not_found']));
    expect(intoOwnSchool.json().errors).toBeUndefined();
    expect((await enrolmentsOf(ids)).map((row) => row.status)).toEqual(['active', 'graduated']);
  });

  it('rejects a departure date outside June and writes nothing', async () => {
    const ids = await seed(2);
    const before = await snapshot();

    const response = await graduate({ ...finalGradeRequest, departureDate: '2026-05-31', studentIds: ids });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('graduation.departure_date_not_in_june');
    expect(response.json().message).toBe(
      'The departure date must be from 2026-06-01 to 2026-06-30: only June of the school year being closed is allowed, except for external-study students.',
    );
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual([`students.${ids[0]}.departureDate`, `students.${ids[1]}.departureDate`]);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a departure date after today', { departureDate: '2026-06-20' }, 'graduation.departure_date_in_future'],
    ['an order date before the school year', { orderDate: '2020-01-01' }, 'graduation.order_date_before_school_year'],
  ])('rejects %s and writes nothing', async (_case, change, code) => {
    const ids = await seed(2);
    const before = await snapshot();

    const response = await graduate({ ...finalGradeRequest, ...change, studentIds: ids });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it('accepts any departure date for external study', async () => {
    const ids = await seed(2, { studyForm: 'external_study' });

    const response = await graduate({ ...finalGradeRequest, departureDate: '2026-05-15', studentIds: ids });

    expect(response.statusCode).toBe(200);
    expect((await enrolmentsOf(ids)).map((row) => row.graduation?.departureDate)).toEqual(['2026-05-15', '2026-05-15']);
  });

  it('requires the country for a departure abroad and stores it', async () => {
    const ids = await seed(1);
    const before = await snapshot();

    const missing = await graduate({ ...finalGradeRequest, destination: 'left_country', studentIds: ids });

    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'graduation.country_required', errors: [{ field: 'country', code: 'graduation.country_required' }] });
    expect(await snapshot()).toEqual(before);

    const withCountry = await graduate({ ...finalGradeRequest, destination: 'left_country', country: 'tr', studentIds: ids });

    expect(withCountry.statusCode).toBe(200);
    expect((await enrolmentsOf(ids))[0].graduation?.country).toBe('TR');
  });

  it('drops a country given for another destination', async () => {
    const ids = await seed(1);

    await graduate({ ...finalGradeRequest, country: 'TR', studentIds: ids });

    expect((await enrolmentsOf(ids))[0].graduation?.country).toBeNull();
  });

  it('accepts the Altyn Belgi attestat only where it is confirmed', async () => {
    const [confirmed] = await seed(1, { passport: completePassport(11, 11, { altyn_belgi_candidate: true, altyn_belgi_confirmed: true }) });
    const [unconfirmed] = await seed(1, { passport: completePassport(11, 11, { altyn_belgi_candidate: true, altyn_belgi_confirmed: false }) });
    const before = await snapshot();

    const rejected = await graduate({ ...finalGradeRequest, documentKind: 'altyn_belgi_attestat', studentIds: [confirmed, unconfirmed] });

    expect(rejected.statusCode).toBe(400);
    expect(rejected.json()).toMatchObject({
      code: 'graduation.altyn_belgi_not_confirmed',
      errors: [{ field: `students.${unconfirmed}.documentKind`, code: 'graduation.altyn_belgi_not_confirmed', params: { studentId: unconfirmed } }],
    });
    expect(await snapshot()).toEqual(before);

    const accepted = await graduate({ ...finalGradeRequest, documentKind: 'altyn_belgi_attestat', studentIds: [confirmed] });
    expect(accepted.statusCode).toBe(200);
  });

  it('rejects a grade that does not graduate and writes nothing', async () => {
    const [id] = await seed(1, { grade: 10, passport: completePassport(10) });
    const before = await snapshot();

    const query = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/graduation?grade=10`, cookie });
    const post = await graduate({ ...finalGradeRequest, studentIds: [id] });

    expect(query.statusCode).toBe(400);
    expect(query.json().code).toBe('graduation.grade_not_final');
    expect(post.statusCode).toBe(400);
    expect(post.json()).toMatchObject({ code: 'graduation.grade_not_final', errors: [{ field: 'studentIds.0', params: { studentId: id, grade: 10 } }] });
    expect(await snapshot()).toEqual(before);
  });

  it('names every problem when there are several', async () => {
    const [ready, notReady, gradeFive] = await seed(3);
    await api.context.db.update(enrolments).set({ grade: 5 }).where(eq(enrolments.studentId, gradeFive));
    await api.context.db.delete(passportValues).where(and(eq(passportValues.studentId, notReady), eq(passportValues.indicatorCode, 'attestat_series')));

    const response = await graduate({ ...finalGradeRequest, orderDate: '2026-06-16', studentIds: [ready, notReady, gradeFive] });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('graduation.invalid');
    expect(response.json().errors).toEqual([
      { field: 'orderDate', code: 'graduation.order_date_in_future', params: { today: '2026-06-15' } },
      { field: 'studentIds.1', code: 'graduation.not_ready', params: { studentId: notReady, missing: 'attestat_series' } },
      { field: 'studentIds.2', code: 'graduation.grade_not_final', params: { studentId: gradeFive, grade: 5 } },
    ]);
  });

  it('rejects a repeated student id', async () => {
    const [id] = await seed(1);

    const response = await graduate({ ...finalGradeRequest, studentIds: [id, id] });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'studentIds.1', code: 'graduation.student_ids_duplicate', params: {} }]);
  });

  it('rejects an unknown student with 404', async () => {
    const response = await graduate({ ...finalGradeRequest, studentIds: [999_999] });

    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('student.not_found');
  });

  it('splits the final grade into eligible and not ready, in contingent order', async () => {
    const db = api.context.db;
    const school12 = await api.login('school603', TEST_PASSWORD);
    const ready = completePassport(12, 12);
    const { required } = computeFill(ready, { grade: 12, finalGrade: 12 });
    const ids = await insertStudents(db, SCHOOL_12, [
      { lastName: 'Ұланов', firstName: 'Ерлан', grade: 12, letter: 'Б', passport: ready },
      { lastName: 'Әлиев', firstName: 'Асқар', grade: 12, letter: 'Б', passport: completePassport(12, 12, { attestat_number: null, address: null }) },
      { lastName: 'Ахметов', firstName: 'Нұр', grade: 12, letter: 'Б', passport: completePassport(12, 12, { altyn_belgi_candidate: true, altyn_belgi_confirmed: false }) },
      { lastName: 'Бекова', firstName: 'Дана', grade: 12, letter: 'А', studyForm: 'external_study', passport: completePassport(12, 12, { altyn_belgi_candidate: true, altyn_belgi_confirmed: true }) },
      { lastName: 'Иванов', firstName: 'Олег', grade: 12, letter: 'А', status: 'departed', passport: ready },
      { lastName: 'Серік', firstName: 'Али', grade: 11, letter: 'А', passport: completePassport(11, 12) },
    ]);

    const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL_12}/graduation?grade=12`, cookie: school12 });

    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.departureWindow).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(body.eligible.map((item: { id: number }) => item.id)).toEqual([ids[3], ids[2], ids[0]]);
    expect(body.eligible[0]).toMatchObject({ lastName: 'Бекова', externalStudy: true, altynBelgiCandidate: true, altynBelgiConfirmed: true, altynBelgiWarning: false });
    expect(body.eligible[1]).toMatchObject({ lastName: 'Ахметов', externalStudy: false, altynBelgiCandidate: true, altynBelgiConfirmed: false, altynBelgiWarning: true });
    expect(body.eligible[2]).toMatchObject({ lastName: 'Ұланов', altynBelgiCandidate: false, altynBelgiWarning: false, fill: { filled: required, required } });
    expect(body.notReady).toEqual([{ student: expect.objectContaining({ id: ids[1], lastName: 'Әлиев' }), missing: ['attestat_number', 'address'] }]);

    const grade11 = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL_12}/graduation?grade=11`, cookie: school12 });
    expect(grade11.statusCode).toBe(400);
    expect(grade11.json().code).toBe('graduation.grade_not_final');
  });
});
