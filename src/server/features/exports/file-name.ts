import { almatyDate } from '../../../domain/clock.js';
import { almatyTimeOfDay } from './export-time.js';

/**
 * Builds the Content-Disposition of an export: the list's title, the
 * grade and letter it was filtered by, and the Almaty date and time, as in
 * "Контингент 11 А 2026-06-15 10-30.xlsx". The plain `filename` is an ASCII
 * fallback for clients that ignore `filename*`.
 */
export function exportContentDisposition(listName: string, nameParts: string[], now: Date): string {
  const stamp = `${almatyDate(now)} ${almatyTimeOfDay(now).replace(':', '-')}`;
  const name = `${[...nameParts, stamp].join(' ').replace(/[\\/:*?"<>|\r\n]+/g, '-')}.xlsx`;
  const fallback = `kontingent-${listName}-${stamp.replace(' ', '-')}.xlsx`;

  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
