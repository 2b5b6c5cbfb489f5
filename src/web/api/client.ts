import { DEFAULT_LANGUAGE } from '../../i18n/resources.js';

let requestLanguage: () => string = () => DEFAULT_LANGUAGE;

/** Set where requests read the UI language for Accept-Language; the i18n setup calls it once. */
export function setRequestLanguage(source: () => string): void {
  requestLanguage = source;
}

export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** A failed API call: `code` is the server's stable error code, or `network.failed` when the response had no JSON error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const API_PREFIX = '/api/v1';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type QueryParams = Record<string, string | number | undefined | null>;

/** Build `/api/v1/...?a=1`, leaving out parameters that are empty. */
export function apiUrl(path: string, query: QueryParams = {}): string {
  const search = new URLSearchParams();

  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }

  const text = search.toString();
  return `${API_PREFIX}${path}${text ? `?${text}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;

  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'string') {
    const { code, message, params, errors } = body as {
      code: string;
      message?: string;
      params?: Record<string, string | number>;
      errors?: FieldError[];
    };
    return new ApiError(status, code, message ?? code, params ?? {}, Array.isArray(errors) ? errors : []);
  }

  return new ApiError(status, 'network.failed', `HTTP ${status}`);
}

const CSRF_COOKIE = 'kontingent_csrf';

/** Read the CSRF token that the server set at login; every write sends it back in X-CSRF-Token. */
function csrfToken(): string | null {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(CSRF_COOKIE.length + 1)) : null;
}

/**
 * Sends a JSON request with the session cookie and the UI language, and with
 * the CSRF token on writes. Throws ApiError on any non-2xx response.
 */
export async function apiRequest<T>(method: Method, url: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = {
    ...extraHeaders,
    Accept: 'application/json',
    'Accept-Language': requestLanguage(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  const token = method === 'GET' ? null : csrfToken();
  if (token) headers['X-CSRF-Token'] = token;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network.failed', cause instanceof Error ? cause.message : String(cause));
  }

  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);

  return data as T;
}

/** A file the server sent, with the name from its Content-Disposition. */
export interface DownloadedFile {
  blob: Blob;
  /** The UTF-8 `filename*`, else the plain `filename`, else null. */
  fileName: string | null;
}

/** Reads the file name of a Content-Disposition header, preferring the UTF-8 form (RFC 6266). */
export function contentDispositionFileName(header: string | null): string | null {
  if (!header) return null;

  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // A broken encoding falls through to the plain name.
    }
  }

  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'same-origin', ...init, headers: { 'Accept-Language': requestLanguage(), ...init.headers } });
  } catch (cause) {
    throw new ApiError(0, 'network.failed', cause instanceof Error ? cause.message : String(cause));
  }
}

/** Downloads a file, such as an Excel export. Throws ApiError on any non-2xx response. */
export async function apiDownload(path: string, query?: QueryParams): Promise<DownloadedFile> {
  const response = await send(apiUrl(path, query), { method: 'GET' });
  if (!response.ok) throw toApiError(response.status, await readJson(response));

  return { blob: await response.blob(), fileName: contentDispositionFileName(response.headers.get('content-disposition')) };
}

/** Sends a file as the raw request body and reads the JSON answer. Throws ApiError on any non-2xx response. */
export async function apiUpload<T>(path: string, file: Blob): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/octet-stream' };
  const token = csrfToken();
  if (token) headers['X-CSRF-Token'] = token;

  const response = await send(apiUrl(path), { method: 'POST', headers, body: file });
  const data = await readJson(response);
  if (!response.ok) throw toApiError(response.status, data);

  return data as T;
}

export const api = {
  get: <T>(path: string, query?: QueryParams) => apiRequest<T>('GET', apiUrl(path, query)),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => apiRequest<T>('POST', apiUrl(path), body ?? {}, headers),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', apiUrl(path), body),
  download: apiDownload,
  upload: apiUpload,
};

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
