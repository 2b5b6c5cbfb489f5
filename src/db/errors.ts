/** PostgreSQL's SQLSTATE for a unique constraint violation. */
const UNIQUE_VIOLATION = '23505';

/**
 * Tell whether a database error (as thrown by pg or PGlite, possibly wrapped by
 * Drizzle in `cause`) is a unique violation, optionally of one constraint.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const candidate = current as { code?: unknown; constraint?: unknown };
    if (candidate.code === UNIQUE_VIOLATION) return constraint === undefined || candidate.constraint === constraint;
  }
  return false;
}
