import type { Point } from '../briefing.js';
import { speechAt } from '../index/deferred-readings.js';
import { introducedAt, namesIn, needsOf } from '../index/introduced.js';
import { ANNOUNCES_LIST, LEANS, LEANS_ON_BEFORE, LEANS_ON_PREVIOUS, leaningAt, leaningOf, type QuoteEnds, quotationsOf } from '../index/passage-readings.js';
import { leaningKind, leansOnPrevious, opensNoPassage } from '../index/stands-alone.js';
import type { Sentence } from '../ingest/document.js';
import { afterTurnLabel, transcriptTurns } from '../ingest/transcript-turns.js';
import type { Citer } from './cite.js';
import type { NearDuplicates } from './near-duplicates.js';
import { leadNames, storyDescription } from './story-description.js';
import { opensOnHeading } from './summary-facts.js';

/**
 * What a briefing shows as one point: a sentence, or a passage of consecutive sentences of one
 * document when a sentence cannot be read without its neighbour. A sentence that opens on "He",
 * "This" or "However" is shown after the sentence it leans on; a sentence announcing a list ("Putin
 * has other demands") with the sentences that give it; a sentence of a quotation that runs over
 * several sentences with the sentences that open and close it. A passage is a Sentence whose text is its
 * sentences' texts joined by a space, so summary selection weighs and budgets it like any sentence;
 * `partsOf` gives back the verbatim sentences it is made of.
 */

/** Sentences a passage holds at most: beyond that the point is a paragraph, not a statement. */
const MAX_PARTS = 3;
/** Sentences after an announcing one taken as its list, while the passage stays within MAX_LIST_WORDS. */
const LIST_PARTS = 2;
/** Words a list passage may reach: summary selection takes no longer unit as prose (summary-facts.ts). */
const MAX_LIST_WORDS = 55;

export type SentencesOf = (docId: string) => readonly Sentence[];

/**
 * Which sentences are shown with their neighbours: true, every one that leans; 'without-descriptions',
 * not those that lean only by a description of what the sentence before named (issue 16l), so the eval
 * scores that rule on and off in one run; false, none (each sentence alone, for comparison).
 */
export type PassageRules = boolean | 'without-descriptions';
/**
 * The rules a unit is read by: a briefing's passage rules, or 'without-introductions', every leaning sentence shown with
 * what it leans on but a name or description introduced earlier not fetched (the sections after the key points, sectionUnitOf).
 */
export type Leaning = Exclude<PassageRules, false> | 'without-introductions';

const parts = new WeakMap<Sentence, readonly Sentence[]>();
/** A sentence's unit, worked out once per rule set: sentences live as long as their index. */
const unitsBy: Record<`${Leaning}`, WeakMap<Sentence, Sentence | null>> = { true: new WeakMap(), 'without-descriptions': new WeakMap(), 'without-introductions': new WeakMap() };

/** The verbatim sentences a unit is made of: the sentence itself unless it is a passage. */
export function partsOf(unit: Sentence): readonly Sentence[] {
  return parts.get(unit) ?? [unit];
}

/**
 * Whether a unit is a passage. Summary selection takes its sentences as a choice but not as
 * mentions of what the set says: the sentence that leans on another carries a source's detail,
 * not its statement of the story (docs/quality.md).
 */
export function isPassage(unit: Sentence): boolean {
  return parts.has(unit);
}

/**
 * How a sentence may be shown: itself when it reads alone, else the passage it belongs to, or
 * null when there is no such passage (it leans on nothing shown: a document's first sentence, or a
 * chain of leaning sentences too long to show).
 */
