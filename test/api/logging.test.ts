import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { buildApp, loggerOptions } from '../../src/server/app.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

describe('request logs', () => {
  let database: TestDatabase;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    await seedDictionaries(database.handle.db);
  });

  afterAll(async () => database?.drop());

  it('never contain an IIN, a name or a password', async () => {
    const { db } = database.handle;
    await insertSchool(db, { id: 701 });
    await insertOperator(db, 'school701', 701);
    const [id] = await insertStudents(db, 701, [{ lastName: 'Жасұланова', firstName: 'Гүлназ', grade: 3, letter: 'А' }]);

    const stream = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const app = await buildApp(
      { db, databaseKind: 'pglite', clock: fixedClock('2026-03-02'), rehearsalDate: null, secureCookies: false },
      { logger: { ...(loggerOptions('debug') as object), stream } },
    );

    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'school701', password: TEST_PASSWORD } });
    const sessionCookie = login.cookies.find((candidate) => candidate.name === 'kontingent_session')!;
    const csrfCookie = login.cookies.find((candidate) => candidate.name === 'kontingent_csrf')!;
    const cookie = `kontingent_session=${sessionCookie.value}; kontingent_csrf=${csrfCookie.value}`;
    const student = (await app.inject({ method: 'GET', url: `/api/v1/students/${id}`, headers: { cookie } })).json();

    await app.inject({ method: 'GET', url: `/api/v1/organizations/701/students?q=${student.iin}`, headers: { cookie } });
    await app.inject({ method: 'GET', url: `/api/v1/organizations/701/students?q=${encodeURIComponent('Жасұланова')}`, headers: { cookie } });
    await app.inject({ method: 'PATCH', url: `/api/v1/students/${id}`, headers: { cookie, 'x-csrf-token': csrfCookie.value }, payload: { iin: '000000000000', lastName: 'Жасұланова' } });
    await app.close();

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(log).not.toContain(student.iin);
    expect(log).not.toContain('Жасұланова');
    expect(log).not.toContain(encodeURIComponent('Жасұланова'));
    expect(log).not.toContain(TEST_PASSWORD);
    expect(log).not.toContain(sessionCookie.value);
    expect(log).not.toContain(csrfCookie.value);
  });

  it('carry the request id of a caught error', async () => {
    const { db } = database.handle;
    await insertSchool(db, { id: 702 });
    await insertOperator(db, 'school702', 702);
    const [id] = await insertStudents(db, 702, [{ lastName: 'Қателікова', firstName: 'Әсел', grade: 4, letter: 'А' }]);

    const errorLines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (errorLines.push(String(chunk)), done()) });
    const app = await buildApp(
      { db, databaseKind: 'pglite', clock: fixedClock('2026-03-02'), rehearsalDate: null, secureCookies: false },
      { logger: { ...(loggerOptions('info') as object), stream } },
    );
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'school702', password: TEST_PASSWORD } });
    const cookie = `kontingent_session=${login.cookies.find((candidate) => candidate.name === 'kontingent_session')!.value}`;
    const { iin } = (await app.inject({ method: 'GET', url: `/api/v1/students/${id}`, headers: { cookie } })).json();

    // A table the query needs disappears, so the request fails inside the database.
    await db.execute(sql`alter table passport_values rename to passport_values_gone`);
    const response = await app.inject({ method: 'GET', url: `/api/v1/students/${id}`, headers: { cookie, 'accept-language': 'ru' } });
    await db.execute(sql`alter table passport_values_gone rename to passport_values`);
    await app.close();

    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'server.internal' });
    const logged = errorLines.map((line) => JSON.parse(line) as { level: number; reqId?: string; msg: string; err?: { query?: string } });
    const errors = logged.filter((line) => line.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].reqId).toEqual(expect.any(String));
    expect(errors[0].err?.query).toContain('passport_values');
    expect(errorLines.join('')).not.toContain(iin);
    expect(errorLines.join('')).not.toContain('Қателікова');
  });
});
