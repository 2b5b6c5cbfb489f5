import { compareKazakh } from '../../../domain/kazakh-order.js';
import type { GradeCounts, ProgressQueryResult, SchoolProgressRow } from './progress-query.js';

export type ProgressCounts = Omit<GradeCounts, 'grade'>;

export type ProgressGrouping = 'territories' | 'schools';

/** One row of the progress table: a child territory with all its schools, or one school. */
export interface ProgressRow {
  kind: 'territory' | 'school';
  kato: string;
  /** Set for a school. */
  organizationId: number | null;
  /** The KATO level of a territory row; null for a school. */
  level: string | null;
  names: { kk: string; ru: string };
  schools: number;
  totals: ProgressCounts;
  grades: GradeCounts[];
}

export interface ProgressTable {
  rows: ProgressRow[];
  totals: ProgressCounts;
  grades: GradeCounts[];
}

const COUNT_FIELDS = ['active', 'notReady', 'graduated', 'transferred', 'admitted', 'pending'] as const;

const zeroCounts = (): ProgressCounts => ({ active: 0, notReady: 0, graduated: 0, transferred: 0, admitted: 0, pending: 0 });

/**
 * Build the table from the query's rows: with `territories`, one row per
 * child territory (schools outside every child stay rows of their own);
 * with `schools`, one row per school. Rows are in Kazakh alphabet order of
 * their Kazakh names; totals and per-grade sums cover every school.
 */
export function assembleProgress(result: ProgressQueryResult, grouping: ProgressGrouping): ProgressTable {
  const rows: ProgressRow[] = [];
  const byGroup = new Map<string, ProgressRow>();

  if (grouping === 'territories') {
    for (const group of result.groups) {
      const row: ProgressRow = { kind: 'territory', kato: group.kato, organizationId: null, level: group.level, names: group.names, schools: 0, totals: zeroCounts(), grades: [] };
      byGroup.set(group.kato, row);
      rows.push(row);
    }
  }

  for (const school of result.schools) {
    const group = school.groupKato === null ? undefined : byGroup.get(school.groupKato);
    if (group) {
      group.schools += 1;
      group.grades = addGrades(group.grades, school.grades);
      continue;
    }

    rows.push(schoolRow(school));
  }

  for (const row of rows) row.totals = sumCounts(row.grades);
  rows.sort((a, b) => compareKazakh(a.names.kk, b.names.kk) || a.kato.localeCompare(b.kato));

  const grades = rows.reduce<GradeCounts[]>((sum, row) => addGrades(sum, row.grades), []);
  return { rows, totals: sumCounts(grades), grades };
}

function schoolRow(school: SchoolProgressRow): ProgressRow {
  return { kind: 'school', kato: school.kato, organizationId: school.organizationId, level: null, names: school.names, schools: 1, totals: zeroCounts(), grades: school.grades };
}

/** Add two per-grade lists, keeping grade order. */
function addGrades(left: GradeCounts[], right: GradeCounts[]): GradeCounts[] {
  const byGrade = new Map<number, GradeCounts>(left.map((counts) => [counts.grade, { ...counts }]));

  for (const counts of right) {
    const sum = byGrade.get(counts.grade) ?? { grade: counts.grade, ...zeroCounts() };
    for (const field of COUNT_FIELDS) sum[field] += counts[field];
    byGrade.set(counts.grade, sum);
  }

  return [...byGrade.values()].sort((a, b) => a.grade - b.grade);
}

function sumCounts(grades: GradeCounts[]): ProgressCounts {
  const totals = zeroCounts();
  for (const counts of grades) for (const field of COUNT_FIELDS) totals[field] += counts[field];
  return totals;
}
