import type { Names } from '../../shared/localizedName.js';

export interface TerritoryLevel {
  kato: string;
  level: string;
  names: Names;
}

export interface Organization {
  id: number;
  names: Names;
  kato: string;
  finalGrade: number;
  /** From the country down to the settlement. */
  territoryPath: TerritoryLevel[];
}

export interface OrganizationSummary {
  id: number;
  names: Names;
  kato: string;
  finalGrade: number;
}
