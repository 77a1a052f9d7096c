import type { Sentence } from '../ingest/document.js';
import { isPassage, partsOf, type SentencesOf, sectionUnitOf, unitOf } from '../summary/passages.js';
import { sameFact } from '../summary/same-fact.js';
import { isGlossable } from './empty-summary.js';

/**
 * A question's lead and the names a reader has (docs/quality.md, "Twenty-eighth round (issue 16lead9)"). The summary, key
 * points and topic briefings keep every bar; only the unit that leads an answer is read here. (Rule G, a sentence waiting
 * for a name the gloss supplies, was measured with K and reverted.)
 */

/**
 * Rule K: a sentence with no unit (its chain of leaning runs past MAX_PARTS) offered as its chain read without fetching
 * the sentence that introduces a name (`sectionUnitOf`'s reading, within MAX_PARTS), when every name the chain uses that
 * only an earlier sentence introduces is one the reader has: the question writes it (`knows`), or its document writes it
 * in full, so the briefing's name gloss prints it. A description the chain needs is never had. Null when that is not so,
 * or when the sentence has a unit of its own (then it is offered as that unit already).
 */
export function chainWithNamesHad(sentence: Sentence, sentencesOf: SentencesOf, knows: (shortForm: string) => boolean): Sentence | null {
  if (isPassage(sentence) || unitOf(sentence, sentencesOf, true) !== null) return null;
  const doc = sentencesOf(sentence.docId);
  const unit = sectionUnitOf(sentence, sentencesOf, true, (form) => knows(form) || isGlossable(form, doc));
  // A sentence alone waits for a name rather than leans on a chain: the lead's name bar reads it, as before.
  return unit && isPassage(unit) ? unit : null;
}

/**
 * Rule S (docs/quality.md, "Twenty-ninth round (issue 16lead10)"): whether a candidate of the same lead that may lead already
 * holds the sentence or states its fact (`sameFact`, one fact is one point). Then the reader gets the fact in a unit that stands
 * alone, and the sentence is not offered as a chain of up to three. The leadable candidates are read once, when first asked.
 */
export function statedByLeadable(candidates: readonly Sentence[], mayLead: (u: Sentence) => boolean): (sentence: Sentence) => boolean {
  let leadable: readonly Sentence[] | undefined;
  return (sentence) => {
    leadable ??= candidates.filter(mayLead);
    return leadable.some((c) => partsOf(c).includes(sentence) || sameFact(c, sentence));
  };
}
