import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 511;
const TODAY = '2026-06-15';

describeEachDatabase('passport dates API', (kind) => {
  let api: TestApp;
  let cookie: string;
  let studentId: number;

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock(TODAY) });
    await insertSchool(api.context.db, { id: SCHOOL });
    await insertOperator(api.context.db, 'school511', SCHOOL);
    [studentId] = await insertStudents(api.context.db, SCHOOL, [{ lastName: 'Сәрсенова', firstName: 'Әлия', grade: 11, letter: 'А' }]);
    cookie = await api.login('school511', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  const patch = (passport: Record<string, unknown>) =>
    api.request({ method: 'PATCH', url: `/api/v1/students/${studentId}`, cookie, body: { passport } });

  it('rejects an attestat issued after the clock date', async () => {
    const response = await patch({ attestat_issue_date: '2026-06-16' });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'passport.attestat_issue_date', code: 'passport.date_in_future', params: { max: TODAY } },
    ]);
  });

  it('accepts an attestat issued on the clock date', async () => {
    const response = await patch({ attestat_issue_date: TODAY });

    expect(response.statusCode).toBe(200);
    expect(response.json().passport.attestat_issue_date).toBe(TODAY);
  });

  it('rejects an exam row dated after the clock date', async () => {
    const response = await patch({ special_exam_results: [{ exam_date: '2026-07-01', area: 'Спорт' }] });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'passport.special_exam_results',
        code: 'passport.invalid_row',
        params: { max: TODAY, row: 1, column: 'exam_date', reason: 'date_in_future' },
      },
    ]);
  });

  it('rejects a date before 1900', async () => {
    const response = await patch({ employment_date: '1026-06-10' });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'passport.employment_date', code: 'passport.out_of_range', params: { min: '1900-01-01', max: TODAY } },
    ]);
  });
});
