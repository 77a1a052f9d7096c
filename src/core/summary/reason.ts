import { relatedStems } from '../index/related-words.js';
import type { TermIndex } from '../index/term-index.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { focusFamily, participantFamilies, RELATED_IN_CONTEXT } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { saysOnlyNoComment } from './no-comment.js';
import { type PassageRules, partsOf, passage, type SentencesOf, shownWithin, unitOf } from './passages.js';
import { reportsNotYetKnown } from './provisional.js';
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
  /\b(?:because|due\s+to(?!\s+be\b)|owing\s+to|as\s+a\s+result|amid|amidst|citing|cited|citations?|in\s+protest|to\s+protest|for\s+fear|fearing|so\s+that|so\s+as\s+to|in\s+order\s+to|aimed\s+at|intended\s+to|designed\s+to|meant\s+to|in\s+response|in\s+retaliation|retaliated|retaliatory|the\s+reasons?|reasons?\s+for|motives?|causes?|caused|causing|led\s+to|leading\s+to|resulted|triggered|prompted|sparked|blamed|stems?\s+from|stemmed\s+from|factors?|suspected\s+(?:causes?|reasons?)|suspicions?|investigators\s+(?:believe|suspect|said)|on\s+(?:the\s+)?grounds|on\s+charges?\s+of|accused\s+of|charged\s+with|prevent(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|forbids?|forbidding|forbidden|forbade|barred\s+(?:\w+\s+){0,3}?from|(?:objective|aim|goal|purpose)\s+(?:of\s+[^.;]{0,60}?)?(?:was|is|were)\s+to)\b/i;
/**
 * Rule CA (docs/quality.md, "Session 47"): "the talks come as oil prices have sunk …", the circumstance a report gives an event, as
 * "amid" does; not "came as a surprise", "comes as no shock", "came as close as", "comes as part of".
 */
const COMES_AS = /\b(?:come|comes|came|coming)\s+as\s+(?!(?:a|an|no|little|much|something|quite|welcome|close|expected|part|well)\b)(\w+)\b(?!\s+as\b)/i;
/** ", since" that opens a reason, not a time: after a comma, not before a number, a calendar word or "then". */
const SINCE = /,\s+since\s+(?![\d'’]|then\b|(?:early|late|mid|last)\b)(\w+)/gi;
/**
 * The word a marker is known by, for reading where in a sentence a cause stands (answer-first.ts): the
 * distinctive word of each marker of CAUSE, and "since" and "as" are left out as mostly temporal or comparative.
 */
export const CAUSE_WORD =
  /^(?:because|due|owing|result|resulted|amid|amidst|citing|cited|citation|citations|protest|fear|fearing|order|aimed|intended|designed|response|retaliation|retaliated|retaliatory|reason|reasons|motive|motives|cause|causes|caused|causing|triggered|prompted|sparked|blamed|stems|stemmed|factor|factors|suspicion|grounds|accused|charged|objective|purpose|prevent|prevents|prevented|preventing|prohibit|prohibits|prohibited|prohibiting|forbid|forbids|forbidding|forbidden|forbade|barred)$/i;
/** ", as" that opens a clause (", as the station had closed"), not a report ("as he said") or a comparison. */
const AS_CLAUSE = /,\s+as\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|they|we|i|you)\b(?![^,.;]{0,30}\b(?:said|says|reported|told|expected|usual|well|part|of)\b)/i;
/** Words after the event's word within which a "for", "over" or "after" gives its cause. */
const TIED_WITHIN = 6;
/** Words that make a "for", "over" or "after" phrase a span of time or an amount, not a cause. */
const TIME_OR_AMOUNT =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|several|few|many|more|less|about|nearly|almost|years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century|times?|while|now|ever|long|past|last|next|first|weekend|night|morning|evening|afternoon|today|yesterday|tomorrow|then)$/i;
/** Object pronouns: "won for him" names who gained, not why. */
const OBJECT_PRONOUN = /^(?:him|her|them|us|me|it|you|himself|herself|themselves|itself)$/i;
/** Sentences a passage holds at most, as in passages.ts. */
const MAX_PARTS = 3;
/** Units read for a neighbour's cause: the most relevant, as many as an answer's lead is chosen from. */
const CAUSE_POOL = 150;

/**
 * Verbs of reward and punishment, a closed class: what follows their "for" is what was judged ("awarded …
 * for work that…", "jailed for organising…"), as a reason; "won the prize for literature" names a prize.
 */
const JUDGED =
  /^(?:award|awards|awarded|honou?red|praised|praises|cited|credited|thanked|rewarded|arrested|detained|jailed|imprisoned|convicted|sentenced|fined|punished|blamed|criticized|criticised|condemned|prosecuted|expelled|fired|dismissed|sacked|sued|executed)$/i;

/**
 * Whether a sentence gives a cause: a marker anywhere in it (prevention among them: "the constitution prevents it
 * from …" says why it is not done), ", since" or ", as" opening a clause, or a
 * phrase tied to what it follows: "for" + a phrase that is no span of time, amount or name within a few
 * words after a verb of reward or punishment; and, when the asked event is given, "for" or "after" + -ing
 * after any of its words ("crashed after entering"), "over" + such a phrase after its verb ("detained
 * over his group") and "when" + a clause after its verb ("threatened to close it when workers refused").
 */
export function givesCause(text: string, event?: AskedEvent): boolean {
  if (causeMarked(text, event) || AS_CLAUSE.test(text) || COMES_AS.test(text)) return true;
  for (const m of text.matchAll(SINCE)) if (!CALENDAR_NAMES.has(m[1]!.toLowerCase())) return true;
  return tiedCause(writtenWords(text), event);
}

/** CAUSE, each of its markers in a text. */
const CAUSE_EACH = new RegExp(CAUSE.source, 'gi');
/** Markers of CAUSE that take a noun phrase, as their distinctive word: what follows is a cause, and may be the asked event itself. */
const CAUSE_PHRASE = /^(?:because|due|owing|result|amid|amidst)$/i;
/** Words of a cause marker's phrase read for the asked event, at most ("because of Anwar Ibrahim's arrest"). */
const CAUSE_PHRASE_SPAN = 5;
const STRETCH_BREAK = /[.,;:!?—–()]/;

/**
 * Rule EC (docs/quality.md, "Session 58"): whether the cause marker whose distinctive word stands at `at` names the asked event
 * as its cause ("considering not going … because of Anwar Ibrahim's arrest"): a word of the event within its phrase, before
 * a break. Such a marker tells what the event caused, not why it happened.
 */
export function namesEventAsCause(words: readonly { text: string; stem: string; breaks: boolean }[], at: number, event: ReadonlySet<string>): boolean {
  if (!event.size || !CAUSE_PHRASE.test(words[at]?.text ?? '') || words[at]!.breaks) return false;
  for (let j = at + 1; j <= at + CAUSE_PHRASE_SPAN && words[j]; j++) {
    if (event.has(words[j]!.stem)) return true;
    if (words[j]!.breaks) return false;
  }
  return false;
}

/** Whether a marker of CAUSE gives a cause in the text: one that does not name the asked event as its cause (rule EC). */
function causeMarked(text: string, event: AskedEvent | undefined): boolean {
  if (!CAUSE.test(text)) return false;
  if (!event?.verb.size) return true;
  for (const m of text.matchAll(CAUSE_EACH)) {
    const head = m[0].match(/^(?:as\s+a\s+)?(\w+)/i)![1]!.toLowerCase();
    if (!CAUSE_PHRASE.test(head)) return true;
    const words = writtenWords(text.slice(m.index));
    const read = words.map((w) => ({ text: w.bare, stem: stem(w.bare), breaks: STRETCH_BREAK.test(w.after) }));
    const at = read.findIndex((w) => w.text === head);
    if (at < 0 || !namesEventAsCause(read, at, event.verb)) return true;
  }
  return false;
}

function tiedCause(words: readonly WrittenWord[], event: AskedEvent | undefined): boolean {
  let eventAt = -Infinity;
  let verbAt = -Infinity;
  let judgedAt = -Infinity;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const s = stem(w.bare);
    if (JUDGED.test(w.bare)) judgedAt = i;
    if (event?.verb.size && CAUSATIVE.test(w.bare) && causesVerb(words, i, event.verb)) return true;
    if (event?.verb.has(s)) verbAt = eventAt = i;
    else if (event?.all.has(s)) eventAt = i;
    // "threatened to close the airport when workers refused …": the trigger of the asked event; "when asked" only times it.
    if (w.bare === 'when' && i - verbAt <= TIED_WITHIN && words[i + 1] && !/(?:ed|ing)$/.test(words[i + 1]!.bare)) return true;
    // Rule TG (docs/quality.md, "Session 77"): "the run began on Thursday, after the Herald reported …": what set the event off.
    // Amendment TG′: the clause sets off the verb it follows, so the asked event's verb when the question names one; TG″: set off
    // by a comma, after the clause it tells of is whole.
    if (w.bare === 'after' && words[i - 1]?.after.includes(',') && i - (event?.verb.size ? verbAt : eventAt) <= TIED_WITHIN && opensPastClause(words, i, (x) => STRETCH_BREAK.test(x.after))) return true;
    if (!/^(?:for|over|after)$/.test(w.bare)) continue;
    const next = words.slice(i + 1, i + 4);
    const first = next[0];
    if (!first || isCapitalised(first) || OBJECT_PRONOUN.test(first.bare) || CALENDAR_NAMES.has(first.bare)) continue;
    const phrase = !next.some((n) => TIME_OR_AMOUNT.test(n.bare) || CALENDAR_NAMES.has(n.bare));
    if (w.bare !== 'over' && /ing$/.test(first.bare) && i - eventAt <= TIED_WITHIN) return true;
    if (w.bare === 'for' && phrase && i - judgedAt <= TIED_WITHIN) return true;
    if (w.bare === 'over' && phrase && i - verbAt <= TIED_WITHIN) return true;
  }
  return false;
}

