import { translate } from '../i18n/translate.js';

/** English text of the codes the CLI's commands raise, used where the errors catalogue has no entry yet. */
const FALLBACK_MESSAGES: Record<string, string> = {
  'user.invalid': 'the account data is invalid',
  'user.username_invalid': 'the username must be 3-64 characters from a-z, 0-9, dot, underscore and hyphen',
  'user.password_too_short': 'the password must have at least {{min}} characters',
  'user.password_too_long': 'the password must have at most {{max}} characters',
  'user.organization_required': 'an operator needs --org, the id of an existing organization',
  'user.organization_not_allowed': 'an admin belongs to no organization; leave out --org',
  'user.organization_not_found': 'no organization has the id {{organizationId}}',
  'user.username_taken': 'the username "{{username}}" is taken',
  'user.not_found': 'no account has the username "{{username}}"',
};

/** Returns the English text of an error code followed by the code, or the code and its parameters when no text exists. */
export function describeErrorCode(code: string, params: Record<string, string | number>): string {
  const key = `errors:${code}`;
  const translated = translate('en', key, params);
  if (translated !== key && translated !== code) return `${translated} (${code})`;

  const fallback = FALLBACK_MESSAGES[code];
  if (fallback) return `${fallback.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''))} (${code})`;

  const details = Object.entries(params).map(([name, value]) => `${name}=${value}`);
  return details.length > 0 ? `${code} (${details.join(', ')})` : code;
}
