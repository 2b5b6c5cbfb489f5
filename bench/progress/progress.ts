// Measures the year-end progress of a whole region (300,000 students) through
// the API against the raw SQL aggregate of the same enrolments, run in the
// same process on the same database. The ratio shows what the readiness
// check, the movement counts and the grouping cost on top of counting rows.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createUser } from '../../src/server/features/accounts/create-user.js';
import { territorySubtree } from '../../src/server/features/territories/scope.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import type { DatabaseKind } from '../../test/support/database.js';
import { TEST_PASSWORD } from '../../test/support/fixtures.js';
import { REGION_KATO, fillRegion } from './region-fixture.js';

/** 10 districts × 60 schools × 500 students: 300,000 students, the size of a mid-sized oblast. */
const SHAPE = { districts: 10, schoolsPerDistrict: 60, studentsPerSchool: 500 };
const SCHOOL_YEAR = 2025;
const REPEATS = 5;

export interface ProgressRow {
  database: string;
  case: string;
  milliseconds: number;
  ratio: number;
}

export async function benchProgress(kind: DatabaseKind): Promise<{ rows: ProgressRow[]; students: number; fillSeconds: number }> {
  const api = await createTestApp(kind, { clock: fixedClock('2026-06-20T10:00:00+05:00') });

  try {
    const fillStarted = performance.now();
    const students = await fillRegion(api.context.db, SHAPE, SCHOOL_YEAR);
    const fillSeconds = (performance.now() - fillStarted) / 1000;

    await createUser(api.context.db, { username: 'bench.ministry', password: TEST_PASSWORD, role: 'ministry' });
    const cookie = await api.login('bench.ministry', TEST_PASSWORD);

    const raw = await median(() => rawAggregate(api));
    const passports = await median(() => rawPassportScan(api));
    const rows: ProgressRow[] = [
      { database: kind, case: 'raw SQL: count enrolments of the region by school, grade, status', milliseconds: raw, ratio: 1 },
      { database: kind, case: 'raw SQL: count passport values of the region\'s active students', milliseconds: passports, ratio: passports / raw },
    ];

    for (const grouping of ['territories', 'schools'] as const) {
      const milliseconds = await median(async () => {
        const response = await api.request({ method: 'GET', url: `/api/v1/territories/${REGION_KATO}/progress?by=${grouping}`, cookie });
        if (response.statusCode !== 200) throw new Error(`progress by ${grouping} failed: ${response.statusCode} ${response.body}`);
      });
      rows.push({ database: kind, case: `progress of the region by ${grouping === 'territories' ? 'district' : 'school'} (API)`, milliseconds, ratio: milliseconds / raw });
    }

    return { rows, students, fillSeconds };
  } finally {
    await api.close();
  }
}

/** Count the region's enrolments by school, grade and status: the same territory walk and nothing else, the floor of any progress query. */
async function rawAggregate(api: TestApp): Promise<void> {
  await api.context.db.execute(sql`
    select e.organization_id, e.grade, e.status, count(*)
    from enrolments e join organizations o on o.id = e.organization_id
    where o.kato in ${territorySubtree(REGION_KATO)}
    group by e.organization_id, e.grade, e.status
  `);
}

/** Read every passport value of the region's active students once: the floor of any readiness check. */
async function rawPassportScan(api: TestApp): Promise<void> {
  await api.context.db.execute(sql`
    select count(*)
    from passport_values p
    join enrolments e on e.student_id = p.student_id and e.status = 'active'
    join organizations o on o.id = e.organization_id
    where o.kato in ${territorySubtree(REGION_KATO)}
  `);
}

/** Run once to warm the caches, then REPEATS times, and return the median in milliseconds. */
async function median(run: () => Promise<void>): Promise<number> {
  await run();

  const timings: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }

  return timings.sort((a, b) => a - b)[Math.floor(timings.length / 2)];
}
