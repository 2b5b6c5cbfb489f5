import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { registerAccessControl } from './http/access-rules.js';
import { registerAuthentication } from './http/authenticate.js';
import { registerCsrfProtection } from './http/csrf.js';
import { registerErrorHandler } from './http/error-handler.js';
import { registerIdempotency } from './http/idempotency.js';
import { serializeError } from './http/log-error.js';
import { registerOpenApi } from './http/openapi.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerWeb } from './http/web.js';
import { arrivalRoutes } from './features/arrivals/routes.js';
import { accountRoutes } from './features/accounts/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { departureRoutes } from './features/departures/routes.js';
import { dictionaryRoutes } from './features/dictionaries/routes.js';
import { admissionRoutes } from './features/admission/routes.js';
import { contingentImportRoutes } from './features/contingent-import/routes.js';
import { exportRoutes } from './features/exports/routes.js';
import { graduationRoutes } from './features/graduation/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { helpRoutes } from './features/help/routes.js';
import { moveRequestRoutes } from './features/move-requests/routes.js';
import { movementRoutes } from './features/movements/routes.js';
import { organizationRoutes } from './features/organizations/routes.js';
import { progressRoutes } from './features/progress/routes.js';
import { studentRoutes } from './features/students/routes.js';
import { studyFormRoutes } from './features/study-form/routes.js';
import { transferRoutes } from './features/transfer/routes.js';
import { yearEndRoutes } from './features/year-end/routes.js';
import { territoryRoutes } from './features/territories/routes.js';

/** Feature route groups, each `(app, context) => void`; add a feature here. */
const featureRoutes = [
  healthRoutes,
  authRoutes,
  organizationRoutes,
  studentRoutes,
  dictionaryRoutes,
  graduationRoutes,
  transferRoutes,
  admissionRoutes,
  yearEndRoutes,
  movementRoutes,
  departureRoutes,
  arrivalRoutes,
  moveRequestRoutes,
  studyFormRoutes,
  exportRoutes,
  contingentImportRoutes,
  territoryRoutes,
  progressRoutes,
  accountRoutes,
  auditRoutes,
];

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built UI from dist/web; tests of the API leave it off. */
  serveWeb?: boolean;
  /** Take the client address from X-Forwarded-For, behind a proxy or load balancer (TRUST_PROXY). */
  trustProxy?: boolean;
}

/**
 * Log lines carry the request id, method and route pattern, never the raw URL
 * (its query may hold an IIN or a name) nor bodies (passwords, personal data).
 */
export const loggerOptions = (level: string): FastifyServerOptions['logger'] => ({
  level,
  redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.iin', '*.lastName', '*.firstName', '*.middleName'], censor: '[redacted]' },
  serializers: {
    err: serializeError,
    req: (request) => ({ method: request.method, route: request.routeOptions?.url ?? request.url.split('?')[0], id: request.id }),
  },
});

export async function buildApp(context: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  // Requests are logged at debug level (LOG_LEVEL=debug), so that a day of clicks does not bury the errors.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 5 * 1024 * 1024, disableRequestLogging: true, trustProxy: options.trustProxy ?? false });
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug({ req: request, statusCode: reply.statusCode, milliseconds: Math.round(reply.elapsedTime) }, 'request completed');
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(fastifyCookie);
  await registerSecurityHeaders(app, { https: context.secureCookies });
  registerAccessControl(app, context);
  await registerOpenApi(app);
  registerAuthentication(app, context);
  registerIdempotency(app, context);
  registerCsrfProtection(app);

  for (const register of featureRoutes) register(app, context);
  helpRoutes(app);

  if (options.serveWeb) await registerWeb(app);

  await app.ready();
  return app;
}
