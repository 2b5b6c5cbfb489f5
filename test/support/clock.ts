import { fixedClock, type Clock } from '../../src/domain/clock.js';

export interface MovableClock extends Clock {
  /** Move the clock to a date or a date-time, as fixedClock reads it. */
  set(time: string): void;
  /** Move the clock forward by minutes. */
  advanceMinutes(minutes: number): void;
}

/** Create a clock that tests move by hand, for time limits such as session expiry and lockouts. */
export function movableClock(start: string): MovableClock {
  let instant = fixedClock(start).now();

  return {
    now: () => new Date(instant.getTime()),
    today: () => fixedClock(instant.toISOString()).today(),
    set: (time) => (instant = fixedClock(time).now()),
    advanceMinutes: (minutes) => (instant = new Date(instant.getTime() + minutes * 60_000)),
  };
}
