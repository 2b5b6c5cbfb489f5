import { performance } from 'node:perf_hooks';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  milliseconds: number;
}

/** Sends one JSON request over loopback and returns the status, the parsed body and the wall time. */
export async function requestJson<T = unknown>(baseUrl: string, method: 'GET' | 'POST', path: string, cookie: string | null, body?: unknown): Promise<HttpResult<T>> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const parsed = (await response.json()) as T;

  return { status: response.status, body: parsed, milliseconds: performance.now() - started };
}

/** Like requestJson, but throws with the response body unless the status is 200. */
export async function expectOk<T = unknown>(baseUrl: string, method: 'GET' | 'POST', path: string, cookie: string | null, body?: unknown): Promise<HttpResult<T>> {
  const result = await requestJson<T>(baseUrl, method, path, cookie, body);
  if (result.status !== 200) throw new Error(`${method} ${path} returned ${result.status}: ${JSON.stringify(result.body).slice(0, 500)}`);
  return result;
}

/** Logs in and returns the Cookie header value of the new session. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`Login of ${username} failed with ${response.status}: ${await response.text()}`);

  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('kontingent_session='));
  if (!session) throw new Error(`Login of ${username} set no kontingent_session cookie`);
  return session.split(';')[0];
}
