import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/context.js';

export interface BenchServer {
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Starts the application's HTTP server on a free loopback port, without request logs, as `npm start` serves the API. */
export async function startBenchServer(context: AppContext): Promise<BenchServer> {
  const app = await buildApp(context, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });

  const { port } = app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}
