/**
 * A problem with one field of a request: `field` is a dotted path such as
 * `passport.attestat_series` or `studentIds.3`, `code` a stable error code.
 */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * An error with a stable code that the client translates. The server also
 * renders `message` from the catalogue in the language of Accept-Language.
 */
export class AppError extends Error {
  /** Sent as the Retry-After header, for a 429 or 503. */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly errors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, errors: FieldError[] = [], params: Record<string, string | number> = {}) =>
  new AppError(400, code, params, errors);

export const notFound = (code: string, params: Record<string, string | number> = {}) => new AppError(404, code, params);

export const conflict = (code: string, params: Record<string, string | number> = {}, errors: FieldError[] = []) =>
  new AppError(409, code, params, errors);

export const unauthorized = () => new AppError(401, 'auth.unauthenticated');

export const forbidden = (code = 'auth.forbidden') => new AppError(403, code);

/** A write by an account that may only read: district, region and ministry staff. */
export const readOnly = () => new AppError(403, 'auth.read_only');
