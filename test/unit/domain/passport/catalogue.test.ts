import { describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARIES, type DictionaryName } from '../../../../src/domain/dictionaries.js';
import {
  GRADUATION_DOCUMENT_INDICATORS,
  PASSPORT_DICTIONARIES,
  PASSPORT_INDICATORS,
  PASSPORT_SECTIONS,
  indicatorByCode,
} from '../../../../src/domain/passport/index.js';
import type { Labels } from '../../../../src/domain/labels.js';

function expectLabels(labels: Labels, where: string) {
  expect(labels.kk.trim(), `${where}.kk`).not.toBe('');
  expect(labels.ru.trim(), `${where}.ru`).not.toBe('');
  expect(labels.en.trim(), `${where}.en`).not.toBe('');
}

describe('passport catalogue', () => {
  it('has the six sections in order', () => {
    expect(PASSPORT_SECTIONS.map((section) => section.code)).toEqual([
      'personal',
      'social',
      'disability',
      'graduation',
      'destination',
      'exams',
    ]);
  });

  it('has at least 40 indicators with unique codes', () => {
    const codes = PASSPORT_INDICATORS.map((indicator) => indicator.code);

    expect(codes.length).toBeGreaterThanOrEqual(40);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it('lists indicators section by section', () => {
    const order = PASSPORT_SECTIONS.map((section) => section.code);
    const positions = PASSPORT_INDICATORS.map((indicator) => order.indexOf(indicator.section));

    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions).not.toContain(-1);
  });

  it('labels every section, indicator, option and column in 3 languages', () => {
    for (const section of PASSPORT_SECTIONS) {
      expectLabels(section.labels, section.code);
    }

    for (const indicator of PASSPORT_INDICATORS) {
      expectLabels(indicator.labels, indicator.code);
      for (const option of indicator.options ?? []) {
        expectLabels(option.labels, `${indicator.code}.${option.code}`);
      }
      for (const column of indicator.columns ?? []) {
        expectLabels(column.labels, `${indicator.code}.${column.code}`);
      }
    }
  });

  it('keeps student columns out of the passport', () => {
    const codes = PASSPORT_INDICATORS.map((indicator) => indicator.code);

    for (const column of ['iin', 'last_name', 'first_name', 'middle_name', 'birth_date', 'sex']) {
      expect(codes).not.toContain(column);
    }
  });

  it('points every when rule at an earlier indicator that can take the value', () => {
    PASSPORT_INDICATORS.forEach((indicator, index) => {
      if (indicator.required.kind !== 'when') {
        return;
      }

      const controlling = indicatorByCode(indicator.required.indicator);
      expect(controlling, indicator.code).toBeDefined();
      expect(PASSPORT_INDICATORS.indexOf(controlling!), indicator.code).toBeLessThan(index);

      if (controlling!.type === 'boolean') {
        expect(typeof indicator.required.equals, indicator.code).toBe('boolean');
      }
      if (controlling!.options) {
        expect(controlling!.options.map((option) => option.code), indicator.code).toContain(indicator.required.equals);
      }
    });
  });

  it('gives each choice a dictionary or options and each table columns', () => {
    for (const indicator of PASSPORT_INDICATORS) {
      if (indicator.type === 'choice') {
        expect(Boolean(indicator.dictionary) !== Boolean(indicator.options?.length), indicator.code).toBe(true);
      }
      if (indicator.type === 'table') {
        expect(indicator.columns?.length, indicator.code).toBeGreaterThan(0);
      }
    }
  });

  it('names dictionaries that exist or that the server supplies', () => {
    const seeded = Object.keys(DEFAULT_DICTIONARIES);

    expect([...PASSPORT_DICTIONARIES].sort()).toEqual(['aidCategories', 'countries']);
    expect(seeded).toContain('aidCategories' satisfies DictionaryName);
  });

  it('requires the attestat fields in graduating grades', () => {
    expect(GRADUATION_DOCUMENT_INDICATORS).toEqual(['attestat_series', 'attestat_number', 'attestat_issue_date']);
    for (const code of GRADUATION_DOCUMENT_INDICATORS) {
      expect(indicatorByCode(code)?.required).toEqual({ kind: 'grades', grades: 'graduating' });
      expect(indicatorByCode(code)?.section).toBe('graduation');
    }
  });

  it('has the indicators of the operator manual', () => {
    const expected: [string, string, string][] = [
      ['studies_in_special_classes', 'personal', 'boolean'],
      ['targeted_social_assistance', 'social', 'boolean'],
      ['subsistence_level', 'social', 'number'],
      ['aid_category', 'social', 'choice'],
      ['altyn_belgi_candidate', 'graduation', 'boolean'],
      ['altyn_belgi_confirmed', 'graduation', 'boolean'],
      ['profession', 'destination', 'text'],
      ['oked', 'destination', 'text'],
      ['employer_ownership_form', 'destination', 'choice'],
      ['employment_date', 'destination', 'date'],
      ['special_exam_results', 'exams', 'table'],
      ['creative_exam_results', 'exams', 'table'],
    ];

    for (const [code, section, type] of expected) {
      expect(indicatorByCode(code)?.section, code).toBe(section);
      expect(indicatorByCode(code)?.type, code).toBe(type);
    }
    expect(indicatorByCode('aid_category')?.dictionary).toBe('aidCategories');
    expect(indicatorByCode('creative_exam_results')?.columns?.map((column) => column.code)).toEqual([
      'test_date',
      'exam_sequence_number',
      'exam_name',
      'score',
    ]);
  });

  it('gives every pattern a format hint that the pattern accepts', () => {
    const patterned = PASSPORT_INDICATORS.flatMap((indicator) => [indicator, ...(indicator.columns ?? [])]).filter((definition) => definition.pattern);
    const examples: Record<string, string> = { phone: '+7 701 123 45 67', territorial_affiliation: '596430100', oked: '85.31.1' };

    expect(patterned.map((definition) => definition.code).sort()).toEqual(Object.keys(examples).sort());
    for (const definition of patterned) {
      expectLabels(definition.formatHint!, `${definition.code}.formatHint`);
      expect(new RegExp(definition.pattern!, 'u').test(examples[definition.code]), definition.code).toBe(true);
    }
  });

  it('limits the dates of past events to today', () => {
    const dates = PASSPORT_INDICATORS.flatMap((indicator) => [
      ...(indicator.type === 'date' ? [[indicator.code, indicator.notAfterToday === true] as const] : []),
      ...(indicator.columns ?? [])
        .filter((column) => column.type === 'date')
        .map((column) => [`${indicator.code}.${column.code}`, column.notAfterToday === true] as const),
    ]);

    expect(Object.fromEntries(dates)).toEqual({
      disability_until: false,
      pmpc_conclusion_date: true,
      attestat_issue_date: true,
      employment_date: true,
      'special_exam_results.exam_date': true,
      'creative_exam_results.test_date': true,
    });
  });

  it('returns undefined for an unknown code', () => {
    expect(indicatorByCode('no_such_indicator')).toBeUndefined();
  });
});
