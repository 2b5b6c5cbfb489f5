import { PASSPORT_INDICATORS } from '../../../domain/passport/catalogue.js';
import type { Indicator } from '../../../domain/passport/types.js';
import type { ExportCellType, ExportCellValue, ExportColumn, ExportContext } from './export-list.js';

/**
 * The indicators that a spreadsheet carries, one column each. Tables (exam
 * results) have rows of their own that do not fit in a cell, so they stay in
 * the passport screen.
 */
export const SPREADSHEET_INDICATORS: Indicator[] = PASSPORT_INDICATORS.filter((indicator) => indicator.type !== 'table');

/** The part of a student that the passport columns show. */
export interface PassportColumnsSource {
  studyForm: string;
  birthDate: string;
  sex: 'male' | 'female';
  passport: Record<string, unknown>;
}

/**
 * Builds the columns of the full passport: study form, birth date and sex,
 * then each indicator under its label. Yes/no values are the words Да/Нет
 * (Иә/Жоқ), choices their names, so the file reads as the passport does and
 * the import reads it back.
 */
export function passportColumns<Row>(context: ExportContext, source: (row: Row) => PassportColumnsSource): ExportColumn<Row>[] {
  const { t, language } = context;
  const studyForms = new Map((context.dictionaries.studyForms ?? []).map((entry) => [entry.code, entry.names[language]]));

  const studentColumns: ExportColumn<Row>[] = [
    { header: t('passport:personal.studyForm'), type: 'text', width: 16, value: (row) => studyForms.get(source(row).studyForm) ?? source(row).studyForm },
    { header: t('passport:personal.birthDate'), type: 'date', width: 13, value: (row) => source(row).birthDate },
    { header: t('passport:personal.sex'), type: 'text', width: 10, value: (row) => t(`common:sex.${source(row).sex}`) },
  ];

  const indicatorColumns = SPREADSHEET_INDICATORS.map((indicator): ExportColumn<Row> => {
    const format = indicatorFormatter(indicator, context);
    return {
      header: indicator.labels[language],
      type: cellTypeOf(indicator),
      width: Math.min(40, Math.max(12, Math.ceil(indicator.labels[language].length / 2))),
      value: (row) => format(source(row).passport[indicator.code]),
    };
  });

  return [...studentColumns, ...indicatorColumns];
}

function cellTypeOf(indicator: Indicator): ExportCellType {
  if (indicator.type === 'date') return 'date';
  if (indicator.type === 'number') return 'number';
  return 'text';
}

/** Returns the function that turns a stored value of the indicator into its cell. */
function indicatorFormatter(indicator: Indicator, { t, language, dictionaries }: ExportContext): (value: unknown) => ExportCellValue {
  if (indicator.type === 'boolean') {
    return (value) => (typeof value === 'boolean' ? t(value ? 'common:yes' : 'common:no') : null);
  }

  if (indicator.type === 'choice') {
    const names = new Map<string, string>([
      ...(indicator.options ?? []).map((option) => [option.code, option.labels[language]] as const),
      ...(indicator.dictionary ? dictionaries[indicator.dictionary] ?? [] : []).map((entry) => [entry.code, entry.names[language]] as const),
    ]);
    return (value) => (typeof value === 'string' ? (names.get(value) ?? value) : null);
  }

  return (value) => (typeof value === 'string' || typeof value === 'number' ? value : null);
}
