import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { LatencySummary } from './timing.js';

const run = promisify(execFile);

export interface YearEndSpec {
  baseUrl: string;
  /** One session per operator; the operators work at the same time. */
  cookies: string[];
  schools: number[];
  schoolYear: number;
}

export interface YearEndResult {
  seconds: number;
  moved: { graduated: number; transferred: number; admitted: number };
  requests: number;
  /** Responses other than 200, by status and error code. */
  errors: Record<string, number>;
  /** Latencies of the graduation, transfer and admission requests, in ms. */
  post: LatencySummary;
}

const workerPath = fileURLToPath(new URL('../workers/year-end-worker.ts', import.meta.url));

/** Runs the operators in a second Node.js process and returns what they did. */
export async function runYearEnd(spec: YearEndSpec): Promise<YearEndResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', workerPath, JSON.stringify(spec)], { maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout) as YearEndResult;
}
