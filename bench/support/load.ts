import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { summarize, type LatencySummary } from './timing.js';

const run = promisify(execFile);

interface LoadCommon {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

/** An HTTP load through autocannon, or the same number of connections running one SQL query through `pg`. */
export type LoadSpec =
  | (LoadCommon & { kind: 'http'; url: string; headers: Record<string, string> })
  | (LoadCommon & { kind: 'sql'; databaseUrl: string; text: string; params: unknown[] });

export interface LoadResult extends LatencySummary {
  requestsPerSecond: number;
  /** Responses other than 200, connection errors, timeouts and failed queries. */
  errors: number;
}

const workerPath = fileURLToPath(new URL('../workers/load-worker.ts', import.meta.url));

/** Runs the load in a second Node.js process and returns its latencies (ms) and throughput. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', workerPath, JSON.stringify(spec)], { maxBuffer: 16 * 2 ** 20 });
  return JSON.parse(stdout) as LoadResult;
}

/**
 * Runs `action` from `connections` concurrent loops in this process for the
 * given time, after a warm-up: the baseline load on PGlite, which a second
 * process cannot reach.
 */
export async function runInProcessLoad(action: () => Promise<unknown>, spec: LoadCommon): Promise<LoadResult> {
  const loop = async (seconds: number, latencies: number[]) => {
    const deadline = performance.now() + seconds * 1000;
    while (performance.now() < deadline) {
      const started = performance.now();
      await action();
      latencies.push(performance.now() - started);
    }
  };
  const load = (seconds: number, latencies: number[]) => Promise.all(Array.from({ length: spec.connections }, () => loop(seconds, latencies)));

  await load(spec.warmupSeconds, []);

  const latencies: number[] = [];
  const started = performance.now();
  await load(spec.seconds, latencies);
  const elapsed = (performance.now() - started) / 1000;

  return { ...summarize(latencies), requestsPerSecond: latencies.length / elapsed, errors: 0 };
}
