import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, csrfTokenOf, type TestApp } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';
import { databaseSnapshot } from '../support/snapshot.js';

const SCHOOL = 651;

describeEachDatabase('idempotent bulk requests', (kind) => {
  let api: TestApp;
  let cookie: string;
  let nextName = 0;

  const seed = (count: number, grade = 4) =>
    insertStudents(
      api.context.db,
      SCHOOL,
      Array.from({ length: count }, () => ({ lastName: `Қайталау${nextName++}`, firstName: 'Ayan', grade, letter: 'А', passport: completePassport(grade) })),
    );

  const transfer = (studentIds: number[], key?: string) =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${SCHOOL}/transfer`,
      headers: { cookie, 'x-csrf-token': csrfTokenOf(cookie), 'accept-language': 'en', ...(key === undefined ? {} : { 'idempotency-key': key }) },
      payload: { studentIds },
    });

  beforeAll(async () => {
    api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
    await insertSchool(api.context.db, { id: SCHOOL });
    await insertOperator(api.context.db, 'school651', SCHOOL);
    cookie = await api.login('school651', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  it('returns the first result to a repeat and writes nothing', async () => {
    const ids = await seed(3);
    const first = await transfer(ids, 'repeat-key-0001');
    expect(first.statusCode).toBe(200);
    const afterFirst = await databaseSnapshot(api.context.db);

    const repeat = await transfer(ids, 'repeat-key-0001');

    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual(first.json());
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(await databaseSnapshot(api.context.db)).toEqual(afterFirst);
  });

  it('runs a request without a key as usual', async () => {
    const ids = await seed(1);

    expect((await transfer(ids)).statusCode).toBe(200);
    expect((await transfer(ids)).json()).toMatchObject({ code: 'transfer.already_transferred' });
  });

  it('replays a rejection too', async () => {
    const [graduating] = await seed(1, 9);

    const first = await transfer([graduating], 'rejected-key-01');
    const repeat = await transfer([graduating], 'rejected-key-01');

    expect(first.statusCode).toBe(400);
    expect(repeat.statusCode).toBe(400);
    expect(repeat.json()).toEqual(first.json());
  });

  it('rejects a key reused for another request', async () => {
    const [a, b] = await seed(2);
    expect((await transfer([a], 'reused-key-0001')).statusCode).toBe(200);
    const before = await databaseSnapshot(api.context.db);

    const other = await transfer([b], 'reused-key-0001');

    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency.key_reused' });
    expect(other.json().message).toMatch(/already used for another request/);
    expect(await databaseSnapshot(api.context.db)).toEqual(before);
  });

  it('rejects a malformed key', async () => {
    const ids = await seed(1);

    for (const key of ['short', 'with space in it', 'ключ-повтора-01', 'x'.repeat(101)]) {
      const response = await transfer(ids, key);
      expect(response.statusCode, key).toBe(400);
      expect(response.json(), key).toMatchObject({ code: 'idempotency.key_invalid' });
    }
  });

  it('transfers once when a double click sends the request twice at once', async () => {
    const ids = await seed(40);

    const responses = await Promise.all([transfer(ids, 'double-click-01'), transfer(ids, 'double-click-01')]);

    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([200, 409]).toContain(statuses[1]);
    for (const response of responses.filter((candidate) => candidate.statusCode === 409)) {
      expect(response.json()).toMatchObject({ code: 'idempotency.in_progress' });
    }

    const snapshot = await databaseSnapshot(api.context.db);
    const moved = snapshot.movements.filter((movement) => ids.includes(movement.studentId));
    expect(moved).toHaveLength(40);
  });

  it('keeps keys apart per user', async () => {
    await insertOperator(api.context.db, 'school651-second', SCHOOL);
    const secondCookie = await api.login('school651-second', TEST_PASSWORD);
    const [mine, theirs] = await seed(2);
    expect((await transfer([mine], 'shared-key-0001')).statusCode).toBe(200);

    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${SCHOOL}/transfer`,
      headers: { cookie: secondCookie, 'x-csrf-token': csrfTokenOf(secondCookie), 'idempotency-key': 'shared-key-0001' },
      payload: { studentIds: [theirs] },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
  });
});
