export const LANGUAGES = ['kk', 'ru', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

/** A text shown to users, in each language of the interface. */
export interface Labels {
  kk: string;
  ru: string;
  en: string;
}
