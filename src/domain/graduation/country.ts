import countries from 'i18n-iso-countries';
import { DICTIONARY_FLAGS } from '../dictionaries.js';
import { hasFlag, type RuleEntry } from './rule-entry.js';

export type CountryErrorCode = 'graduation.country_required' | 'graduation.country_unknown' | 'graduation.country_is_kazakhstan';

export type CountryCheck = { ok: true; country: string | null } | { ok: false; code: CountryErrorCode };

const ALPHA_2 = /^[A-Z]{2}$/;

/**
 * Checks the country of departure against the destination and returns the
 * value to store. A destination flagged `requires_country` needs an ISO
 * 3166-1 alpha-2 code other than KZ, which is stored in upper case. Any other
 * destination stores null, whatever country the request gave.
 */
export function checkCountry(destination: RuleEntry, country: string | null | undefined): CountryCheck {
  if (!hasFlag(destination, DICTIONARY_FLAGS.requiresCountry)) {
    return { ok: true, country: null };
  }

  const code = (country ?? '').trim().toUpperCase();
  if (code === '') {
    return { ok: false, code: 'graduation.country_required' };
  }

  // isValid also accepts alpha-3 and numeric codes, which the record does not store.
  if (!ALPHA_2.test(code) || !countries.isValid(code)) {
    return { ok: false, code: 'graduation.country_unknown' };
  }

  if (code === 'KZ') {
    return { ok: false, code: 'graduation.country_is_kazakhstan' };
  }

  return { ok: true, country: code };
}
