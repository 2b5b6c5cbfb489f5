/**
 * A problem with one field of a request: `field` is a dotted path such as
 * `passport.attestat_series`, `code` a stable error code that the client
 * translates with `params`. The server's FieldError has the same shape.
 */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export function fieldError(field: string, code: string, params?: Record<string, string | number>): FieldError {
  return params ? { field, code, params } : { field, code };
}
