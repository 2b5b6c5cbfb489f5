import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { enrolments, movements, passportValues, students } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { buildApp } from '../../src/server/app.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { completePassport } from '../support/complete-passport.js';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const run = promisify(execFile);
const SCHOOL = 691;

/** Fill a database with a school whose students have graduated and moved up, so the movement log is not empty. */
async function fill(handle: DatabaseHandle): Promise<void> {
  await seedDictionaries(handle.db);
  await insertSchool(handle.db, { id: SCHOOL });
  await insertOperator(handle.db, 'school691', SCHOOL);
  const grade9 = await insertStudents(handle.db, SCHOOL, Array.from({ length: 30 }, (_, index) => ({ lastName: `Сақтық${index}`, firstName: 'Дария', grade: 9, letter: 'А', passport: completePassport(9) })));
  const grade4 = await insertStudents(handle.db, SCHOOL, Array.from({ length: 30 }, (_, index) => ({ lastName: `Көшірме${index}`, firstName: 'Ержан', grade: 4, letter: 'Ә', passport: completePassport(4) })));

  const app = await buildApp({ db: handle.db, databaseKind: handle.kind, clock: fixedClock('2026-06-15T10:00:00+05:00'), rehearsalDate: null, secureCookies: false });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'school691', password: TEST_PASSWORD } });
    const cookieValue = (name: string) => login.cookies.find((cookie) => cookie.name === name)!.value;
    const csrf = cookieValue('kontingent_csrf');
    const cookie = `kontingent_session=${cookieValue('kontingent_session')}; kontingent_csrf=${csrf}`;
    const graduation = await app.inject({
      method: 'POST',
      url: `/api/v1/organizations/${SCHOOL}/graduation`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { studentIds: grade9, documentKind: 'basic_secondary_attestat', departureDate: '2026-06-10', orderDate: '2026-06-09', orderNumber: '3', destination: 'college' },
    });
    expect(graduation.statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/organizations/${SCHOOL}/transfer`, headers: { cookie, 'x-csrf-token': csrf }, payload: { studentIds: grade4 } })).statusCode).toBe(200);
  } finally {
    await app.close();
  }
}

async function contents(handle: DatabaseHandle) {
  return {
    students: await handle.db.select().from(students).orderBy(asc(students.id)),
    enrolments: await handle.db.select().from(enrolments).orderBy(asc(enrolments.id)),
    passportValues: await handle.db.select().from(passportValues).orderBy(asc(passportValues.studentId), asc(passportValues.indicatorCode)),
    movements: await handle.db.select().from(movements).orderBy(asc(movements.id)),
  };
}

describe('backup and restore', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('restores a copy of the stopped PGlite data folder', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'kontingent-backup-'));
    cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
    const dataDir = path.join(folder, 'data');
    const copy = path.join(folder, 'restored');

    const original = await openDatabase({ dataDir });
    await fill(original);
    const expected = await contents(original);
    await original.close();

    cpSync(dataDir, copy, { recursive: true });
    const restored = await openDatabase({ dataDir: copy });
    const actual = await contents(restored).finally(() => restored.close());

    expect(actual.movements.length).toBe(60);
    expect(actual).toEqual(expected);
  });

  it.runIf(DATABASE_KINDS.includes('postgres'))('restores a pg_dump of PostgreSQL into a new database', async () => {
    const source: TestDatabase = await createTestDatabase('postgres');
    cleanups.push(() => source.drop());
    await fill(source.handle);
    const expected = await contents(source.handle);

    const folder = mkdtempSync(path.join(tmpdir(), 'kontingent-dump-'));
    cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
    const dump = path.join(folder, 'kontingent.dump');
    await run('pg_dump', ['--format=custom', `--file=${dump}`, source.url!]);

    // The restore goes into an empty database, as on a new server: the test database's migrated schema is dropped first.
    const target: TestDatabase = await createTestDatabase('postgres');
    cleanups.push(() => target.drop());
    await run('psql', ['--quiet', '--dbname', target.url!, '--command', 'drop schema public cascade; drop schema if exists drizzle cascade; create schema public;']);
    await run('pg_restore', ['--no-owner', `--dbname=${target.url!}`, dump]);

    const restored = await openDatabase({ databaseUrl: target.url! });
    const actual = await contents(restored).finally(() => restored.close());

    expect(actual.movements.length).toBe(60);
    expect(actual).toEqual(expected);
  });
});
