import type { Answer, AnswerSource } from '../../knowledge/index.js';

const keyOf = (s: AnswerSource) => `${s.title}|${s.url ?? ''}`;

/**
 * Adds a second answer as a section of the first ("fees and forms in KC?"): its sources join the
 * first's list without repeats, and its citation numbers are renumbered to that list.
 */
export function appendAsSection(answer: Answer, second: Answer): void {
  const index = new Map(answer.sources.map((s, i) => [keyOf(s), i + 1]));
  const renumber = (n: number): number[] => {
    const source = second.sources[n - 1];
    if (!source) return [];
    const key = keyOf(source);
    let to = index.get(key);
    if (to === undefined) {
      answer.sources.push(source);
      to = answer.sources.length;
      index.set(key, to);
    }
    return [to];
  };
  const cites = second.points.map((_, i) => (second.cites?.[i] ?? []).flatMap(renumber));
  const summaryCites = (second.summaryCites ?? []).flatMap(renumber);
  answer.sections.push({
    heading: second.title,
    summary: second.summary,
    summaryCites,
    points: second.points,
    cites,
  });
}
