import type { z } from 'zod';
import { nameIn, territoryLine, type SchoolView } from '../departures/school-directory.js';
import type { departureRecordSchema } from '../departures/schemas.js';
import type { ExportColumn, ExportContext } from './export-list.js';

type DepartureRecord = z.infer<typeof departureRecordSchema>;

/** The departure columns of the departure and arrival tabs. The tabs show the order in one column, which the export splits so the order date is a real date cell. */
export type DepartureColumnKey = 'departureDate' | 'reason' | 'country' | 'orderNumber' | 'orderDate';

/**
 * Builds the export columns of a departure record from their keys. Reasons
 * and countries are dictionary names in the export's language. `departure`
 * finds the record in a row; a row without one has empty cells.
 */
export function departureColumns<Row>(keys: DepartureColumnKey[], context: ExportContext, departure: (row: Row) => DepartureRecord | null): ExportColumn<Row>[] {
  const { t } = context;
  const reasonName = dictionaryNames(context, 'departureReasons');
  const countryName = dictionaryNames(context, 'countries');

  const columns: Record<DepartureColumnKey, ExportColumn<Row>> = {
    departureDate: { header: t('departures:columns.departureDate'), type: 'date', width: 13, value: (row) => departure(row)?.departureDate ?? null },
    reason: { header: t('departures:columns.reason'), type: 'text', width: 32, value: (row) => reasonName(departure(row)?.reason) },
    country: { header: t('departures:columns.country'), type: 'text', width: 18, value: (row) => countryName(departure(row)?.country) },
    orderNumber: { header: t('departures:columns.orderNumber'), type: 'text', width: 14, value: (row) => departure(row)?.orderNumber ?? null },
    orderDate: { header: t('departures:columns.orderDate'), type: 'date', width: 13, value: (row) => departure(row)?.orderDate ?? null },
  };

  return keys.map((key) => columns[key]);
}

/**
 * Builds two columns of a school: "Name (ID: 17009)" under `header`, as the
 * tabs show it, and its territory from the region down to the settlement.
 * Schools have no English names, so an English export has the Russian ones.
 */
export function schoolColumns<Row>(header: string, context: ExportContext, school: (row: Row) => SchoolView): ExportColumn<Row>[] {
  const { language, t } = context;

  return [
    { header, type: 'text', width: 40, value: (row) => `${nameIn(school(row).names, language)} (ID: ${school(row).id})` },
    { header: t('departures:columns.schoolTerritory'), type: 'text', width: 40, value: (row) => territoryLine(school(row), language) },
  ];
}

/** Returns the function that names a code of the dictionary in the export's language, the code itself when the dictionary lacks it. */
function dictionaryNames({ dictionaries, language }: ExportContext, dictionary: string): (code: string | null | undefined) => string | null {
  const names = new Map((dictionaries[dictionary] ?? []).map((entry) => [entry.code, entry.names[language]]));
  return (code) => (code ? (names.get(code) ?? code) : null);
}
