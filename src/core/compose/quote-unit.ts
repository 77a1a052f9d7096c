import { DESCRIPTION_LABEL, speakerKey } from '../facts/quotes.js';
import { speechAt } from '../index/deferred-readings.js';
import { quotationsOf } from '../index/passage-readings.js';
import { leansOnPrevious } from '../index/stands-alone.js';
import type { Sentence } from '../ingest/document.js';
import { quotationSpans } from '../ingest/quotation.js';
import { regExpLiteral } from '../regexp-literal.js';
import { partsOf, quotationOf, type SentencesOf } from '../summary/passages.js';

/**
 * How who said what shows a quotation (docs/quality.md, "Twenty-fourth round (issue 16quotes)", rule Q3 and amendment A3): its
 * section unit, or not at all (null) when that unit prints, before the quotation, a sentence of another paragraph or one
 * quoting another named voice, and the quotation names its own speaker (so that sentence is not what says who speaks). The
 * unit leans on the sentence before for words *inside* the quotation marks ("This is a once-in-a-lifetime thing…"):
 * printed under the speaker's name, another paragraph's sentence or another voice's words would read as the speaker's.
 */
export function quoteUnitOf(sentence: Sentence, speaker: string, unit: Sentence, sentencesOf: SentencesOf): Sentence | null {
  const parts = partsOf(unit);
  const quotation = quotationOf(sentence, sentencesOf);
  const opens = quotation?.[0];
  if (!opens || parts[0]!.docId !== opens.docId || parts[0]!.position >= opens.position) return unit;
  const before = parts.filter((p) => p.position < opens.position);
  // Another voice is another *named* speaker: a description ("the first Portuguese-language author") may be this one.
  const another = (p: Sentence) => p.paragraph !== opens.paragraph || (speechAt(p)?.named === true && speakerKey(p.speech!.speaker) !== speakerKey(speaker));
  if (!before.some(another)) return unit;
  const doc = sentencesOf(opens.docId);
  const quoted = doc[opens.position] === opens ? quotationsOf(doc) : undefined;
  const own = quotation.map((s) => ownWords(s.text, quoted?.[s.position]?.opensInside ?? false));
  // "…," he said: a quotation that names its speaker by a pronoun needs the sentence that names them.
  if (leansOnPrevious(own[0]!.replace(/^[\s,.;:!?—–-]+/u, '')) || !own.some((words) => namesSpeaker(words, speaker))) return unit;
  // Amendment A3: printed without the sentence before it, the quotation would open leaning by the reading every shown point is
  // held to (`leansOnPrevious` of its whole text: "This is…" inside the marks counts); printed with it, under this speaker, it
  // shows another paragraph's sentence or another voice's words as theirs. It is no candidate: the next one takes its place.
  return null;
}

/** A sentence's words outside its quotation marks. */
function ownWords(text: string, openAtStart: boolean): string {
  let own = '';
  let at = 0;
  for (const span of quotationSpans(text, openAtStart).spans) {
    own += `${text.slice(at, Math.max(at, span.start - 1))} `;
    at = span.end + 1;
  }
  return own + text.slice(at);
}

/** Whether words name the speaker: its last name word stands among them. */
const namesSpeaker = (words: string, speaker: string) => {
  const last = speaker.slice(speaker.lastIndexOf(' ') + 1);
  return last !== '' && new RegExp(`(?<![\\p{L}])${regExpLiteral(last)}(?![\\p{L}])`, 'u').test(words);
};

/**
 * Rule QV (docs/quality.md, "Session 61"): whether a sentence reports another voice than `speaker`'s by a subject of its own:
 * after an opening connective ("But", "However"), a subject that is no pronoun before a verb of saying ("But a spokesman for a
 * voting-rights group, Count Harlow, said …"), and no word of it naming the speaker. Printed as "(continues quote 2)" after
 * that speaker's quote, such a sentence reads as the rest of their words; "But he also said …" or a sentence that reports no
 * one goes on from the quote as the article has it. Direct speech is read by who said what (`speech`), not here.
 */
export function reportsAnotherVoice(text: string, speaker: string): boolean {
  const own = text.replace(/^[\s"“”'‘’]+/u, '').replace(OPENING_CONNECTIVE, '');
  if (STARTS_WITH_PRONOUN.test(own)) return false;
  const verb = SAYING.exec(own);
  if (!verb) return false;
  const subject = own.slice(0, verb.index);
  // A subject: some words, none quoted ("…," said X is direct speech), not a whole clause (a reporting verb far in is another's).
  if (!/\p{L}/u.test(subject) || /["“”]/u.test(subject) || subject.split(/\s+/).filter(Boolean).length > 15) return false;
  return !namesSpeaker(text, speaker.replace(DESCRIPTION_LABEL, ''));
}

const OPENING_CONNECTIVE = /^(?:but|however|yet|still|and|meanwhile|instead|separately|by contrast|in contrast|on the other hand)\b,?\s*/iu;
const STARTS_WITH_PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|who|his|her|their|its)\b/iu;
const SAYING = /\b(?:said|says|told|tells|added|adds|argued|argues|stated|states|contended|contends|insisted|insists|warned|warns|countered|replied|responded|noted|notes|maintained|claimed|claims)\b/u;
