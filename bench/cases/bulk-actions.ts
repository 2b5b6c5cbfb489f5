import type { BenchCase, BenchContext } from '../support/context.js';
import { expectOk } from '../support/http.js';
import type { BenchRow } from '../support/report.js';
import { median, timed } from '../support/timing.js';
import { graduationBody, organizationPath } from '../support/year-end-requests.js';

const CASE = '2. bulk action';
/** Target: each bulk request at most 2 × the bare UPDATE of the same rows. */
const TARGET = 2;
/** Large schools the case runs on; the median of their figures goes to the report. */
const MAX_SCHOOLS = 3;
const BASELINE_REPEATS = 3;

const GRADUATES = 200;
const ADMITTED = 100;

interface Measurement {
  action: string;
  students: number;
  apiMs: number;
  bareMs: number;
  statements: number;
}

/**
 * Case 2: on each large school, graduate 200 grade-9 students who continue
 * at the school, admit 100 of them into grade 10, and transfer every
 * student who moves up, each through the API. The baseline is the bare
 * UPDATE of the same enrolments, committed and then reverted.
 */
export const bulkActionsCase: BenchCase = {
  name: 'bulk',
  stages: ['full'],

  async run(context) {
    const schools = context.plan.schools.filter((school) => school.large).slice(0, MAX_SCHOOLS);
    if (schools.length === 0) {
      context.log('bulk: the dataset has no 3,000-student school');
      return [];
    }

    const measurements: Measurement[] = [];
    for (const school of schools) measurements.push(...(await measureSchool(context, school.id)));

    return ['graduation', 'admission', 'transfer'].map((action) => summaryRow(action, measurements.filter((measurement) => measurement.action === action)));
  },
};

async function measureSchool(context: BenchContext, schoolId: number): Promise<Measurement[]> {
  const { baseUrl } = context.server;
  const cookie = context.adminCookie;
  const measurements: Measurement[] = [];

  const candidates = await expectOk<{ eligible: Array<{ id: number }> }>(baseUrl, 'GET', `${organizationPath(schoolId, 'graduation')}?grade=9`, cookie);
  const graduates = candidates.body.eligible.slice(0, GRADUATES).map((student) => student.id);
  measurements.push(
    await measureAction(context, 'graduation', graduates, {
      bare: `update enrolments set status = 'graduated', graduation = $2::jsonb, updated_at = now() where id = any($1::bigint[])`,
      revert: `update enrolments set status = 'active', graduation = null where id = any($1::bigint[])`,
      bareParams: [JSON.stringify(graduationRecord(context))],
      request: () => expectOk(baseUrl, 'POST', organizationPath(schoolId, 'graduation'), cookie, graduationBody(context, graduates, 9)),
    }),
  );

  const admitted = graduates.slice(0, ADMITTED);
  measurements.push(
    await measureAction(context, 'admission', admitted, {
      bare: `update enrolments set status = 'active', grade = grade + 1, school_year = school_year + 1, updated_at = now() where id = any($1::bigint[])`,
      revert: `update enrolments set status = 'graduated', grade = grade - 1, school_year = school_year - 1 where id = any($1::bigint[])`,
      request: () => expectOk(baseUrl, 'POST', organizationPath(schoolId, 'admission'), cookie, { studentIds: admitted }),
    }),
  );

  const transferList = await expectOk<{ eligible: Array<{ id: number }> }>(baseUrl, 'GET', organizationPath(schoolId, 'transfer'), cookie);
  const movingUp = transferList.body.eligible.map((student) => student.id);
  measurements.push(
    await measureAction(context, 'transfer', movingUp, {
      bare: `update enrolments set grade = grade + 1, school_year = school_year + 1, updated_at = now() where id = any($1::bigint[])`,
      revert: `update enrolments set grade = grade - 1, school_year = school_year - 1 where id = any($1::bigint[])`,
      request: () => expectOk(baseUrl, 'POST', organizationPath(schoolId, 'transfer'), cookie, { studentIds: movingUp }),
    }),
  );

  return measurements;
}

/** Build the graduation record that the API stores for the graduates of grade 9. */
function graduationRecord(context: BenchContext) {
  const { studentIds: _studentIds, ...fields } = graduationBody(context, [], 9);
  return { graduationYear: context.plan.schoolYear + 1, ...fields, country: null };
}

interface ActionSpec {
  /** The bare UPDATE: $1 is the enrolment ids. */
  bare: string;
  bareParams?: unknown[];
  /** The UPDATE that puts the rows back as they were, untimed. */
  revert: string;
  request(): Promise<unknown>;
}

async function measureAction(context: BenchContext, action: string, studentIds: number[], spec: ActionSpec): Promise<Measurement> {
  const enrolmentIds = (
    await context.rawSql.query<{ id: string }>(`select id from enrolments where student_id = any($1::bigint[]) and status in ('active', 'graduated')`, [studentIds])
  ).map((row) => row.id);

  // Each UPDATE leaves dead row versions behind. A VACUUM before each timed
  // statement keeps the reverted baselines from slowing down what follows them.
  const vacuum = () => context.rawSql.query('vacuum enrolments');

  const bareTimes: number[] = [];
  for (let repeat = 0; repeat < BASELINE_REPEATS; repeat += 1) {
    await vacuum();
    const { milliseconds } = await timed(() => context.rawSql.query(spec.bare, [enrolmentIds, ...(spec.bareParams ?? [])]));
    bareTimes.push(milliseconds);
    await context.rawSql.query(spec.revert, [enrolmentIds]);
  }
  const bareOnlyMs = median(bareTimes);

  await vacuum();
  const { result, milliseconds: apiMs } = await timed(() => context.countStatements(spec.request));
  const { statements } = result;

  context.log(`bulk: ${action} of ${studentIds.length} students: API ${apiMs.toFixed(0)} ms, bare UPDATE ${bareOnlyMs.toFixed(0)} ms, ${statements} statements`);
  return { action, students: studentIds.length, apiMs, bareMs: bareOnlyMs, statements };
}

function summaryRow(action: string, measurements: Measurement[]): BenchRow {
  const apiMs = median(measurements.map((measurement) => measurement.apiMs));
  const bareMs = median(measurements.map((measurement) => measurement.bareMs));
  const students = measurements.map((measurement) => measurement.students).join(', ');

  return {
    case: `${CASE}, ${action}`,
    figure: `students ${students}; median of ${measurements.length} schools`,
    value: apiMs,
    unit: 'ms',
    baseline: { name: 'bare UPDATE', value: bareMs },
    ratio: apiMs / bareMs,
    target: TARGET,
    note: `${measurements[0]?.statements} statements`,
  };
}
