import { correctionsIn } from '../facts/corrections.js';
import { findFigures } from '../facts/figures.js';
import { correctionAfter, countKey, numericValue } from '../facts/figures-differ.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from './passages.js';

/** A value a correction replaces: its amount, the words its correcting figure counts, and the correcting article's date. */
interface Replaced {
  amount: string;
  key: ReadonlySet<string>;
  published: string;
}

/**
 * Amendment CX′ (docs/quality.md, "Session 56"): of the units a question's answer weighs, those stating a value that a
 * correction in a later article among them replaces ("affected 2.6 million customers, not 2.1 million as it first reported"),
 * counting a word the correcting figure counts: the value its own source withdrew, which does not lead an answer.
 */
export function replacedReports(weighed: Iterable<Sentence>, publishedOf: (docId: string) => string | undefined): (unit: Sentence) => boolean {
  const replaced: Replaced[] = [];
  for (const part of new Set([...weighed].flatMap(partsOf))) {
    const published = publishedOf(part.docId);
    if (!correctionsIn(part.text).length || !published) continue;
    for (const correcting of findFigures([part])) {
      const c = correctionAfter(correcting);
      // A dispute ("not 340 as the board has said") leaves the other side's value standing: only a withdrawn one is replaced.
      if (c?.earlier) replaced.push({ amount: numericValue(part.text.slice(c.replaced[0], c.replaced[1])), key: countKey(correcting), published });
    }
  }
  if (!replaced.length) return () => false;
  return (unit) =>
    partsOf(unit).some((part) => {
      const published = publishedOf(part.docId);
      return (
        !!published &&
        findFigures([part]).some((f) => {
          const amount = numericValue(f.value);
          const key = countKey(f);
          return replaced.some((r) => r.published > published && r.amount === amount && [...key].some((k) => r.key.has(k)));
        })
      );
    });
}
