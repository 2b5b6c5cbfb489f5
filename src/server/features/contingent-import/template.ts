import ExcelJS from 'exceljs';
import { MAX_NAME_LENGTH } from '../../../domain/contingent-import/check-row.js';
import { REQUIRED_FIELDS, columnLetter, type ImportColumnSpec } from '../../../domain/contingent-import/columns.js';
import { indicatorByCode } from '../../../domain/passport/catalogue.js';
import { DEFAULT_MAX_TEXT_LENGTH } from '../../../domain/passport/check-value.js';
import type { Indicator } from '../../../domain/passport/types.js';
import type { Language } from '../../../i18n/resources.js';
import { translate } from '../../../i18n/translate.js';
import type { Dictionaries } from '../dictionaries/list-dictionaries.js';
import { EXCEL_DATE_FORMAT, EXCEL_TEXT_FORMAT } from '../exports/write-workbook.js';
import { importColumnSpecs } from './import-columns.js';

/** Rows of the template that get the drop-down lists and the cell formats: room for the largest schools. */
const TEMPLATE_ROWS = 3000;

const REQUIRED_MARK = ' *';

interface TemplateColumn {
  spec: ImportColumnSpec;
  /** The header as the template writes it: the title, with a star when required. */
  header: string;
  format: string;
  /** Values for the drop-down list, when the column takes one of a list. */
  choices: string[] | null;
  numFmt: string | null;
}

/**
 * Builds the import template in one language: the "Contingent" sheet with a
 * header of every column and drop-down lists, the instructions sheet that
 * describes what each column takes, and the sheet with the lists' values.
 */
export async function buildTemplate(language: Language, dictionaries: Dictionaries): Promise<Buffer> {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, key, params);
  const columns = importColumnSpecs(language).map((spec) => templateColumn(spec, language, dictionaries));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kontingent';
  const data = workbook.addWorksheet(t('excel:template.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const instructions = workbook.addWorksheet(t('excel:template.instructions'));
  const lists = workbook.addWorksheet(t('excel:template.lists'));

  data.columns = columns.map((column) => ({ header: column.header, width: Math.min(40, Math.max(12, column.header.length + 2)) }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).alignment = { vertical: 'middle', wrapText: true };

  let listColumn = 0;
  columns.forEach((column, index) => {
    const letter = columnLetter(index);
    if (column.numFmt) data.getColumn(index + 1).numFmt = column.numFmt;
    if (!column.choices) return;

    const listLetter = columnLetter(listColumn);
    listColumn += 1;
    lists.getColumn(listColumn).width = 40;
    lists.getCell(`${listLetter}1`).value = column.spec.label;
    lists.getCell(`${listLetter}1`).font = { bold: true };
    column.choices.forEach((choice, choiceIndex) => (lists.getCell(`${listLetter}${choiceIndex + 2}`).value = choice));

    // The list only offers values; a code typed instead is still accepted by the import, so the cell takes any text.
    rangeValidations(data).add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: false,
      formulae: [`'${lists.name}'!$${listLetter}$2:$${listLetter}$${column.choices.length + 1}`],
    });
  });

  instructions.columns = [{ width: 45 }, { width: 14 }, { width: 90 }];
  instructions.addRow([t('excel:template.intro')]).alignment = { wrapText: true, vertical: 'top' };
  instructions.mergeCells('A1:C1');
  instructions.getRow(1).height = 75;
  instructions.addRow([]);
  const header = instructions.addRow([t('excel:template.column'), t('excel:template.required'), t('excel:template.format')]);
  header.font = { bold: true };
  for (const column of columns) {
    const row = instructions.addRow([column.spec.label, REQUIRED_FIELDS.includes(column.spec.field) ? t('common:yes') : '', column.format]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** ExcelJS 4.4 validates a whole range with one rule through `dataValidations`, which its type declarations leave out. */
function rangeValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function templateColumn(spec: ImportColumnSpec, language: Language, dictionaries: Dictionaries): TemplateColumn {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, `excel:template.formats.${key}`, params);
  const header = REQUIRED_FIELDS.includes(spec.field) ? `${spec.label}${REQUIRED_MARK}` : spec.label;
  const column = (format: string, choices: string[] | null = null, numFmt: string | null = null): TemplateColumn => ({ spec, header, format, choices, numFmt });

  const studyForms = (dictionaries.studyForms ?? []).filter((entry) => entry.active).map((entry) => entry.names[language]);
  const sexes = [translate(language, 'common:sex.male'), translate(language, 'common:sex.female')];

  switch (spec.field) {
    case 'iin':
      return column(t('iin'), null, EXCEL_TEXT_FORMAT);
    case 'lastName':
    case 'firstName':
    case 'middleName':
      return column(t('text', { max: MAX_NAME_LENGTH }), null, EXCEL_TEXT_FORMAT);
    case 'grade':
      return column(t('grade'));
    case 'letter':
      return column(t('letter'), null, EXCEL_TEXT_FORMAT);
    case 'studyForm': {
      const defaultName = (dictionaries.studyForms ?? []).find((entry) => entry.code === 'full_time')?.names[language] ?? 'full_time';
      return column(t('studyForm', { values: studyForms.join(', '), default: defaultName }), studyForms);
    }
    case 'birthDate':
      return column(t('birthDate'), null, EXCEL_DATE_FORMAT);
    case 'sex':
      return column(t('sex', { values: sexes.join(', ') }), sexes);
  }

  const indicator = indicatorByCode(spec.field.slice('passport.'.length))!;
  return indicatorColumn(indicator, language, dictionaries, column);
}

function indicatorColumn(
  indicator: Indicator,
  language: Language,
  dictionaries: Dictionaries,
  column: (format: string, choices?: string[] | null, numFmt?: string | null) => TemplateColumn,
): TemplateColumn {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, `excel:template.formats.${key}`, params);

  switch (indicator.type) {
    case 'boolean': {
      const [yes, no] = [translate(language, 'common:yes'), translate(language, 'common:no')];
      return column(t('boolean', { yes, no }), [yes, no]);
    }
    case 'number': {
      const range = indicator.min !== undefined && indicator.max !== undefined;
      if (!range) return column(t('number'));
      return column(t(indicator.integer ? 'integerRange' : 'numberRange', { min: indicator.min, max: indicator.max }));
    }
    case 'date':
      return column(t(indicator.notAfterToday ? 'dateNotAfterToday' : 'date'), null, EXCEL_DATE_FORMAT);
    case 'choice': {
      const names = indicator.dictionary
        ? (dictionaries[indicator.dictionary] ?? []).filter((entry) => entry.active).map((entry) => entry.names[language])
        : (indicator.options ?? []).map((option) => option.labels[language]);
      const format = indicator.dictionary
        ? t('dictionary', { title: indicator.labels[language], sheet: translate(language, 'excel:template.lists') })
        : t('choice', { values: names.join('; ') });
      return column(format, names);
    }
    default:
      return column(indicator.formatHint?.[language] ?? t('text', { max: indicator.maxLength ?? DEFAULT_MAX_TEXT_LENGTH }), null, EXCEL_TEXT_FORMAT);
  }
}
