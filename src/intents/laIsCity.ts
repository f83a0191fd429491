import type { Lang } from '../knowledge/index.js';

/** "la", "LA", "L.A.", "l. a", "LA's", "las": the tokens that normalise to the words "la" and "las". */
const LA_TOKEN = /(?<![\p{L}\p{N}])(?:l\.\s?a\.?|la)(?:['’`´]?s)?(?![\p{L}\p{N}])/giu;

/** Words that follow "la" as a Spanish article even in an English sentence ("la ciudad de Miami"). */
const SPANISH_NOUN_AFTER_LA =
  /^\s*(?:ciudad|clave|llave|solicitud|informaci[oó]n|p[aá]gina|lista|oficina|respuesta|cuenta|base|forma|multa|municipalidad|alcald[ií]a|secci[oó]n|polic[ií]a|ley|misma|otra|primera|aplicaci[oó]n|gente|comunidad|universidad)(?![\p{L}\p{N}])/iu;

/**
 * For each "la"-like token of the original message, in order: does it name Los Angeles? Casing
 * decides where it can: "LA" and "L.A." are the city, and in a Spanish message a lower-case or
 * capitalised "la" before a word is the article ("la API de Miami"). In an English message a
 * lower-case "la" is still the city ("la parking data"), unless a Spanish noun follows it. A message
 * typed all in capitals says nothing by its casing, so only its language decides.
 */
export function laTokensNameCity(original: string, lang: Lang): boolean[] {
  const shouting = !/\p{Ll}/u.test(original);
  return [...original.matchAll(LA_TOKEN)].map((m) => {
    const token = m[0];
    const after = original.slice(m.index + token.length);
    if (token.includes('.') || /['’`´]s$/iu.test(token)) return true;
    if (token.startsWith('LA') && !shouting) return true;
    if (SPANISH_NOUN_AFTER_LA.test(after)) return false;
    const beforeAWord = /^\s+[\p{L}\p{N}]/u.test(after);
    return !(lang === 'es' && beforeAWord);
  });
}
