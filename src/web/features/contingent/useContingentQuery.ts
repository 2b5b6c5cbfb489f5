import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isValidGrade } from '../../../domain/grades.js';
import { isClassLetter } from '../../../domain/kazakh-order.js';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, isStudentStatus, type ContingentQuery } from './types.js';

function positiveInteger(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function parseQuery(params: URLSearchParams): ContingentQuery {
  const status = params.get('status');
  const grade = params.get('grade');
  const letter = params.get('letter');
  const pageSize = positiveInteger(params.get('pageSize'), DEFAULT_PAGE_SIZE);

  return {
    status: isStudentStatus(status) ? status : 'active',
    grade: grade !== null && grade !== '' && isValidGrade(Number(grade)) ? Number(grade) : null,
    letter: letter !== null && isClassLetter(letter) ? letter : null,
    q: params.get('q') ?? '',
    page: positiveInteger(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function toSearchParams(query: ContingentQuery): URLSearchParams {
  const params = new URLSearchParams();

  if (query.status !== 'active') params.set('status', query.status);
  if (query.grade !== null) params.set('grade', String(query.grade));
  if (query.letter !== null) params.set('letter', query.letter);
  if (query.q !== '') params.set('q', query.q);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));

  return params;
}

/**
 * Reads and updates the list's tab, filters and page in the URL, so a filtered
 * list can be linked and survives a reload. Changing a filter returns to page 1.
 */
export function useContingentQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseQuery(searchParams), [searchParams]);

  const update = useCallback(
    (change: Partial<ContingentQuery>) => {
      setSearchParams(
        (previous) => {
          const current = parseQuery(previous);
          const resetsPage = !('page' in change);
          return toSearchParams({ ...current, ...(resetsPage ? { page: 1 } : {}), ...change });
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return [query, update] as const;
}
