import { closingJune, firstLessonDay, schoolYearOf } from '../school-year.js';

export interface DateProblem {
  code:
    | 'graduation.departure_date_not_in_june'
    | 'graduation.departure_date_in_future'
    | 'graduation.order_date_in_future'
    | 'graduation.order_date_before_school_year';
  params: Record<string, string>;
}

/** Returns 1-30 June of the school year that `today` belongs to: the only dates a departure may take. */
export function departureWindow(today: string): { from: string; to: string } {
  return closingJune(schoolYearOf(today));
}

/**
 * Checks that a graduate's departure date lies in June of the school year
 * being closed, and not after today: a graduation records a departure that
 * has happened. External-study students may leave on any past date.
 */
export function checkDepartureDate(departureDate: string, today: string, externalStudy: boolean): DateProblem | null {
  const { from, to } = departureWindow(today);
  if (!externalStudy && (departureDate < from || departureDate > to)) {
    return { code: 'graduation.departure_date_not_in_june', params: { from, to } };
  }

  if (departureDate > today) {
    return { code: 'graduation.departure_date_in_future', params: { today } };
  }

  return null;
}

/**
 * Checks that the graduation order is dated within the school year being
 * closed: from its first day (1 September) to today, both in Asia/Almaty.
 */
export function checkOrderDate(orderDate: string, today: string): DateProblem | null {
  if (orderDate > today) {
    return { code: 'graduation.order_date_in_future', params: { today } };
  }

  const from = firstLessonDay(schoolYearOf(today));
  if (orderDate < from) {
    return { code: 'graduation.order_date_before_school_year', params: { from } };
  }

  return null;
}
