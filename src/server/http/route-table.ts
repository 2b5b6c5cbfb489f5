import type { FastifyInstance, RouteOptions } from 'fastify';

/** A registered route as tests and documentation see it: method, URL pattern, schema and config. */
export interface RouteEntry {
  method: string;
  url: string;
  schema: RouteOptions['schema'];
  config: RouteOptions['config'];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the application registered, in registration order; HEAD routes Fastify adds are left out. */
    routeTable: RouteEntry[];
  }
}

/** Record every route registered after this call in `app.routeTable`. */
export function recordRoutes(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      table.push({ method, url: route.url, schema: route.schema, config: route.config });
    }
  });
}
