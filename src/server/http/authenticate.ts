import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { SESSION_COOKIE, findSessionUser, type SessionUser } from '../features/auth/sessions.js';
import { unauthorized } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /** Marks a route that responds without a session: health, login, docs. */
    public?: boolean;
  }
}

/** First step of every request: find the session's user, and reject an anonymous call to a private route. */
export function registerAuthentication(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest('user', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await findSessionUser(context.db, token, context.clock.now());

    const isApi = request.url.startsWith('/api/v1/');
    if (isApi && !request.routeOptions.config?.public && !request.user) throw unauthorized();
  });
}

/** The session's user; the authentication hook already rejected anonymous requests. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthorized();
  return request.user;
}