export function unitOf(sentence: Sentence, sentencesOf: SentencesOf, rules: Leaning = true): Sentence | null {
  const units = unitsBy[`${rules}`];
  const known = units.get(sentence);
  if (known !== undefined) return known;
  const doc = sentencesOf(sentence.docId);
  // A sentence its document does not hold (made up by a caller) has no neighbours to lean on.
  if (doc[sentence.position] !== sentence) return sentence;
  const quoted = quotationsOf(doc);
  const leaning = leaningOf(doc);
  const mask = rules === 'without-descriptions' ? LEANS_ON_PREVIOUS : LEANS;
  // The earliest sentence k must be shown with. Within a quotation that runs over several sentences, a
  // sentence is read with those that open and close it; a person or thing introduced earlier, with the sentence that introduces it.
  // Rule TQ: a turn of a transcript opens on its speaker's label, and answers the turn before it: it leans only by its own words.
  const turns = transcriptTurns(doc);
  const opensTurn = (k: number) => turns.size > 0 && k > 0 && turns.has(doc[k]!) && doc[k - 1]!.paragraph !== doc[k]!.paragraph;
  const needs = (k: number) => {
    const before = (opensTurn(k) ? leansOnPrevious(afterTurnLabel(doc[k]!.text)) : leansAt(doc, quoted, leaning, k, mask)) ? k - 1 : k;
    return rules === true ? Math.min(before, introducedAt(doc, k) ?? k) : before;
  };
  // A list's sentence is shown after its announcement only when it needs nothing the passage does not show.
  const needsBefore = (k: number, from: number) => rules === true && (introducedAt(doc, k) ?? k) < from;
  let first = sentence.position;
  let reach = needs(first);
  while (first > 0 && first > reach && sentence.position - first + 1 < MAX_PARTS) reach = Math.min(reach, needs(--first));
  const announces = (leaningAt(doc, leaning, sentence.position) & ANNOUNCES_LIST) !== 0;
  let last = sentence.position;
  let words = 0;
  for (let k = first; k <= last; k++) words += doc[k]!.words.length;
  // Rule LB (docs/quality.md, "Session 57"): a list announced inside a paragraph is given in it; one that ends its paragraph, after it.
  const endsParagraph = doc[sentence.position + 1]?.paragraph !== sentence.paragraph;
  const inList = (k: number) => endsParagraph || doc[k]!.paragraph === sentence.paragraph;
  while (announces && last < doc.length - 1 && last - sentence.position < LIST_PARTS && (last === sentence.position || words + doc[last + 1]!.words.length <= MAX_LIST_WORDS) && inList(last + 1) && !needsBefore(last + 1, first)) {
    last++;
    words += doc[last]!.words.length;
  }
  while (quoted[last]!.endsInside && last < doc.length - 1 && last - first + 1 < MAX_PARTS) last++;
  // Rule CD (docs/quality.md, "Session 73"): a claim is shown with the next sentence of its paragraph when that one denies it.
  const denied = last - first + 1 < MAX_PARTS && deniedByNext(doc, quoted, leaning, last);
  if (denied) last++;
  // A quotation's closing sentence ("…," said Furtado) must be understood too.
  for (let k = sentence.position + 1; k <= last; k++) reach = Math.min(reach, needs(k));
  // A quotation over several sentences is read whole: naming no speaker, it leans on the sentence before it in its paragraph as one
  // sentence would. One opening a paragraph may be told whose in the sentence after it ("“We will rebuild.” The governor spoke…").
  const spoken = rules === true && last > first && first > 0 && reach >= first && doc[first - 1]!.paragraph === doc[first]!.paragraph ? passage(doc.slice(first, last + 1)).text : '';
  if (spoken && leaningKind(spoken, undefined) === 'quotation without speaker') {
    if (last - first + 1 < MAX_PARTS) reach = Math.min(reach, needs(--first));
    else reach = first - 1;
  }
  // Rule PO: what a sentence leans on is not a fragment. Neither is a sentence that introduces a name the passage uses, nor the
  // first of a quotation's sentences, read whole ("No help. No police. No firemen," said…).
  const introduces = () => rules === true && doc.slice(first + 1, last + 1).some((s) => introducedAt(doc, s.position) === first);
  // Rule TQ (docs/quality.md, "Session 67"): a transcript's turn is one speaker's words: no unit runs from one turn into the next
  // (a senator's "Could the recall grow?" with the official's "It is possible." would be the senator's).
  const acrossTurns = turns.size > 0 && doc.slice(first + 1, last + 1).some((s) => s.paragraph !== doc[s.position - 1]!.paragraph && (turns.has(s) || turns.has(doc[s.position - 1]!)));
  const shown = !(reach < first || acrossTurns || (announces && last === sentence.position) || quoted[last]!.endsInside);
  // Tagged only for a unit that would otherwise be shown: the fragment test reads the sentence's parts of speech.
  const opensOnFragment = shown && first < sentence.position && !quoted[first]!.endsInside && !introduces() && opensNoPassageAt(doc[first]!);
  let unit = !shown || opensOnFragment ? null : passage(doc.slice(first, last + 1));
  // Rule CD: the claim and its denial are one point, whichever of the two brought it in.
  if (unit && denied) {
    const denial = unitOf(doc[last]!, sentencesOf, rules);
    const span = partsOf(unit);
    if (denial && partsOf(denial).length === span.length && partsOf(denial).every((p, i) => p === span[i])) unit = denial;
  }
  // Rule QA (docs/quality.md, "Session 57"): a question the text asks is shown with the answer after it, which leans on it, or not at all.
  if (unit && last === sentence.position && asks(sentence.text)) {
    const next = doc[sentence.position + 1];
    const answer = next && unitOf(next, sentencesOf, rules);
    unit = answer && partsOf(answer)[0] === doc[first] ? answer : null;
  }
  units.set(sentence, unit);
  return unit;
}

