import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { enrolments, passportValues, schoolMoves, students } from '../../src/db/schema.js';
import { fixedClock, type Clock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { abroadDeparture, acceptance, enrolmentsOf, movementsOf, passportOf, snapshotMoves, toSchoolDeparture } from '../support/moves.js';

const SENDER = 701;
const RECEIVER = 702;
const THIRD = 703;

const MARCH_2 = '2026-03-02T10:00:00+05:00';

function mutableClock(start: string): Clock & { set(time: string): void } {
  let clock = fixedClock(start);
  return { now: () => clock.now(), today: () => clock.today(), set: (time) => (clock = fixedClock(time)) };
}

describeEachDatabase('departures API', (kind) => {
  const clock = mutableClock(MARCH_2);
  let api: TestApp;
  const cookies: Record<number, string> = {};
  let nextName = 0;

  const seed = async (overrides: Partial<StudentSeed> = {}, organizationId = SENDER) => {
    const grade = overrides.grade ?? 7;
    const [id] = await insertStudents(api.context.db, organizationId, [
      { lastName: `Кетуші${String(nextName++).padStart(3, '0')}`, firstName: 'Әлия', middleName: 'Серікқызы', grade, letter: 'Б', passport: completePassport(grade), ...overrides },
    ]);
    return id;
  };

  const post = (url: string, body: unknown, school = SENDER) => api.request({ method: 'POST', url, cookie: cookies[school], body, language: 'en' });
  const get = (url: string, school = SENDER, language = 'en') => api.request({ method: 'GET', url, cookie: cookies[school], language });

  const depart = (studentId: number, body: object = toSchoolDeparture(RECEIVER), school = SENDER) => post(`/api/v1/students/${studentId}/departure`, body, school);
  const accept = (moveId: number, body: object = acceptance, school = RECEIVER) => post(`/api/v1/school-moves/${moveId}/accept`, body, school);
  const reject = (moveId: number, reason = 'No places in grade 7', school = RECEIVER) => post(`/api/v1/school-moves/${moveId}/reject`, { reason }, school);
  const cancel = (moveId: number, school = SENDER) => post(`/api/v1/school-moves/${moveId}/cancel`, undefined, school);

  beforeAll(async () => {
    api = await createTestApp(kind, { clock });
    const { db } = api.context;

    for (const id of [SENDER, RECEIVER, THIRD]) {
      await insertSchool(db, { id });
      await insertOperator(db, `school${id}`, id);
      cookies[id] = await api.login(`school${id}`, TEST_PASSWORD);
    }
  });

  afterAll(async () => api?.close());

  it('moves a student between schools with the whole passport', async () => {
    const id = await seed({ studyForm: 'home_schooling' });
    const [student] = await api.context.db.select().from(students).where(eq(students.id, id));
    const passportBefore = await passportOf(api.context.db, id);
    expect(Object.keys(passportBefore).length).toBeGreaterThan(10);

    const departed = await depart(id);

    expect(departed.statusCode).toBe(200);
    const { moveId, movementId: departureMovementId } = departed.json();
    expect(departed.json().student.enrolment).toMatchObject({ organizationId: SENDER, status: 'pending_departure', grade: 7, letter: 'Б' });

    const pending = (await get(`/api/v1/organizations/${SENDER}/pending-departures`)).json();
    expect(pending.total).toBe(1);
    expect(pending.items[0]).toMatchObject({
      id,
      moveId,
      status: 'pending_departure',
      departure: { reason: 'to_school_in_kazakhstan', departureDate: '2026-02-27', orderDate: '2026-02-26', orderNumber: '12-ш', country: null, receivingOrganizationId: RECEIVER },
      receivingSchool: { id: RECEIVER, names: { ru: 'Школа №702', kk: '№702 мектеп' }, territory: [{ ru: 'Тестовая область' }, { ru: 'с.Тестовое' }] },
    });

    const arriving = (await get(`/api/v1/organizations/${RECEIVER}/pending-arrivals`, RECEIVER)).json();
    expect(arriving.total).toBe(1);
    expect(arriving.items[0]).toMatchObject({ id, moveId, iin: student.iin, lastName: student.lastName, grade: 7, letter: 'Б', sendingSchool: { id: SENDER } });

    // The receiving school cannot open the passport before it accepts the student.
    expect((await get(`/api/v1/students/${id}`, RECEIVER)).statusCode).toBe(404);

    const accepted = await accept(moveId);

    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().student.enrolment).toMatchObject({ organizationId: RECEIVER, status: 'active', grade: 8, letter: 'Ә', studyForm: 'home_schooling', schoolYear: 2025 });
    expect(accepted.json().student.passport).toEqual(passportBefore);

    const [after] = await api.context.db.select().from(students).where(eq(students.id, id));
    expect(after).toEqual(student);
    expect(await passportOf(api.context.db, id)).toEqual(passportBefore);
    const holders = await api.context.db.selectDistinct({ organizationId: passportValues.organizationId }).from(passportValues).where(eq(passportValues.studentId, id));
    expect(holders).toEqual([{ organizationId: RECEIVER }]);

    const rows = await enrolmentsOf(api.context.db, id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ organizationId: RECEIVER, status: 'active', departure: null });

    const logged = await movementsOf(api.context.db, id);
    expect(logged.map((movement) => [movement.kind, movement.organizationId, movement.orderNumber])).toEqual([
      ['departure', SENDER, '12-ш'],
      ['arrival', RECEIVER, '5-қ'],
    ]);
    expect(logged[0].id).toBe(departureMovementId);
    expect(logged[1].before).toEqual(logged[0].after);
    expect(logged[1].after).toMatchObject({ organizationId: RECEIVER, grade: 8, letter: 'Ә', status: 'active', departure: null });

    const [move] = await api.context.db.select().from(schoolMoves).where(eq(schoolMoves.id, moveId));
    expect(move).toMatchObject({ state: 'accepted', fromOrganizationId: SENDER, toOrganizationId: RECEIVER, departureMovementId, resolutionMovementId: logged[1].id });

    expect((await get(`/api/v1/organizations/${SENDER}/pending-departures`)).json().total).toBe(0);
    expect((await get(`/api/v1/organizations/${RECEIVER}/pending-arrivals`, RECEIVER)).json().total).toBe(0);
    expect((await get(`/api/v1/organizations/${RECEIVER}/students?grade=8&letter=Ә`, RECEIVER)).json().items.map((item: { id: number }) => item.id)).toContain(id);
  });

  it('shows the trajectory only to the school that has the student now', async () => {
    const id = await seed();
    const { moveId } = (await depart(id)).json();
    await accept(moveId);

    const forSender = await get(`/api/v1/students/${id}/movements`);
    const passportForSender = await get(`/api/v1/students/${id}`);
    const forReceiver = await get(`/api/v1/students/${id}/movements`, RECEIVER);

    expect([forSender.statusCode, forSender.json().code]).toEqual([404, 'student.not_found']);
    expect([passportForSender.statusCode, passportForSender.json().code]).toEqual([404, 'student.not_found']);
    expect(forReceiver.statusCode).toBe(200);

    const [departure, arrival] = forReceiver.json();
    expect(departure).toMatchObject({
      kind: 'departure',
      organization: { id: SENDER, names: { ru: 'Школа №701' } },
      orderNumber: '12-ш',
      actor: { username: 'school701' },
      after: { status: 'pending_departure', departure: { receivingOrganizationId: RECEIVER } },
      schoolMove: { id: moveId, state: 'accepted', fromOrganization: { id: SENDER }, toOrganization: { id: RECEIVER }, decisionReason: null },
    });
    expect(arrival).toMatchObject({
      kind: 'arrival',
      organization: { id: RECEIVER, names: { ru: 'Школа №702' } },
      orderNumber: '5-қ',
      orderDate: '2026-03-02',
      actor: { username: 'school702' },
      after: { organizationId: RECEIVER, grade: 8, letter: 'Ә', status: 'active' },
      schoolMove: { id: moveId, state: 'accepted' },
    });
  });

  it.each([
    ['reject', (moveId: number) => reject(moveId), 'rejected', 'No places in grade 7', 'school702'],
    ['cancel', (moveId: number) => cancel(moveId), 'cancelled', null, 'school701'],
  ])('%s returns the student to the sender unchanged', async (_action, end, state, decisionReason, actor) => {
    const id = await seed({ letter: 'Ғ', studyForm: 'evening' });
    const [original] = await enrolmentsOf(api.context.db, id);
    const passportBefore = await passportOf(api.context.db, id);
    const { moveId, movementId: departureMovementId } = (await depart(id)).json();

    const response = await end(moveId);

    expect(response.statusCode).toBe(200);
    const [restored] = await enrolmentsOf(api.context.db, id);
    const { updatedAt: _restoredAt, ...restoredColumns } = restored;
    const { updatedAt: _originalAt, ...originalColumns } = original;
    expect(restoredColumns).toEqual({ ...originalColumns, departure: null });
    expect(await passportOf(api.context.db, id)).toEqual(passportBefore);

    const [departure, undo] = await movementsOf(api.context.db, id);
    expect(undo).toMatchObject({ kind: 'undo', undoesMovementId: departureMovementId, organizationId: SENDER, orderNumber: null });
    expect(undo.before).toEqual(departure.after);
    expect(undo.after).toEqual(departure.before);

    const [move] = await api.context.db.select().from(schoolMoves).where(eq(schoolMoves.id, moveId));
    expect(move).toMatchObject({ state, decisionReason, resolutionMovementId: undo.id });

    const trajectory = (await get(`/api/v1/students/${id}/movements`)).json();
    expect(trajectory[1]).toMatchObject({ kind: 'undo', actor: { username: actor }, schoolMove: { state, decisionReason } });
    expect(trajectory[0].undoneBy).toBe(undo.id);

    // Back in the contingent, the student can depart again.
    expect((await depart(id)).statusCode).toBe(200);
  });

  it('lists the rejections for the sending school with the reason', async () => {
    const id = await seed();
    const { moveId } = (await depart(id)).json();
    await reject(moveId, 'Grade 7 is full');

    const response = await get(`/api/v1/organizations/${SENDER}/school-moves?side=sending&states=rejected`);

    expect(response.statusCode).toBe(200);
    const item = response.json().items.find((candidate: { id: number }) => candidate.id === moveId);
    expect(item).toMatchObject({ state: 'rejected', decisionReason: 'Grade 7 is full', student: { id, grade: 7, letter: 'Б' }, toSchool: { id: RECEIVER } });
  });

  it('lets no other school accept a student addressed to one school', async () => {
    const id = await seed();
    const { moveId } = (await depart(id)).json();
    const before = await snapshotMoves(api.context.db);

    const byThird = await accept(moveId, acceptance, THIRD);
    const rejectedByThird = await reject(moveId, 'mine', THIRD);
    const cancelledByThird = await cancel(moveId, THIRD);
    const bySender = await accept(moveId, acceptance, SENDER);
    const rejectedBySender = await reject(moveId, 'no', SENDER);
    const cancelledByReceiver = await cancel(moveId, RECEIVER);
    const thirdArrivals = await get(`/api/v1/organizations/${RECEIVER}/pending-arrivals`, THIRD);

    expect([byThird, rejectedByThird, cancelledByThird].map((response) => [response.statusCode, response.json().code])).toEqual(
      Array(3).fill([404, 'school_move.not_found']),
    );
    expect([bySender.statusCode, bySender.json().code]).toEqual([403, 'school_move.receiving_school_only']);
    expect([rejectedBySender.statusCode, rejectedBySender.json().code]).toEqual([403, 'school_move.receiving_school_only']);
    expect([cancelledByReceiver.statusCode, cancelledByReceiver.json().code]).toEqual([403, 'school_move.sending_school_only']);
    expect([thirdArrivals.statusCode, thirdArrivals.json().code]).toEqual([404, 'organization.not_found']);
    expect((await get(`/api/v1/organizations/${THIRD}/pending-arrivals`, THIRD)).json().total).toBe(0);
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('refuses to graduate a student pending departure', async () => {
    clock.set('2026-06-15T10:00:00+05:00');
    try {
      for (const id of [SENDER, RECEIVER]) cookies[id] = await api.login(`school${id}`, TEST_PASSWORD);
      const id = await seed({ grade: 11, letter: 'А', passport: completePassport(11) });
      const { moveId } = (await depart(id, { ...toSchoolDeparture(RECEIVER), departureDate: '2026-06-10', orderDate: '2026-06-09' })).json();
      const graduation = { studentIds: [id], documentKind: 'general_secondary_attestat', departureDate: '2026-06-12', orderDate: '2026-06-12', orderNumber: '45', destination: 'university' };

      const rejected = await post(`/api/v1/organizations/${SENDER}/graduation`, graduation);

      expect(rejected.statusCode).toBe(409);
      expect(rejected.json()).toMatchObject({
        code: 'graduation.not_active',
        errors: [{ field: 'studentIds.0', code: 'graduation.not_active', params: { studentId: id, status: 'pending_departure' } }],
      });
      expect((await enrolmentsOf(api.context.db, id))[0].status).toBe('pending_departure');

      // Once the departure is cancelled, the same request graduates the student.
      await cancel(moveId);
      expect((await post(`/api/v1/organizations/${SENDER}/graduation`, graduation)).statusCode).toBe(200);
    } finally {
      clock.set(MARCH_2);
      for (const id of [SENDER, RECEIVER]) cookies[id] = await api.login(`school${id}`, TEST_PASSWORD);
    }
  });

  it('refuses to change the class of a student pending departure', async () => {
    const id = await seed();
    await depart(id);

    const response = await api.request({ method: 'PATCH', url: `/api/v1/students/${id}`, cookie: cookies[SENDER], body: { grade: 8 }, language: 'en' });

    expect([response.statusCode, response.json().code]).toEqual([409, 'student.not_active']);
  });

  it('ends a move once under a concurrent accept and cancel', async () => {
    const id = await seed();
    const { moveId } = (await depart(id)).json();

    const responses = await Promise.all([accept(moveId), cancel(moveId)]);

    const codes = responses.map((response) => response.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(['school_move.already_ended']).toContain(loser.json().code);

    const [move] = await api.context.db.select().from(schoolMoves).where(eq(schoolMoves.id, moveId));
    const [enrolment] = await enrolmentsOf(api.context.db, id);
    const expected = move.state === 'accepted' ? { organizationId: RECEIVER, status: 'active' } : { organizationId: SENDER, status: 'active' };
    expect(['accepted', 'cancelled']).toContain(move.state);
    expect(enrolment).toMatchObject(expected);
    expect(await movementsOf(api.context.db, id)).toHaveLength(2);
  });

  it('sends a departure abroad straight to Departed', async () => {
    const id = await seed({ lastName: 'Шетелдік' });

    const response = await depart(id, abroadDeparture);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ moveId: null, student: { enrolment: { status: 'departed', organizationId: SENDER } } });
    expect(await api.context.db.select().from(schoolMoves).where(eq(schoolMoves.studentId, id))).toEqual([]);

    const departed = (await get(`/api/v1/organizations/${SENDER}/departed?q=Шетелдік`)).json();
    expect(departed.total).toBe(1);
    expect(departed.items[0]).toMatchObject({
      id,
      status: 'departed',
      departure: { reason: 'left_country', country: 'DE', departureDate: '2026-02-27', orderDate: '2026-02-26', orderNumber: '13-ш', receivingOrganizationId: null },
    });

    // The sending school still has the departed student's passport.
    expect((await get(`/api/v1/students/${id}`)).statusCode).toBe(200);
    const again = await depart(id, abroadDeparture);
    expect([again.statusCode, again.json().code]).toEqual([409, 'departure.not_active']);
  });

  it.each([
    ['an unknown reason', { reason: 'moved_to_mars' }, 'reason', 'departure.reason_unknown'],
    ['no receiving school', { receivingOrganizationId: null }, 'receivingOrganizationId', 'departure.receiving_school_required'],
    ['the own school', { receivingOrganizationId: SENDER }, 'receivingOrganizationId', 'departure.receiving_school_same'],
    ['a school that does not exist', { receivingOrganizationId: 999_999 }, 'receivingOrganizationId', 'departure.receiving_school_unknown'],
    ['a departure after today', { departureDate: '2026-03-03' }, 'departureDate', 'departure.departure_date_in_future'],
    ['an order before the school year', { orderDate: '2025-08-31' }, 'orderDate', 'order.date_before_school_year'],
    ['no country for a departure abroad', { reason: 'left_country', receivingOrganizationId: null }, 'country', 'departure.country_required'],
    ['Kazakhstan as the country', { reason: 'left_country', country: 'KZ' }, 'country', 'departure.country_is_kazakhstan'],
  ])('rejects %s and writes nothing', async (_case, change, field, code) => {
    const id = await seed();
    const before = await snapshotMoves(api.context.db);

    const response = await depart(id, { ...toSchoolDeparture(RECEIVER), ...change });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation.invalid', errors: [{ field, code }] });
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('rejects malformed input with 400, not 500', async () => {
    const id = await seed();

    for (const body of [{}, { ...toSchoolDeparture(RECEIVER), departureDate: '2026-02-30' }, { ...toSchoolDeparture(RECEIVER), receivingOrganizationId: 'x' }, { ...toSchoolDeparture(RECEIVER), extra: 1 }]) {
      const response = await depart(id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }

    for (const body of [{}, { ...acceptance, grade: 14 }, { ...acceptance, orderDate: 'yesterday' }]) {
      const response = await accept(1, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }

    expect((await reject(1, '   ')).statusCode).toBe(400);
    expect((await post('/api/v1/school-moves/0/cancel', undefined)).statusCode).toBe(400);
  });

  it('rejects bad acceptance choices and writes nothing', async () => {
    const id = await seed();
    const { moveId } = (await depart(id)).json();
    const before = await snapshotMoves(api.context.db);

    const response = await accept(moveId, { ...acceptance, grade: 12, letter: 'Q', studyForm: 'nope', orderDate: '2026-03-03' });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string; code: string }) => [error.field, error.code])).toEqual([
      ['letter', 'student.letter_invalid'],
      ['studyForm', 'student.study_form_unknown'],
      ['grade', 'arrival.grade_above_final'],
      ['orderDate', 'order.date_in_future'],
    ]);
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('answers 404 for another school\'s student and lists', async () => {
    const id = await seed();

    const departure = await depart(id, toSchoolDeparture(THIRD), RECEIVER);
    const lists = await Promise.all(
      ['departed', 'pending-departures', 'pending-arrivals', 'receiving-schools', 'school-moves?side=sending'].map((path) => get(`/api/v1/organizations/${SENDER}/${path}`, RECEIVER)),
    );

    expect([departure.statusCode, departure.json().code]).toEqual([404, 'student.not_found']);
    expect(lists.map((response) => [response.statusCode, response.json().code])).toEqual(Array(5).fill([404, 'organization.not_found']));
  });

  it('filters the pending lists by grade, letter and name', async () => {
    const first = await seed({ lastName: 'Сүзгіұлы', grade: 5, letter: 'Ұ' });
    const second = await seed({ lastName: 'Басқаұлы', grade: 6, letter: 'Ұ' });
    await depart(first);
    await depart(second);
    const ids = (response: { json(): { items: { id: number }[] } }) => response.json().items.map((item) => item.id);

    expect(ids(await get(`/api/v1/organizations/${SENDER}/pending-departures?grade=5&letter=Ұ`))).toEqual([first]);
    expect(ids(await get(`/api/v1/organizations/${SENDER}/pending-departures?q=${encodeURIComponent('сузгиулы')}`))).toEqual([first]);
    expect(ids(await get(`/api/v1/organizations/${RECEIVER}/pending-arrivals?grade=6`, RECEIVER))).toEqual([second]);
    expect(ids(await get(`/api/v1/organizations/${RECEIVER}/pending-arrivals?letter=Ұ&pageSize=1&page=2`, RECEIVER))).toEqual([second]);
  });

  it('finds receiving schools by name, id and territory', async () => {
    const find = async (q: string) => (await get(`/api/v1/organizations/${SENDER}/receiving-schools?q=${encodeURIComponent(q)}`, SENDER, 'ru')).json().items.map((item: { id: number }) => item.id);

    expect(await find('702')).toEqual([RECEIVER]);
    expect(await find('Школа №703')).toEqual([THIRD]);
    expect(await find('мектеп 702')).toEqual([RECEIVER]);
    expect(await find('720')).toEqual([RECEIVER]);
    expect(await find('тестовое')).toEqual([RECEIVER, THIRD]);
    expect(await find('701')).toEqual([]);
    expect(await find('Луна')).toEqual([]);

    const [school] = (await get(`/api/v1/organizations/${SENDER}/receiving-schools?q=702`)).json().items;
    expect(school).toEqual({ id: RECEIVER, names: { kk: '№702 мектеп', ru: 'Школа №702' }, kato: '720000702', territory: [{ kk: 'Сынақ облысы', ru: 'Тестовая область' }, { kk: 'Сынақ а.', ru: 'с.Тестовое' }] });
  });

  it('documents the routes in OpenAPI', async () => {
    const document = (await api.request({ method: 'GET', url: '/api/openapi.json' })).json();

    for (const path of [
      '/api/v1/students/{id}/departure',
      '/api/v1/school-moves/{id}/cancel',
      '/api/v1/school-moves/{id}/accept',
      '/api/v1/school-moves/{id}/reject',
      '/api/v1/school-moves/{id}/decline',
      '/api/v1/school-moves/{id}/withdraw',
      '/api/v1/organizations/{orgId}/departed',
      '/api/v1/organizations/{orgId}/pending-departures',
      '/api/v1/organizations/{orgId}/pending-arrivals',
      '/api/v1/organizations/{orgId}/receiving-schools',
      '/api/v1/organizations/{orgId}/arrivals',
      '/api/v1/organizations/{orgId}/move-requests',
      '/api/v1/organizations/{orgId}/school-moves',
      '/api/v1/organizations/{orgId}/study-form',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    expect(Object.keys(document.paths['/api/v1/students/{id}/departure'].post.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409', '422']);
  });

  it('keeps the enrolment as the only current one', async () => {
    const id = await seed();
    const [enrolment] = await enrolmentsOf(api.context.db, id);

    const second = api.context.db.insert(enrolments).values({ ...enrolment, id: undefined, organizationId: RECEIVER, status: 'active' });

    await expect(second).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23505' }) });
  });
});
