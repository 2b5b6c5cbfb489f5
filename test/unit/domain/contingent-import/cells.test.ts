import { describe, expect, it } from 'vitest';
import {
  cellText,
  choiceLookup,
  foldWord,
  parseBooleanCell,
  parseChoiceCell,
  parseDateCell,
  parseGradeCell,
  parseIinCell,
  parseNumberCell,
} from '../../../../src/domain/contingent-import/cells.js';
import { columnLetter } from '../../../../src/domain/contingent-import/columns.js';

describe('parseIinCell', () => {
  it('keeps an IIN written as text', () => {
    expect(parseIinCell('080401621889')).toBe('080401621889');
  });

  it('restores the leading zero of an 11-digit number', () => {
    expect(parseIinCell(80401621889)).toBe('080401621889');
  });

  it('leaves other numbers as they are', () => {
    expect(parseIinCell(150401621889)).toBe('150401621889');
    expect(parseIinCell(1234)).toBe('1234');
  });

  it('drops spaces inside the number', () => {
    expect(parseIinCell(' 080401 621889 ')).toBe('080401621889');
  });
});

describe('parseGradeCell', () => {
  it.each([
    [11, 11],
    ['11', 11],
    ['11 класс', 11],
    ['11-сынып', 11],
    ['Grade 9', 9],
    ['0', 0],
  ])('reads %j as %i', (cell, grade) => {
    expect(parseGradeCell(cell)).toEqual({ ok: true, value: grade });
  });

  it.each([['11А'], ['одиннадцатый'], [11.5], ['']])('rejects %j', (cell) => {
    expect(parseGradeCell(cell)).toEqual({ ok: false, problem: { code: 'student.grade_invalid', params: { min: 0, max: 13 } } });
  });
});

describe('parseDateCell', () => {
  it('reads a date cell by its UTC date', () => {
    expect(parseDateCell(new Date(Date.UTC(2009, 0, 31)))).toEqual({ ok: true, value: '2009-01-31' });
  });

  it.each([
    ['31.01.2009', '2009-01-31'],
    ['1.2.2009', '2009-02-01'],
    ['31/01/2009', '2009-01-31'],
    ['2009-01-31', '2009-01-31'],
  ])('reads %s', (text, iso) => {
    expect(parseDateCell(text)).toEqual({ ok: true, value: iso });
  });

  it.each([['31.02.2009'], ['31.01.09'], ['tomorrow'], [39814]])('rejects %j', (cell) => {
    expect(parseDateCell(cell)).toEqual({ ok: false, problem: { code: 'import.date_invalid' } });
  });
});

describe('parseNumberCell', () => {
  it.each([
    [12, 12],
    ['12', 12],
    ['12,5', 12.5],
    ['1 250 000', 1250000],
  ])('reads %j as %d', (cell, value) => {
    expect(parseNumberCell(cell)).toEqual({ ok: true, value });
  });

  it('rejects text that is no number', () => {
    expect(parseNumberCell('12 km')).toEqual({ ok: false, problem: { code: 'import.number_invalid' } });
  });
});

describe('parseBooleanCell', () => {
  it.each([['Да'], ['иә'], ['Yes'], ['1'], [true]])('reads %j as yes', (cell) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value: true });
  });

  it.each([['Нет'], ['ЖОҚ'], ['no'], ['0'], [false]])('reads %j as no', (cell) => {
    expect(parseBooleanCell(cell)).toEqual({ ok: true, value: false });
  });

  it('rejects another word', () => {
    expect(parseBooleanCell('возможно')).toEqual({ ok: false, problem: { code: 'import.boolean_invalid' } });
  });
});

describe('parseChoiceCell', () => {
  const lookup = choiceLookup([
    { code: 'urban', names: ['Қала', 'Город', 'Urban'] },
    { code: 'rural', names: ['Ауыл', 'Село', 'Rural'] },
  ]);

  it('finds a choice by name or code', () => {
    expect(parseChoiceCell('ГОРОД', lookup)).toEqual({ ok: true, value: 'urban' });
    expect(parseChoiceCell('ауыл', lookup)).toEqual({ ok: true, value: 'rural' });
    expect(parseChoiceCell('rural', lookup)).toEqual({ ok: true, value: 'rural' });
  });

  it('names the unknown value', () => {
    expect(parseChoiceCell('Посёлок', lookup)).toEqual({ ok: false, problem: { code: 'import.choice_unknown', params: { value: 'Посёлок' } } });
  });
});

describe('foldWord', () => {
  it('ignores case, quotes, spaces and the required star', () => {
    expect(foldWord('  «Алтын белгі»  белгісіне үміткер *')).toBe('алтын белгі белгісіне үміткер');
    expect(foldWord('ИИН*')).toBe('иин');
  });
});

describe('cellText', () => {
  it('writes numbers without exponent and dates as ISO', () => {
    expect(cellText(596430100)).toBe('596430100');
    expect(cellText(new Date(Date.UTC(2026, 5, 15)))).toBe('2026-06-15');
    expect(cellText('\u00a0Әлем ')).toBe('Әлем');
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
