import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../../../../src/domain/dictionaries/destinations.js';
import { checkCountry } from '../../../../src/domain/graduation/country.js';

const leftCountry = DESTINATIONS.find((entry) => entry.code === 'left_country')!;
const college = DESTINATIONS.find((entry) => entry.code === 'college')!;

describe('checkCountry', () => {
  it('accepts an alpha-2 code for a destination that requires a country', () => {
    expect(checkCountry(leftCountry, 'RU')).toEqual({ ok: true, country: 'RU' });
  });

  it('stores the code in upper case', () => {
    expect(checkCountry(leftCountry, ' de ')).toEqual({ ok: true, country: 'DE' });
  });

  it.each([undefined, null, '', '  '])('requires a country when it is %j', (country) => {
    expect(checkCountry(leftCountry, country)).toEqual({ ok: false, code: 'graduation.country_required' });
  });

  it.each(['XX', 'RUS', '643', 'Russia', 'R'])('rejects the unknown code %s', (country) => {
    expect(checkCountry(leftCountry, country)).toEqual({ ok: false, code: 'graduation.country_unknown' });
  });

  it('rejects Kazakhstan as the country of departure', () => {
    expect(checkCountry(leftCountry, 'KZ')).toEqual({ ok: false, code: 'graduation.country_is_kazakhstan' });
  });

  it('ignores a country given for another destination', () => {
    expect(checkCountry(college, 'RU')).toEqual({ ok: true, country: null });
    expect(checkCountry(college, 'XX')).toEqual({ ok: true, country: null });
  });
});
