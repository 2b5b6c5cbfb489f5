import type { BenchCase, BenchContext } from '../support/context.js';
import { FIRST_FIXTURE_SCHOOL, createFixtureSchool } from '../support/fixture-school.js';
import { expectOk } from '../support/http.js';
import type { BenchRow } from '../support/report.js';
import { timed } from '../support/timing.js';
import { graduationBody, organizationPath } from '../support/year-end-requests.js';

const CASE = '5. statements per bulk action';
const SIZES = [1, 1000];

interface Counted {
  statements: number;
  milliseconds: number;
}

/**
 * Case 5: the SQL statements that graduation, admission and transfer send for
 * 1 and for 1,000 students, on two schools outside the generated data. The
 * target is the same count at both sizes.
 */
export const statementsCase: BenchCase = {
  name: 'statements',
  stages: ['full'],

  async run(context) {
    const counts = new Map<string, Counted[]>();

    for (const [index, size] of SIZES.entries()) {
      const schoolId = FIRST_FIXTURE_SCHOOL + 10 + index;
      const students = await createFixtureSchool(context, schoolId, [3, 9], size);

      for (const [action, counted] of await countActions(context, schoolId, students.get(9)!, students.get(3)!)) {
        counts.set(action, [...(counts.get(action) ?? []), counted]);
      }
    }

    return [...counts].map(([action, [one, many]]): BenchRow => ({
      case: `${CASE}, ${action}`,
      figure: `statements at N = ${SIZES[1].toLocaleString('en-US')} against N = 1`,
      value: many.statements,
      unit: 'statements',
      baseline: { name: 'N = 1', value: one.statements },
      ratio: many.statements / one.statements,
      target: 1,
      note: `${one.milliseconds.toFixed(0)} ms at N = 1, ${many.milliseconds.toFixed(0)} ms at N = ${SIZES[1].toLocaleString('en-US')}`,
    }));
  },
};

async function countActions(context: BenchContext, schoolId: number, grade9: number[], grade3: number[]): Promise<Array<[string, Counted]>> {
  const { baseUrl } = context.server;
  const cookie = context.adminCookie;

  const count = async (path: string, body: unknown): Promise<Counted> => {
    const { result, milliseconds } = await timed(() => context.countStatements(() => expectOk(baseUrl, 'POST', organizationPath(schoolId, path), cookie, body)));
    return { statements: result.statements, milliseconds };
  };

  return [
    ['graduation', await count('graduation', graduationBody(context, grade9, 9))],
    ['admission', await count('admission', { studentIds: grade9 })],
    ['transfer', await count('transfer', { studentIds: grade3 })],
  ];
}
