import type { Lang } from '../knowledge/index.js';
import { EN, type MessageKey } from './en.js';
import { ES } from './es.js';

export type { MessageKey } from './en.js';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en: EN, es: ES };

/** A catalogue string in `lang`, with each `{name}` replaced by `vars.name`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in vars ? String(vars[name]) : slot,
  );
}

/** "A, B and C" / "A, B y C". */
export function listOf(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(t(lang, 'listJoin'))} ${t(lang, 'and')} ${items.at(-1)}`;
}

/** The language's translator, for builders that say many things in one language. */
export function messages(lang: Lang): (key: MessageKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => t(lang, key, vars);
}

/** Whether a key built at run time (`example.${intent}`) is in the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return key in EN;
}
