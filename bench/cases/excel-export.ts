import type { BenchCase } from '../support/context.js';
import { EXPORT_SIZES, measureExport, seedLargeSchool } from '../support/excel-export.js';
import { FIRST_FIXTURE_SCHOOL } from '../support/fixture-school.js';
import { expectOk } from '../support/http.js';
import type { BenchRow } from '../support/report.js';
import { median } from '../support/timing.js';

const CASE = '4. Excel export';
const BASELINE_REPEATS = 20;
/** Peak memory at 100,000 rows may be at most this multiple of that at 1,000. */
const MEMORY_TARGET = 2;

/**
 * Exports the contingent of a 1,000-student and a 100,000-student school
 * through the listening server, as a browser downloads it. It reports the time
 * to the last byte against reading one page of 25 students, and the process's
 * peak of live memory while the file streams.
 */
export const excelExportCase: BenchCase = {
  name: 'excel-export',
  stages: ['full'],

  async run(context) {
    const { baseUrl } = context.server;
    const cookie = context.adminCookie;

    // Both schools are in the database before either export, so the memory of the database itself is the same in both.
    const schools = EXPORT_SIZES.map((size, index) => ({ school: FIRST_FIXTURE_SCHOOL + 50 + index, size }));
    for (const { school, size } of schools) await seedLargeSchool(context.db, school, size);

    const listTimes: number[] = [];
    for (let repeat = 0; repeat < BASELINE_REPEATS; repeat += 1) {
      listTimes.push((await expectOk(baseUrl, 'GET', `/api/v1/organizations/${schools[0].school}/students?pageSize=25`, cookie)).milliseconds);
    }
    const baseline = { name: 'list 25 students', value: median(listTimes) };

    const rows: BenchRow[] = [];
    const peaks: number[] = [];
    for (const { school, size } of schools) {
      const measurement = await measureExport(baseUrl, cookie, school, size);
      peaks.push(measurement.peakMegabytes);
      const rowsLabel = size.toLocaleString('en-US');

      rows.push({ case: CASE, figure: `export ${rowsLabel} rows, time to the last byte`, value: measurement.milliseconds, unit: 'ms', baseline, ratio: measurement.milliseconds / baseline.value });
      rows.push({
        case: CASE,
        figure: `export ${rowsLabel} rows, peak live memory of the process`,
        value: measurement.peakMegabytes,
        unit: 'MB',
        note: `grew by ${measurement.growthMegabytes.toFixed(1)} MB during the export; file ${(measurement.bytes / 2 ** 20).toFixed(1)} MB`,
      });
    }

    rows.push({
      case: CASE,
      figure: `peak memory at ${EXPORT_SIZES[1].toLocaleString('en-US')} rows / at ${EXPORT_SIZES[0].toLocaleString('en-US')} rows`,
      value: peaks[1] / peaks[0],
      unit: '×',
      ratio: peaks[1] / peaks[0],
      target: MEMORY_TARGET,
    });

    return rows;
  },
};
