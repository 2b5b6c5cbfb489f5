import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { enrolments, movements } from '../../src/db/schema.js';
import { fixedClock } from '../../src/domain/clock.js';
import { seedDemoSchool } from '../../src/seed/demo-school.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { startServer, type RunningServer } from '../e2e/support/server.js';
import { csrfTokenOf } from '../support/app.js';
import { completePassport } from '../support/complete-passport.js';
import { createTestDatabase, DATABASE_KINDS, type DatabaseKind, type TestDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const TODAY = '2026-06-15';
const WARM_UP_SCHOOL = 661;
// PGlite's transaction cannot be watched from outside, so its kill comes after a guessed delay, shorter
// at each attempt, each on a school of its own, until one kill lands before the response.
const CRASH_SCHOOLS = [662, 663, 664];
const SHUTDOWN_SCHOOL = 665;
const KILL_AT_FRACTIONS = [0.5, 0.25, 0.1];
// The long variant (RELIABILITY_LONG=1) kills a school of 10,000 students.
const CRASH_SCHOOL_SIZE = process.env.RELIABILITY_LONG ? 10_000 : 3000;
const WARM_UP_SIZE = 2000;

/** Where the server's database lives, and how the test reads it between runs of the server. */
interface Storage {
  env: Record<string, string>;
  dataDir?: string;
  /** For PostgreSQL: resolves once the server has a transaction open on the school's enrolments. */
  transactionStarted?(): Promise<void>;
  open(): Promise<DatabaseHandle>;
  remove(): Promise<void>;
}

async function prepareStorage(kind: DatabaseKind): Promise<Storage> {
  if (kind === 'postgres') {
    const database: TestDatabase = await createTestDatabase('postgres');
    return {
      env: { DATABASE_URL: database.url! },
      transactionStarted: () => waitForTransaction(database.url!),
      open: () => openDatabase({ databaseUrl: database.url! }),
      remove: () => database.drop(),
    };
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'kontingent-crash-'));
  return { env: {}, dataDir, open: () => openDatabase({ dataDir }), remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** Seed what the server would (dictionaries, the demo school) and two schools of ready grade-5 students. */
async function seedSchools(storage: Storage): Promise<Map<number, number[]>> {
  const handle = await storage.open();
  const ids = new Map<number, number[]>();

  try {
    await seedDictionaries(handle.db);
    await seedDemoSchool(handle.db, { clock: fixedClock(TODAY), password: TEST_PASSWORD, adminPassword: TEST_PASSWORD });

    for (const [school, size] of [[WARM_UP_SCHOOL, WARM_UP_SIZE], ...CRASH_SCHOOLS.map((crashSchool) => [crashSchool, CRASH_SCHOOL_SIZE]), [SHUTDOWN_SCHOOL, CRASH_SCHOOL_SIZE]]) {
      await insertSchool(handle.db, { id: school });
      await insertOperator(handle.db, `school${school}`, school);
      // Born in 2001, long before any demo student, so no IIN can repeat one of the demo school's.
      const seeds = Array.from({ length: size }, (_, index) => ({
        lastName: `Оқушы${index}`,
        firstName: 'Бекзат',
        birthDate: `2001-01-${String(1 + (index % 28)).padStart(2, '0')}`,
        grade: 5,
        letter: index % 2 ? 'А' : 'Ә',
        passport: completePassport(5),
      }));
      ids.set(school, await insertStudents(handle.db, school, seeds));
    }
  } finally {
    await handle.close();
  }

  return ids;
}

/** Poll PostgreSQL until another session of the database is inside a transaction that touches enrolments. */
async function waitForTransaction(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();

  try {
    for (let attempt = 0; attempt < 20_000; attempt++) {
      const { rows } = await client.query(
        `select count(*)::int as open from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null and query ilike '%enrolments%'`,
      );
      if (rows[0].open > 0) return;
    }
    throw new Error('the transfer never opened a transaction');
  } finally {
    await client.end();
  }
}

async function logIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: TEST_PASSWORD }) });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

function transfer(baseUrl: string, cookie: string, school: number, studentIds: number[]): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/organizations/${school}/transfer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfTokenOf(cookie) },
    body: JSON.stringify({ studentIds }),
  });
}

