import type { Sentence } from '../ingest/document.js';
import { isPassage, partsOf, type SentencesOf, sectionUnitOf, unitOf } from '../summary/passages.js';
import type { SummaryInput } from '../summary/select-summary.js';
import { glossedNamesIntroduced, isGlossable } from './empty-summary.js';

type IntroducedBy = NonNullable<SummaryInput['introducedBy']>;

/**
 * A question's lead and the names a reader has (docs/quality.md, "Twenty-eighth round (issue 16lead9)"). The summary, key
 * points and topic briefings keep every bar; only the unit that leads an answer is read here.
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
  // A sentence alone waits for a name rather than leans: that is rule G's to read.
  return unit && isPassage(unit) ? unit : null;
}

/**
 * Rule G: whether a unit that waits for names may still lead because the name gloss supplies every one of them (its
 * document writes each in full, 16empty's S2 test), and no candidate passage that may lead already shows it with the set's
 * own introduction (`heldByPassage`). A description it waits for still bars it.
 */
export function glossSupplies(introducedBy: IntroducedBy, sentencesOf: SentencesOf): (u: Sentence, heldByPassage: (u: Sentence) => boolean) => boolean {
  const glossed = glossedNamesIntroduced(introducedBy, sentencesOf);
  return (u, heldByPassage) => !!introducedBy.needs(u)?.length && glossed.needs(u) === null && !heldByPassage(u);
}

/** The sentences shown by candidate passages that may lead: a sentence among them is introduced by its own passage. */
export function sentencesOfPassages(candidates: readonly Sentence[], mayLead: (u: Sentence) => boolean): ReadonlySet<Sentence> {
  return new Set(candidates.filter((u) => isPassage(u) && mayLead(u)).flatMap((u) => [...partsOf(u)]));
}
