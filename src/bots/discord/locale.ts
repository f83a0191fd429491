import type { Lang } from '../../knowledge/index.js';

/**
 * The answer language a Discord client locale suggests ("es-ES", "es-419" -> es; "en-US" -> en).
 * The engine uses it only when a message's own words do not say.
 */
export function localeLang(locale: string | null | undefined): Lang | undefined {
  const primary = locale?.toLowerCase().split('-')[0];
  return primary === 'es' || primary === 'en' ? primary : undefined;
}