/**
 * Whether a sentence opens no passage (`opensNoPassage`), kept with it: the sentence several leaning ones reach back to is
 * asked under each rule set, and each asking tags its text.
 */
const opensNoPassageOf = new WeakMap<Sentence, boolean>();
function opensNoPassageAt(sentence: Sentence): boolean {
  let known = opensNoPassageOf.get(sentence);
  if (known === undefined) opensNoPassageOf.set(sentence, (known = opensNoPassage(sentence.text)));
  return known;
}

/** A sentence the writer asks, ending on a question mark: not a question someone is quoted asking, which is their speech. */
const asks = (text: string) => /\?\)?$/.test(text.trim()) && !/["“”]/.test(text);

/**
 * How the timeline, who said what, key figures and where sources differ show a sentence (issue 16tl): as the summary
 * would, its unit, or not at all (null), but a name or description an earlier sentence introduced is not fetched for
 * it: the item's speaker, date or value says whom and what it is about, and that rule would leave these sections nearly
 * empty (docs/quality.md, "Fourteenth round (issue 16tl)"). With passages off, a quotation is still shown whole.
 */
export function sectionUnitOf(sentence: Sentence, sentencesOf: SentencesOf, rules: PassageRules, met?: (shortForm: string) => boolean): Sentence | null {
  if (rules === false) {
    const span = quotationOf(sentence, sentencesOf);
    return span && passage(span);
  }
  const unit = unitOf(sentence, sentencesOf, rules === true ? 'without-introductions' : rules);
  // A subheading glued to a sentence by its source is no item's text: the section takes its next item (rule H1, 16alone2).
  if (unit && partsOf(unit).some((p) => opensOnHeading(p.text))) return null;
  // Key figures and the timeline (`met` given) show a name or description the reader has not met with its introduction, as
  // the summary does, or not at all (docs/quality.md, "Eighteenth round (issue 16lean4)").
  return unit && met && rules === true && needsIntroduction(unit, sentencesOf, met) ? unitOf(sentence, sentencesOf, true) : unit;
}

/**
 * Whether a unit uses a short form or opens a sentence on a description that only a sentence of its document before it
 * introduces (`needsOf`), and the reader has not `met` that short form; a description is never met elsewhere.
 */
function needsIntroduction(unit: Sentence, sentencesOf: SentencesOf, met: (shortForm: string) => boolean): boolean {
  const [first, ...rest] = partsOf(unit);
  const doc = sentencesOf(first!.docId);
  if (doc[first!.position] !== first) return false;
  const needs = needsOf(doc);
  return [first!, ...rest].some((p) => {
    const { name, description, shortForms } = needs[p.position]!;
    return (description !== undefined && description < first!.position) || (name !== undefined && name < first!.position && !(shortForms ?? []).every(met));
  });
}

/**
 * A sentence's unit under rule E36 (docs/quality.md, "Session 36"): its unit, or, when it has none only because a name's
 * introduction lies out of a passage's reach, its unit read without fetching introductions (every sentence it leans on still
 * shown with it), provided the reader `has` every short name that unit uses and only an earlier sentence of its document
 * introduces (`has` is asked with that unit: whether a name is glossed depends on what the unit prints). A description
 * introduced earlier is never had: null then, as when the chain it leans on is too long.
 */
export function unitWithNamesHad(sentence: Sentence, sentencesOf: SentencesOf, has: (shortForm: string, unit: Sentence) => boolean): Sentence | null {
  const own = unitOf(sentence, sentencesOf);
  if (own) return own;
  const unit = unitOf(sentence, sentencesOf, 'without-introductions');
  return unit && !needsIntroduction(unit, sentencesOf, (shortForm) => has(shortForm, unit)) ? unit : null;
}

/**
 * Rule CD: a verb that denies, rejects or disputes what was said before, with an object that points back to it ("denied this",
 * "rejected that account", "disputes the claim"), or none ("Hun Sen, however, rejected that.").
 */
const DENIES_BEFORE =
  /\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|disput(?:e|es|ed)|contest(?:s|ed)?|refut(?:e|es|ed)|dismiss(?:es|ed)?)\s+(?:(?:this|it|these|those)\b(?!\s+(?:that|who|which)\b)|that(?=\s*[.,;!?]|\s+(?:account|claim|report|allegation|charge|accusation|suggestion|assertion|version)s?\b)|the\s+(?:account|claim|report|allegation|charge|accusation|suggestion|assertion|version)s?\b)/i;

