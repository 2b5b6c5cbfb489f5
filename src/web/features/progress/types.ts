import type { Names } from '../../shared/localizedName.js';
import type { TerritoryLevel } from '../organization/types.js';

export const COUNT_FIELDS = ['active', 'notReady', 'graduated', 'transferred', 'admitted', 'pending'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export type ProgressCounts = Record<CountField, number>;

export interface GradeCounts extends ProgressCounts {
  grade: number;
}

export type ProgressGrouping = 'territories' | 'schools';

export interface ProgressRow {
  kind: 'territory' | 'school';
  kato: string;
  organizationId: number | null;
  level: string | null;
  names: Names;
  schools: number;
  totals: ProgressCounts;
  grades: GradeCounts[];
}

export interface TerritoryProgress {
  territory: TerritoryLevel & { path: TerritoryLevel[] };
  schoolYear: number;
  grouping: ProgressGrouping;
  groupings: ProgressGrouping[];
  rows: ProgressRow[];
  totals: ProgressCounts;
  grades: GradeCounts[];
}
