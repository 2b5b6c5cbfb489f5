import type { BenchCase } from '../support/context.js';
import type { BenchRow } from '../support/report.js';
import { runYearEnd } from '../support/year-end-load.js';

const CASE = 'load: 50 schools at once';
const SCHOOLS = 50;
// Region 1 belongs to the region case, which runs last; these schools come from the other regions.
const REGION_CASE_REGION = 1;

/**
 * Fifty operators, one per school, do their school's whole year-end at the
 * same moment (graduation of grades 9 and 11, transfer, admission): the
 * error rate and the latency of the bulk requests under that load. Zero
 * errors is the target.
 */
export const fiftySchoolsCase: BenchCase = {
  name: 'fifty-schools',
  stages: ['full'],

  async run(context) {
    const schools = context.plan.schools.filter((school) => school.region !== REGION_CASE_REGION).slice(0, SCHOOLS);
    const students = schools.reduce((sum, school) => sum + school.students, 0);

    const cookies: string[] = [];
    for (let operator = 0; operator < schools.length; operator += 1) cookies.push(await context.newAdminSession());

    const result = await runYearEnd({ baseUrl: context.server.baseUrl, cookies, schools: schools.map((school) => school.id), schoolYear: context.plan.schoolYear });
    const failed = Object.values(result.errors).reduce((sum, count) => sum + count, 0);
    context.log(`fifty schools: ${JSON.stringify(result)}`);

    const where = `${schools.length} schools outside region ${REGION_CASE_REGION}, ${students.toLocaleString('en-US')} students, one operator each`;
    const rows: BenchRow[] = [
      {
        case: CASE,
        figure: `error rate, ${where}`,
        value: (100 * failed) / Math.max(1, result.requests),
        unit: '%',
        note: `${failed} of ${result.requests} requests failed${failed > 0 ? `: ${Object.entries(result.errors).map(([key, count]) => `${count} × ${key}`).join(', ')}` : ''}`,
      },
      {
        case: CASE,
        figure: 'bulk request p99',
        value: result.post.p99,
        unit: 'ms',
        note: `p50 ${result.post.p50.toFixed(0)} ms, p95 ${result.post.p95.toFixed(0)} ms, ${result.post.count} requests in ${result.seconds.toFixed(0)} s`,
      },
    ];

    return rows;
  },
};
