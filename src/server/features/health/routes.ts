import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../context.js';

export function healthRoutes(app: FastifyInstance, context: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            today: z.string().describe('Today in Asia/Almaty, YYYY-MM-DD'),
            rehearsalDate: z.string().nullable().describe('KONTINGENT_TODAY when set'),
          }),
        },
      },
    },
    async () => {
      await context.db.execute(sql`select 1`);

      return {
        status: 'ok' as const,
        database: context.databaseKind,
        today: context.clock.today(),
        rehearsalDate: context.rehearsalDate,
      };
    },
  );
}