/** Rule CD: whether the sentence after `k`, in its paragraph, leans on it and denies it. */
function deniedByNext(doc: readonly Sentence[], quoted: readonly QuoteEnds[], leaning: Uint8Array, k: number): boolean {
  const next = doc[k + 1];
  return next !== undefined && next.paragraph === doc[k]!.paragraph && (leaningAt(doc, leaning, k + 1) & LEANS) !== 0 && !quoted[k + 1]!.opensInside && DENIES_BEFORE.test(next.text);
}

/** Within a quotation that runs over several sentences, a sentence is read with those that open and close it. */
function leansAt(doc: readonly Sentence[], quoted: readonly QuoteEnds[], leaning: Uint8Array, k: number, mask: number): boolean {
  return quoted[k]!.opensInside || (leaningAt(doc, leaning, k) & mask) !== 0;
}

/**
 * What a selection weighs: each sentence's unit, once, scored by the best of the sentences that
 * brought it in; and each sentence shown only within a passage, which still counts as a mention
 * of what the set says (`shownWithin` tells them apart).
 */
export function unitsOf(
  sentences: readonly Sentence[],
  scores: ArrayLike<number>,
  sentencesOf: SentencesOf,
  rules: Leaning = true,
  unitFor: (sentence: Sentence) => Sentence | null = (s) => unitOf(s, sentencesOf, rules),
): { units: Sentence[]; scores: Float64Array } {
  const at = new Map<Sentence, number>();
  const out: Sentence[] = [];
  const best: number[] = [];
  const add = (unit: Sentence, score: number) => {
    const k = at.get(unit);
    if (k === undefined) {
      at.set(unit, out.length);
      out.push(unit);
      best.push(score);
    } else best[k] = Math.max(best[k]!, score);
  };
  sentences.forEach((s, i) => {
    const unit = unitFor(s);
    if (unit !== s) add(s, scores[i]!);
    if (unit) add(unit, scores[i]!);
  });
  return { units: out, scores: Float64Array.from(best) };
}

/** A sentence that `unitsOf` gave as a mention only: it is shown within a passage or not at all. */
export function shownWithin(sentence: Sentence, rules: Leaning = true): boolean {
  const units = unitsBy[`${rules}`];
  return !parts.has(sentence) && units.has(sentence) && units.get(sentence) !== sentence;
}

/**
 * The sentences of the quotation a sentence belongs to, from the one that opens it to the one that
 * closes it: the sentence alone when it holds its quotations whole, null when the quotation runs
 * over more than a short passage. A quote shown from its middle ("…in them," he said) reads as a fragment.
 */
