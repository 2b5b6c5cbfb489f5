// Type-only imports: the shapes come from the server's own definitions, and nothing of the server reaches the bundle.
import type { PendingArrivalItem } from '../../../server/features/arrivals/schemas.js';
import type { SchoolView } from '../../../server/features/departures/school-directory.js';

export type { PendingArrivalItem, SchoolView };

export interface AcceptRequest {
  grade: number;
  letter: string;
  studyForm: string;
  orderNumber: string;
  orderDate: string;
}

export interface ArrivalRequest extends AcceptRequest {
  iin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
}
