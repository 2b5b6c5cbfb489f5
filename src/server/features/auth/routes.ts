import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { USER_ROLES } from '../../../db/schema.js';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses } from '../../http/schemas.js';
import { recordEvent } from '../events/record-event.js';
import { login } from './login.js';
import { CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, deleteSession, deleteUserSessions } from './sessions.js';

const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: z.enum(USER_ROLES),
  organizationId: z.number().int().nullable().describe('The school of an operator'),
  territoryKato: z.string().nullable().describe('The KATO territory of district and region staff'),
});

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export function authRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  const setSessionCookies = (reply: FastifyReply, token: string, csrfToken: string) => {
    // A lifetime, not a date: under KONTINGENT_TODAY the application's clock differs from the browser's.
    const common = { path: '/', secure: context.secureCookies, maxAge: SESSION_HOURS * 3600 };
    reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true, sameSite: 'lax' });
    // The page's script reads this one and sends it back in X-CSRF-Token.
    reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false, sameSite: 'strict' });
  };

  const clearSessionCookies = (reply: FastifyReply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
  };

  routes.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        description:
          'Open a session. Sets the httpOnly session cookie and the `kontingent_csrf` cookie, whose value every later write sends in the X-CSRF-Token header. Five failures of one username lock it for 15 minutes; 30 failures from one address refuse that address for 15 minutes (429 with Retry-After).',
        body: loginBody,
        response: { 200: z.object({ user: sessionUserSchema }), 429: errorResponses[401], ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await login(context.db, { ...request.body, address: request.ip }, context.clock.now());

      setSessionCookies(reply, session.token, session.csrfToken);
      request.log.info({ userId: session.user.id }, 'user logged in');

      return { user: session.user };
    },
  );

  routes.post(
    '/api/v1/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], description: 'End this session.', response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(context.db, token);

      if (request.user) {
        await recordEvent(context.db, { name: 'auth.logout', actorUserId: request.user.id, organizationId: request.user.organizationId, subjectId: request.user.id, createdAt: context.clock.now() });
      }

      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/auth/logout-everywhere',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['auth'], description: 'End every session of the user, on every device, this one included.', response: { 200: z.object({ ended: z.number().int() }), ...errorResponses } },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const ended = await deleteUserSessions(context.db, user.id);
      await recordEvent(context.db, { name: 'auth.logout_everywhere', actorUserId: user.id, organizationId: user.organizationId, subjectId: user.id, data: { sessions: ended }, createdAt: context.clock.now() });

      clearSessionCookies(reply);
      return { ended };
    },
  );

  routes.get(
    '/api/v1/auth/me',
    { config: { access: 'signed-in' }, schema: { tags: ['auth'], response: { 200: sessionUserSchema, ...errorResponses } } },
    async (request, reply) => {
      // Restores the CSRF cookie if the browser lost it while the session lives on.
      if (request.csrfToken) reply.setCookie(CSRF_COOKIE, request.csrfToken, { path: '/', secure: context.secureCookies, httpOnly: false, sameSite: 'strict', maxAge: SESSION_HOURS * 3600 });
      return currentUser(request);
    },
  );
}
