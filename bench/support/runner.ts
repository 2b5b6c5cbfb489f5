import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { fixedClock } from '../../src/domain/clock.js';
import { schoolYearOf } from '../../src/domain/school-year.js';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { planNationalDataset } from '../../src/seed/national/plan.js';
import { writeNationalDataset } from '../../src/seed/national/write.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import type { BenchCase, BenchContext, Stage } from './context.js';
import { login } from './http.js';
import type { BenchOptions } from './options.js';
import { openRawSql, type RawSql } from './raw-sql.js';
import type { BenchReport, BenchRow, MachineInfo } from './report.js';
import { startBenchServer } from './server.js';
import { statementCounter } from '../../test/support/statement-counter.js';

export const BENCH_ADMIN = 'bench-admin';

/**
 * Loads the first tenth of the planned schools, runs the cases of stage
 * `tenth`, loads the rest and runs the cases of stage `full`. All of it runs
 * in one process, on one database and one server, so that each ratio
 * compares figures measured under the same conditions.
 */
export async function runBenchmarks(options: BenchOptions, cases: BenchCase[], command: string): Promise<BenchReport> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);
  const started = performance.now();

  const counter = statementCounter();
  const databaseUrl = process.env.DATABASE_URL || null;
  const handle = await openDatabase(databaseUrl ? { databaseUrl, logger: counter } : { dataDir: 'memory://', logger: counter });
  const rows: BenchRow[] = [];
  let machine: MachineInfo;

  try {
    await assertEmpty(handle);
    await seedDictionaries(handle.db);

    const clock = fixedClock(`${options.today}T10:00:00+05:00`);
    const plan = planNationalDataset({ students: options.students, schools: options.schools, schoolYear: schoolYearOf(clock.today()) });
    const password = randomBytes(18).toString('base64url');
    await createUser(handle.db, { username: BENCH_ADMIN, password, role: 'admin' });

    const server = await startBenchServer({ db: handle.db, databaseKind: handle.kind, clock, rehearsalDate: null, secureCookies: false });
    const rawSql = openRawSql(handle.db, databaseUrl);

    const adminCookie = await login(server.baseUrl, BENCH_ADMIN, password);
    const context: BenchContext = {
      options,
      db: handle.db,
      databaseKind: handle.kind,
      databaseUrl,
      clock,
      plan,
      studentsLoaded: 0,
      server,
      rawSql,
      adminCookie,
      newAdminSession: () => login(server.baseUrl, BENCH_ADMIN, password),
      countStatements: counter.measure,
      log,
    };

    try {
      const tenth = Math.max(1, Math.ceil(plan.schools.length / 10));
      const stages: Array<{ stage: Stage; from: number; to: number }> = [
        { stage: 'tenth', from: 0, to: tenth },
        { stage: 'full', from: tenth, to: plan.schools.length },
      ];

      for (const { stage, from, to } of stages) {
        const written = await writeNationalDataset(handle.db, plan, { fromSchool: from, toSchool: to });
        context.studentsLoaded += written.students;
        log(`loaded schools ${from}-${to - 1}: ${written.students} students in ${(written.milliseconds / 1000).toFixed(1)} s; ${context.studentsLoaded} in the database`);
        if (written.students > 0) {
          rows.push({ case: '0. generator', figure: `write ${written.students.toLocaleString('en-US')} students with passports`, value: written.students / (written.milliseconds / 1000), unit: 'students/s' });
        }

        for (const benchCase of cases.filter((candidate) => candidate.stages.includes(stage))) {
          log(`${benchCase.name} (${stage})`);
          rows.push(...(await benchCase.run(context, stage)));
        }
      }
      machine = await describeMachine(rawSql, handle.kind, loadAtStart);
    } finally {
      await rawSql.close();
      await server.close();
    }
  } finally {
    await handle.close();
  }

  return {
    startedAt: startedAt.toISOString(),
    command,
    databaseKind: handle.kind,
    students: options.students,
    schools: options.schools,
    minutes: (performance.now() - started) / 60_000,
    machine,
    rows,
  };
}

/** Rejects a database with any school or account, because the bench writes millions of rows and changes them. */
async function assertEmpty(handle: DatabaseHandle): Promise<void> {
  const result = (await handle.db.execute(sql`select (select count(*) from organizations)::int + (select count(*) from users)::int as count`)) as unknown as {
    rows: Array<{ count: number }>;
  };
  if (result.rows[0].count > 0) {
    throw new Error('npm run bench needs an empty database, because it writes its own data and changes it. Create one, e.g. `createdb -h 127.0.0.1 -U postgres kontingent_bench`, and set DATABASE_URL to it.');
  }
}

async function describeMachine(rawSql: RawSql, kind: 'pglite' | 'postgres', loadAtStart: number[]): Promise<MachineInfo> {
  const [{ server_version: version }] = await rawSql.query<{ server_version: string }>('show server_version');
  const database = kind === 'pglite' ? `PGlite (PostgreSQL ${version} in WebAssembly, in memory, in the server's process)` : `PostgreSQL ${version.split(' ')[0]} on the same machine`;

  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.versions.node,
    database,
    loadAtStart,
    loadAtEnd: os.loadavg(),
  };
}
