import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses } from '../../http/schemas.js';
import { login } from './login.js';
import { SESSION_COOKIE, SESSION_HOURS, deleteSession } from './sessions.js';

const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: z.enum(['operator', 'admin']),
  organizationId: z.number().int().nullable(),
});

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export function authRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: { tags: ['auth'], body: loginBody, response: { 200: z.object({ user: sessionUserSchema }), ...errorResponses } },
    },
    async (request, reply) => {
      const session = await login(context.db, request.body, context.clock.now());

      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: context.secureCookies,
        // A lifetime, not a date: under KONTINGENT_TODAY the application's clock differs from the browser's.
        maxAge: SESSION_HOURS * 3600,
      });
      request.log.info({ userId: session.user.id }, 'user logged in');

      return { user: session.user };
    },
  );

  routes.post(
    '/api/v1/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(context.db, token);

      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], response: { 200: sessionUserSchema, ...errorResponses } } },
    async (request) => currentUser(request),
  );
}
