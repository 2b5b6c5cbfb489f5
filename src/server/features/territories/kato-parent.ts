/** The root of the classifier: the Republic of Kazakhstan. */
export const COUNTRY_KATO = '000000000';

export const COUNTRY_TERRITORY = {
  kato: COUNTRY_KATO,
  level: 'country',
  typeCode: 0,
  nameRu: 'Республика Казахстан',
  nameKk: 'Қазақстан Республикасы',
} as const;

/**
 * Derives a territory's parent from its 9-digit code AB CD EF GHI. An oblast
 * belongs to the country. Any other row belongs to the first of ABCDEF000
 * (sub-district), ABCD00000 (district) and AB0000000 (oblast) that exists and
 * is not the row itself, or to the country when none exists.
 */
export function deriveParentKato(kato: string, level: string, exists: (kato: string) => boolean): string {
  if (level === 'oblast') return COUNTRY_KATO;

  const candidates = [`${kato.slice(0, 6)}000`, `${kato.slice(0, 4)}00000`, `${kato.slice(0, 2)}0000000`];
  const parent = candidates.find((candidate) => candidate !== kato && exists(candidate));

  return parent ?? COUNTRY_KATO;
}
