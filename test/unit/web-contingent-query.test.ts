import { describe, expect, it } from 'vitest';
import { parseQuery, toSearchParams } from '../../src/web/features/contingent/useContingentQuery.js';

describe('contingent URL query', () => {
  it('reads the defaults from an empty query', () => {
    expect(parseQuery(new URLSearchParams())).toEqual({ status: 'active', grade: null, letter: null, q: '', page: 1, pageSize: 25 });
  });

  it('reads a linked, filtered page', () => {
    const query = parseQuery(new URLSearchParams('status=graduated&grade=9&letter=Ә&q=Жұма&page=3&pageSize=50'));

    expect(query).toEqual({ status: 'graduated', grade: 9, letter: 'Ә', q: 'Жұма', page: 3, pageSize: 50 });
  });

  it('drops values it cannot use', () => {
    const query = parseQuery(new URLSearchParams('status=expelled&grade=14&letter=Q&page=-1&pageSize=30'));

    expect(query).toEqual({ status: 'active', grade: null, letter: null, q: '', page: 1, pageSize: 25 });
  });

  it('keeps grade 0, the pre-school class', () => {
    expect(parseQuery(new URLSearchParams('grade=0')).grade).toBe(0);
  });

  it('writes only the values that differ from the defaults', () => {
    const params = toSearchParams({ status: 'active', grade: 0, letter: null, q: '', page: 1, pageSize: 100 });

    expect(params.toString()).toBe('grade=0&pageSize=100');
  });
});
