import type { Clock } from '../domain/clock.js';
import type { Database } from '../db/client.js';

/** Dependencies that every route and service receives: the database and the clock. */
export interface AppContext {
  db: Database;
  databaseKind: 'pglite' | 'postgres';
  clock: Clock;
  /** The date the application rehearses (KONTINGENT_TODAY), shown as a banner. */
  rehearsalDate: string | null;
  secureCookies: boolean;
}
