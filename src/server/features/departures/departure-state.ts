import type { EnrolmentState } from '../../../db/schema.js';
import { enrolmentState } from '../movements/record-movements.js';
import type { EnrolmentRow } from '../students/load-student.js';

/** Copy the state a movement records, with the departure, which departures, arrivals and their undo change. */
export function departureState(enrolment: EnrolmentRow): EnrolmentState {
  return { ...enrolmentState(enrolment), departure: enrolment.departure ?? null };
}
