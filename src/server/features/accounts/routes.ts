import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { currentUser } from '../../http/authenticate.js';
import { errorResponses, idParam } from '../../http/schemas.js';
import { createUser } from './create-user.js';
import { generatePassword } from './generate-password.js';
import { listUsers, type UserSummary } from './list-users.js';
import { createUserBody, createdUserSchema, setPasswordBody, updateUserBody, userListQuery, userListSchema } from './schemas.js';
import { setUserPassword } from './set-user-password.js';
import { unlockUser } from './unlock-user.js';
import { updateUser } from './update-user.js';

/** Register the administrator's account routes: list, create, change role and scope, disable, reset the password, unlock. */
export function accountRoutes(app: FastifyInstance, context: AppContext): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const userParams = z.object({ userId: idParam });

  routes.get(
    '/api/v1/admin/users',
    { config: { access: 'admin' }, schema: { tags: ['administration'], querystring: userListQuery, response: { 200: userListSchema, ...errorResponses } } },
    async (request) => {
      const page = await listUsers(context.db, request.query, context.clock.now());
      return { items: page.items.map(toJson), total: page.total };
    },
  );

  routes.post(
    '/api/v1/admin/users',
    {
      config: { access: 'admin' },
      schema: { tags: ['administration'], description: 'Create an account; without a password, one is generated and returned once.', body: createUserBody, response: { 201: createdUserSchema, ...errorResponses } },
    },
    async (request, reply) => {
      const password = request.body.password ?? generatePassword();
      const user = await createUser(context.db, { ...request.body, password }, { actorUserId: currentUser(request).id, now: context.clock.now() });

      return reply.status(201).send({ user, password: request.body.password === undefined ? password : null });
    },
  );

  routes.patch(
    '/api/v1/admin/users/:userId',
    {
      config: { access: 'admin' },
      schema: { tags: ['administration'], params: userParams, body: updateUserBody, response: { 200: createdUserSchema.shape.user, ...errorResponses } },
    },
    async (request) => updateUser(context.db, { id: request.params.userId }, request.body, { actorUserId: currentUser(request).id, now: context.clock.now() }),
  );

  routes.post(
    '/api/v1/admin/users/:userId/password',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['administration'],
        description: 'Set a new password, end the account\'s sessions and lift a lockout. Without a password, one is generated and returned once.',
        params: userParams,
        body: setPasswordBody,
        response: { 200: z.object({ password: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const password = request.body.password ?? generatePassword();
      await setUserPassword(context.db, { id: request.params.userId }, password, { actorUserId: currentUser(request).id, now: context.clock.now() });

      return { password: request.body.password === undefined ? password : null };
    },
  );

  routes.post(
    '/api/v1/admin/users/:userId/unlock',
    { config: { access: 'admin' }, schema: { tags: ['administration'], description: 'Lift a login lockout before it ends.', params: userParams, response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      await unlockUser(context.db, { id: request.params.userId }, { actorUserId: currentUser(request).id, now: context.clock.now() });
      return reply.status(204).send(null);
    },
  );
}

function toJson(user: UserSummary) {
  return {
    ...user,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
