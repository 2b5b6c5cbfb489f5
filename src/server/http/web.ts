import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const webFolder = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * Serve the built UI (`npm run build:web`), sending index.html for client
 * routes such as /contingent so that a reload keeps the page.
 */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  if (!existsSync(webFolder)) {
    app.log.warn({ webFolder }, 'the UI is not built; run `npm run build:web` to serve it');
    return;
  }

  await app.register(fastifyStatic, { root: webFolder, wildcard: false, index: 'index.html' });

  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
