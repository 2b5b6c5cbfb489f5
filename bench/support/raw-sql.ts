import pg from 'pg';
import type { Database } from '../../src/db/client.js';

/** Plain SQL through the driver, with no application code in between: what the baselines measure. */
export interface RawSql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** Opens a `pg` pool of its own on PostgreSQL, or uses the application's PGlite instance, which has one connection only. */
export function openRawSql(db: Database, databaseUrl: string | null): RawSql {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    return {
      query: async <Row>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as Row[],
      close: () => pool.end(),
    };
  }

  const client = (db as unknown as { $client: { query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }> } }).$client;
  return {
    query: async <Row>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as Row[],
    close: async () => {},
  };
}
