import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { languageFromHeader, translate } from '../../i18n/translate.js';
import { AppError, type FieldError } from './errors.js';

interface ErrorBody {
  code: string;
  message: string;
  params?: Record<string, string | number>;
  errors?: FieldError[];
}

/**
 * Turn every error into `{code, message, errors?}`. Bad input never becomes a
 * 500: schema failures are 400 with one field error per problem.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendError(request, reply, error.status, error.code, error.params, error.errors);
    }

    if (hasZodFastifySchemaValidationErrors(error)) {
      const fieldErrors = error.validation.map(toFieldError);
      return sendError(request, reply, 400, 'validation.invalid', {}, fieldErrors);
    }

    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, route: request.routeOptions.url }, 'response does not match its schema');
      return sendError(request, reply, 500, 'server.internal');
    }

    // Fastify's own client errors: malformed JSON, unsupported media type, body too large.
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code = error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'request.body_too_large' : 'request.malformed';
      return sendError(request, reply, error.statusCode, code);
    }

    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 500, 'server.internal');
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'route.not_found'));
}

function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  errors: FieldError[] = [],
) {
  const language = languageFromHeader(request.headers['accept-language']);
  const body: ErrorBody = { code, message: translate(language, `errors:${code}`, params) };
  // The client translates `code` with these, so a message such as "studies at {{school}}" keeps its values.
  if (Object.keys(params).length > 0) body.params = params;
  if (errors.length > 0) body.errors = errors;

  return reply.status(status).send(body);
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

function toFieldError(issue: ValidationIssue): FieldError {
  const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const params: Record<string, string | number> = {};

  for (const name of ['minimum', 'maximum', 'expected', 'format', 'origin']) {
    const value = issue.params[name];
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }

  // A refinement may carry its own stable code (see `withCode` in the feature schemas).
  const customCode = issue.params.params && (issue.params.params as Record<string, unknown>).code;
  const code = typeof customCode === 'string' ? customCode : `validation.${issue.keyword}`;

  return { field, code, params };
}
