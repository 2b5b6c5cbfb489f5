import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/resources.js';
import { moveOutcome } from '../../src/web/features/departures/DepartureDetails.js';
import { schoolLabel, territoryText } from '../../src/web/features/departures/schoolName.js';
import { orderText } from '../../src/web/features/departures/studentColumns.js';

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'ru', ns: ['departures'], interpolation: { escapeValue: false } });
const t = i18n.getFixedT('ru');

const sender = { id: 17009, names: { kk: '«Кішкенекөл қазақ мектеп-гимназиясы» КММ', ru: 'КГУ «Кишкенекольская казахская школа-гимназия»' } };
const receiver = { id: 17010, names: { kk: '«Кішкенекөл № 2 орта мектебі» КММ', ru: 'КГУ «Кишкенекольская средняя школа № 2»' } };
const move = { id: 1, state: 'pending' as const, fromOrganization: sender, toOrganization: receiver, decisionReason: null, decidedAt: null };

describe('moveOutcome', () => {
  it('names the receiving school of a waiting or accepted move', () => {
    expect(moveOutcome(t, move, 'ru')).toBe('Ожидает приёма: КГУ «Кишкенекольская средняя школа № 2»');
    expect(moveOutcome(t, { ...move, state: 'accepted' }, 'ru')).toBe('Принят: КГУ «Кишкенекольская средняя школа № 2»');
  });

  it('adds the reason of a rejection', () => {
    expect(moveOutcome(t, { ...move, state: 'rejected', decisionReason: 'Нет мест' }, 'ru')).toBe('Отклонено: КГУ «Кишкенекольская средняя школа № 2». Причина отказа: Нет мест');
  });

  it('names the sending school of a cancellation', () => {
    expect(moveOutcome(t, { ...move, state: 'cancelled' }, 'ru')).toBe('Отменено школой выбытия: КГУ «Кишкенекольская казахская школа-гимназия»');
  });

  it('uses the Kazakh name in Kazakh', () => {
    expect(moveOutcome(i18n.getFixedT('kk'), { ...move, state: 'accepted' }, 'kk')).toBe('Қабылданды: «Кішкенекөл № 2 орта мектебі» КММ');
  });
});

describe('school names', () => {
  const school = { ...receiver, territory: [{ kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область' }, { kk: 'Кішкенекөл а.', ru: 'с.Кишкенеколь' }] };

  it('labels a school with its id', () => {
    expect(schoolLabel(school, 'kk')).toBe('«Кішкенекөл № 2 орта мектебі» КММ (ID: 17010)');
    expect(schoolLabel(school, 'en')).toBe('КГУ «Кишкенекольская средняя школа № 2» (ID: 17010)');
  });

  it('joins the territory from the region down', () => {
    expect(territoryText(school, 'ru')).toBe('Северо-Казахстанская область → с.Кишкенеколь');
    expect(territoryText(receiver, 'ru')).toBe('');
  });
});

describe('orderText', () => {
  const display = (date: string) => date.split('-').reverse().join('.');

  it('shows the number and the date', () => {
    expect(orderText({ orderNumber: '12-ш', orderDate: '2026-02-26' }, display)).toBe('№ 12-ш, 26.02.2026');
  });

  it('shows a dash without an order', () => {
    expect(orderText({ orderNumber: null, orderDate: null }, display)).toBe('—');
  });
});
