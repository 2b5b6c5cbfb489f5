import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, almatyDate, clockFromEnv, fixedClock, rehearsalDate, systemClock } from '../../../src/domain/clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('almatyDate', () => {
  it('uses UTC+5 since March 2024', () => {
    expect(almatyDate(new Date('2026-06-14T18:59:59Z'))).toBe('2026-06-14');
    expect(almatyDate(new Date('2026-06-14T19:00:00Z'))).toBe('2026-06-15');
  });

  it('uses UTC+6 before March 2024', () => {
    expect(almatyDate(new Date('2023-06-14T17:59:59Z'))).toBe('2023-06-14');
    expect(almatyDate(new Date('2023-06-14T18:00:00Z'))).toBe('2023-06-15');
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-06-17', 14)).toBe('2026-07-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('rejects an invalid date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('fixedClock', () => {
  it('puts a date alone at noon in Almaty', () => {
    const clock = fixedClock('2026-06-15');

    expect(clock.today()).toBe('2026-06-15');
    expect(clock.now().toISOString()).toBe('2026-06-15T07:00:00.000Z');
  });

  it('reads a date-time without offset as Almaty time', () => {
    const clock = fixedClock('2026-06-15T23:30');

    expect(clock.now().toISOString()).toBe('2026-06-15T18:30:00.000Z');
    expect(clock.today()).toBe('2026-06-15');
  });

  it('uses the offset in force on the date', () => {
    expect(fixedClock('2023-06-15T23:30').now().toISOString()).toBe('2023-06-15T17:30:00.000Z');
    expect(fixedClock('2023-06-15').now().toISOString()).toBe('2023-06-15T06:00:00.000Z');
  });

  it('keeps an explicit offset', () => {
    const clock = fixedClock('2026-06-15T20:00:00Z');

    expect(clock.now().toISOString()).toBe('2026-06-15T20:00:00.000Z');
    expect(clock.today()).toBe('2026-06-16');
  });

  it('returns a new Date on each call', () => {
    const clock = fixedClock('2026-06-15');
    clock.now().setUTCFullYear(2000);

    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it.each(['2026-02-30', '15.06.2026', '2026-06-15T24:00', 'tomorrow'])('rejects "%s"', (value) => {
    expect(() => fixedClock(value)).toThrow(RangeError);
  });
});

describe('systemClock', () => {
  it('returns the Almaty date of the current instant', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-05-31T20:00:00Z'));

    expect(systemClock.today()).toBe('2026-06-01');
    expect(systemClock.now().toISOString()).toBe('2026-05-31T20:00:00.000Z');
  });
});

describe('clockFromEnv', () => {
  it('returns the system clock without KONTINGENT_TODAY', () => {
    expect(clockFromEnv({})).toBe(systemClock);
    expect(clockFromEnv({ KONTINGENT_TODAY: '' })).toBe(systemClock);
    expect(rehearsalDate({})).toBeNull();
  });

  it('sets today and keeps the Almaty time of day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-11-03T04:15:30.250Z'));
    const clock = clockFromEnv({ KONTINGENT_TODAY: '2026-06-20' });

    expect(clock.today()).toBe('2026-06-20');
    expect(clock.now().toISOString()).toBe('2026-06-20T04:15:30.250Z');

    vi.setSystemTime(new Date('2025-11-03T19:30:00Z'));

    expect(clock.today()).toBe('2026-06-20');
    expect(clock.now().toISOString()).toBe('2026-06-19T19:30:00.000Z');
    expect(almatyDate(clock.now())).toBe('2026-06-20');
  });

  it('lets elapsed time run', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-11-03T04:00:00Z'));
    const clock = clockFromEnv({ KONTINGENT_TODAY: '2026-06-20' });
    const before = clock.now().getTime();

    vi.advanceTimersByTime(90_000);

    expect(clock.now().getTime() - before).toBe(90_000);
  });

  it.each(['2026-6-20', '2026-06-31', '20.06.2026', 'yes'])('names the variable when it is "%s"', (value) => {
    expect(() => clockFromEnv({ KONTINGENT_TODAY: value })).toThrow(/KONTINGENT_TODAY.*YYYY-MM-DD/);
    expect(() => rehearsalDate({ KONTINGENT_TODAY: value })).toThrow(/KONTINGENT_TODAY/);
  });

  it('returns the rehearsal date', () => {
    expect(rehearsalDate({ KONTINGENT_TODAY: '2026-06-20' })).toBe('2026-06-20');
  });
});
