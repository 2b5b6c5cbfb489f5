import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { enrolments, events, movements } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents, type StudentSeed } from '../support/fixtures.js';
import { snapshotMoves } from '../support/moves.js';

const SCHOOL = 901;
const OTHER_SCHOOL = 902;

describeEachDatabase('study form API', (kind) => {
  let api: TestApp;
  let cookie: string;
  let nextName = 0;

  const seed = (seeds: Partial<StudentSeed>[], organizationId = SCHOOL) =>
    insertStudents(
      api.context.db,
      organizationId,
      seeds.map((seed) => ({ lastName: `Нысан${String(nextName++).padStart(3, '0')}`, firstName: 'Дана', grade: 5, letter: 'А', ...seed })),
    );

  const change = (body: object, organizationId = SCHOOL) =>
    api.request({ method: 'POST', url: `/api/v1/organizations/${organizationId}/study-form`, cookie, body, language: 'en' });

  const formsOf = async (ids: number[]) => {
    const rows = await api.context.db.select().from(enrolments).where(inArray(enrolments.studentId, ids));
    return ids.map((id) => rows.find((row) => row.studentId === id)!.studyForm);
  };

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-03-02T10:00:00+05:00') });
    await insertSchool(api.context.db, { id: SCHOOL });
    await insertSchool(api.context.db, { id: OTHER_SCHOOL });
    await insertOperator(api.context.db, 'school901', SCHOOL);
    cookie = await api.login('school901', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('changes the form of several students in one batch', async () => {
    const ids = await seed([{}, { studyForm: 'evening' }, { studyForm: 'home_schooling' }]);

    const response = await change({ studentIds: ids, studyForm: 'home_schooling', orderNumber: ' 31-ө ', orderDate: '2026-02-28' });

    expect(response.statusCode).toBe(200);
    const { batchId, changed, unchanged } = response.json();
    expect([changed, unchanged]).toEqual([2, 1]);
    expect(await formsOf(ids)).toEqual(['home_schooling', 'home_schooling', 'home_schooling']);

    const logged = await api.context.db.select().from(movements).where(eq(movements.batchId, batchId));
    expect(logged.map((movement) => movement.studentId).sort()).toEqual(ids.slice(0, 2).sort());
    for (const movement of logged) {
      expect(movement).toMatchObject({ kind: 'study_form_change', organizationId: SCHOOL, orderNumber: '31-ө', orderDate: '2026-02-28' });
      expect(movement.after.studyForm).toBe('home_schooling');
    }
    expect(logged.map((movement) => movement.before!.studyForm).sort()).toEqual(['evening', 'full_time']);

    const [event] = await api.context.db.select().from(events).where(and(eq(events.name, 'students.study_form_changed')));
    expect(event.data).toEqual({ batchId, students: 2, studyForm: 'home_schooling' });
  });

  it('records a change without an order', async () => {
    const ids = await seed([{}]);

    const response = await change({ studentIds: ids, studyForm: 'external_study' });

    expect(response.statusCode).toBe(200);
    const [movement] = await api.context.db.select().from(movements).where(eq(movements.batchId, response.json().batchId));
    expect(movement).toMatchObject({ orderNumber: null, orderDate: null });
  });

  it('records nothing when every student has the form', async () => {
    const ids = await seed([{ studyForm: 'evening' }]);
    const before = await snapshotMoves(api.context.db);

    const response = await change({ studentIds: ids, studyForm: 'evening' });

    expect(response.json()).toEqual({ batchId: null, changed: 0, unchanged: 1 });
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('rejects the whole request for one student out of the contingent', async () => {
    const ids = await seed([{}, { status: 'pending_departure' }, {}]);
    const before = await snapshotMoves(api.context.db);

    const response = await change({ studentIds: ids, studyForm: 'evening' });

    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'study_form.not_active',
      errors: [{ field: 'studentIds.1', code: 'study_form.not_active', params: { studentId: ids[1], status: 'pending_departure' } }],
    });
    expect(await formsOf(ids)).toEqual(['full_time', 'full_time', 'full_time']);
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it.each([
    ['an unknown form', { studyForm: 'on_the_moon' }, 'studyForm', 'study_form.unknown'],
    ['a number without a date', { studyForm: 'evening', orderNumber: '7' }, 'orderDate', 'order.date_missing'],
    ['a date without a number', { studyForm: 'evening', orderDate: '2026-03-01' }, 'orderNumber', 'order.number_missing'],
    ['an order from the future', { studyForm: 'evening', orderNumber: '7', orderDate: '2026-03-05' }, 'orderDate', 'order.date_in_future'],
  ])('rejects %s and writes nothing', async (_case, body, field, code) => {
    const ids = await seed([{}]);
    const before = await snapshotMoves(api.context.db);

    const response = await change({ studentIds: ids, ...body });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code, errors: [{ field, code }] });
    expect(await snapshotMoves(api.context.db)).toEqual(before);
  });

  it('answers 404 for another school\'s student or school', async () => {
    const [own] = await seed([{}]);
    const [foreign] = await seed([{}], OTHER_SCHOOL);

    const mixed = await change({ studentIds: [own, foreign], studyForm: 'evening' });
    const otherSchool = await change({ studentIds: [foreign], studyForm: 'evening' }, OTHER_SCHOOL);

    expect([mixed.statusCode, mixed.json().code]).toEqual([404, 'student.not_found']);
    expect([otherSchool.statusCode, otherSchool.json().code]).toEqual([404, 'organization.not_found']);
    expect(await formsOf([own, foreign])).toEqual(['full_time', 'full_time']);
  });

  it('rejects a repeated or empty selection with 400', async () => {
    const [id] = await seed([{}]);

    const repeated = await change({ studentIds: [id, id], studyForm: 'evening' });
    const empty = await change({ studentIds: [], studyForm: 'evening' });

    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().errors).toEqual([{ field: 'studentIds.1', code: 'study_form.student_ids_duplicate', params: {} }]);
    expect(empty.statusCode).toBe(400);
  });
});
