// Measures the year-end bulk action against a baseline taken in the same run:
// the time to read one page of 25 students; then the year-end progress of a
// 300,000-student region against the raw SQL aggregate (bench/progress.ts).
// Ratios, not milliseconds, are what compare across machines. Run with
// `npm run bench`; BENCH_ONLY=graduation or BENCH_ONLY=progress runs one part.
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../src/domain/clock.js';
import { createTestApp, type TestApp } from '../test/support/app.js';
import { completePassport } from '../test/support/complete-passport.js';
import { DATABASE_KINDS } from '../test/support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../test/support/fixtures.js';
import { benchProgress, type ProgressRow } from './progress.js';

const SIZES = [1, 200, 1000];
const BASELINE_REPEATS = 20;

interface Row {
  database: string;
  case: string;
  milliseconds: number;
  ratio: number;
  heapMegabytes: number;
}

async function benchDatabase(kind: (typeof DATABASE_KINDS)[number]): Promise<Row[]> {
  const api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
  const rows: Row[] = [];

  try {
    const baseline = await measureBaseline(api);
    rows.push({ database: kind, case: 'baseline: list 25 students', milliseconds: baseline, ratio: 1, heapMegabytes: 0 });

    for (const [index, size] of SIZES.entries()) {
      const school = 900 + index;
      const { cookie, studentIds } = await prepareSchool(api, school, size);

      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const response = await api.request({
        method: 'POST',
        url: `/api/v1/organizations/${school}/graduation`,
        cookie,
        body: { studentIds, documentKind: 'general_secondary_attestat', departureDate: '2026-06-12', orderDate: '2026-06-12', orderNumber: '45-Б', destination: 'university' },
      });
      const milliseconds = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`graduating ${size} failed: ${response.body}`);

      rows.push({
        database: kind,
        case: `graduate ${size} student(s)`,
        milliseconds,
        ratio: milliseconds / baseline,
        heapMegabytes: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
      });
    }
  } finally {
    await api.close();
  }

  return rows;
}

async function measureBaseline(api: TestApp): Promise<number> {
  const { cookie } = await prepareSchool(api, 899, 25, 'А');

  const timings: number[] = [];
  for (let repeat = 0; repeat < BASELINE_REPEATS; repeat++) {
    const started = performance.now();
    await api.request({ method: 'GET', url: '/api/v1/organizations/899/students?pageSize=25', cookie });
    timings.push(performance.now() - started);
  }

  // The median keeps one slow garbage collection from moving the baseline.
  return timings.sort((a, b) => a - b)[Math.floor(timings.length / 2)];
}

async function prepareSchool(api: TestApp, school: number, size: number, letter = 'Б') {
  await insertSchool(api.context.db, { id: school });
  await insertOperator(api.context.db, `bench${school}`, school);

  const seeds = Array.from({ length: size }, (_, index) => ({ lastName: `Түлек${index}`, firstName: 'Айбек', grade: 11, letter, passport: completePassport(11) }));
  const studentIds = await insertStudents(api.context.db, school, seeds);

  return { cookie: await api.login(`bench${school}`, TEST_PASSWORD), studentIds };
}

const only = process.env.BENCH_ONLY;

if (only !== 'progress') {
  const rows: Row[] = [];
  for (const kind of DATABASE_KINDS) rows.push(...(await benchDatabase(kind)));

  console.log('\n| database | case | ms | × baseline | heap Δ MB |\n|---|---|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.database} | ${row.case} | ${row.milliseconds.toFixed(1)} | ${row.ratio.toFixed(1)} | ${row.heapMegabytes.toFixed(1)} |`);
  }
}

if (only !== 'graduation') {
  const rows: ProgressRow[] = [];
  const fills: string[] = [];
  for (const kind of DATABASE_KINDS) {
    const result = await benchProgress(kind);
    rows.push(...result.rows);
    fills.push(`${kind}: ${result.students} students filled in ${result.fillSeconds.toFixed(0)} s`);
  }

  console.log(`\n${fills.join('; ')}`);
  console.log('\n| database | case | ms (median of 5) | × raw SQL |\n|---|---|---:|---:|');
  for (const row of rows) console.log(`| ${row.database} | ${row.case} | ${row.milliseconds.toFixed(0)} | ${row.ratio.toFixed(1)} |`);
}
