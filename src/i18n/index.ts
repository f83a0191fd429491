import type { Lang } from '../knowledge/index.js';
import { EN, type MessageKey } from './en.js';
import { ES } from './es.js';

export type { MessageKey } from './en.js';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en: EN, es: ES };

/** A template cut at its `{name}` slots: literal text at even positions, slot names at odd ones. */
type Parts = readonly string[];
const SLOT = /\{(\w+)\}/;
const parsed: Record<Lang, Map<MessageKey, Parts>> = { en: new Map(), es: new Map() };

function partsOf(lang: Lang, key: MessageKey): Parts {
  let parts = parsed[lang].get(key);
  if (!parts) {
    // split() with a capturing group keeps the slot names between the literals.
    parts = CATALOGUES[lang][key].split(SLOT);
    parsed[lang].set(key, parts);
  }
  return parts;
}

/** A catalogue string in `lang`, with each `{name}` replaced by `vars.name` (an unknown slot stays as written). */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const parts = partsOf(lang, key);
  if (parts.length === 1) return parts[0]!;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
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