export function quotationOf(sentence: Sentence, sentencesOf: SentencesOf): readonly Sentence[] | null {
  const doc = sentencesOf(sentence.docId);
  if (doc[sentence.position] !== sentence) return [sentence];
  const quoted = quotationsOf(doc);
  let first = sentence.position;
  let last = sentence.position;
  while (quoted[first]!.opensInside && first > 0 && last - first + 1 < MAX_PARTS) first--;
  while (quoted[last]!.endsInside && last < doc.length - 1 && last - first + 1 < MAX_PARTS) last++;
  return quoted[first]!.opensInside || quoted[last]!.endsInside ? null : doc.slice(first, last + 1);
}

/**
 * Reads where a document's quotations open and close, and how each of its sentences leans, ahead of any answer, as
 * `unitOf` does when it first meets them (the tests are regular expressions over the text, a first answer's most costly
 * part of finding its units); and notes the unit of each sentence shown alone, itself: most of them, at the cost of an
 * entry each. A passage, which would hold its own text, is left for the answer that needs it.
 */
export function preparePassages(doc: readonly Sentence[]): void {
  const quoted = quotationsOf(doc);
  const leaning = leaningOf(doc);
  const units = unitsBy.true;
  for (let k = 0; k < doc.length; k++) {
    // Amendment QA′: a question the writer asks is shown with its answer or not at all (rule QA), never alone.
    const alone = !quoted[k]!.opensInside && !quoted[k]!.endsInside && !(leaningAt(doc, leaning, k) & (LEANS | ANNOUNCES_LIST)) && introducedAt(doc, k) === undefined && !asks(doc[k]!.text) && !deniedByNext(doc, quoted, leaning, k);
    // As `unitOf` would find: it leans on nothing, gathers no list and ends no quotation, so its passage is itself.
    if (alone && !units.has(doc[k]!)) units.set(doc[k]!, doc[k]!);
  }
}

/** Chosen units, in their order, without one whose sentences a longer chosen unit already shows. */
export function withoutOverlaps(chosen: readonly Sentence[]): Sentence[] {
  const taken = new Set<Sentence>();
  const kept = new Set<Sentence>();
  for (const unit of [...chosen].sort((a, b) => partsOf(b).length - partsOf(a).length)) {
    if (partsOf(unit).some((p) => taken.has(p))) continue;
    partsOf(unit).forEach((p) => taken.add(p));
    kept.add(unit);
  }
  return chosen.filter((u) => kept.has(u));
}

/**
 * A unit as a cited point. A sentence cites every document that states it; a passage states more
 * than any copy of its first sentence, so it cites the one place it stands.
 */
export function pointOf(unit: Sentence, citer: Citer, near: NearDuplicates): Point {
  const [head, ...rest] = partsOf(unit);
  return rest.length ? { ...citer.point(head!, () => []), text: unit.text, parts: partsOf(unit).map((p) => p.text) } : citer.point(head!, near);
}

/** Consecutive sentences of one document shown as one point (one sentence is itself). */
export function passage(span: readonly Sentence[]): Sentence {
  if (span.length === 1) return span[0]!;
  // The first sentence's figures and chrono reading are of its own text, not the passage's; its speech is copied, so it is
  // made first if its document's readings were deferred.
  speechAt(span[0]!);
  const { figures: _first, chronoReading: _read, ...head } = span[0]!;
  // Loops, not flatMap: a broad query at 10,000 articles makes hundreds of passages it never met.
  const words: string[] = [];
  const stems: string[] = [];
  const phrases = new Set<string>();
  let figures: Sentence['figures'] = [];
  for (const s of span) {
    for (const w of s.words) words.push(w);
    for (const t of s.stems) stems.push(t);
    for (const p of s.phrases) phrases.add(p);
    if (figures && s.figures) for (const f of s.figures) figures.push(f);
    else figures = undefined;
  }
  const unit: Sentence = {
    ...head,
    text: span.map((s) => s.text).join(' '),
    words,
    stems,
    phrases: [...phrases],
    // A passage states the figures of all its sentences, not its first one's alone.
    ...(figures ? { figures } : {}),
  };
  parts.set(unit, span);
  return unit;
}

