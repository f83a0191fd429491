import Fuse from 'fuse.js';
import type { City, Lang } from '../knowledge/index.js';
import { laTokensNameCity } from './laIsCity.js';
import { normalizeQuestion } from './normalize.js';
import { OTHER_CITIES, OTHER_REGIONS } from './places.js';

export interface CityMatch {
  /** Covered cities named, in the order they appear. */
  cityIds: string[];
  /** An uncovered place named (first one), and the covered city it resembles, if any. */
  other?: { name: string; resembles?: string };
  /** The question with every place name removed, for intent and topic extraction. */
  rest: string;
}

interface Phrase {
  text: string;
  cityId?: string;
  otherName?: string;
  resembles?: string;
  kind: 'lookalike' | 'alias' | 'other-city' | 'region';
}

const norm = (s: string) => normalizeQuestion(s).text;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** Generic "X county" and "state of X" names we do not cover. */
const GENERIC_OTHER =
  /(?<![\p{L}\p{N}])((?:[a-z]+ ){0,2}[a-z]+ county|county of [a-z]+(?: [a-z]+)?|state of [a-z]+)(?![\p{L}\p{N}])/u;
const NOT_A_PLACE_BEFORE_COUNTY = /^(the|my|our|a|which|what|each|every|per|in|for|of|by|and|or)$/;

/** What the finder may know beyond the normalised text: the message as typed, and its language. */
export interface FindHints {
  /** The message before lower-casing: "LA" and "la" differ there. */
  original?: string;
  lang?: Lang;
}

/** Standalone "la" / "las" words of normalised text: the ones that may be Los Angeles or an article. */
const LA_WORD = /(?<![\p{L}\p{N}])las?(?![\p{L}\p{N}])/gu;

/**
 * Positions (in `padded`) of the "la" words that are the Spanish article, judged on the original
 * casing when its tokens line up with the normalised ones, else on the normalised text alone.
 */
function articlePositions(padded: string, hints: FindHints): Set<number> {
  const words = [...padded.matchAll(LA_WORD)];
  const lang = hints.lang ?? 'en';
  const fromOriginal = hints.original ? laTokensNameCity(hints.original, lang) : [];
  const isCity = fromOriginal.length === words.length ? fromOriginal : laTokensNameCity(padded, lang);
  return new Set(words.filter((_, i) => !isCity[i]).map((w) => w.index));
}

export interface CityFinder {
  find(normalizedText: string, hints?: FindHints): CityMatch;
  /** Resolve a single name ("LA", "kansas-city", "kanas city") to a city id. */
  resolve(name: string): string | undefined;
}

