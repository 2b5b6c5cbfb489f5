import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { movements, passportValues, students } from '../../src/db/schema.js';
import { PASSPORT_INDICATORS } from '../../src/domain/passport/catalogue.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/database.js';
import { TEST_PASSWORD, insertOperator, insertSchool, insertStudents } from '../support/fixtures.js';

const SCHOOL = 501;
const OTHER_SCHOOL = 502;

describeEachDatabase('students API', (kind) => {
  let api: TestApp;
  let cookie: string;
  let otherCookie: string;
  let ids: number[];

  beforeAll(async () => {
    api = await createTestApp(kind);
    const { db } = api.context;

    await insertSchool(db, { id: SCHOOL });
    await insertSchool(db, { id: OTHER_SCHOOL });
    await insertOperator(db, 'school501', SCHOOL);
    await insertOperator(db, 'school502', OTHER_SCHOOL);

    // Letters in a scrambled order; the Kazakh alphabet orders them А Ә Б Ғ Қ Ұ Ү І.
    ids = await insertStudents(
      db,
      SCHOOL,
      ['І', 'Ү', 'Ұ', 'Қ', 'Ғ', 'Б', 'Ә', 'А'].map((letter, index) => ({ lastName: `Оқушы${index}`, firstName: 'Айгерім', grade: 5, letter })),
    );
    await insertStudents(db, SCHOOL, [
      { lastName: 'Үмбетова', firstName: 'Іңкәр', grade: 7, letter: 'А' },
      { lastName: 'Ұланова', firstName: 'Әсем', grade: 7, letter: 'А' },
      { lastName: 'Ахметова', firstName: 'Аружан', grade: 7, letter: 'А' },
      { lastName: 'Иванова', firstName: 'Мария', grade: 7, letter: 'Б' },
      { lastName: 'Бекова', firstName: 'Дана', grade: 11, letter: 'А', status: 'graduated' },
    ]);
    await insertStudents(db, OTHER_SCHOOL, [{ lastName: 'Сейтқали', firstName: 'Ерлан', grade: 5, letter: 'А', sex: 'male' }]);

    cookie = await api.login('school501', TEST_PASSWORD);
    otherCookie = await api.login('school502', TEST_PASSWORD);
  });

  afterAll(async () => api?.close());

  const list = (query: string, session = cookie) => api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/students?${query}`, cookie: session });

  it('sorts letters in Kazakh alphabet order', async () => {
    const response = await list('grade=5');

    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((item: { letter: string }) => item.letter)).toEqual(['А', 'Ә', 'Б', 'Ғ', 'Қ', 'Ұ', 'Ү', 'І']);
  });

  it('sorts names in Kazakh alphabet order within a letter', async () => {
    const response = await list('grade=7&letter=А');

    expect(response.json().items.map((item: { lastName: string }) => item.lastName)).toEqual(['Ахметова', 'Ұланова', 'Үмбетова']);
  });

  it('filters by status', async () => {
    const active = await list('pageSize=100');
    const graduated = await list('status=graduated');

    expect(active.json().total).toBe(12);
    expect(graduated.json().total).toBe(1);
    expect(graduated.json().items[0].lastName).toBe('Бекова');
  });

  it('pages with a total', async () => {
    const first = await list('page=1&pageSize=5');
    const third = await list('page=3&pageSize=5');

    expect(first.json().total).toBe(12);
    expect(first.json().items).toHaveLength(5);
    expect(third.json().items).toHaveLength(2);
    expect(first.json().items[0].grade).toBe(5);
    expect(third.json().items.at(-1).letter).toBe('Б');
  });

  it('searches by name part, case-insensitively, and by IIN', async () => {
    const byName = await list('q=ұлан');
    expect(byName.json().items.map((item: { lastName: string }) => item.lastName)).toEqual(['Ұланова']);

    const iin = byName.json().items[0].iin as string;
    const byIin = await list(`q=${iin.slice(0, 8)}`);
    expect(byIin.json().items.map((item: { iin: string }) => item.iin)).toContain(iin);
  });

  it('finds a name typed without Kazakh letters and in any word order', async () => {
    const folded = await list(`q=${encodeURIComponent('уланова')}`);
    const reordered = await list(`q=${encodeURIComponent('Әсем Ұланова')}`);
    const unmatched = await list(`q=${encodeURIComponent('Әсем Үмбетова')}`);

    expect(folded.json().items.map((item: { lastName: string }) => item.lastName)).toEqual(['Ұланова']);
    expect(reordered.json().items.map((item: { lastName: string }) => item.lastName)).toEqual(['Ұланова']);
    expect(unmatched.json().total).toBe(0);
  });

  it('reports fill statistics for each item', async () => {
    const item = (await list('grade=5')).json().items[0];

    expect(item.fill.required).toBeGreaterThan(0);
    expect(item.fill.filled).toBe(0);
  });

  it('rejects a bad query with 400', async () => {
    const response = await list('grade=99');

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation.invalid');
    expect(response.json().errors[0].field).toBe('grade');
  });

  it('hides another school from an operator with 404', async () => {
    const listing = await list('', otherCookie);
    const student = await api.request({ method: 'GET', url: `/api/v1/students/${ids[0]}`, cookie: otherCookie });
    const patch = await api.request({ method: 'PATCH', url: `/api/v1/students/${ids[0]}`, cookie: otherCookie, body: { lastName: 'Басқа' } });
    const organization = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}`, cookie: otherCookie });

    expect(listing.statusCode).toBe(404);
    expect(student.statusCode).toBe(404);
    expect(patch.statusCode).toBe(404);
    expect(organization.statusCode).toBe(404);
    expect(student.json().code).toBe('student.not_found');
  });

  it('rejects anonymous requests with 401', async () => {
    const response = await api.request({ method: 'GET', url: `/api/v1/organizations/${SCHOOL}/students` });

    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.unauthenticated');
  });

  describe('passport update', () => {
    const textIndicator = PASSPORT_INDICATORS.find((indicator) => indicator.code === 'attestat_series')!;
    const choiceIndicator = PASSPORT_INDICATORS.find((indicator) => indicator.dictionary === 'aidCategories')!;
    const booleanIndicator = PASSPORT_INDICATORS.find((indicator) => indicator.type === 'boolean' && indicator.required.kind === 'always')!;

    const patch = (body: unknown, language = 'ru') =>
      api.request({ method: 'PATCH', url: `/api/v1/students/${ids[0]}`, cookie, body, language });

    async function snapshot() {
      const [student] = await api.context.db.select().from(students).where(eq(students.id, ids[0]));
      const values = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, ids[0]));
      return { student, values };
    }

    it('saves values and raises the fill statistics', async () => {
      const before = (await api.request({ method: 'GET', url: `/api/v1/students/${ids[0]}`, cookie })).json();
      const response = await patch({ passport: { [booleanIndicator.code]: false } });

      expect(response.statusCode).toBe(200);
      expect(response.json().passport[booleanIndicator.code]).toBe(false);
      expect(response.json().fill.filled).toBe(before.fill.filled + 1);
      expect(response.json().missing).not.toContain(booleanIndicator.code);
    });

    it('keeps a digits-only text value a string', async () => {
      const response = await patch({ passport: { [textIndicator.code]: '596430100' } });
      const rows = await api.context.db.select().from(passportValues).where(eq(passportValues.studentId, ids[0]));
      const stored = rows.find((row) => row.indicatorCode === textIndicator.code)!;

      expect(response.json().passport[textIndicator.code]).toBe('596430100');
      expect(stored.value).toBe('596430100');
    });

    const badUpdates: Array<[string, Record<string, unknown>, string, string]> = [
      ['a bad IIN', { iin: '123456789012' }, 'iin', 'student.iin_invalid'],
      ['a birth date that contradicts the IIN', { birthDate: '2001-01-01' }, 'birthDate', 'student.birth_date_mismatch'],
      ['an unknown dictionary code', { passport: { [choiceIndicator.code]: 'no_such_code' } }, `passport.${choiceIndicator.code}`, 'passport.unknown_code'],
      ['a wrong type', { passport: { [booleanIndicator.code]: 'yes' } }, `passport.${booleanIndicator.code}`, 'passport.invalid_type'],
      ['an unknown indicator', { passport: { no_such_indicator: 1 } }, 'passport.no_such_indicator', 'passport.unknown_indicator'],
      ['an unknown class letter', { letter: 'Q' }, 'letter', 'student.letter_invalid'],
    ];

    it.each(badUpdates)('rejects %s with 400 and changes nothing', async (_case, body, field, code) => {
      const before = await snapshot();
      // A valid change travels with the bad one: it must not be written either.
      const passport = { [textIndicator.code]: 'ЖОБ', ...((body.passport as object) ?? {}) };
      const response = await patch({ lastName: 'Өзгерген', ...body, passport });

      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ field, code }));
      expect(response.json().message).toMatch(/[а-яё]/i);
      expect(await snapshot()).toEqual(before);
    });

    it('answers in the language of Accept-Language', async () => {
      const kazakh = await patch({ iin: '1' }, 'kk');
      const english = await patch({ iin: '1' }, 'en');

      expect(kazakh.json().code).toBe('validation.invalid');
      expect(english.json().message).not.toBe(kazakh.json().message);
    });

    it('records a study form change as a movement', async () => {
      const response = await patch({ studyForm: 'home_schooling' });
      const rows = await api.context.db.select().from(movements).where(eq(movements.studentId, ids[0]));

      expect(response.statusCode).toBe(200);
      expect(rows.map((row) => row.kind)).toEqual(['study_form_change']);
      expect(rows[0].before?.studyForm).toBe('full_time');
      expect(rows[0].after.studyForm).toBe('home_schooling');
    });
  });

  describe('student creation', () => {
    it('creates a student with birth date and sex from the IIN', async () => {
      const response = await api.request({
        method: 'POST',
        url: `/api/v1/organizations/${SCHOOL}/students`,
        cookie,
        body: { iin: '150101590017', lastName: 'Жаңа', firstName: 'Оқушы', grade: 4, letter: 'ә', studyForm: 'full_time' },
      });

      if (response.statusCode !== 201) console.log(response.body);
      expect(response.statusCode).toBe(201);
      expect(response.json().birthDate).toBe('2015-01-01');
      expect(response.json().enrolment.letter).toBe('Ә');
    });

    it('rejects a duplicate IIN with 409', async () => {
      const body = { iin: '150101590017', lastName: 'Қайта', firstName: 'Оқушы', grade: 4, letter: 'А', studyForm: 'full_time' };
      const response = await api.request({ method: 'POST', url: `/api/v1/organizations/${SCHOOL}/students`, cookie, body });

      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('student.iin_taken');
    });
  });
});