/**
 * What summary selection is told of the units `unitsOf` gives it under the same rules. With `sentencesOf`, a sentence
 * shown within a passage only for a name it uses (issue 16u) is held back until the summary, before it, writes the name
 * in full, instead of never being a point of its own (issue 15s); so is one shown so for a description that takes up
 * its story's main thing, until the summary shows a lead naming it (issue 15sel). A name the reader `knows` needs no
 * introduction.
 */
export function passageRoles(rules: Leaning = true, sentencesOf?: SentencesOf, knows?: (shortForm: string) => boolean) {
  if (rules !== true || !sentencesOf) return { choiceOnly: isPassage, mentionOnly: (s: Sentence) => shownWithin(s, rules) };
  const needs = (s: Sentence) => {
    const names = shownWithin(s, rules) ? namesItNeeds(s, sentencesOf) : null;
    return names && knows ? names.filter((name) => !knows(name)) : names;
  };
  return { choiceOnly: isPassage, mentionOnly: (s: Sentence) => shownWithin(s, rules) && needs(s) === null, introducedBy: { needs, introduces } };
}

/**
 * What a sentence needs introduced when names, and a description of its story's main thing, are all it leans on: the
 * short forms of the names it uses (issue 15s), and the head of a description that leans on the sentence before only by
 * that word while its document's lead holds it too (`storyDescription`, issue 15sel), written as `the <head>`. It opens
 * on no pronoun or connective, on no description only its body introduced (16u), runs over no quotation and announces
 * no list. Null when it leans otherwise, or on nothing.
 */
export function namesItNeeds(sentence: Sentence, sentencesOf: SentencesOf): readonly string[] | null {
  const doc = sentencesOf(sentence.docId);
  const k = sentence.position;
  if (doc[k] !== sentence) return null;
  const quoted = quotationsOf(doc)[k]!;
  const leaning = leaningAt(doc, leaningOf(doc), k);
  if (quoted.opensInside || quoted.endsInside || leaning & (LEANS_ON_PREVIOUS | ANNOUNCES_LIST)) return null;
  const head = leaning & LEANS_ON_BEFORE ? storyDescription(doc, k) : null;
  if (leaning & LEANS_ON_BEFORE && head === null) return null;
  const needs = needsOf(doc)[k]!;
  if (needs.description !== undefined) return null;
  const all = [...(needs.shortForms ?? []), ...(head === null ? [] : [`${DESCRIPTION}${head}`])];
  return all.length ? all : null;
}

/** How a description's need is written among short forms: "the" and its head, which no name is (a name is capitalised). */
const DESCRIPTION = 'the ';

/**
 * Whether `unit`, shown before `sentence`, introduces `need`: writes the name in full (in its own document, only in a
 * sentence before it), or for a description ("the fire") opens on a document's lead naming the thing (`leadNames`).
 */
export function introduces(unit: Sentence, need: string, sentence: Sentence): boolean {
  const [opening] = partsOf(unit);
  if (need.startsWith(DESCRIPTION)) return leadNames(opening!, need.slice(DESCRIPTION.length));
  return partsOf(unit).some((p) => (p.docId !== sentence.docId || p.position < sentence.position) && fullFormsOf(p).has(need));
}

/**
 * Shown units in their order, without one that `by` holds back for a name no unit before it writes in full: after a
 * caller drops points to fit its words, or the selection is read again, a point never names a person it has not introduced.
 */
export function introducedInOrder(shown: readonly Sentence[], by: { needs: (s: Sentence) => readonly string[] | null; introduces: typeof introduces }): Sentence[] {
  const kept: Sentence[] = [];
  for (const unit of shown) {
    const names = by.needs(unit);
    if (!names || names.every((name) => kept.some((before) => by.introduces(before, name, unit)))) kept.push(unit);
  }
  return kept;
}

const fullForms = new WeakMap<Sentence, ReadonlySet<string>>();

function fullFormsOf(sentence: Sentence): ReadonlySet<string> {
  let known = fullForms.get(sentence);
  if (!known) fullForms.set(sentence, (known = namesIn(sentence.text).full));
  return known;
}
