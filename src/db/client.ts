import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { Logger } from 'drizzle-orm/logger';
import { lockDataDir } from './data-dir-lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: what a repository function takes. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it, PGlite runs in dataDir. */
  databaseUrl?: string;
  /** The PGlite data folder; `memory://` keeps the database in memory. */
  dataDir?: string;
  /** Receives every SQL statement, for tests that count statements. */
  logger?: Logger;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Open the database and apply every pending migration. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.databaseUrl ? await openPostgres(options.databaseUrl, options.logger) : await openPglite(options.dataDir ?? './data', options.logger);
  return handle;
}

async function openPostgres(databaseUrl: string, logger?: Logger): Promise<DatabaseHandle> {
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');

  // DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
  pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // An idle connection that the server closes (a restart, an administrator) emits 'error' on the pool;
  // without a listener Node stops the process. The pool replaces the connection on the next query.
  pool.on('error', (error: Error & { code?: string }) => {
    console.error(`PostgreSQL closed an idle connection (${error.code ?? error.name}); a new one opens on the next query`);
  });
  const db = drizzle(pool, { schema, logger });
  await migrate(db, { migrationsFolder });

  return { db: db as unknown as Database, kind: 'postgres', close: () => pool.end() };
}

async function openPglite(dataDir: string, logger?: Logger): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');

  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);

  try {
    const client = await PGlite.create(dataDir);
    const db = drizzle(client, { schema, logger });
    await migrate(db, { migrationsFolder });

    const close = async () => {
      await client.close();
      unlock();
    };
    return { db: db as unknown as Database, kind: 'pglite', close };
  } catch (error) {
    unlock();
    throw error;
  }
}
