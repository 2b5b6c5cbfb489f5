import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { MOVEMENT_KINDS as SERVER_MOVEMENT_KINDS } from '../../src/db/schema.js';
import { LANGUAGES, resources } from '../../src/i18n/resources.js';
import { describeState, formatAlmatyDateTime } from '../../src/web/features/passport/trajectory/formatMovement.js';
import { MOVEMENT_KINDS } from '../../src/web/features/passport/trajectory/types.js';

const i18n = i18next.createInstance();
await i18n.init({
  resources,
  lng: 'kk',
  ns: ['common', 'passport'],
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

describe('formatAlmatyDateTime', () => {
  it('shows the Almaty wall time, UTC+5', () => {
    expect(formatAlmatyDateTime('2026-06-14T21:35:40.256Z')).toBe('15.06.2026 02:35');
    expect(formatAlmatyDateTime('2026-06-15T06:05:00Z')).toBe('15.06.2026 11:05');
  });

  it('uses UTC+6 before March 2024', () => {
    expect(formatAlmatyDateTime('2023-06-15T06:05:00Z')).toBe('15.06.2023 12:05');
  });

  it('returns text that is not an instant unchanged', () => {
    expect(formatAlmatyDateTime('yesterday')).toBe('yesterday');
  });
});

describe('describeState', () => {
  const state = { organizationId: 17009, schoolYear: 2025, grade: 11, letter: 'Ә', status: 'graduated' as const, studyForm: 'full_time', graduation: null };

  it('names the class, the status of one student and the study form', () => {
    const studyFormName = (code: string) => (code === 'full_time' ? 'Күндізгі' : code);

    expect(describeState(i18n.getFixedT('kk'), state, studyFormName)).toEqual(['11-сынып Ә', 'Шығарылды', 'Күндізгі']);
    expect(describeState(i18n.getFixedT('ru'), state, () => 'Очная')).toEqual(['11 класс Ә', 'Выпущен', 'Очная']);
  });
});

describe('movement kinds', () => {
  it('match the server and have a name in every language', () => {
    expect([...MOVEMENT_KINDS]).toEqual([...SERVER_MOVEMENT_KINDS]);

    for (const language of LANGUAGES) {
      expect(Object.keys(resources[language].passport.trajectory.kinds).sort(), language).toEqual([...MOVEMENT_KINDS].sort());
    }
    expect(resources.ru.passport.trajectory.kinds.graduation).toBe('Выпуск');
    expect(resources.kk.passport.trajectory.kinds.graduation).toBe('Шығару');
  });
});
