import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';
import type { Logger } from 'drizzle-orm/logger';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Closes the handle and, for PostgreSQL, drops the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Receives every SQL statement, for tests that count statements. */
  logger?: Logger;
}

/** The server on which PostgreSQL tests create their databases (trust auth on loopback by default). */
export const POSTGRES_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const POSTGRES_CONNECT_TIMEOUT_MS = 2000;

const postgresAvailable = await canConnect(POSTGRES_ADMIN_URL);

// CI sets REQUIRE_POSTGRES so that a missing server fails the run instead of skipping half of it.
if (!postgresAvailable && process.env.REQUIRE_POSTGRES) {
  throw new Error(`REQUIRE_POSTGRES is set but no PostgreSQL server answers at ${redactPassword(POSTGRES_ADMIN_URL)}`);
}

/** The kinds to test on: 'pglite' always, and 'postgres' when POSTGRES_ADMIN_URL accepted a connection as this module loaded. */
export const DATABASE_KINDS: DatabaseKind[] = postgresAvailable ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Opens an empty, migrated database: PGlite in memory, or a new uniquely
 * named PostgreSQL database (`kontingent_test_<hex>`) that drop() removes.
 */
export async function createTestDatabase(kind: DatabaseKind, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://', logger: options.logger });
    return { handle, drop: () => handle.close() };
  }

  const name = `kontingent_test_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(`create database ${name}`);

  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;

  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ databaseUrl: url.toString(), logger: options.logger });
  } catch (error) {
    await runAdminStatement(`drop database if exists ${name} with (force)`);
    throw error;
  }

  return {
    handle,
    drop: async () => {
      await handle.close();
      await waitForConnectionsToClose(name);
      await runAdminStatement(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * Runs `body` in a describe block per database kind. When no PostgreSQL
 * server accepts a connection, a skipped test reports it.
 */
export function describeEachDatabase(title: string, body: (kind: DatabaseKind) => void): void {
  describe.each(DATABASE_KINDS)(`${title} (%s)`, body);

  if (!postgresAvailable) {
    describe(`${title} (postgres)`, () => {
      it.skip(`skipped: no PostgreSQL server answers at ${redactPassword(POSTGRES_ADMIN_URL)}; set TEST_DATABASE_URL`, () => {});
    });
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Wait until the server has no connection to the database left, at most 2 s.
 * pg-pool's end() resolves before its clients' sockets close, and a forced
 * drop that meets a closing connection makes that client emit an uncaught error.
 */
async function waitForConnectionsToClose(database: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const result = await client.query('select count(*)::int as connections from pg_stat_activity where datname = $1', [database]);
      if (result.rows[0].connections === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}

async function runAdminStatement(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