export function createCityFinder(cities: City[]): CityFinder {
  const phrases: Phrase[] = [];
  for (const city of cities) {
    for (const l of city.lookalikes) {
      for (const p of l.patterns)
        phrases.push({ text: norm(p), otherName: l.name, resembles: city.id, kind: 'lookalike' });
    }
    // A pasted portal address ("data.lacity.org/...") names its city too.
    const names = new Set(
      [
        city.id.replace(/-/g, ' '),
        city.name,
        city.officialName,
        ...city.aliases,
        ...city.portals.map((p) => p.domain),
      ].map(norm),
    );
    for (const n of names) if (n) phrases.push({ text: n, cityId: city.id, kind: 'alias' });
  }
  for (const c of OTHER_CITIES) phrases.push({ text: norm(c), otherName: titleCase(c), kind: 'other-city' });
  for (const r of OTHER_REGIONS) phrases.push({ text: norm(r), otherName: titleCase(r), kind: 'region' });
  // One pass over the text: alternatives longest first, so at any position "kansas city kansas"
  // wins over "kansas city" and "la county" over "la". An optional "s" takes possessives ("kcs").
  const byText = new Map<string, Phrase>();
  for (const p of phrases) if (!byText.has(p.text)) byText.set(p.text, p);
  const alternation = (keep: (p: Phrase) => boolean) =>
    [...byText.values()]
      .filter(keep)
      .map((p) => p.text)
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|');
  const wordsRe = (alt: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})s?(?![\\p{L}\\p{N}])`, 'gu');
  // Look-alikes go first: they contain the covered names ("city of miami gardens", "miami-dade county").
  const lookalikeRe = wordsRe(alternation((p) => p.kind === 'lookalike'));
  const phraseRe = wordsRe(alternation((p) => p.kind !== 'lookalike'));
  const lookup = (m: string) => byText.get(m) ?? byText.get(m.slice(0, -1))!;

  // Typo tolerance only for names long enough to be unambiguous ("kanas city", "los angles", "miamii").
  const fuzzyNames = [
    ...new Set(phrases.filter((p) => p.kind === 'alias' && p.text.length >= 5).map((p) => p.text)),
  ];
  const aliasOwner = new Map(phrases.filter((p) => p.kind === 'alias').map((p) => [p.text, p.cityId!]));
  // Command arguments ("/dataset search city:kanas") are one short name: fuse ranks it against every name.
  const fuse = new Fuse(fuzzyNames, { includeScore: true, threshold: 0.34, ignoreLocation: true });

  // Typos rarely change the first letter or the length much: names are looked at by first letter.
  const fuzzyByInitial = new Map<string, string[]>();
  for (const name of fuzzyNames)
    fuzzyByInitial.set(name[0]!, [...(fuzzyByInitial.get(name[0]!) ?? []), name]);

  /** The best covered-city name within a small edit distance of some 1-3 word run of `words`. */
  function fuzzyFind(words: string[]): { cityId: string; start: number; len: number } | undefined {
    let best: { cityId: string; start: number; len: number; dist: number } | undefined;
    for (let n = 3; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const names = fuzzyByInitial.get(words[i]![0] ?? '');
        if (!names) continue;
        const gram = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
        if (gram.length < 5) continue;
        for (const name of names) {
          const allowed = name.length >= 8 ? 2 : 1;
          if (Math.abs(name.length - gram.length) > allowed) continue;
          const dist = editDistance(gram, name);
          if (dist <= allowed && (!best || dist < best.dist))
            best = { cityId: aliasOwner.get(name)!, start: i, len: n, dist };
        }
      }
    }
    return best;
  }

  const canonical = (cityId: string) => norm(cities.find((c) => c.id === cityId)!.name);

  function find(text: string, hints: FindHints = {}): CityMatch {
    let rest = ` ${text} `;
    const articles = articlePositions(rest, hints);
    const found: { pos: number; phrase: Phrase }[] = [];
    for (const re of [lookalikeRe, phraseRe]) {
      rest = rest.replace(re, (m, offset: number) => {
        // The article "la" is read as nothing, as it was before the city names were taken out.
        const article = /^las?$/.test(m) && articles.has(offset);
        if (!article) found.push({ pos: offset, phrase: lookup(m) });
        return ' '.repeat(m.length);
      });
    }
    found.sort((a, b) => a.pos - b.pos);
    const cityIds = [...new Set(found.filter((f) => f.phrase.kind === 'alias').map((f) => f.phrase.cityId!))];
    let other: CityMatch['other'];
    const look = found.find((f) => f.phrase.kind === 'lookalike');
    const otherCity = found.find((f) => f.phrase.kind === 'other-city');
    const region = found.find((f) => f.phrase.kind === 'region');
    if (look) other = { name: look.phrase.otherName!, resembles: look.phrase.resembles };
    else if (otherCity) other = { name: otherCity.phrase.otherName! };
    else if (region && cityIds.length === 0) {
      // "kansas cty" is a typo of a covered city, not the state of Kansas.
      const fuzzy = fuzzyFind(text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)));
      if (fuzzy)
        return find(
          text
            .split(' ')
            .filter((w) => /[\p{L}\p{N}]/u.test(w))
            .toSpliced(fuzzy.start, fuzzy.len, canonical(fuzzy.cityId))
            .join(' '),
          { lang: hints.lang },
        );
      other = { name: region.phrase.otherName! };
    }
    if (!other && cityIds.length === 0) {
      const generic = GENERIC_OTHER.exec(rest);
      const first = generic?.[1]?.split(' ')[0] ?? '';
      if (
        generic &&
        !NOT_A_PLACE_BEFORE_COUNTY.test(first) &&
        !/^county of (the|a|our)\b/.test(generic[1]!)
      ) {
        other = { name: titleCase(generic[1]!) };
      }
    }
    if (cityIds.length === 0 && !other) {
      const words = rest
        .trim()
        .split(/\s+/)
        .filter((w) => /[\p{L}\p{N}]/u.test(w));
      const fuzzy = fuzzyFind(words);
      if (fuzzy) {
        cityIds.push(fuzzy.cityId);
        words.splice(fuzzy.start, fuzzy.len);
        rest = ` ${words.join(' ')} `;
      }
    }
    return { cityIds, other, rest: rest.replace(/\s+/g, ' ').trim() };
  }

  return {
    find,
    resolve(name) {
      const text = norm(name.replace(/-/g, ' '));
      const byId = cities.find((c) => c.id === name.trim().toLowerCase());
      if (byId) return byId.id;
      const m = find(text);
      if (m.cityIds.length === 1 && !m.other && m.rest.length === 0) return m.cityIds[0];
      if (m.cityIds.length || m.other || text.split(' ').length > 3) return undefined;
      const hit = fuse.search(text, { limit: 1 })[0];
      return hit && (hit.score ?? 1) <= 0.34 ? aliasOwner.get(hit.item) : undefined;
    },
  };
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
