/**
 * Fields of a database error that identify it without the values it carries.
 * PostgreSQL's `detail` ("Key (iin)=(…) already exists") and some messages
 * ("invalid input syntax: …") quote row values, which may be personal data.
 */
const DATABASE_ERROR_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;

function isDatabaseError(error: object): boolean {
  return 'severity' in error && 'code' in error && typeof (error as { code: unknown }).code === 'string';
}

/**
 * Serialize an error for the log without personal data. A failed Drizzle query
 * keeps its SQL text, whose values are $n placeholders, but not its parameters;
 * a database error keeps its code, constraint and table but not its message or
 * detail; any other error keeps its message and stack.
 */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a value that is not an Error was thrown', stack: '' };

  const cause = error.cause === undefined ? undefined : serializeError(error.cause);

  if ('query' in error && 'params' in error) {
    return { type: error.name, message: 'database query failed', stack: '', query: String((error as { query: unknown }).query), cause };
  }

  if (isDatabaseError(error)) {
    const fields = Object.fromEntries(DATABASE_ERROR_FIELDS.map((name) => [name, (error as unknown as Record<string, unknown>)[name]]));
    return { type: error.name, message: `database error ${String(fields.code)}`, stack: '', ...fields };
  }

  return { type: error.name, message: error.message, stack: error.stack ?? '', cause };
}

export interface SerializedError {
  [field: string]: unknown;
  type: string;
  message: string;
  stack: string;
}
