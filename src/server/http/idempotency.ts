import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { idempotencyKeys } from '../../db/schema.js';
import type { AppContext } from '../context.js';
import { AppError, badRequest, conflict } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Marks a POST whose repeat with the same Idempotency-Key header returns the first result and writes nothing. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyKey: string | null;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** How long a key is remembered: a retry comes within minutes, a day covers a connection lost overnight. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A key whose first request has not finished after this long belongs to a request the server lost (a crash), and may run again. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

const KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Make the routes marked `idempotent` safe to repeat. The first request with
 * a key claims it before the handler runs; its response (anything but a 5xx)
 * is stored when it is sent. A repeat gets that stored response, a repeat
 * while the first still runs gets 409, and the same key with another body
 * gets 422. A request without the header runs as usual.
 */
export function registerIdempotency(app: FastifyInstance, context: AppContext): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.idempotent || !request.user) return;

    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
      throw badRequest('idempotency.key_invalid', [{ field: IDEMPOTENCY_HEADER, code: 'idempotency.key_invalid' }]);
    }

    const stored = await claimKey(context, request.user.id, header, requestHash(request));
    if (stored === 'claimed') {
      request.idempotencyKey = header;
      return;
    }

    return reply.code(stored.statusCode).header('idempotent-replayed', 'true').send(stored.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.idempotencyKey || !request.user) return payload;

    await storeResponse(context, request.user.id, request.idempotencyKey, reply, payload);
    return payload;
  });
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.routeOptions.url ?? ''} ${JSON.stringify(request.params)} ${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/** Claim the key for this request, or return the stored response of the request that claimed it first. */
async function claimKey(context: AppContext, userId: number, key: string, hash: string): Promise<'claimed' | { statusCode: number; response: unknown }> {
  const now = context.clock.now();
  const byKey = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

  // An expired key is forgotten, so it can be claimed again.
  await context.db.delete(idempotencyKeys).where(and(byKey, lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEY_LIFETIME_MS))));

  const [claimed] = await context.db
    .insert(idempotencyKeys)
    .values({ userId, key, requestHash: hash, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed) return 'claimed';

  const [first] = await context.db.select().from(idempotencyKeys).where(byKey);
  if (!first) return claimKey(context, userId, key, hash);
  if (first.requestHash !== hash) throw new AppError(422, 'idempotency.key_reused');

  if (first.statusCode === null) {
    if (now.getTime() - first.createdAt.getTime() < ABANDONED_AFTER_MS) throw conflict('idempotency.in_progress');

    await context.db.update(idempotencyKeys).set({ createdAt: now }).where(byKey);
    return 'claimed';
  }

  return { statusCode: first.statusCode, response: first.response };
}

/** Store the response of the request that claimed the key; a 5xx releases the key so a retry runs again. */
async function storeResponse(context: AppContext, userId: number, key: string, reply: FastifyReply, payload: unknown): Promise<void> {
  const byKey = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

  if (reply.statusCode >= 500 || typeof payload !== 'string') {
    await context.db.delete(idempotencyKeys).where(byKey);
    return;
  }

  await context.db.update(idempotencyKeys).set({ statusCode: reply.statusCode, response: JSON.parse(payload) }).where(byKey);
}
