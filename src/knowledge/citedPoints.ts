import type { Answer, AnswerSource } from './answer.js';

/** A point as every adapter shows it: its text and the numbers of the sources that say it. */
export interface ShownPoint {
  text: string;
  cites: number[];
}

export interface ShownSource extends AnswerSource {
  /** The footnote number points refer to; stable between the short and the full view. */
  n: number;
}

/** The points to show: the first ones, or with `full` the rest too. */
export function shownPoints(answer: Answer, full = false): ShownPoint[] {
  const pick = (points: string[], cites: number[][] | undefined) =>
    points.map((text, i) => ({ text, cites: cites?.[i] ?? [] }));
  const first = pick(answer.points, answer.cites);
  return full && answer.rest ? [...first, ...pick(answer.rest.points, answer.rest.cites)] : first;
}

/** How many points the short view leaves for the *More* button. */
export function hiddenPointCount(answer: Answer, full = false): number {
  return full ? 0 : (answer.rest?.points.length ?? 0);
}

/** Whether the answer numbers its sources (per-point citations), rather than listing them as a whole. */
export function hasCitations(answer: Answer): boolean {
  return Boolean(
    answer.cites?.length ||
      answer.summaryCites?.length ||
      answer.sections.some((s) => s.cites?.length || s.summaryCites?.length),
  );
}

/**
 * The sources to list. An answer with per-point citations lists only what the shown lead, points and
 * sections cite (numbered as cited); one without lists all its sources.
 */
export function shownSources(answer: Answer, full = false): ShownSource[] {
  const numbered = (keep: (n: number) => boolean) =>
    answer.sources.flatMap((s, i) => (keep(i + 1) ? [{ ...s, n: i + 1 }] : []));
  if (!hasCitations(answer)) return numbered(() => true);
  const used = new Set<number>(answer.summaryCites);
  const add = (lists: readonly (readonly number[])[] | undefined) => {
    for (const list of lists ?? []) for (const n of list) used.add(n);
  };
  add(answer.cites);
  if (full) add(answer.rest?.cites);
  for (const s of answer.sections) {
    add(s.summaryCites ? [s.summaryCites] : undefined);
    add(s.cites);
  }
  return numbered((n) => used.has(n));
}

/** "[1, 3]" after a point; nothing for an uncited one. */
export function citeMarks(cites: number[]): string {
  return cites.length ? ` [${cites.join(', ')}]` : '';
}
