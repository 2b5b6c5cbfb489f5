// Measures the year-end bulk action and the Excel export against a baseline
// taken in the same run: the time to read one page of 25 students. Ratios,
// not milliseconds, are what compare across machines. Run with `npm run bench`.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../src/domain/clock.js';
import { createTestApp, type TestApp } from '../test/support/app.js';
import { completePassport } from '../test/support/complete-passport.js';
import { DATABASE_KINDS } from '../test/support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../test/support/fixtures.js';
import { EXPORT_SIZES, measureExport, seedLargeSchool, type ExportMeasurement } from './export.js';

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

interface ExportRow extends ExportMeasurement {
  database: string;
  ratio: number;
}

/** Exports 1,000 and 100,000 rows through a server listening on loopback, so the file streams as it does to a browser. */
async function benchExports(kind: (typeof DATABASE_KINDS)[number]): Promise<ExportRow[]> {
  const api = await createTestApp(kind, { clock: fixedClock('2026-06-15T10:00:00+05:00') });
  const rows: ExportRow[] = [];

  try {
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    const baseUrl = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
    // Both schools are in the database before either export, so the memory of the database itself is the same in both.
    const schools = [];
    for (const [index, size] of EXPORT_SIZES.entries()) {
      const school = 950 + index;
      const username = await seedLargeSchool(api.context.db, school, size);
      schools.push({ school, size, cookie: await api.login(username, TEST_PASSWORD) });
    }
    const baseline = await measureBaseline(api);

    for (const { school, size, cookie } of schools) {
      const measurement = await measureExport(baseUrl, cookie, school, size);
      rows.push({ database: kind, ...measurement, ratio: measurement.milliseconds / baseline });
    }
  } finally {
    await api.close();
  }

  return rows;
}

const rows: Row[] = [];
for (const kind of DATABASE_KINDS) rows.push(...(await benchDatabase(kind)));

console.log('\n| database | case | ms | × baseline | heap Δ MB |\n|---|---|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.database} | ${row.case} | ${row.milliseconds.toFixed(1)} | ${row.ratio.toFixed(1)} | ${row.heapMegabytes.toFixed(1)} |`);
}

const exports: ExportRow[] = [];
for (const kind of DATABASE_KINDS) exports.push(...(await benchExports(kind)));

console.log('\n| database | export rows | ms | × baseline | file MB | peak live MB | growth MB |\n|---|---:|---:|---:|---:|---:|---:|');
for (const row of exports) {
  const cells = [row.database, row.rows, row.milliseconds.toFixed(0), row.ratio.toFixed(0), (row.bytes / 2 ** 20).toFixed(1), row.peakMegabytes.toFixed(1), row.growthMegabytes.toFixed(1)];
  console.log(`| ${cells.join(' | ')} |`);
}

for (const kind of DATABASE_KINDS) {
  const [small, large] = EXPORT_SIZES.map((size) => exports.find((row) => row.database === kind && row.rows === size)!);
  console.log(`${kind}: peak memory at ${large.rows} rows is ${(large.peakMegabytes / small.peakMegabytes).toFixed(2)} × that at ${small.rows} rows (the target is below 2)`);
}
