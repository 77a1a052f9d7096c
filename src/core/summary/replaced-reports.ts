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
  /** A notice's withdrawn sum of money or share (unitOf): matched by amount and unit, whatever each is said to count (KN″). */
  unit?: string;
}

/**
 * Amendment CX′ (docs/quality.md, "Session 56"): of the units a question's answer weighs, those stating a value that a
 * correction in a later article among them replaces ("affected 2.6 million customers, not 2.1 million as it first reported"),
 * counting a word the correcting figure counts: the value its own source withdrew, which does not lead an answer.
 */
export function replacedReports(
  weighed: Iterable<Sentence>,
  publishedOf: (docId: string) => string | undefined,
  ofDocument: (docId: string) => readonly Sentence[] = () => [],
  /** Whether a count an article says rose from an earlier one ("up from 41") counts as replaced: for a lead, not for a dated step (KN′). */
  rises = true,
  /** The set's sentences that give a notice's right value (compose/set-notices.ts), read wherever they stand. */
  notices: readonly Sentence[] = [],
  /** Whether a later report's revision ("236, not 212 as the operator first reported") withdraws, or only a notice (KD′). */
  revisions = true,
): (unit: Sentence) => boolean {
  const replaced: Replaced[] = [];
  const parts = new Set([...weighed].flatMap(partsOf));
  // Amendment KN″ (docs/quality.md, "Session 72"): a notice at an article's foot withdraws its value wherever the question's
  // words are: the set's notices are read besides the weighed.
  for (const notice of notices) {
    const published = publishedOf(notice.docId);
    if (published && !parts.has(notice)) replaced.push(...noticeWithdraws(notice, published, ofDocument(notice.docId)));
  }
  for (const part of parts) {
    const published = publishedOf(part.docId);
    if (published) replaced.push(...noticeWithdraws(part, published, ofDocument(part.docId)));
    if (!revisions || !correctionsIn(part.text).length || !published) continue;
    for (const correcting of findFigures([part])) {
      const c = correctionAfter(correcting);
      // A dispute ("not 340 as the board has said") leaves the other side's value standing: only a withdrawn one is replaced.
      if (c?.earlier && (rises || !(c.grownFrom || c.shrunkFrom))) replaced.push({ amount: numericValue(part.text.slice(c.replaced[0], c.replaced[1])), key: countKey(correcting), published });
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
          return replaced.some(
            (r) => (r.published > published || (r.restated?.docId === part.docId && r.restated.position === part.position)) && r.amount === amount && ([...key].some((k) => r.key.has(k)) || (!!r.unit && r.unit === unitOf(f.value))),
          );
        })
      );
    });
}

/**
 * Rule KN (docs/quality.md, "Session 71"): what a correction notice withdraws ("CORRECTION: An APA story on March 6 said the
 * engine … had logged 4,200 hours …. The correct figure, given by Skerry Air, is 2,400 hours."): the value of another figure of
 * the right value's unit, in its sentence or the one before it in its paragraph, where a mark of correction says it is one.
 */
function noticeWithdraws(part: Sentence, published: string, document: readonly Sentence[]): Replaced[] {
  // The part may be either sentence of a notice: the one that gives the right value, or the one before it.
  const inParagraph = (s: Sentence | undefined) => (s && s.paragraph === part.paragraph ? s : undefined);
  const marked = markedNoticeWithdraws(part, published, inParagraph(document[part.position + 1]));
  if (marked.length) return marked;
  const next = RIGHT_VALUE.test(part.text) ? undefined : inParagraph(document[part.position + 1]);
  if (!RIGHT_VALUE.test(part.text) && !(next && RIGHT_VALUE.test(next.text))) return [];
  const notice = next ? [part, next] : [inParagraph(document[part.position - 1]), part].filter((s): s is Sentence => !!s);
  const rightAt = notice.at(-1)!;
  if (!CORRECTION_MARK.test(notice.map((s) => s.text).join(' ')) && !NOTICE_OPENING.test(notice[0]!.text)) return [];
  const right = findFigures([rightAt]).filter((f) => RIGHT_VALUE.test(rightAt.text.slice(0, rightAt.text.indexOf(f.value))));
  if (!right.length) return [];
  return notice.flatMap((s) =>
    findFigures([s])
      .filter((f) => right.some((r) => unitOf(r.value) === unitOf(f.value) && numericValue(r.value) !== numericValue(f.value)))
      .map((f) => ({ amount: numericValue(f.value), key: countKey(f), published, restated: s, unit: unitOf(f.value) })),
  );
}
/**
 * Amendment KN‴ (docs/quality.md, "Session 72"): "Correction: A … report … incorrectly said that 312 passengers were aboard …. The
 * final manifest shows that 297 passengers and 41 crew were aboard.": a notice that says what was wrongly reported, the right
 * value told plainly in the next sentence of its paragraph.
 */
function markedNoticeWithdraws(opening: Sentence, published: string, next: Sentence | undefined): Replaced[] {
  const mark = next && NOTICE_OPENING.test(opening.text) ? WRONGLY_SAID.exec(opening.text) : null;
  if (!mark) return [];
  const right = findFigures([next!]);
  const after = mark.index + mark[0].length;
  return findFigures([opening])
    .filter((f) => opening.text.indexOf(f.value, after) >= 0)
    .filter((f) => right.some((r) => unitOf(r.value) === unitOf(f.value) && numericValue(r.value) !== numericValue(f.value) && [...countKey(r)].some((k) => countKey(f).has(k))))
    .map((f) => ({ amount: numericValue(f.value), key: countKey(f), published, restated: opening, unit: unitOf(f.value) }));
}
const WRONGLY_SAID = /\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|reported|stated|gave|put)\b/i;

/** Whether a sentence gives a correction notice's right value, or opens a notice that says what was wrongly reported: where rule KN reads a notice. */
export function givesRightValue(text: string): boolean {
  return RIGHT_VALUE.test(text) || (NOTICE_OPENING.test(text) && WRONGLY_SAID.test(text));
}
/**
 * Rule WV (docs/quality.md, "Session 79"): whether a sentence says what was wrongly reported ("An earlier version of this article
 * said the barrier was completed in 2023."): what it tells was never so, and it dates no event.
 */
export function saysWhatWasWronglyReported(text: string): boolean {
  return WRONGLY_SAID.test(text) || EARLIER_VERSION_SAID.test(text);
}
const EARLIER_VERSION_SAID = /\ban\s+earlier\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|piece)\s+(?:said|stated|reported|gave|misstated|misreported)\b/i;
/** "The correct figure, given by Skerry Air, is", "the correct number was", "should have said": the right value follows. */
const RIGHT_VALUE = /\b(?:the\s+correct(?:ed)?\s+(?:figure|number|total|amount|count|tally|sum|value)\b[^.;]{0,60}?\b(?:is|was|are|were)|should\s+have\s+(?:said|read|been|reported|stated))\s/i;
const CORRECTION_MARK = /\b(?:incorrectly|wrongly|erroneously|mistakenly|misstated|misreported|an\s+earlier\s+version)\b/i;
const NOTICE_OPENING = /^(?:correction|clarification)s?\b/i;
