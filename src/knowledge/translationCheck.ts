import type { z } from 'zod';
import { NOT_SPECIFIED } from './language.js';

interface CitedText {
  text: string;
  sources: string[];
}

/** A block of cited facts (a topic's points, a draft's items) with an optional summary. */
export interface Rendering {
  summary?: string;
  facts: CitedText[];
}

const saysNotSpecified = (text: string, lang: 'en' | 'es') =>
  text.toLowerCase().includes(NOT_SPECIFIED[lang].toLowerCase());

const NOT_SPECIFIED_MESSAGE = `the English says "${NOT_SPECIFIED.en}"; the Spanish must say "${NOT_SPECIFIED.es}"`;

/**
 * The Spanish rendering must carry every fact, every source and every "not specified" the English
 * has, so the two languages never drift apart when one side is edited. `path` is the Spanish
 * rendering's field path (`topics.fees.es`); `factsKey` names the facts array under it.
 */
export function checkRendering(
  en: Rendering,
  es: Rendering,
  path: (string | number)[],
  factsKey: string,
  ctx: z.RefinementCtx,
): void {
  if (es.facts.length !== en.facts.length) {
    ctx.addIssue({
      code: 'custom',
      message: `Spanish rendering has ${es.facts.length} ${factsKey}; the English has ${en.facts.length}`,
      path: [...path, factsKey],
    });
  }
  en.facts.forEach((fact, i) => {
    const rendered = es.facts[i];
    if (!rendered) return;
    const missing = fact.sources.filter((s) => !rendered.sources.includes(s));
    const extra = rendered.sources.filter((s) => !fact.sources.includes(s));
    if (missing.length || extra.length) {
      const detail = [
        missing.length && `missing ${missing.join(', ')}`,
        extra.length && `extra ${extra.join(', ')}`,
      ]
        .filter(Boolean)
        .join('; ');
      ctx.addIssue({
        code: 'custom',
        message: `Spanish sources differ from the English (${detail})`,
        path: [...path, factsKey, i, 'sources'],
      });
    }
    if (saysNotSpecified(fact.text, 'en') && !saysNotSpecified(rendered.text, 'es')) {
      ctx.addIssue({ code: 'custom', message: NOT_SPECIFIED_MESSAGE, path: [...path, factsKey, i, 'text'] });
    }
  });
  if (en.summary && saysNotSpecified(en.summary, 'en') && !saysNotSpecified(es.summary ?? '', 'es')) {
    ctx.addIssue({ code: 'custom', message: NOT_SPECIFIED_MESSAGE, path: [...path, 'summary'] });
  }
}
