import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { enrolments, schoolMoves, students } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';
import { abroadDeparture, acceptance, enrolmentsOf, freshIin, movementsOf, passportOf, snapshotMoves, toSchoolDeparture } from '../support/moves.js';

const SCHOOL_A = 801;
const SCHOOL_B = 802;
const SCHOOL_C = 803;

const newcomer = (iin: string) => ({
  iin,
  lastName: 'Жаңабаева',
  firstName: 'Ару',
  grade: 7,
  letter: 'в',
  studyForm: 'full_time',
  orderNumber: '9-қ',
  orderDate: '2026-03-02',
});

describeEachDatabase('arrivals and move requests API', (kind) => {
  let api: TestApp;
  const cookies: Record<number, string> = {};
  let nextName = 0;

  const seed = async (organizationId = SCHOOL_A) => {
    const [id] = await insertStudents(api.context.db, organizationId, [
      { lastName: `Келуші${String(nextName++).padStart(3, '0')}`, firstName: 'Нұрлан', grade: 7, letter: 'А', sex: 'male', passport: completePassport(7) },
    ]);
    const [student] = await api.context.db.select().from(students).where(eq(students.id, id));
    return student;
  };

  const post = (url: string, body: unknown, school: number, language = 'en') => api.request({ method: 'POST', url, cookie: cookies[school], body, language });
  const get = (url: string, school: number) => api.request({ method: 'GET', url, cookie: cookies[school], language: 'en' });

  const arrive = (body: object, school = SCHOOL_B, language = 'en') => post(`/api/v1/organizations/${school}/arrivals`, body, school, language);
  const requestMove = (iin: string, school = SCHOOL_B) => post(`/api/v1/organizations/${school}/move-requests`, { iin }, school);
  const movesOf = async (school: number, side: 'sending' | 'receiving', states: string) =>
    (await get(`/api/v1/organizations/${school}/school-moves?side=${side}&states=${states}`, school)).json().items as Array<Record<string, unknown>>;

  const currentEnrolments = (studentId: number) =>
    api.context.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.studentId, studentId), inArray(enrolments.status, ['active', 'pending_departure', 'pending_arrival'])));

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-03-02T10:00:00+05:00') });
    const { db } = api.context;

    for (const id of [SCHOOL_A, SCHOOL_B, SCHOOL_C]) {
      await insertSchool(db, { id });
      await insertOperator(db, `school${id}`, id);
      cookies[id] = await api.login(`school${id}`, TEST_PASSWORD);
    }
  });

  afterAll(async () => api?.close());

  it('registers the arrival of a student new to the register', async () => {
    const iin = freshIin();

    const response = await arrive(newcomer(iin));

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ iin, lastName: 'Жаңабаева', birthDate: '2012-09-15', sex: 'female', enrolment: { organizationId: SCHOOL_B, grade: 7, letter: 'В', status: 'active' } });

    const [movement] = await movementsOf(api.context.db, response.json().id);
    expect(movement).toMatchObject({ kind: 'arrival', organizationId: SCHOOL_B, before: null, orderNumber: '9-қ', orderDate: '2026-03-02' });
    expect(movement.after).toMatchObject({ organizationId: SCHOOL_B, grade: 7, letter: 'В', status: 'active', departure: null });
  });

  it('names the school of an IIN enrolled elsewhere and nothing of the student', async () => {
    const student = await seed(SCHOOL_A);
    const before = await snapshotMoves(api.context.db);

    const english = await arrive(newcomer(student.iin));
    const russian = await arrive(newcomer(student.iin), SCHOOL_B, 'ru');

    expect(english.statusCode).toBe(409);
    expect(english.json()).toEqual({
      code: 'arrival.enrolled_elsewhere',
      message: `A student with this IIN studies at Школа №${SCHOOL_A} (Тестовая область → с.Тестовое): request the move from that school instead.`,
      params: { school: `Школа №${SCHOOL_A}`, territory: 'Тестовая область → с.Тестовое' },
      errors: [{ field: 'iin', code: 'arrival.enrolled_elsewhere', params: { school: `Школа №${SCHOOL_A}`, territory: 'Тестовая область → с.Тестовое' } }],
    });
    expect(JSON.stringify(english.json())).not.toContain(student.lastName);
    expect(russian.json().params).toEqual({ school: `Школа №${SCHOOL_A}`, territory: 'Тестовая область → с.Тестовое' });

    const own = await arrive(newcomer(student.iin), SCHOOL_A);
    expect([own.statusCode, own.json().code]).toEqual([409, 'arrival.already_in_school']);
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('brings back a departed student with the old passport', async () => {
    const student = await seed(SCHOOL_A);
    const passport = await passportOf(api.context.db, student.id);
    await post(`/api/v1/students/${student.id}/departure`, abroadDeparture, SCHOOL_A);

    const response = await arrive({ ...newcomer(student.iin), lastName: student.lastName, firstName: 'Нурлан', grade: 8 });

    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ id: student.id, firstName: 'Нурлан', enrolment: { organizationId: SCHOOL_B, grade: 8, status: 'active' } });
    expect(response.json().passport).toEqual(passport);

    const rows = await enrolmentsOf(api.context.db, student.id);
    expect(rows.map((row) => [row.organizationId, row.status])).toEqual([
      [SCHOOL_A, 'departed'],
      [SCHOOL_B, 'active'],
    ]);

    const [departure, arrival] = await movementsOf(api.context.db, student.id);
    expect(arrival).toMatchObject({ kind: 'arrival', organizationId: SCHOOL_B, enrolmentId: rows[1].id });
    expect(arrival.before).toEqual(departure.after);

    // The student now belongs to school B, so school A no longer lists or opens them.
    expect((await get(`/api/v1/organizations/${SCHOOL_A}/departed?q=${student.iin}`, SCHOOL_A)).json().total).toBe(0);
    expect((await get(`/api/v1/students/${student.id}`, SCHOOL_A)).statusCode).toBe(404);
  });

  it('keeps one current enrolment under two concurrent arrivals of a new IIN', async () => {
    const iin = freshIin();

    const responses = await Promise.all([arrive(newcomer(iin), SCHOOL_B), arrive(newcomer(iin), SCHOOL_C)]);

    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const winner = responses.find((response) => response.statusCode === 201)!;
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ code: 'arrival.enrolled_elsewhere', params: { school: `Школа №${winner.json().enrolment.organizationId}` } });

    const rows = await api.context.db.select().from(students).where(eq(students.iin, iin));
    expect(rows).toHaveLength(1);
    expect(await currentEnrolments(rows[0].id)).toHaveLength(1);
  });

  it('keeps one current enrolment under two concurrent arrivals of a departed student', async () => {
    const student = await seed(SCHOOL_A);
    await post(`/api/v1/students/${student.id}/departure`, abroadDeparture, SCHOOL_A);

    const responses = await Promise.all([arrive(newcomer(student.iin), SCHOOL_B), arrive(newcomer(student.iin), SCHOOL_C)]);

    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((response) => response.statusCode === 409)!.json().code).toBe('arrival.enrolled_elsewhere');
    expect(await currentEnrolments(student.id)).toHaveLength(1);
    expect((await movementsOf(api.context.db, student.id)).map((movement) => movement.kind)).toEqual(['departure', 'arrival']);
  });

  it('rejects invalid arrivals and writes nothing', async () => {
    const before = await snapshotMoves(api.context.db);

    const cases: Array<[object, string, string]> = [
      [{ ...newcomer('123456789012') }, 'iin', 'student.iin_invalid'],
      [{ ...newcomer(freshIin()), grade: 12 }, 'grade', 'arrival.grade_above_final'],
      [{ ...newcomer(freshIin()), letter: 'W' }, 'letter', 'student.letter_invalid'],
      [{ ...newcomer(freshIin()), orderDate: '2026-03-03' }, 'orderDate', 'order.date_in_future'],
    ];
    for (const [body, field, code] of cases) {
      const response = await arrive(body);
      expect(response.statusCode, code).toBe(400);
      expect(response.json().errors, code).toEqual([expect.objectContaining({ field, code })]);
    }

    for (const body of [{}, { ...newcomer(freshIin()), orderNumber: '' }, { ...newcomer(freshIin()), grade: '7' }]) {
      expect((await arrive(body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('turns a request into the pending move when the sender processes it', async () => {
    const student = await seed(SCHOOL_A);

    const requested = await requestMove(student.iin);

    expect(requested.statusCode).toBe(201);
    const { moveId } = requested.json();
    expect(requested.json().school).toMatchObject({ id: SCHOOL_A, names: { ru: `Школа №${SCHOOL_A}` } });

    const incoming = (await movesOf(SCHOOL_A, 'sending', 'requested')).find((move) => move.id === moveId);
    expect(incoming).toMatchObject({ state: 'requested', iin: student.iin, student: { id: student.id, lastName: student.lastName, grade: 7, letter: 'А' }, toSchool: { id: SCHOOL_B } });
    const outgoing = (await movesOf(SCHOOL_B, 'receiving', 'requested')).find((move) => move.id === moveId);
    expect(outgoing).toMatchObject({ state: 'requested', iin: student.iin, student: null, fromSchool: { id: SCHOOL_A } });

    const again = await requestMove(student.iin);
    expect([again.statusCode, again.json().code]).toEqual([409, 'move_request.already_requested']);
    const tooEarly = await post(`/api/v1/school-moves/${moveId}/accept`, acceptance, SCHOOL_B);
    expect([tooEarly.statusCode, tooEarly.json().code]).toEqual([409, 'school_move.not_pending']);

    const departed = await post(`/api/v1/students/${student.id}/departure`, toSchoolDeparture(SCHOOL_B), SCHOOL_A);
    expect(departed.json().moveId).toBe(moveId);
    const [move] = await api.context.db.select().from(schoolMoves).where(eq(schoolMoves.id, moveId));
    expect(move).toMatchObject({ state: 'pending', departureMovementId: departed.json().movementId });

    const withdrawn = await post(`/api/v1/school-moves/${moveId}/withdraw`, undefined, SCHOOL_B);
    expect([withdrawn.statusCode, withdrawn.json().code]).toEqual([409, 'school_move.already_pending']);
    const pendingAgain = await requestMove(student.iin);
    expect([pendingAgain.statusCode, pendingAgain.json().code]).toEqual([409, 'move_request.already_pending']);

    expect((await post(`/api/v1/school-moves/${moveId}/accept`, acceptance, SCHOOL_B)).statusCode).toBe(200);
  });

  it('closes the other requests when the student moves', async () => {
    const student = await seed(SCHOOL_A);
    const fromB = (await requestMove(student.iin, SCHOOL_B)).json().moveId;
    const fromC = (await requestMove(student.iin, SCHOOL_C)).json().moveId;

    const { moveId } = (await post(`/api/v1/students/${student.id}/departure`, toSchoolDeparture(SCHOOL_C), SCHOOL_A)).json();
    expect(moveId).toBe(fromC);
    await post(`/api/v1/school-moves/${moveId}/accept`, acceptance, SCHOOL_C);

    const [closed] = await api.context.db.select().from(schoolMoves).where(eq(schoolMoves.id, fromB));
    expect(closed.state).toBe('closed');
  });

  it('lets the sender decline and the requester withdraw', async () => {
    const student = await seed(SCHOOL_A);
    const { moveId: declinedId } = (await requestMove(student.iin)).json();

    const wrongSide = await post(`/api/v1/school-moves/${declinedId}/decline`, { reason: 'x' }, SCHOOL_B);
    expect([wrongSide.statusCode, wrongSide.json().code]).toEqual([403, 'school_move.sending_school_only']);
    const stranger = await post(`/api/v1/school-moves/${declinedId}/decline`, { reason: 'x' }, SCHOOL_C);
    expect([stranger.statusCode, stranger.json().code]).toEqual([404, 'school_move.not_found']);

    const declined = await post(`/api/v1/school-moves/${declinedId}/decline`, { reason: 'The family stays in the village' }, SCHOOL_A);
    expect(declined.statusCode).toBe(200);
    expect((await movesOf(SCHOOL_B, 'receiving', 'requested,declined')).find((move) => move.id === declinedId)).toMatchObject({
      state: 'declined',
      decisionReason: 'The family stays in the village',
      student: null,
    });
    expect((await enrolmentsOf(api.context.db, student.id))[0].status).toBe('active');

    const { moveId: withdrawnId } = (await requestMove(student.iin)).json();
    expect((await post(`/api/v1/school-moves/${withdrawnId}/withdraw`, undefined, SCHOOL_B)).statusCode).toBe(200);
    expect((await movesOf(SCHOOL_A, 'sending', 'requested')).some((move) => move.id === withdrawnId)).toBe(false);
    const twice = await post(`/api/v1/school-moves/${withdrawnId}/withdraw`, undefined, SCHOOL_B);
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'school_move.already_ended']);
  });

  it('rejects a request for an unenrolled or own IIN', async () => {
    const own = await seed(SCHOOL_B);

    const unknown = await requestMove(freshIin());
    const mine = await requestMove(own.iin);
    const invalid = await requestMove('12345');

    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'move_request.not_enrolled']);
    expect([mine.statusCode, mine.json().code]).toEqual([409, 'arrival.already_in_school']);
    expect([invalid.statusCode, invalid.json().errors[0].code]).toEqual([400, 'student.iin_invalid']);
  });

  it('leaves out requests that ended more than the asked days ago', async () => {
    const student = await seed(SCHOOL_A);
    const { moveId } = (await requestMove(student.iin)).json();
    await post(`/api/v1/school-moves/${moveId}/withdraw`, undefined, SCHOOL_B);
    await api.context.db.update(schoolMoves).set({ decidedAt: new Date('2026-01-01T00:00:00Z') }).where(eq(schoolMoves.id, moveId));

    const recent = await movesOf(SCHOOL_B, 'receiving', 'withdrawn');
    const longer = (await get(`/api/v1/organizations/${SCHOOL_B}/school-moves?side=receiving&states=withdrawn&days=90`, SCHOOL_B)).json().items;
    const badState = await get(`/api/v1/organizations/${SCHOOL_B}/school-moves?side=receiving&states=lost`, SCHOOL_B);

    expect(recent.some((move) => move.id === moveId)).toBe(false);
    expect(longer.some((move: { id: number }) => move.id === moveId)).toBe(true);
    expect(badState.statusCode).toBe(400);
  });
});