/** Count the school's students moved into the next school year, and check each against its transfer movement. */
async function movedState(db: DatabaseHandle['db'], studentIds: number[]): Promise<{ moved: number; transferMovements: number; mismatched: number }> {
  const rows = await db.select().from(enrolments).where(inArray(enrolments.studentId, studentIds));
  const logged = await db.select().from(movements).where(and(inArray(movements.studentId, studentIds), eq(movements.kind, 'transfer')));
  const byEnrolment = new Map(logged.map((movement) => [movement.enrolmentId, movement]));

  const moved = rows.filter((row) => row.schoolYear === 2026);
  const mismatched = rows.filter((row) => {
    const movement = byEnrolment.get(row.id);
    if (row.schoolYear === 2025) return movement !== undefined || row.grade !== 5;
    return !movement || movement.after.grade !== row.grade || movement.after.schoolYear !== row.schoolYear || movement.before?.grade !== 5;
  });

  return { moved: moved.length, transferMovements: logged.length, mismatched: mismatched.length };
}

describe.each(DATABASE_KINDS)('crash during a transfer on %s', (kind) => {
  let storage: Storage;
  let ids: Map<number, number[]>;
  let server: RunningServer | undefined;

  beforeAll(async () => {
    storage = await prepareStorage(kind);
    ids = await seedSchools(storage);
  });

  afterAll(async () => {
    await server?.stop();
    await storage?.remove();
  });

  it('moves all students or none and keeps the log in step', async () => {
    const env = { ...storage.env, KONTINGENT_TODAY: TODAY };
    server = await startServer(env, { dataDir: storage.dataDir });

    // Two transfers of another school measure how long one takes on this machine now; the first also warms the server up.
    const warmUpIds = ids.get(WARM_UP_SCHOOL)!;
    const warmUpCookie = await logIn(server.baseUrl, `school${WARM_UP_SCHOOL}`);
    const half = warmUpIds.length / 2;
    expect((await transfer(server.baseUrl, warmUpCookie, WARM_UP_SCHOOL, warmUpIds.slice(0, half))).status).toBe(200);
    const started = performance.now();
    expect((await transfer(server.baseUrl, warmUpCookie, WARM_UP_SCHOOL, warmUpIds.slice(half))).status).toBe(200);
    const msPerStudent = (performance.now() - started) / half;

    const outcomes: Array<number | 'connection lost'> = [];
    for (const [attempt, school] of CRASH_SCHOOLS.entries()) {
      // Kill the server in the middle of the school's transfer: on PostgreSQL once its transaction
      // is open, on PGlite after a fraction of the time the warm-up predicts.
      const crashIds = ids.get(school)!;
      const cookie = await logIn(server.baseUrl, `school${school}`);
      const request = transfer(server.baseUrl, cookie, school, crashIds).then(
        (response) => response.status,
        () => 'connection lost' as const,
      );
      if (storage.transactionStarted) await storage.transactionStarted();
      else await new Promise((resolve) => setTimeout(resolve, msPerStudent * CRASH_SCHOOL_SIZE * KILL_AT_FRACTIONS[attempt]));
      await server.kill();
      const outcome = await request;
      outcomes.push(outcome);

      // Reopened after the crash (PGlite recovers its folder here), the school is either untouched
      // or fully moved, and every enrolment matches its movement.
      const handle = await storage.open();
      const state = await movedState(handle.db, crashIds).finally(() => handle.close());

      expect([0, CRASH_SCHOOL_SIZE]).toContain(state.moved);
      expect(state.transferMovements).toBe(state.moved);
      expect(state.mismatched).toBe(0);
      if (outcome === 200) expect(state.moved).toBe(CRASH_SCHOOL_SIZE);

      // The restarted server finishes the work: a repeat moves the school, or is refused as already done.
      server = await startServer(env, { dataDir: storage.dataDir });
      const retryCookie = await logIn(server.baseUrl, `school${school}`);
      const retry = await transfer(server.baseUrl, retryCookie, school, crashIds);
      expect(retry.status).toBe(state.moved === 0 ? 200 : 409);

      if (outcome === 'connection lost') break;
    }

    // At least one kill came before the response, so the crash really cut a transfer short.
    expect(outcomes).toContain('connection lost');
  });

  it('finishes the transfer in flight when stopped with SIGTERM', async () => {
    server ??= await startServer({ ...storage.env, KONTINGENT_TODAY: TODAY }, { dataDir: storage.dataDir });
    const schoolIds = ids.get(SHUTDOWN_SCHOOL)!;
    const cookie = await logIn(server.baseUrl, `school${SHUTDOWN_SCHOOL}`);

    const request = transfer(server.baseUrl, cookie, SHUTDOWN_SCHOOL, schoolIds);
    if (storage.transactionStarted) await storage.transactionStarted();
    else await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = server.stop();
    const response = await request;
    await stopped;
    server = undefined;

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ transferred: CRASH_SCHOOL_SIZE });
    const handle = await storage.open();
    const state = await movedState(handle.db, schoolIds).finally(() => handle.close());
    expect(state).toEqual({ moved: CRASH_SCHOOL_SIZE, transferMovements: CRASH_SCHOOL_SIZE, mismatched: 0 });
  });
});
