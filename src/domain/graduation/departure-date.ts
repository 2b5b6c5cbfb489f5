import { closingJune, schoolYearOf } from '../school-year.js';

export interface DateProblem {
  code: 'graduation.departure_date_not_in_june' | 'graduation.order_date_in_future';
  params: Record<string, string>;
}

/** Returns 1-30 June of the school year that `today` belongs to: the only dates a departure may take. */
export function departureWindow(today: string): { from: string; to: string } {
  return closingJune(schoolYearOf(today));
}

/**
 * Checks that a graduate's departure date lies in June of the school year
 * being closed. External-study students may leave on any date.
 */
export function checkDepartureDate(departureDate: string, today: string, externalStudy: boolean): DateProblem | null {
  if (externalStudy) {
    return null;
  }

  const { from, to } = departureWindow(today);
  if (departureDate >= from && departureDate <= to) {
    return null;
  }

  return { code: 'graduation.departure_date_not_in_june', params: { from, to } };
}

/** Checks that the graduation order is not dated after today (both 'YYYY-MM-DD' in Asia/Almaty). */
export function checkOrderDate(orderDate: string, today: string): DateProblem | null {
  return orderDate <= today ? null : { code: 'graduation.order_date_in_future', params: { today } };
}
