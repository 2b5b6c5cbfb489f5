import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES, DICTIONARY_NAMES, type DictionaryName } from '../../../src/domain/dictionaries.js';

const entriesOf = (name: DictionaryName) => DEFAULT_DICTIONARIES[name];
const codesWithFlag = (name: DictionaryName, flag: string) =>
  entriesOf(name)
    .filter((entry) => entry.flags.includes(flag))
    .map((entry) => entry.code);

describe('default dictionaries', () => {
  it('lists every dictionary', () => {
    expect([...DICTIONARY_NAMES].sort()).toEqual(Object.keys(DEFAULT_DICTIONARIES).sort());
  });

  it.each(DICTIONARY_NAMES)('gives %s unique snake_case codes and names in 3 languages', (name) => {
    const entries = entriesOf(name);
    const codes = entries.map((entry) => entry.code);

    expect(new Set(codes).size).toBe(codes.length);

    for (const entry of entries) {
      expect(entry.code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(entry.names.kk.trim(), `${name}.${entry.code}.kk`).not.toBe('');
      expect(entry.names.ru.trim(), `${name}.${entry.code}.ru`).not.toBe('');
      expect(entry.names.en.trim(), `${name}.${entry.code}.en`).not.toBe('');
      expect(entry.names.en, `${name}.${entry.code}.en`).toMatch(/^[\x20-\x7e]+$/);
      // Only a quoted name such as «Алтын белгі» may use Kazakh letters in Russian text.
      expect(entry.names.ru.replace(/«[^»]*»/g, ''), `${name}.${entry.code}.ru`).not.toMatch(/[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
    }
  });

  it('has the six document kinds with their grades', () => {
    const grades = Object.fromEntries(entriesOf('documentKinds').map((entry) => [entry.code, entry.grades]));

    expect(grades).toEqual({
      basic_secondary_attestat: [9],
      basic_secondary_attestat_with_distinction: [9],
      general_secondary_attestat: [11, 12, 13],
      general_secondary_attestat_with_distinction: [11, 12, 13],
      altyn_belgi_attestat: [11, 12, 13],
      incomplete_education_certificate: [9, 11, 12, 13],
    });
    expect(codesWithFlag('documentKinds', 'altyn_belgi')).toEqual(['altyn_belgi_attestat']);
  });

  it('flags the destinations that rules test', () => {
    expect(entriesOf('destinations')).toHaveLength(9);
    expect(codesWithFlag('destinations', 'continues_at_school')).toEqual(['continues_at_school']);
    expect(codesWithFlag('destinations', 'requires_country')).toEqual(['left_country']);
  });

  it('has five study forms with external study flagged', () => {
    expect(entriesOf('studyForms').map((entry) => entry.code)).toEqual([
      'full_time',
      'evening',
      'home_schooling',
      'external_study',
      'family_education',
    ]);
    expect(codesWithFlag('studyForms', 'external_study')).toEqual(['external_study']);
  });

  it('flags departures to a school and abroad', () => {
    const count = entriesOf('departureReasons').length;

    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(7);
    expect(codesWithFlag('departureReasons', 'to_school_in_kazakhstan')).toEqual(['to_school_in_kazakhstan']);
    expect(codesWithFlag('departureReasons', 'requires_country')).toEqual(['left_country']);
  });

  it('has aid categories ending with no category', () => {
    const codes = entriesOf('aidCategories').map((entry) => entry.code);

    expect(codes).toContain('targeted_social_assistance_family');
    expect(codes).toContain('orphan_or_without_parental_care');
    expect(codes).toContain('other_collegial_body');
    expect(codes.at(-1)).toBe('none');
  });
});
