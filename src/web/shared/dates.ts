import dayjs, { type Dayjs } from 'dayjs';

/** Date format shown to users: the day-month-year order used in Kazakhstan. */
export const DISPLAY_DATE_FORMAT = 'DD.MM.YYYY';

/** Date format of the API. */
export const API_DATE_FORMAT = 'YYYY-MM-DD';

export function formatDisplayDate(isoDate: string): string {
  const date = dayjs(isoDate, API_DATE_FORMAT);
  return date.isValid() ? date.format(DISPLAY_DATE_FORMAT) : isoDate;
}

export function toDayjs(isoDate: unknown): Dayjs | null {
  if (typeof isoDate !== 'string' || isoDate === '') return null;

  const date = dayjs(isoDate, API_DATE_FORMAT);
  return date.isValid() ? date : null;
}

export function fromDayjs(date: Dayjs | null | undefined): string | null {
  return date ? date.format(API_DATE_FORMAT) : null;
}
