import type { BenchCase } from '../support/context.js';
import { FIRST_FIXTURE_SCHOOL, createFixtureSchool } from '../support/fixture-school.js';
import { expectOk } from '../support/http.js';
import type { BenchRow } from '../support/report.js';
import { median, timed } from '../support/timing.js';
import { graduationBody, organizationPath } from '../support/year-end-requests.js';

const CASE = 'graduation by size';
const SIZES = [1, 200, 1000];
const BASELINE_REPEATS = 20;

/**
 * Graduates 1, 200 and 1,000 final-grade students, each on a fresh school,
 * against the time to read one page of 25 students through the API: how the
 * cost of a graduation grows with its size.
 */
export const graduationSizesCase: BenchCase = {
  name: 'graduation-sizes',
  stages: ['full'],

  async run(context) {
    const { baseUrl } = context.server;
    const cookie = context.adminCookie;

    const listSchool = FIRST_FIXTURE_SCHOOL + 20;
    await createFixtureSchool(context, listSchool, [11], 25);
    const listTimes: number[] = [];
    for (let repeat = 0; repeat < BASELINE_REPEATS; repeat += 1) {
      listTimes.push((await expectOk(baseUrl, 'GET', `${organizationPath(listSchool, 'students')}?pageSize=25`, cookie)).milliseconds);
    }
    // The median keeps one slow garbage collection from moving the baseline.
    const baseline = median(listTimes);

    const rows: BenchRow[] = [];
    for (const [index, size] of SIZES.entries()) {
      const schoolId = listSchool + 1 + index;
      const studentIds = (await createFixtureSchool(context, schoolId, [11], size)).get(11)!;

      const { milliseconds } = await timed(() => expectOk(baseUrl, 'POST', organizationPath(schoolId, 'graduation'), cookie, graduationBody(context, studentIds, 11, 'university')));
      rows.push({
        case: CASE,
        figure: `graduate ${size.toLocaleString('en-US')} student(s)`,
        value: milliseconds,
        unit: 'ms',
        baseline: { name: 'list 25 students', value: baseline },
        ratio: milliseconds / baseline,
      });
    }

    return rows;
  },
};
