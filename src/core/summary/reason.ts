import type { TermIndex } from '../index/term-index.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { focusFamily, participantFamilies } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { type PassageRules, partsOf, passage, type SentencesOf, shownWithin, unitOf } from './passages.js';
import { topK } from './top-k.js';
import { isCapitalised, type WrittenWord, writtenWords } from './written-words.js';

/**
 * "Why" is answered by a cause, and news mostly tells an event's cause in a sentence of its own next
 * to it ("…amid worries about…", "citing threats…, said they could not…"; docs/quality.md, ninth to
 * eleventh rounds). A unit gives a cause when it holds a marker of causation; it ties the asked event
 * to its cause when it also holds the event; a sentence of the asked event is also offered with the
 * neighbour of its paragraph that gives one, as one passage. English connectives and the language of
 * causation, closed classes written before measuring (eleventh round), not words of any story.
 */
const CAUSE =
  /\b(?:because|due\s+to|owing\s+to|as\s+a\s+result|amid|amidst|citing|cited|citations?|in\s+protest|to\s+protest|for\s+fear|fearing|so\s+that|so\s+as\s+to|in\s+order\s+to|aimed\s+at|intended\s+to|designed\s+to|meant\s+to|in\s+response|in\s+retaliation|retaliated|retaliatory|the\s+reasons?|reasons?\s+for|motives?|causes?|caused|causing|led\s+to|leading\s+to|resulted|triggered|prompted|sparked|blamed|stems?\s+from|stemmed\s+from|factors?|suspected\s+(?:cause|reason|of|to|that)|suspicions?|investigators\s+(?:believe|suspect|said)|on\s+(?:the\s+)?grounds|on\s+charges?\s+of|accused\s+of|charged\s+with|(?:objective|aim|goal|purpose)\s+(?:of\s+[^.;]{0,60}?)?(?:was|is|were)\s+to)\b/i;
/** "since" that opens a reason, not a time: not before a number, a calendar word or "then". */
const SINCE = /\bsince\s+(?![\d'’]|then\b|(?:early|late|mid|last)\b)(\w+)/gi;
/** ", as" that opens a clause (", as the station had closed"), not a report ("as he said") or a comparison. */
const AS_CLAUSE = /,\s+as\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|they|we|i|you)\b(?![^,.;]{0,30}\b(?:said|says|reported|told|expected|usual|well|part|of)\b)/i;
/** Words after the event's word within which a "for", "over" or "after" gives its cause. */
const TIED_WITHIN = 6;
/** Words that make a "for", "over" or "after" phrase a span of time or an amount, not a cause. */
const TIME_OR_AMOUNT = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|few|many|more|less|about|nearly|almost|years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|times?|while|now|ever|long|past|last|next|first|weekend|night|morning|evening|afternoon|today|yesterday|tomorrow|then)$/i;
/** Object pronouns: "won for him" names who gained, not why. */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|it|you|himself|herself|themselves|itself)$/i;
/** Sentences a passage holds at most, as in passages.ts. */
const MAX_PARTS = 3;
/** Units read for a neighbour's cause: the most relevant, as many as an answer's lead is chosen from. */
const CAUSE_POOL = 150;

/**
 * Whether a sentence gives a cause: a marker anywhere in it, "since" or ", as" opening a clause, or,
 * when the asked event's stems are given, "for", "over" or "after" a few words after the event's word
 * ("awarded … for work that …", "detained over his group", "arrested after two weeks of rallies").
 */
export function givesCause(text: string, event?: ReadonlySet<string>): boolean {
  if (CAUSE.test(text) || AS_CLAUSE.test(text)) return true;
  for (const m of text.matchAll(SINCE)) if (!CALENDAR_NAMES.has(m[1]!.toLowerCase())) return true;
  return !!event?.size && tiedCause(writtenWords(text), event);
}

function tiedCause(words: readonly WrittenWord[], event: ReadonlySet<string>): boolean {
  let last = -Infinity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (event.has(stem(w.bare))) {
      last = i;
      continue;
    }
    if (i - last > TIED_WITHIN || !/^(?:for|over|after)$/.test(w.bare)) continue;
    const next = words.slice(i + 1, i + 4);
    const first = next[0];
    if (!first || isCapitalised(first) || OBJECT_PRONOUN.test(first.bare) || CALENDAR_NAMES.has(first.bare)) continue;
    if (w.bare === 'for' && /ing$/.test(first.bare)) return true;
    if (!next.some((n) => TIME_OR_AMOUNT.test(n.bare) || CALENDAR_NAMES.has(n.bare))) return true;
  }
  return false;
}

/** The stems of the asked event: the focus verb's family and the question's participants ("crash", "prize"), or its asked words when it has neither. */
export function eventStems(index: TermIndex, question: Question): ReadonlySet<string> {
  const event = new Set<string>(question.focus ? focusFamily(index, question.focus).near : []);
  for (const family of participantFamilies(index, question, true)) for (const s of family) event.add(s);
  return event.size ? event : new Set(question.asked);
}

/** Whether a unit (a sentence or a passage of adjacent ones) holds the asked event and a cause. */
export function tiesCause(unit: Sentence, event: ReadonlySet<string>): boolean {
  const parts = partsOf(unit);
  return parts.some((p) => p.stems.some((s) => event.has(s))) && parts.some((p) => givesCause(p.text, event));
}

/**
 * The units to choose from, with each of the most relevant units that tells the asked event without
 * a cause also offered together with the next or previous sentence of its paragraph that gives one,
 * scored as the event's unit.
 */
export function withCauses(
  index: TermIndex,
  question: Question,
  choices: { units: readonly Sentence[]; scores: ArrayLike<number> },
  sentencesOf: SentencesOf,
  rules: Exclude<PassageRules, false>,
): { units: Sentence[]; scores: Float64Array } {
  const event = eventStems(index, question);
  const score = new Map(choices.units.map((u, i) => [u, choices.scores[i]!]));
  const added: Sentence[] = [];
  const addedScores: number[] = [];
  for (const unit of topK(choices.units, choices.scores, CAUSE_POOL)) {
    // A sentence shown only within its passage is no unit of its own: its passage is offered instead.
    if (shownWithin(unit, rules) || givesCause(unit.text, event) || !unit.stems.some((s) => event.has(s))) continue;
    const parts = partsOf(unit);
    const doc = sentencesOf(unit.docId);
    const first = parts[0]!;
    const last = parts.at(-1)!;
    for (const [neighbour, span] of [
      [doc[last.position + 1], (n: Sentence) => [...parts, n]],
      [doc[first.position - 1], (n: Sentence) => [n, ...parts]],
    ] as const) {
      if (!neighbour || neighbour.paragraph !== (neighbour.position > last.position ? last : first).paragraph || parts.length >= MAX_PARTS) continue;
      if (!givesCause(neighbour.text, event) || unitOf(neighbour, sentencesOf, rules) !== neighbour) continue;
      added.push(passage(span(neighbour)));
      addedScores.push(score.get(unit)!);
    }
  }
  return { units: [...choices.units, ...added], scores: Float64Array.from([...Array.from(choices.scores), ...addedScores]) };
}
