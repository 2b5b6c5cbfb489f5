import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources.js';
import { translateCode } from '../../src/web/shared/translateError.js';

const i18n = i18next.createInstance();
await i18n.init({
  resources,
  lng: 'ru',
  ns: ['common', 'errors'],
  defaultNS: 'common',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

describe('translateCode', () => {
  it('translates a known code in the UI language', async () => {
    await i18n.changeLanguage('ru');
    expect(translateCode(i18n, { code: 'auth.invalid_credentials' }, 'server text')).toBe(resources.ru.errors.auth.invalid_credentials);

    await i18n.changeLanguage('kk');
    expect(translateCode(i18n, { code: 'auth.invalid_credentials' }, 'server text')).toBe(resources.kk.errors.auth.invalid_credentials);
  });

  it('falls back to the server message for an unknown code', async () => {
    await i18n.changeLanguage('en');

    expect(translateCode(i18n, { code: 'graduation.something_new' }, 'Server says no')).toBe('Server says no');
    expect(translateCode(i18n, { code: 'graduation.something_new' })).toBe('Unknown error (graduation.something_new).');
  });

  it('uses the precise text of an IIN reason', async () => {
    await i18n.changeLanguage('en');

    const text = translateCode(i18n, { code: 'student.iin_invalid', params: { reason: 'check_digit' } });

    expect(text).toBe(resources.en.errors.iin_reason.check_digit);
  });

  it('shows date parameters as DD.MM.YYYY', async () => {
    await i18n.changeLanguage('ru');

    const text = translateCode(i18n, { code: 'student.birth_date_mismatch', params: { expected: '2009-03-17' } });

    expect(text).toContain('17.03.2009');
    expect(text).not.toContain('2009-03-17');
  });

  it('nests the reason of a table row problem', async () => {
    await i18n.changeLanguage('en');

    const text = translateCode(i18n, { code: 'passport.invalid_row', params: { row: 2, column: 'score', reason: 'out_of_range', min: 0, max: 1000 } });

    expect(text).toBe('Row 2: the value must be from 0 to 1000');
  });
});
