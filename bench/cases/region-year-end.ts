import type { BenchCase } from '../support/context.js';
import type { BenchRow } from '../support/report.js';
import { runYearEnd } from '../support/year-end-load.js';

const CASE = '3. year-end of a region';
const OPERATORS = 8;
const REGION = 1;

/**
 * Case 3: eight operators close every school of region 1 at the same time,
 * school by school: graduation of grades 9 and 11, transfer, admission.
 * Reports students moved per second and the failed requests. It changes the
 * whole region, so it runs after the other cases.
 */
export const regionYearEndCase: BenchCase = {
  name: 'region',
  stages: ['full'],

  async run(context) {
    const schools = context.plan.schools.filter((school) => school.region === REGION);
    const students = schools.reduce((sum, school) => sum + school.students, 0);

    const cookies: string[] = [];
    for (let operator = 0; operator < OPERATORS; operator += 1) cookies.push(await context.newAdminSession());

    const result = await runYearEnd({ baseUrl: context.server.baseUrl, cookies, schools: schools.map((school) => school.id), schoolYear: context.plan.schoolYear });
    const moved = result.moved.graduated + result.moved.transferred + result.moved.admitted;
    const failed = Object.values(result.errors).reduce((sum, count) => sum + count, 0);
    const errorList = Object.entries(result.errors).map(([key, count]) => `${count} × ${key}`).join(', ');

    context.log(`region: ${JSON.stringify(result)}`);

    const where = `region ${REGION}: ${schools.length} schools, ${students.toLocaleString('en-US')} students, ${OPERATORS} operators`;
    const rows: BenchRow[] = [
      {
        case: CASE,
        figure: `students moved per second, ${where}`,
        value: moved / result.seconds,
        unit: 'students/s',
        note: `${result.moved.graduated} graduated, ${result.moved.transferred} transferred, ${result.moved.admitted} admitted in ${result.seconds.toFixed(0)} s`,
      },
      {
        case: CASE,
        figure: 'failed requests',
        value: failed,
        unit: `of ${result.requests}`,
        note: errorList || 'none',
      },
      {
        case: CASE,
        figure: 'bulk request p50 / p95 / p99',
        value: result.post.p50,
        unit: 'ms',
        note: `p95 ${result.post.p95.toFixed(0)} ms, p99 ${result.post.p99.toFixed(0)} ms, ${result.post.count} requests`,
      },
    ];

    return rows;
  },
};
