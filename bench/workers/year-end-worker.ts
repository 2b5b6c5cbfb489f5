// Plays the operators of a region doing the year-end work, each school by
// school through the HTTP API, in a process of its own. Reads the spec as JSON
// from argv[2] and prints the result as JSON on standard output.
import { performance } from 'node:perf_hooks';
import { summarize } from '../support/timing.js';
import type { YearEndResult, YearEndSpec } from '../support/year-end-load.js';

const spec = JSON.parse(process.argv[2]) as YearEndSpec;

const moved = { graduated: 0, transferred: 0, admitted: 0 };
const errors: Record<string, number> = {};
const postLatencies: number[] = [];
let requests = 0;

async function send(cookie: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Record<string, unknown> | null> {
  requests += 1;
  const started = performance.now();
  const response = await fetch(`${spec.baseUrl}/api/v1/organizations/${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const parsed = (await response.json()) as Record<string, unknown>;
  if (method === 'POST') postLatencies.push(performance.now() - started);

  if (response.status === 200) return parsed;

  const key = `${response.status} ${String(parsed.code ?? '')}`;
  errors[key] = (errors[key] ?? 0) + 1;
  return null;
}

const ids = (list: unknown) => ((list as Array<{ id: number }> | undefined) ?? []).map((student) => student.id);

/** Close the year of one school in the order an operator follows: graduation, transfer, admission. */
async function closeSchool(cookie: string, school: number): Promise<void> {
  const june = `${spec.schoolYear + 1}-06-12`;
  const order = { departureDate: june, orderDate: june, orderNumber: '112-Б' };

  for (const grade of [9, 11]) {
    const candidates = await send(cookie, 'GET', `${school}/graduation?grade=${grade}`);
    const eligible = ids(candidates?.eligible);
    const documentKind = grade === 9 ? 'basic_secondary_attestat' : 'general_secondary_attestat';

    // About half of grade 9 stays for grade 10, so the admission step has work to do.
    const groups = grade === 9 ? [['continues_at_school', eligible.filter((_, index) => index % 2 === 0)], ['college', eligible.filter((_, index) => index % 2 === 1)]] : [['university', eligible]];
    for (const [destination, studentIds] of groups as Array<[string, number[]]>) {
      if (studentIds.length === 0) continue;
      // Await before adding: `moved.graduated += await …` would read the sum before another operator adds to it.
      const result = await send(cookie, 'POST', `${school}/graduation`, { studentIds, documentKind, destination, ...order });
      moved.graduated += Number(result?.graduated ?? 0);
    }
  }

  const transfer = ids((await send(cookie, 'GET', `${school}/transfer`))?.eligible);
  if (transfer.length > 0) {
    const result = await send(cookie, 'POST', `${school}/transfer`, { studentIds: transfer });
    moved.transferred += Number(result?.transferred ?? 0);
  }

  const admission = ids((await send(cookie, 'GET', `${school}/admission`))?.eligible);
  if (admission.length > 0) {
    const result = await send(cookie, 'POST', `${school}/admission`, { studentIds: admission });
    moved.admitted += Number(result?.admitted ?? 0);
  }
}

const queue = [...spec.schools];
const operator = async (cookie: string) => {
  for (let school = queue.shift(); school !== undefined; school = queue.shift()) await closeSchool(cookie, school);
};

const started = performance.now();
await Promise.all(spec.cookies.map(operator));
const seconds = (performance.now() - started) / 1000;

const result: YearEndResult = { seconds, moved, requests, errors, post: summarize(postLatencies) };
process.stdout.write(JSON.stringify(result));
