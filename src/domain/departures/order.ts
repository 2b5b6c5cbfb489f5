import { fieldError, type FieldError } from '../errors.js';
import { firstLessonDay } from '../school-year.js';

/** The order (приказ) behind a movement: its number and date as the request gives them. */
export interface OrderFields {
  orderNumber?: string | null;
  orderDate?: string | null;
}

/**
 * Checks an order date: not later than today, and not before 1 September of
 * the school year the student's enrolment belongs to. Both dates are
 * 'YYYY-MM-DD' in Asia/Almaty.
 */
export function checkOrderDate(orderDate: string, today: string, schoolYear: number, field = 'orderDate'): FieldError[] {
  if (orderDate > today) return [fieldError(field, 'order.date_in_future', { today })];

  const from = firstLessonDay(schoolYear);
  if (orderDate < from) return [fieldError(field, 'order.date_before_school_year', { from })];

  return [];
}

/**
 * Checks an optional order: either both the number and the date or neither.
 * Returns the errors and the order to store, with null for an absent one.
 */
export function checkOptionalOrder(
  order: OrderFields,
  today: string,
  schoolYear: number,
): { errors: FieldError[]; orderNumber: string | null; orderDate: string | null } {
  const orderNumber = order.orderNumber?.trim() || null;
  const orderDate = order.orderDate || null;

  if (orderNumber === null && orderDate === null) return { errors: [], orderNumber, orderDate };

  if (orderNumber === null) return { errors: [fieldError('orderNumber', 'order.number_missing')], orderNumber, orderDate };
  if (orderDate === null) return { errors: [fieldError('orderDate', 'order.date_missing')], orderNumber, orderDate };

  return { errors: checkOrderDate(orderDate, today, schoolYear), orderNumber, orderDate };
}