/**
 * Rule TG: whether the word at `i`, set off by a break before it (TG″), opens a clause told in the past: one to four words of a
 * subject, then a verb in the past, before any break ("…, after the Mirovast Herald reported", "…, after police shot"; not "after
 * the meeting", "after two weeks", nor "a day after it froze", which times the clause without a break).
 */
export function opensPastClause<W extends { text: string }>(words: readonly W[], i: number, breaks: (w: W) => boolean): boolean {
  const before = words[i - 1];
  if (!before || !breaks(before) || breaks(words[i]!)) return false;
  for (let j = i + 1; j <= i + SUBJECT_WORDS + 1 && words[j]; j++) {
    const w = words[j]!;
    const lower = w.text.toLowerCase();
    if (j > i + 1 && /^\p{Ll}/u.test(w.text) && !TIME_OR_AMOUNT.test(lower) && (PAST_VERB.test(lower) || IRREGULAR_PAST.has(lower))) return true;
    if (breaks(w)) return false;
  }
  return false;
}
/** Words of a clause's subject read before its verb, at most. */
const SUBJECT_WORDS = 4;
const PAST_VERB = /^\p{Ll}{3,}ed$/u;
/** English irregular past forms, and the past of "be" and "have". */
const IRREGULAR_PAST = new Set(
  'was were had said told made took gave found began broke came went fell left lost won shot hit ran rose sank struck stole sold paid put set cut drove flew froze became brought bought caught fought thought sent spent kept held led met saw wrote spoke threw tore woke knew grew blew let quit spread burst fled hid built dealt felt heard laid lent meant sought stood swore taught withdrew'.split(
    ' ',
  ),
);

