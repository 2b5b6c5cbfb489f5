import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/context.js';
import { fixedClock, type Clock } from '../../src/domain/clock.js';
import { seedDictionaries } from '../../src/seed/seed-dictionaries.js';
import { createTestDatabase, type DatabaseKind, type TestDatabaseOptions } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  context: AppContext;
  /** Log in and return the Cookie header (session and CSRF cookies) for `request`. */
  login(username: string, password: string): Promise<string>;
  request(options: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; cookie?: string; body?: unknown; language?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Build the API on an empty, migrated database of the given kind, with the dictionaries seeded. */
export async function createTestApp(kind: DatabaseKind, options: TestDatabaseOptions & { clock?: Clock } = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind, options);
  await seedDictionaries(database.handle.db);

  const context: AppContext = {
    db: database.handle.db,
    databaseKind: database.handle.kind,
    clock: options.clock ?? fixedClock('2026-03-02'),
    rehearsalDate: null,
    secureCookies: false,
  };
  const app = await buildApp(context);

  // Writes send the CSRF cookie's value in X-CSRF-Token, as the web client does.
  const request: TestApp['request'] = ({ method, url, cookie, body, language }) =>
    app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(cookie && method !== 'GET' ? { 'x-csrf-token': csrfTokenOf(cookie) } : {}),
        ...(language ? { 'accept-language': language } : {}),
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });

  const login = async (username: string, password: string) => {
    const response = await request({ method: 'POST', url: '/api/v1/auth/login', body: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login of ${username} failed: ${response.statusCode} ${response.body}`);

    const session = response.cookies.find((candidate) => candidate.name === 'kontingent_session');
    const csrf = response.cookies.find((candidate) => candidate.name === 'kontingent_csrf');
    return `kontingent_session=${session!.value}; kontingent_csrf=${csrf!.value}`;
  };

  return {
    app,
    context,
    login,
    request,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** The value of the kontingent_csrf cookie in a Cookie header, or '' when it has none. */
export function csrfTokenOf(cookieHeader: string): string {
  return /(?:^|;\s*)kontingent_csrf=([^;]*)/.exec(cookieHeader)?.[1] ?? '';
}
