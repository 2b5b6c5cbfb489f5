import type { BenchCase, BenchContext, Stage } from '../support/context.js';
import { expectOk } from '../support/http.js';
import { runInProcessLoad, runLoad, type LoadResult } from '../support/load.js';
import type { BenchRow } from '../support/report.js';

const CASE = '1. contingent list';
const GRADE = 5;
const PAGE = 2;
const PAGE_SIZE = 25;

/** Target: the API's p50 at most 1.5 × (raw query p50 + health p50), both measured in the same run. */
const API_TARGET = 1.5;
/** Target: p50 with all students at most 1.3 × p50 with a tenth of them. */
const SCALE_TARGET = 1.3;

/**
 * The same page the API returns, as one hand-written statement: 25 students of
 * one grade in list order, each with the passport values the fill statistics
 * are computed from, and the total.
 */
const RAW_LIST_QUERY = `
  select s.id, s.iin, s.last_name, s.first_name, s.middle_name, e.grade, e.letter, e.status, e.study_form,
         (select jsonb_object_agg(p.indicator_code, p.value) from passport_values p where p.student_id = s.id) as passport,
         count(*) over () as total
  from enrolments e join students s on s.id = e.student_id
  where e.organization_id = $1 and e.status = 'active' and e.grade = $2
  order by e.grade, e.letter_sort_key collate "C", s.name_sort_key collate "C", s.id
  limit ${PAGE_SIZE} offset ${(PAGE - 1) * PAGE_SIZE}`;

const p50AtTenth = new WeakMap<BenchContext, number>();

/**
 * Case 1: one page of the contingent of a 3,000-student school, with a grade
 * filter, under concurrent load from a second process, beside the health
 * endpoint (the HTTP overhead) and the raw query through `pg` at the same
 * concurrency. Runs with a tenth of the students and with all of them.
 */
export const contingentListCase: BenchCase = {
  name: 'list',
  stages: ['tenth', 'full'],

  async run(context, stage) {
    const school = context.plan.schools.find((candidate) => candidate.large);
    if (!school) {
      context.log('list: the dataset has no 3,000-student school; use at least 100 schools and 500 students a school');
      return [];
    }

    const { options, server, adminCookie } = context;
    const path = `/api/v1/organizations/${school.id}/students?status=active&grade=${GRADE}&page=${PAGE}&pageSize=${PAGE_SIZE}`;
    await checkSamePage(context, path, school.id);

    const common = { connections: options.connections, seconds: options.seconds, warmupSeconds: Math.min(3, options.seconds) };
    const health = await runLoad({ kind: 'http', url: `${server.baseUrl}/api/v1/health`, headers: {}, ...common });
    const raw = context.databaseUrl
      ? await runLoad({ kind: 'sql', databaseUrl: context.databaseUrl, text: RAW_LIST_QUERY, params: [school.id, GRADE], ...common })
      : await runInProcessLoad(() => context.rawSql.query(RAW_LIST_QUERY, [school.id, GRADE]), common);
    const api = await runLoad({ kind: 'http', url: `${server.baseUrl}${path}`, headers: { cookie: adminCookie }, ...common });

    return listRows(context, stage, { health, raw, api });
  },
};

/** Fails the run when the raw query and the API disagree, so the baseline fetches the same rows. */
async function checkSamePage(context: BenchContext, path: string, schoolId: number): Promise<void> {
  const response = await expectOk<{ items: Array<{ id: number }>; total: number }>(context.server.baseUrl, 'GET', path, context.adminCookie);
  const rows = await context.rawSql.query<{ id: string | number; total: string | number }>(RAW_LIST_QUERY, [schoolId, GRADE]);

  const apiIds = response.body.items.map((item) => item.id).join(',');
  const rawIds = rows.map((row) => Number(row.id)).join(',');
  if (apiIds !== rawIds || Number(rows[0]?.total) !== response.body.total) {
    throw new Error(`The raw list query returns other rows than the API: ${rawIds} (total ${rows[0]?.total}) against ${apiIds} (total ${response.body.total})`);
  }
}

function listRows(context: BenchContext, stage: Stage, loads: { health: LoadResult; raw: LoadResult; api: LoadResult }): BenchRow[] {
  const { health, raw, api } = loads;
  const at = `${context.studentsLoaded.toLocaleString('en-US')} students`;
  const load = `${context.options.connections} connections, ${context.options.seconds} s`;
  const overhead = raw.p50 + health.p50;
  const rawName = context.databaseUrl ? 'raw SQL through pg' : 'raw SQL through PGlite';

  const rows: BenchRow[] = [
    { case: `${CASE}, health`, figure: `p50 at ${at}`, value: health.p50, unit: 'ms', note: `${Math.round(health.requestsPerSecond)} req/s` },
    { case: `${CASE}, ${rawName}`, figure: `p50 / p99 at ${at}`, value: raw.p50, unit: 'ms', note: `p99 ${raw.p99.toFixed(1)} ms, ${Math.round(raw.requestsPerSecond)} req/s` },
    {
      case: `${CASE}, API`,
      figure: `p50 at ${at}, ${load}`,
      value: api.p50,
      unit: 'ms',
      baseline: { name: 'raw p50 + health p50', value: overhead },
      ratio: api.p50 / overhead,
      target: API_TARGET,
      note: `p95 ${api.p95.toFixed(1)} ms, p99 ${api.p99.toFixed(1)} ms, ${api.errors} errors`,
    },
    {
      case: `${CASE}, API`,
      figure: `requests per second at ${at}`,
      value: api.requestsPerSecond,
      unit: 'req/s',
      baseline: { name: rawName, value: raw.requestsPerSecond },
      ratio: api.requestsPerSecond / raw.requestsPerSecond,
    },
  ];

  if (stage === 'tenth') p50AtTenth.set(context, api.p50);

  const before = p50AtTenth.get(context);
  if (stage === 'full' && before !== undefined) {
    rows.push({
      case: `${CASE}, API`,
      figure: `p50 at ${at} against a tenth of them`,
      value: api.p50,
      unit: 'ms',
      baseline: { name: 'p50 at the tenth', value: before },
      ratio: api.p50 / before,
      target: SCALE_TARGET,
    });
  }

  return rows;
}
