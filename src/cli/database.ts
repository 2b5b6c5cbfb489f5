import { openDatabase, type DatabaseHandle } from '../db/client.js';

/** Opens the database as the server does: DATABASE_URL when set, else PGlite in DATA_DIR (default ./data). */
export function openCliDatabase(env: NodeJS.ProcessEnv): Promise<DatabaseHandle> {
  return openDatabase({ databaseUrl: env.DATABASE_URL || undefined, dataDir: env.DATA_DIR || './data' });
}

/** Runs `body` with an open database and closes it afterwards, also when `body` throws. */
export async function withDatabase<T>(env: NodeJS.ProcessEnv, body: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openCliDatabase(env);
  try {
    return await body(handle);
  } finally {
    await handle.close();
  }
}
