import { fixedClock, type Clock } from '../../src/domain/clock.js';

/** Create a clock that tests can move, because undo windows and school years depend on the date. */
export function mutableClock(start: string): Clock & { set(time: string): void } {
  let clock = fixedClock(start);
  return { now: () => clock.now(), today: () => clock.today(), set: (time) => (clock = fixedClock(time)) };
}
