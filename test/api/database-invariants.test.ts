import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { enrolments, movements, students } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 641;

/** Run `statement` and return the error the database raised, or null. */
async function rejection(statement: Promise<unknown>): Promise<string | null> {
  try {
    await statement;
    return null;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
}

describeEachDatabase('database invariants', (kind) => {
  let api: TestApp;
  let studentId: number;
  let movementId: number;

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
    await insertSchool(api.context.db, { id: SCHOOL });
    await insertOperator(api.context.db, 'school641', SCHOOL);
    [studentId] = await insertStudents(api.context.db, SCHOOL, [{ lastName: 'Сейітова', firstName: 'Аружан', grade: 5, letter: 'А', passport: completePassport(5) }]);

    const cookie = await api.login('school641', TEST_PASSWORD);
    const response = await api.request({ method: 'POST', url: `/api/v1/organizations/${SCHOOL}/transfer`, cookie, body: { studentIds: [studentId] } });
    expect(response.statusCode).toBe(200);
    [{ id: movementId }] = await api.context.db.select({ id: movements.id }).from(movements).where(eq(movements.studentId, studentId));
  });

  afterAll(async () => api?.close());

  it('rejects changing a movement', async () => {
    const message = await rejection(api.context.db.update(movements).set({ orderNumber: 'x' }).where(eq(movements.id, movementId)));
    expect(message).toMatch(/append-only/);
  });

  it('rejects deleting a movement', async () => {
    const message = await rejection(api.context.db.delete(movements).where(eq(movements.id, movementId)));
    expect(message).toMatch(/append-only/);
    expect(await api.context.db.select().from(movements).where(eq(movements.id, movementId))).toHaveLength(1);
  });

  it('rejects a grade outside 0-13', async () => {
    expect(await rejection(api.context.db.update(enrolments).set({ grade: 14 }).where(eq(enrolments.studentId, studentId)))).toMatch(/enrolments_grade_range/);
    expect(await rejection(api.context.db.update(enrolments).set({ grade: -1 }).where(eq(enrolments.studentId, studentId)))).toMatch(/enrolments_grade_range/);
  });

  it('rejects an empty or long letter', async () => {
    expect(await rejection(api.context.db.update(enrolments).set({ letter: '' }).where(eq(enrolments.studentId, studentId)))).toMatch(/enrolments_letter_length/);
    expect(await rejection(api.context.db.update(enrolments).set({ letter: 'АБВ' }).where(eq(enrolments.studentId, studentId)))).toMatch(/enrolments_letter_length/);
  });

  it('rejects an unknown status', async () => {
    const message = await rejection(api.context.db.execute(sql`update enrolments set status = 'expelled' where student_id = ${studentId}`));
    expect(message).toMatch(/enrolments_status_known/);
  });

  it('rejects an IIN that is not 12 digits', async () => {
    expect(await rejection(api.context.db.update(students).set({ iin: '12345' }).where(eq(students.id, studentId)))).toMatch(/students_iin_digits/);
  });

  it('rejects a second current enrolment', async () => {
    const [current] = await api.context.db.select().from(enrolments).where(eq(enrolments.studentId, studentId));
    const { id: _id, ...copy } = current;

    expect(await rejection(api.context.db.insert(enrolments).values(copy))).toMatch(/enrolments_one_current_per_student/);
  });

  it('rejects an undo without its movement and a second undo', async () => {
    const [current] = await api.context.db.select().from(enrolments).where(eq(enrolments.studentId, studentId));
    const base = { batchId: '00000000-0000-4000-8000-000000000001', studentId, enrolmentId: current.id, organizationId: SCHOOL, before: null, after: { organizationId: SCHOOL, schoolYear: 2025, grade: 5, letter: 'А', status: 'active' as const, studyForm: 'full_time', graduation: null } };

    expect(await rejection(api.context.db.insert(movements).values({ ...base, kind: 'undo' }))).toMatch(/movements_undo_names_movement/);
    expect(await rejection(api.context.db.insert(movements).values({ ...base, kind: 'undo', undoesMovementId: 999_999_999 }))).toMatch(/foreign key|movements_undoes_movement_id/);

    await api.context.db.insert(movements).values({ ...base, kind: 'undo', undoesMovementId: movementId });
    expect(await rejection(api.context.db.insert(movements).values({ ...base, kind: 'undo', undoesMovementId: movementId }))).toMatch(/movements_undoes_key/);
  });
});
