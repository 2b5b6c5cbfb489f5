import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { CSRF_HEADER } from '../features/auth/sessions.js';
import { AppError } from './errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuse a cookie-authenticated write that does not prove it comes from the
 * application's own page: it must carry the session's CSRF token in the
 * X-CSRF-Token header. A write that the browser marks as sent from another
 * site (Sec-Fetch-Site: cross-site) is refused too, with or without a
 * session, which also stops a forged login. Register after authentication.
 */
export function registerCsrfProtection(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;

    if (request.headers['sec-fetch-site'] === 'cross-site') throw csrfRejected();

    if (!request.user) return;

    const sent = request.headers[CSRF_HEADER];
    const expected = request.csrfToken ?? '';
    if (typeof sent !== 'string' || expected === '' || !sameText(sent, expected)) throw csrfRejected();
  });
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const csrfRejected = () => new AppError(403, 'auth.csrf_invalid');
