import type { Database } from '../../src/db/client.js';
import type { Clock } from '../../src/domain/clock.js';
import type { NationalPlan } from '../../src/seed/national/plan.js';
import type { BenchOptions } from './options.js';
import type { BenchRow } from './report.js';
import type { RawSql } from './raw-sql.js';
import type { BenchServer } from './server.js';

/**
 * The stage of the dataset a case runs at: `tenth` contains the first tenth of
 * the planned schools (about a tenth of the students), `full` all of them.
 * Cases that compare sizes run at both; the others run once, at `full`.
 */
export type Stage = 'tenth' | 'full';

export interface BenchContext {
  options: BenchOptions;
  db: Database;
  databaseKind: 'pglite' | 'postgres';
  /** PostgreSQL connection string, for worker processes; null on PGlite. */
  databaseUrl: string | null;
  clock: Clock;
  plan: NationalPlan;
  /** Students in the database at the current stage. */
  studentsLoaded: number;
  server: BenchServer;
  /** The statements of one SQL text at a time, outside the application: the baselines. */
  rawSql: RawSql;
  /** Cookie header of an administrator's session: administrators may act on every school. */
  adminCookie: string;
  /** Logs the administrator in again and returns the new session's cookie, for cases that play several users. */
  newAdminSession(): Promise<string>;
  /** Counts the statements the application sends while `action` runs; nothing else may run meanwhile. */
  countStatements<T>(action: () => Promise<T>): Promise<{ result: T; statements: number }>;
  log(message: string): void;
}

/** One benchmark case: a file under bench/cases, listed in bench/cases/index.ts. */
export interface BenchCase {
  /** The name that `--cases` selects. */
  name: string;
  stages: Stage[];
  run(context: BenchContext, stage: Stage): Promise<BenchRow[]>;
}