/** Causative verbs (rule CV′, docs/quality.md "Session 46"): what they cause is the verb after their object and "to". */
const CAUSATIVE = /^(?:force|forced|forcing|compels?|compelled|compelling|obliges?|obliged|obliging)$/i;
/** Words between a causative verb and the "to" of what it causes, at most: "forced the space agency to". */
const CAUSED_WITHIN = 4;

/**
 * Whether the causative verb at `i` is followed, in its clause, by its object, "to" and a verb of the asked event ("forced NASA
 * to halt"). Without an object between them ("was forced to halt") the verb is passive and its cause is told elsewhere.
 */
function causesVerb(words: readonly WrittenWord[], i: number, verb: ReadonlySet<string>): boolean {
  const caused = causedStem(words, i);
  return caused !== undefined && verb.has(caused);
}

/** The stem of the verb the causative at `i` causes, when its clause writes one after an object and "to". */
function causedStem(words: readonly WrittenWord[], i: number): string | undefined {
  for (let j = i + 1; j <= i + CAUSED_WITHIN + 1 && j + 1 < words.length; j++) {
    if (CLAUSE_END.test(words[j - 1]!.after)) return undefined;
    if (words[j]!.bare === 'to') return j > i + 1 ? stem(words[j + 1]!.bare) : undefined;
  }
  return undefined;
}

/**
 * Rule CV″ (docs/quality.md, "Session 47"): a sentence where a causative causes a verb of the focus's loose family ("forced NASA
 * to halt" for "stopped") and that holds one of the asked event's participants ("launching", "Endeavour"), the anchoring the
 * loose family needs wherever it stands in for the focus.
 */
function causesLoosely(sentence: Sentence, event: AskedEvent): boolean {
  if (!event.loose.size || !sentence.stems.some((s) => event.participants.has(s))) return false;
  const words = writtenWords(sentence.text);
  return words.some((w, i) => CAUSATIVE.test(w.bare) && event.loose.has(causedStem(words, i) ?? ''));
}
const CLAUSE_END = /[.;:!?—–]/;

/** The asked event's stems: its verb's family, all its words (the verb's family and the question's participants), and the names the question gives. */
export interface AskedEvent {
  verb: ReadonlySet<string>;
  all: ReadonlySet<string>;
  names: ReadonlySet<string>;
  /** The focus's loose family beyond `verb`: words that stand in for it where a participant anchors them. */
  loose: ReadonlySet<string>;
  /** The question's participants' stems: `all` beyond the verb's family. */
  participants: ReadonlySet<string>;
}

