import { formatIsoDate, parseIsoDate, type DateParts } from './dates.js';

export { addDays } from './dates.js';

/** The source of the current instant and date; rules that depend on today take one, so tests can set the date. */
export interface Clock {
  now(): Date;
  /** Today's date in Asia/Almaty as 'YYYY-MM-DD'. */
  today(): string;
}

export const ALMATY_TIME_ZONE = 'Asia/Almaty';

/** The environment variable that sets the application's date for a rehearsal of the year-end work. */
export const TODAY_ENV_VARIABLE = 'KONTINGENT_TODAY';

interface WallTime extends DateParts {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const almatyFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ALMATY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function almatyWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of almatyFormat.formatToParts(instant)) {
    if (part.type !== 'literal') {
      parts[part.type] = Number(part.value);
    }
  }

  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: instant.getUTCMilliseconds(),
  };
}

function wallTimeAsUtcMs(time: WallTime): number {
  const instant = new Date(0);
  instant.setUTCFullYear(time.year, time.month - 1, time.day);
  instant.setUTCHours(time.hour, time.minute, time.second, time.millisecond);
  return instant.getTime();
}

/**
 * Returns the instant when Almaty clocks show `time`. The first guess uses
 * UTC+5; the correction loop finds the offset in force on that date, which was
 * UTC+6 before March 2024.
 */
function instantAtAlmatyTime(time: WallTime): Date {
  const target = wallTimeAsUtcMs(time);
  let instant = target - 5 * 3_600_000;

  for (let attempt = 0; attempt < 2; attempt += 1) {
    const error = target - wallTimeAsUtcMs(almatyWallTime(new Date(instant)));
    if (error === 0) {
      break;
    }
    instant += error;
  }

  return new Date(instant);
}

/** Returns the date ('YYYY-MM-DD') that Almaty clocks show at `instant`. */
export function almatyDate(instant: Date): string {
  return formatIsoDate(almatyWallTime(instant));
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => almatyDate(new Date()),
};

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function parseClockInstant(value: string): Date {
  const date = parseIsoDate(value);
  if (date) {
    // Noon keeps the UTC date equal to the Almaty date, for callers that slice toISOString().
    return instantAtAlmatyTime({ ...date, hour: 12, minute: 0, second: 0, millisecond: 0 });
  }

  const match = DATE_TIME.exec(value);
  const day = match ? parseIsoDate(match[1]) : null;
  if (!match || !day) {
    throw new RangeError(`Invalid clock time "${value}": expected YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:mm]`);
  }

  const hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = Number(match[4] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Invalid clock time "${value}": hours, minutes or seconds out of range`);
  }

  if (match[6]) {
    return new Date(value);
  }

  const millisecond = Number((match[5] ?? '0').padEnd(3, '0'));
  return instantAtAlmatyTime({ ...day, hour, minute, second, millisecond });
}

/**
 * Returns a clock stopped at one instant. A date alone means noon in Almaty
 * that day; a date-time without an offset is Almaty time.
 */
export function fixedClock(isoDateOrDateTime: string): Clock {
  const instant = parseClockInstant(isoDateOrDateTime);
  const today = almatyDate(instant);

  return {
    now: () => new Date(instant.getTime()),
    today: () => today,
  };
}

/**
 * Returns the date set by KONTINGENT_TODAY, or null when it is unset or empty.
 * Throws an Error naming the variable when its value is not a real date YYYY-MM-DD.
 */
export function rehearsalDate(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const value = env[TODAY_ENV_VARIABLE];
  if (value === undefined || value === '') {
    return null;
  }

  if (!parseIsoDate(value)) {
    throw new Error(`${TODAY_ENV_VARIABLE} must be a real date in the format YYYY-MM-DD, got "${value}"`);
  }

  return value;
}

/**
 * Returns the system clock, or, when KONTINGENT_TODAY is set, a clock whose
 * today() is that date and whose now() is that date at the current Almaty time
 * of day, so time limits counted in hours and days still run.
 */
export function clockFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Clock {
  const date = rehearsalDate(env);
  if (date === null) {
    return systemClock;
  }

  const day = parseIsoDate(date) as DateParts;

  return {
    now: () => {
      const current = almatyWallTime(new Date());
      return instantAtAlmatyTime({ ...current, ...day });
    },
    today: () => date,
  };
}
