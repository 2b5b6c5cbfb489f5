import { parseArgs } from 'node:util';

export interface BenchOptions {
  students: number;
  schools: number;
  /** Names of the cases to run; empty runs them all. */
  cases: string[];
  /** Seconds of each concurrent load. */
  seconds: number;
  /** Concurrent connections of each load. */
  connections: number;
  /** The date the application believes it is: a June day, so graduation is allowed. */
  today: string;
  /** Leave docs/benchmarks.md as it is. */
  skipDoc: boolean;
}

export const USAGE = `Usage: npm run bench -- --students N [--schools M] [--cases a,b] [--seconds S] [--connections C] [--today YYYY-MM-DD] [--skip-doc]

  --students N     students in the database at the end (default 100000)
  --schools M      schools (default N / 500, the national average of about 3.9 million students in 7,900 schools)
  --cases a,b      run only these cases (default: all, in the order of bench/cases/index.ts)
  --seconds S      duration of each concurrent load, in seconds (default 10)
  --connections C  concurrent connections of each load (default 10)
  --today DATE     the application's date (default 2026-06-15, inside the graduation window)
  --skip-doc       write bench/results only, not docs/benchmarks.md

Runs on PostgreSQL when DATABASE_URL is set, which must name an empty database, else on PGlite in memory.`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      students: { type: 'string', default: '100000' },
      schools: { type: 'string' },
      cases: { type: 'string', default: '' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      today: { type: 'string', default: '2026-06-15' },
      'skip-doc': { type: 'boolean', default: false },
    },
  });

  const students = positiveInteger('--students', values.students);
  return {
    students,
    schools: values.schools === undefined ? Math.max(1, Math.round(students / 500)) : positiveInteger('--schools', values.schools),
    cases: values.cases.split(',').map((name) => name.trim()).filter(Boolean),
    seconds: positiveInteger('--seconds', values.seconds),
    connections: positiveInteger('--connections', values.connections),
    today: values.today,
    skipDoc: values['skip-doc'],
  };
}

function positiveInteger(option: string, value: string): number {
  const number = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(number) || number < 1) throw new Error(`${option} must be a whole number of at least 1, got "${value}"\n\n${USAGE}`);
  return number;
}
