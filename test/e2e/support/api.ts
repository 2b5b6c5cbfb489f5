/** A logged-in API client for preparing data in end-to-end tests, as the web client talks to the server. */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
}

/** Log in over HTTP and keep the session and CSRF cookies; throws when the login or a later call fails. */
export async function apiSession(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`login of ${username} failed: ${login.status} ${await login.text()}`);

  const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const csrf = cookies.find((cookie) => cookie.startsWith('kontingent_csrf='))?.slice('kontingent_csrf='.length) ?? '';
  const headers = { cookie: cookies.join('; '), 'x-csrf-token': csrf, 'content-type': 'application/json' };

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}
