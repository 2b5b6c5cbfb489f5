import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { SESSION_COOKIE, findSession, type SessionUser } from '../features/auth/sessions.js';
import { API_PREFIX } from './access-rules.js';
import { unauthorized } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    /** The CSRF token of the request's session; null without a live session. */
    csrfToken: string | null;
  }
}

/** First step of every request: find the session's user, and reject an anonymous call to a private route. */
export function registerAuthentication(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await findSession(context.db, token, context.clock.now());
      request.user = session?.user ?? null;
      request.csrfToken = session?.csrfToken ?? null;
    }

    const isApi = request.url.startsWith(`${API_PREFIX}/`);
    if (isApi && request.routeOptions.config?.access !== 'public' && !request.user) throw unauthorized();
  });
}

/** The session's user; the authentication hook already rejected anonymous requests. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
