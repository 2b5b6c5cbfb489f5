import type { TFunction } from 'i18next';
import { ALMATY_TIME_ZONE } from '../../../../domain/clock.js';
import { gradeLabel } from '../../../shared/gradeLabel.js';
import type { EnrolmentState } from './types.js';

const almatyDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: ALMATY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Formats an instant as Almaty wall time 'DD.MM.YYYY HH:mm', whatever the browser's time zone. */
export function formatAlmatyDateTime(isoInstant: string): string {
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return isoInstant;

  const parts = Object.fromEntries(almatyDateTime.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * Describes an enrolment state as its class, status and study form, e.g.
 * ["11 класс А", "Выпущен", "Очная"]. `studyFormName` turns a study form code into its name.
 */
export function describeState(t: TFunction, state: EnrolmentState, studyFormName: (code: string) => string): string[] {
  return [`${gradeLabel(t, state.grade)} ${state.letter}`, t(`passport:status.${state.status}`), studyFormName(state.studyForm)];
}
