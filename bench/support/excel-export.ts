// Measures the Excel export of the contingent list at 1,000 and 100,000 rows
// over a real HTTP connection on loopback, against a baseline taken in the
// same run: the time to read one page of 25 students.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';
import { kazakhSortKey } from '../../src/domain/kazakh-order.js';
import { insertOperator, insertSchool } from '../../test/support/fixtures.js';

export const EXPORT_SIZES = [1000, 100_000];

const MEGABYTE = 2 ** 20;

/** Minimum interval between the forced collections and heap readings of the memory pass. */
const SAMPLE_INTERVAL_MS = 250;

export interface ExportMeasurement {
  rows: number;
  milliseconds: number;
  bytes: number;
  /** Highest live memory of the process (V8 heap plus buffers, after forced collections) while the file streams. */
  peakMegabytes: number;
  /** The same peak less the live memory just before the request. */
  growthMegabytes: number;
}

/**
 * Fills a school with `size` active students in a few set-based statements:
 * names, grades 1–11, four letters and three passport values each. The IINs
 * are unique but not valid, which the export does not check.
 */
export async function seedLargeSchool(db: Executor, school: number, size: number): Promise<string> {
  await insertSchool(db, { id: school });
  const username = `export${school}`;
  await insertOperator(db, username, school);

  const letters = ['А', 'Ә', 'Б', 'В'];
  const textArray = (values: string[]) => sql`array[${sql.join(values.map((value) => sql`${value}::text`), sql`, `)}]`;
  const [firstIin, lastIin] = [1, size].map((n) => String(school * 1_000_000 + n).padStart(12, '0'));

  await db.execute(sql`
    insert into students (iin, last_name, first_name, middle_name, name_sort_key, birth_date, sex)
    select lpad((${school * 1_000_000}::bigint + n)::text, 12, '0'), 'Әбдірахманова' || n, 'Іңкәр', 'Серікқызы', '200' || lpad(n::text, 9, '0'), date '2012-04-01', 'female'
    from generate_series(1, ${size}::int) as n`);

  await db.execute(sql`
    insert into enrolments (student_id, organization_id, school_year, grade, letter, letter_sort_key, study_form, status)
    select s.id, ${school}::int, 2025, 1 + (s.id % 11), (${textArray(letters)})[1 + s.id % 4], (${textArray(letters.map(kazakhSortKey))})[1 + s.id % 4], 'full_time', 'active'
    from students s where s.iin between ${firstIin} and ${lastIin}`);

  await db.execute(sql`
    insert into passport_values (student_id, organization_id, indicator_code, value)
    select e.student_id, ${school}::int, code, value
    from enrolments e
    cross join (values ('nationality', '"Қазақ"'::jsonb), ('has_disability', 'false'::jsonb), ('residence_area', '"rural"'::jsonb)) as v(code, value)
    where e.organization_id = ${school}::int`);

  return username;
}

/**
 * Downloads the export of one school's contingent from the listening server
 * twice: once for the time to the last byte, and once with a forced garbage
 * collection every SAMPLE_INTERVAL_MS for the peak of live memory, because
 * the collections would slow the first pass.
 */
export async function measureExport(baseUrl: string, cookie: string, school: number, rows: number): Promise<ExportMeasurement> {
  const timed = await download(baseUrl, cookie, school, () => {});

  global.gc?.();
  const before = liveBytes();
  let peak = before;
  let lastSample = 0;
  await download(baseUrl, cookie, school, () => {
    const now = performance.now();
    if (now - lastSample < SAMPLE_INTERVAL_MS) return;
    lastSample = now;
    global.gc?.();
    peak = Math.max(peak, liveBytes());
  });
  global.gc?.();
  peak = Math.max(peak, liveBytes());

  return { rows, milliseconds: timed.milliseconds, bytes: timed.bytes, peakMegabytes: peak / MEGABYTE, growthMegabytes: (peak - before) / MEGABYTE };
}

/** Reads the whole response, calling `onChunk` for every chunk of the file that arrives. */
async function download(baseUrl: string, cookie: string, school: number, onChunk: () => void): Promise<{ milliseconds: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/organizations/${school}/exports/contingent?language=ru`, { headers: { cookie } });
  if (response.status !== 200 || !response.body) throw new Error(`exporting school ${school} failed: ${response.status} ${await response.text()}`);

  let bytes = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.length;
    onChunk();
  }

  return { milliseconds: performance.now() - started, bytes };
}

function liveBytes(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
