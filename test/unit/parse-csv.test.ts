import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/server/features/territories/parse-csv.js';
import { deriveParentKato } from '../../src/server/features/territories/kato-parent.js';

function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('parseCsv', () => {
  it('splits plain fields and lines', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
    ]);
  });

  it('reads quoted commas, quotes and line breaks', () => {
    const records = parseCsv('name,note\r\n"Сұңқар, орталық","say ""hi"""\r\n"two\nlines",x\r\nlast,y');

    expect(records[1]).toEqual({ line: 2, fields: ['Сұңқар, орталық', 'say "hi"'] });
    expect(records[2]).toEqual({ line: 3, fields: ['two\nlines', 'x'] });
    expect(records[3]).toEqual({ line: 5, fields: ['last', 'y'] });
  });

  it('keeps empty fields and skips empty lines', () => {
    expect(parseCsv('a,,c\n\n"",\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFkato,level')[0].fields).toEqual(['kato', 'level']);
  });

  it('rejects broken quoting with the line', () => {
    expect(syntaxError('a\nb,"open')).toMatchObject({ line: 2, reason: 'unterminated_quote' });
    expect(syntaxError('a\nb\nx"y,z')).toMatchObject({ line: 3, reason: 'quote_in_unquoted_field' });
    expect(syntaxError('"a"b,c')).toMatchObject({ line: 1, reason: 'text_after_closing_quote' });
  });
});

describe('deriveParentKato', () => {
  const known = new Set(['590000000', '596400000', '596430000']);
  const exists = (kato: string) => known.has(kato);

  it('puts an oblast under the country', () => {
    expect(deriveParentKato('590000000', 'oblast', exists)).toBe('000000000');
  });

  it('takes the nearest existing ancestor', () => {
    expect(deriveParentKato('596430100', 'settlement', exists)).toBe('596430000');
    expect(deriveParentKato('596450100', 'settlement', exists)).toBe('596400000');
    expect(deriveParentKato('596430000', 'sub_district', exists)).toBe('596400000');
    expect(deriveParentKato('596400000', 'district', exists)).toBe('590000000');
    expect(deriveParentKato('597000000', 'district', exists)).toBe('590000000');
  });

  it('falls back to the country', () => {
    expect(deriveParentKato('110000100', 'settlement', exists)).toBe('000000000');
  });
});
