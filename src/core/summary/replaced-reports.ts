import { correctionsIn } from '../facts/corrections.js';
import { findFigures } from '../facts/figures.js';
import { correctionAfter, countKey, numericValue, unitOf } from '../facts/figures-differ.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from './passages.js';

/** A value a correction replaces: its amount, the words its correcting figure counts, and the correcting article's date. */
interface Replaced {
  amount: string;
  key: ReadonlySet<string>;
  published: string;
  /** The notice's sentence that restates the withdrawn value (rule KN): it does not lead either. */
  restated?: Sentence;
}

/**
 * Amendment CX′ (docs/quality.md, "Session 56"): of the units a question's answer weighs, those stating a value that a
 * correction in a later article among them replaces ("affected 2.6 million customers, not 2.1 million as it first reported"),
 * counting a word the correcting figure counts: the value its own source withdrew, which does not lead an answer.
 */
export function replacedReports(weighed: Iterable<Sentence>, publishedOf: (docId: string) => string | undefined, sentenceBefore: (s: Sentence) => Sentence | undefined = () => undefined): (unit: Sentence) => boolean {
  const replaced: Replaced[] = [];
  for (const part of new Set([...weighed].flatMap(partsOf))) {
    const published = publishedOf(part.docId);
    if (published) replaced.push(...noticeWithdraws(part, published, sentenceBefore));
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
          return replaced.some((r) => (r.published > published || r.restated === part) && r.amount === amount && [...key].some((k) => r.key.has(k)));
        })
      );
    });
}

/**
 * Rule KN (docs/quality.md, "Session 71"): what a correction notice withdraws ("CORRECTION: An APA story on March 6 said the
 * engine … had logged 4,200 hours …. The correct figure, given by Skerry Air, is 2,400 hours."): the value of another figure of
 * the right value's unit, in its sentence or the one before it in its paragraph, where a mark of correction says it is one.
 */
function noticeWithdraws(part: Sentence, published: string, sentenceBefore: (s: Sentence) => Sentence | undefined): Replaced[] {
  if (!RIGHT_VALUE.test(part.text)) return [];
  const before = sentenceBefore(part);
  const previous = before && before.docId === part.docId && before.paragraph === part.paragraph ? before : undefined;
  const notice = previous ? [previous, part] : [part];
  if (!CORRECTION_MARK.test(notice.map((s) => s.text).join(' ')) && !NOTICE_OPENING.test(notice[0]!.text)) return [];
  const right = findFigures([part]).filter((f) => RIGHT_VALUE.test(part.text.slice(0, part.text.indexOf(f.value))));
  if (!right.length) return [];
  return notice.flatMap((s) =>
    findFigures([s])
      .filter((f) => right.some((r) => unitOf(r.value) === unitOf(f.value) && numericValue(r.value) !== numericValue(f.value)))
      .map((f) => ({ amount: numericValue(f.value), key: countKey(f), published, restated: s })),
  );
}
/** "The correct figure, given by Skerry Air, is", "the correct number was", "should have said": the right value follows. */
const RIGHT_VALUE = /\b(?:the\s+correct(?:ed)?\s+(?:figure|number|total|amount|count|tally|sum|value)\b[^.;]{0,60}?\b(?:is|was|are|were)|should\s+have\s+(?:said|read|been|reported|stated))\s/i;
const CORRECTION_MARK = /\b(?:incorrectly|wrongly|erroneously|mistakenly|misstated|misreported|an\s+earlier\s+version)\b/i;
const NOTICE_OPENING = /^(?:correction|clarification)s?\b/i;
