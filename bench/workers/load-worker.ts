// Runs one concurrent load in its own process, so that the load generator does
// not share the event loop of the server it measures. Reads the load's spec as
// JSON from argv[2] and prints the result as JSON on standard output.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { summarize } from '../support/timing.js';
import type { LoadResult, LoadSpec } from '../support/load.js';

const spec = JSON.parse(process.argv[2]) as LoadSpec;

async function runHttp(seconds: number): Promise<{ latencies: number[]; errors: number }> {
  if (spec.kind !== 'http') throw new Error('not an HTTP load');

  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: spec.url, headers: spec.headers, connections: spec.connections, duration: seconds }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else errors += 1;
    });
  });

  return { latencies, errors: errors + result.errors + result.timeouts };
}

async function runSql(seconds: number): Promise<{ latencies: number[]; errors: number }> {
  if (spec.kind !== 'sql') throw new Error('not an SQL load');

  const pool = new pg.Pool({ connectionString: spec.databaseUrl, max: spec.connections });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;

  const connection = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await client.query(spec.text, spec.params);
          latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    } finally {
      client.release();
    }
  };

  await Promise.all(Array.from({ length: spec.connections }, connection));
  await pool.end();
  return { latencies, errors };
}

const run = spec.kind === 'http' ? runHttp : runSql;

// The warm-up fills the caches and lets the server's code get compiled; its figures are dropped.
await run(spec.warmupSeconds);

const started = performance.now();
const { latencies, errors } = await run(spec.seconds);
const elapsed = (performance.now() - started) / 1000;

const result: LoadResult = { ...summarize(latencies), requestsPerSecond: latencies.length / elapsed, errors };
process.stdout.write(JSON.stringify(result));
