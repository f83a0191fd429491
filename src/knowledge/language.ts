/** The languages the bot answers in. English is the cited original; Spanish is translated from it. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The exact wording for a fact the guides do not publish, per language (kept verbatim in both). */
export const NOT_SPECIFIED: Record<Lang, string> = {
  en: 'not specified on the cited pages',
  es: 'no especificado en las páginas citadas',
};
