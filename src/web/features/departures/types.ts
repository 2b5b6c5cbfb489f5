// Type-only imports: the shapes come from the server's own definitions, and nothing of the server reaches the bundle.
import type { DepartedItem, PendingDepartureItem } from '../../../server/features/departures/schemas.js';
import type { SchoolView } from '../../../server/features/departures/school-directory.js';
import type { SchoolMoveSummary } from '../../../server/features/move-requests/schemas.js';
import type { DepartureRecord } from '../../../db/schema.js';

export type { DepartedItem, DepartureRecord, PendingDepartureItem, SchoolMoveSummary, SchoolView };

export interface Page<Item> {
  items: Item[];
  total: number;
}

/** The fields of POST /students/{id}/departure. */
export interface DepartureRequest {
  reason: string;
  departureDate: string;
  orderDate: string;
  orderNumber: string;
  country?: string;
  receivingOrganizationId?: number;
}

/** The student a departure dialog is for. */
export interface DepartingStudent {
  id: number;
  lastName: string;
  firstName: string;
  middleName: string | null;
  grade: number;
  letter: string;
}
