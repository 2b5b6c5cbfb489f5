import { ALMATY_TIME_ZONE } from '../../../domain/clock.js';

const almatyTime = new Intl.DateTimeFormat('en-GB', { timeZone: ALMATY_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Returns the Almaty time of day at `instant` as HH:mm. */
export function almatyTimeOfDay(instant: Date): string {
  return almatyTime.format(instant);
}

/** Turns 'YYYY-MM-DD' into DD.MM.YYYY, the order used in Kazakhstan. */
export function displayDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