/** The asked event: the focus verb's family and the question's participants ("crash", "prize"), or its asked words when it has neither. */
export function eventOf(index: TermIndex, question: Question): AskedEvent {
  const family = question.focus ? focusFamily(index, question.focus) : undefined;
  const verb = new Set<string>(family?.near ?? []);
  const all = new Set(verb);
  const participants = new Set<string>();
  for (const f of participantFamilies(index, question, true)) for (const s of f) all.add(s);
  for (const s of all) if (!verb.has(s)) participants.add(s);
  const loose = new Set([...(family?.loose ?? [])].filter((s) => !verb.has(s)));
  // Amendment CV‴: word vectors place an inflected form apart from its verb ("stopped" beside "went", "stop" beside "halt").
  const lemma = question.focus?.lemma;
  if (lemma && lemma !== question.focus?.word) for (const r of relatedStems(lemma, (s) => index.stemSentences.has(s))) if (r.similarity >= RELATED_IN_CONTEXT && !verb.has(r.stem)) loose.add(r.stem);
  return { verb, all: all.size ? all : new Set(question.asked), names: new Set(question.names), loose, participants };
}

/**
 * Whether a unit (a sentence or a passage of adjacent ones) holds the asked event, of a name the question
 * gives when it gives any (a currency's fall is not the Dow's), and a cause. The event is its verb when the
 * question has one: a cause told beside the asked thing alone is another event's (docs/quality.md, session 41, rule R).
 */
export function tiesCause(unit: Sentence, event: AskedEvent): boolean {
  const parts = partsOf(unit);
  const holds = (words: ReadonlySet<string>) => parts.some((p) => p.stems.some((s) => words.has(s)));
  if (event.names.size && !holds(event.names)) return false;
  // Rule WQ′ (docs/quality.md, "Session 72"): with no verb of the event to bind them ("what caused the fire"), the cause is told
  // in the event's sentence or after it, as a sentence that takes it up ("Officials claim this came as a result of …").
  if (!event.verb.size) {
    const first = parts.findIndex((p) => p.stems.some((s) => event.all.has(s)));
    return (first >= 0 && parts.slice(first).some((p) => givesCause(p.text, event))) || parts.some((p) => causesLoosely(p, event));
  }
  return (holds(event.verb) && parts.some((p) => givesCause(p.text, event))) || parts.some((p) => causesLoosely(p, event));
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
  const event = eventOf(index, question);
  const score = new Map(choices.units.map((u, i) => [u, choices.scores[i]!]));
  // Nor one that reports the cause not yet known before the first document among the units that ties the event to a cause
  // (rule PN's "a later report knows", read as the cause a unit of the set gives): from then on, such a report is news again.
  const published = (docId: string) => index.documents.get(docId)?.meta.published ?? '';
  let knownFrom: string | undefined;
  const stale = (s: Sentence) => {
    if (!reportsNotYetKnown(s)) return false;
    knownFrom ??= choices.units.reduce((first, u) => (published(u.docId) && (!first || published(u.docId) < first) && tiesCause(u, event) && !reportsNotYetKnown(u) ? published(u.docId) : first), '');
    return !!knownFrom && published(s.docId) < knownFrom;
  };
  const added: Sentence[] = [];
  const addedScores: number[] = [];
  for (const unit of topK(choices.units, choices.scores, CAUSE_POOL)) {
    // A sentence shown only within its passage is no unit of its own: its passage is offered instead.
    if (shownWithin(unit, rules) || givesCause(unit.text, event) || !unit.stems.some((s) => event.all.has(s))) continue;
    const parts = partsOf(unit);
    const doc = sentencesOf(unit.docId);
    const first = parts[0]!;
    const last = parts.at(-1)!;
    for (const [neighbour, span] of [
      [doc[last.position + 1], (n: Sentence) => [...parts, n]],
      [doc[first.position - 1], (n: Sentence) => [n, ...parts]],
    ] as const) {
      if (!neighbour || neighbour.paragraph !== (neighbour.position > last.position ? last : first).paragraph || parts.length >= MAX_PARTS) continue;
      // Amendment WQ′: "The fire chief declined to speculate on the cause." names a cause only to withhold it (rule NC).
      if (!givesCause(neighbour.text, event) || saysOnlyNoComment(neighbour) || stale(neighbour) || unitOf(neighbour, sentencesOf, rules) !== neighbour) continue;
      added.push(passage(span(neighbour)));
      addedScores.push(score.get(unit)!);
    }
  }
  return { units: [...choices.units, ...added], scores: Float64Array.from([...Array.from(choices.scores), ...addedScores]) };
}
