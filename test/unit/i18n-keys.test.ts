import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, resources } from '../../src/i18n/resources.js';

type Catalogue = Record<string, unknown>;

/** Flatten nested keys to dotted paths: `{ auth: { forbidden: 'x' } }` gives `auth.forbidden`. */
function flattenKeys(catalogue: Catalogue, prefix = ''): Map<string, unknown> {
  const keys = new Map<string, unknown>();

  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [nestedPath, nestedValue] of flattenKeys(value as Catalogue, path)) keys.set(nestedPath, nestedValue);
    } else {
      keys.set(path, value);
    }
  }

  return keys;
}

/** List every key that some language lacks and every value that is not a non-empty string. */
function catalogueProblems(byLanguage: Record<string, Catalogue>): string[] {
  const flat = Object.entries(byLanguage).map(([language, catalogue]) => [language, flattenKeys(catalogue)] as const);
  const allKeys = new Set(flat.flatMap(([, keys]) => [...keys.keys()]));
  const problems: string[] = [];

  for (const key of [...allKeys].sort()) {
    for (const [language, keys] of flat) {
      if (!keys.has(key)) {
        problems.push(`${language}: missing ${key}`);
        continue;
      }

      const value = keys.get(key);
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${language}: empty ${key}`);
    }
  }

  return problems;
}

describe('catalogueProblems', () => {
  it('reports a key missing in one language', () => {
    const problems = catalogueProblems({
      kk: { auth: { forbidden: 'Рұқсат жоқ', unauthenticated: 'Кіріңіз' } },
      ru: { auth: { forbidden: 'Нет прав' } },
    });

    expect(problems).toEqual(['ru: missing auth.unauthenticated']);
  });

  it('reports an empty value', () => {
    expect(catalogueProblems({ kk: { save: '' }, ru: { save: 'Сохранить' } })).toEqual(['kk: empty save']);
  });

  it('reports a nested key shadowed by a plain value', () => {
    const problems = catalogueProblems({ kk: { sex: { male: 'Ер' } }, ru: { sex: 'Пол' } });

    expect(problems).toEqual(['kk: missing sex', 'ru: missing sex.male']);
  });
});

describe('translation catalogues', () => {
  const localesDir = fileURLToPath(new URL('../../src/i18n/locales/', import.meta.url));

  it.each(NAMESPACES.map((namespace) => [namespace]))('%s has the same keys in kk, ru and en', (namespace) => {
    const byLanguage = Object.fromEntries(LANGUAGES.map((language) => [language, resources[language][namespace] as Catalogue]));

    expect(catalogueProblems(byLanguage)).toEqual([]);
    expect(flattenKeys(byLanguage.kk).size).toBeGreaterThan(0);
  });

  it.each(LANGUAGES.map((language) => [language]))('every %s file is a registered namespace', (language) => {
    const files = readdirSync(`${localesDir}${language}`).filter((file) => file.endsWith('.json'));

    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...NAMESPACES].sort());
  });
});
