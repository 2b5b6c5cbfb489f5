import type { i18n as I18n } from 'i18next';
import { ApiError, isApiError } from '../api/client.js';
import { formatDisplayDate } from './dates.js';

/** Codes whose `reason` parameter has a more precise text of its own, e.g. `iin_reason.check_digit`. */
const REASON_GROUPS: Record<string, string> = {
  'student.iin_invalid': 'errors:iin_reason',
};

interface CodedError {
  code: string;
  params?: Record<string, string | number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parameters as users read them: dates such as `expected: '2009-03-17'` become 17.03.2009. */
function displayParams(params: Record<string, string | number> = {}): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && ISO_DATE.test(value) ? formatDisplayDate(value) : value]),
  );
}

/**
 * Translate an error code such as `student.iin_invalid` from the `errors`
 * catalogue. An unknown code shows the server's message, which the server
 * already wrote in the request's language.
 */
export function translateCode(i18n: I18n, error: CodedError, fallbackMessage?: string): string {
  const reasonGroup = REASON_GROUPS[error.code];
  const reason = error.params?.reason;
  if (reasonGroup && reason !== undefined && i18n.exists(`${reasonGroup}.${reason}`)) {
    return i18n.t(`${reasonGroup}.${reason}`, displayParams(error.params));
  }

  const key = `errors:${error.code}`;
  if (i18n.exists(key)) return i18n.t(key, displayParams(error.params));

  return fallbackMessage ?? i18n.t('errors:unknown', { code: error.code });
}

/** Translate any thrown value: an ApiError by its code, anything else as a network failure. */
export function translateError(i18n: I18n, error: unknown): string {
  if (isApiError(error)) return translateCode(i18n, error, error.message);

  return i18n.t('errors:network.failed');
}

/** Translates the field errors and groups them by field path, e.g. `{ 'passport.attestat_series': ['...'] }`. */
export function translateFieldErrors(i18n: I18n, error: ApiError): Record<string, string[]> {
  const byField: Record<string, string[]> = {};

  for (const fieldError of error.fieldErrors) {
    const text = translateCode(i18n, fieldError, fieldError.code);
    (byField[fieldError.field] ??= []).push(text);
  }

  return byField;
}
