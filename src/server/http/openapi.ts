import type { FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI built from the routes' zod schemas: JSON at /api/openapi.json, a browsable page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Kontingent API',
        version: '1',
        description:
          'Register of a school\'s students and their movements. Authenticate with POST /api/v1/auth/login; the session cookie is `kontingent_session`. Errors are `{code, message, errors?}`, with `message` in the language of Accept-Language (kk, ru, en).',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kontingent_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
