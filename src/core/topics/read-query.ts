import { isReportingStem } from '../facts/quotes.js';
import { isCertain, readChrono } from '../ingest/chrono-reading.js';
import { stem, WRITTEN_WORD } from '../nlp.js';
import { type AskedModifier, askedModifierOf } from './asked-modifier.js';
import { type Focus, focusOf, mainVerbOf, nounsOf, requestStems } from './question-focus.js';
import { stemsOf } from './relevance.js';

/**
 * A query read as a reader means it. "What did Putin demand?" asks about Putin and demands: the
 * question's frame (question word, auxiliary, "happen", "tell me about") names no subject, so it
 * is dropped before words are matched. English function words, not words of any story.
 */
const QUESTION_WORD = /^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/i;
/** Rule WQ (docs/quality.md, "Session 72"): "what caused the fire", "what led to the collapse": a why-question by its verb of causing. */
const CAUSE_ASKED = /^what\s+(?:caused|causes|cause|led\s+to|leads\s+to|triggered|triggers|sparked|sparks|prompted|prompts)\b/i;
/**
 * The words after "how" that ask for a figure: a count, an amount, and the adjectives that measure along a scale (rule HA,
 * docs/quality.md "Session 74"); not those of a judgement ("how serious"). They name the kind of figure, not what it is of (rule AJ).
 */
const HOW_MEASURE = 'many|much|far|long|strong|big|large|old|high|deep|fast|often|severe|bad|full|empty|hot|cold|warm|low|small|tall|wide|heavy|expensive|costly|cheap|short|thick|widespread';

/**
 * Rule SH (docs/quality.md, "Session 77"): "what share of deposits …", "what percentage of voters …": an amount asked for, whose
 * noun names its kind (a share), as "what time" does; no answer writes "share".
 */
export const ASKS_SHARE = /^(?:what|which)\s+(?:share|proportion|percentage|percent|fraction|portion)\s+of\b/i;

/**
 * Rule AH (docs/quality.md, "Session 77"): "what happens next with the rescue", "what's next for the inquiry": what is still
 * ahead for the subject after it.
 */
const ASKS_AHEAD = /^what(?:['’]s|\s+is)?\s+(?:happens\s+(?:next|now)|will\s+happen|comes\s+next|next|now)\b/i;

/** Rule YK (docs/quality.md, "Session 76"): "do we know (yet)", "is it known": whether the answer is known, which asks nothing of its own. */
const KNOWN = String.raw`(?:(?:do|does)\s+(?:we|you|they|anyone|anybody)\s+know|is\s+(?:it|anything)\s+known)(?:\s+(?:yet|already))?`;
/** "Do we know who set the fire?": the question starts at its question word. */
const KNOWN_OPENING = new RegExp(`^${KNOWN}\\s+(?=(?:what|who|whom|whose|when|where|which|why|how|if|whether)\\b)`, 'i');

const FRAME = [
  /^(?:please\s+)?(?:tell\s+me|what\s+do\s+we\s+know|what\s+is\s+known)\s+(?:about|of|on)\s+/i,
  /\b(?:what|who)\s+(?:happened|happens|happen|is\s+happening|was\s+happening)\b/gi,
  // "How soon" and "how quickly" ask for a time as "how long" does (docs/quality.md, "Answer first, session 34 (16lead14)", rule S).
  // Rule AJ (docs/quality.md, "Session 75"): "how big", "how strong": the adjective names the figure's kind, which no answer writes.
  new RegExp(`\\bhow\\s+(?:${HOW_MEASURE}|soon|quickly)\\b`, 'gi'),
  // "What time did …" asks for a time, as "how many" asks for a count: the noun names the kind of answer, not the subject.
  /^what\s+(?:time|day|date|year)\b/i,
  ASKS_SHARE,
  ASKS_AHEAD,
  CAUSE_ASKED,
  // Rule NW (docs/quality.md, "Session 74"): "right now", "so far": when the reader asks, not what about.
  /\b(?:right\s+now|so\s+far|to\s+date|at\s+(?:the\s+moment|present)|as\s+of\s+(?:now|today)|these\s+days)\b/gi,
  new RegExp(`\\b${KNOWN}\\b`, 'gi'),
  /^(?:what|who|whom|whose|when|where|why|how|which)(?:\s+(?:is|are|was|were|will|would|did|does|do|can|could|should|has|have|had))?\b/i,
  // Rule CH (docs/quality.md, "Session 75"): "is it true that …", "is it the case that …" ask what "is" alone asks: the rest.
  /^(?:is|was|isn['’]t|wasn['’]t)\s+it\s+(?:really\s+|actually\s+)?(?:true|the\s+case|right|correct|a\s+fact)\b(?:\s+that\b)?/i,
  /^(?:is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/i,
];

/**
 * A preposition before the question word ("in which village …", "until when …", "by how much …"): the question starts at
 * the question word, which says the kind of answer; the preposition only says how the answer stands to the rest.
 */
const OPENING_PREPOSITION = /^(?:in|on|at|by|from|to|with|of|for|until|till|since|before|after|during|under|over|into|through|about|against|among|between|within|toward|towards)\s+(?=(?:what|who|whom|whose|when|where|which|how)\b)/i;
/** Prepositions of time: before "which"/"what" ("until which date") they ask for a time. */
const TIME_PREPOSITION = /^(?:until|till|since|before|after|during)\s/i;

/**
 * The noun after "which" or "what" that names the kind of answer ("in which city did …", "which country won …"): the answer
 * writes the city ("Damascus"), not the word "city", so it is not a word to match (docs/quality.md, "Twenty-fifth round
 * (issue 16pool)"). Only there: "how many countries" counts countries, and the sentence that answers says "30 countries".
 */
const KIND_NOUN = /^((?:which|what)\s+)(?:country|countries|city|cities|town|towns|place|places|region|nation|nations|state|states)\b/i;

/** A query as its question is read: from its question word, when a preposition opens it. */
function fromQuestionWord(text: string): string {
  return text.trim().replace(KNOWN_OPENING, '').replace(OPENING_PREPOSITION, '');
}

export function isQuestion(text: string): boolean {
  const t = fromQuestionWord(text);
  return /\?\s*$/.test(t) || QUESTION_WORD.test(t);
}

/** The words of a query that name what it is about, as stems. */
export function queryStems(text: string): string[] {
  let t = fromQuestionWord(text).replace(/\?+\s*$/, '');
  if (isQuestion(text)) {
    t = t.replace(KIND_NOUN, '$1');
    for (const frame of FRAME) t = t.replace(frame, ' ');
  }
  const stems = stemsOf(t, isQuestion(text));
  // A question that is all frame ("what happened?") still asks about its words.
  return stems.length ? stems : stemsOf(text);
}

/** The query's content words as written, each with its stem: what related words are looked up by. */
export function queryWords(text: string): Array<[word: string, stem: string]> {
  const wanted = new Set(queryStems(text));
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).flatMap((w) => {
    const s = stemsOf(w)[0];
    return s && wanted.has(s) ? [[w, s] as [string, string]] : [];
  });
}

/** A day a question names ("on Monday", "August 18"), resolved, and the stems of its words. */
export interface QueryDate {
  /** YYYY-MM-DD. */
  date: string;
  stems: string[];
}

/** A calendar day or weekday; "now" or "in 24 hours" name no day of the story. */
const DAY_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d{2}-\d{2}|\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
/**
 * What any text DAY_WORD matches holds: a digit (its first two forms) or a weekday's letters (its third). Without word bounds,
 * so a query that fails it has no part DAY_WORD could match, and chrono (loaded on its first reading) is not asked: a
 * restart's first free-text answer otherwise loads it for the query alone (docs/quality.md, "Issue 17, twenty-third round
 * (17adhoc4)", rule 2).
 */
const MAY_NAME_DAY = /\d|(?:sun|mon|tues|wednes|thurs|fri|satur)day/i;

/**
 * The day a query names, read against the set's newest document: a weekday is the one on or
 * before it, as news says "on Monday" of the Monday just past; a day with no year is in its year.
 */
export function queryDate(text: string, newest: string | undefined): QueryDate | undefined {
  if (!newest || !MAY_NAME_DAY.test(text)) return undefined;
  const reference = new Date(`${newest}T12:00:00Z`);
  const found = readChrono(text, reference).find((r) => DAY_WORD.test(r.text));
  if (!found) return undefined;
  let day = new Date(found.start);
  if (isCertain(found, 'weekday') && !isCertain(found, 'day')) {
    day = new Date(reference);
    day.setUTCDate(day.getUTCDate() - ((reference.getUTCDay() - found.weekday! + 7) % 7));
  }
  return { date: day.toISOString().slice(0, 10), stems: stemsOf(found.text) };
}

/** What kind of thing a question asks for: a name, a figure, a day, a place, a cause, what a verb acts on, or what someone said. */
export type AnswerKind = 'person' | 'amount' | 'time' | 'place' | 'reason' | 'object' | 'speech';

/**
 * A question as its answer is looked for: the kind of thing it asks for (none for "what",
 * "how" and yes-or-no questions), the stems of what it asks about, and of the setting it names in
 * a trailing phrase ("who was charged | in the attack on the student"). The asked words weigh
 * more, and the answer stands next to them.
 */
export interface Question {
  kind?: AnswerKind;
  /** The question as typed from its question word (an opening preposition left out), without its question mark: its form says more finely what it asks for (summary/question-form.ts). */
  text: string;
  asked: string[];
  setting: string[];
  /** Every word of the question, lower-cased: a name the question gives is not its answer. */
  words: ReadonlySet<string>;
  /** Stems of the names the question gives ("Graner"): what it is about, weighed above common words. */
  names: string[];
  /** Figures it writes in digits, a year aside ("8.8" of "the 8.8 quake"): they name what it asks about, as a name does (rule NF). */
  figures?: string[];
  /** Stems of the question's content words that stand side by side ("next presid"). */
  pairs: string[];
  /** The stem of the verb whose object "what did … <verb>" asks for. */
  verb?: string;
  /** Who a speech question ("what did the tribunal prosecutor say") asks the words of, as written: its last word is its head. */
  speaker?: { words: string };
  /** The preposition a "what" question ends on ("found guilty of"): its object is the answer, after `verb` and it. */
  particle?: string;
  /** The event the question turns on ("who was arrested"): a sentence that does not state it speaks of something else. */
  focus?: Focus;
  /** Stems of a common word and the common noun it qualifies, side by side ("literatur prize"): the question's kind of that thing. */
  compounds: Array<[modifier: string, head: string]>;
  /** The common words of the asked part besides its focus, as written: what the event happens to or is done by ("sailors", "the airport"). */
  participants: Array<[word: string, stem: string]>;
  /** The order or status word the asked part qualifies its thing by ("the first prize"): which of the set's instances it asks about. */
  modifier?: AskedModifier;
  /** It asks what is still ahead ("what happens next with …"): rule AH. */
  ahead?: boolean;
}

const KINDS: Array<[RegExp, AnswerKind]> = [
  [/^(?:who|whom|whose)\b/i, 'person'],
  [new RegExp(`^how\\s+(?:${HOW_MEASURE})\\b`, 'i'), 'amount'],
  [ASKS_SHARE, 'amount'],
  [/^(?:when|what\s+(?:time|day|date|year))\b/i, 'time'],
  [/^(?:where|(?:which|what)\s+(?:country|countries|city|cities|town|towns|place|places|region|nation|nations|state|states)\b)/i, 'place'],
  [/^why\b/i, 'reason'],
  [CAUSE_ASKED, 'reason'],
];
/**
 * A preposition opens the setting: what follows it says where or in what the asked thing happens. So does a conjunction
 * that opens a clause of time, cause or concession: "how many people died | when the troops fired" asks about the deaths,
 * and the clause says which. Not "as", "once" or "if", which are also a preposition, an adverb, or "whether" (but see rule IF).
 */
const SETTING = /\b(?:in|on|at|by|from|with|of|for|after|before|during|about|over|into|against|near|since|under|between|among|across|through|inside|outside|when|whenever|while|until|unless|because|although|though|whereas)\b/i;
/**
 * Rule IF (docs/quality.md, "Session 74"): "how much is the fine | if I get caught watering": a condition opens the setting of a
 * question that asks for a form (an amount, a person, a time, a place); not after a verb that takes "whether" ("asked if"), and
 * not in "what would happen if …", which asks about the condition itself (amendment IF′).
 */
const CONDITION_SETTING = /(?<!\b(?:ask|asks|asked|asking|wonder|wonders|wondered|know|knows|knew|see|sees|saw|check|checks|checked|decide|decides|decided|tell|tells|told|sure|clear)\s+)\bif\b/i;
const CONDITION_KINDS: ReadonlySet<AnswerKind> = new Set(['amount', 'person', 'time', 'place']);

/** A question that ends on a preposition, and the word before it ("guilty of"). */
const STRANDED = /\b(\p{L}+)\s+(of|for|about|with|to|on|from|by|against)$/iu;

/** Capitals and a plural "s" ("MPs", "NGOs"): a kind of people or things, not a name a set must write (docs/quality.md, "Seventeenth round (lead)"). */
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
/** A figure in digits, with its decimal part, as a question writes it; not digits a word writes ("CO2", "G7", "3rd"). */
const QUESTION_FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;
const YEAR = /^[12]\d{3}$/;

/** How a question is answered, or undefined when the query is not a question. */
export function readQuestion(text: string): Question | undefined {
  if (!isQuestion(text)) return undefined;
  const t = fromQuestionWord(text).replace(/\?+\s*$/, '');
  const kind = KINDS.find(([re]) => re.test(t))?.[1] ?? (TIME_PREPOSITION.test(text.trim()) && /^(?:which|what)\b/i.test(t) ? 'time' : undefined);
  let body = t;
  for (const frame of FRAME) body = body.replace(frame, ' ');
  body = body.replace(/^\s*(?:country|countries|city|cities|town|towns|place|places|region|nation|nations|state|states|time|day|date|year)\b/i, ' ');
  // The asked part runs to the first preposition after a word of its own.
  const condition = kind && CONDITION_KINDS.has(kind) ? body.search(CONDITION_SETTING) : -1;
  const setting = body.search(SETTING);
  const cut = condition >= 0 && (setting < 0 || condition < setting) ? condition : setting;
  const head = cut > 0 && stemsOf(body.slice(0, cut)).length ? body.slice(0, cut) : body;
  // Rule AK: the verb of "asking for" is no word the answer must hold; "what did X ask for" asks for what X said.
  const requested = kind || !speechOf(t) ? requestStems(t) : [];
  const asked = stemsOf(head, true).filter((s) => !requested.includes(s));
  const own = stemsOf(body, true);
  const all = (own.length ? own : queryStems(text)).filter((s) => !requested.includes(s));
  const words = new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  // "What did Putin demand?" asks for what was demanded: the point that gives the verb's object.
  // Only an active question: "what was agreed" asks for the subject of a passive, which stands before its verb.
  const main = !kind && /^what\s+(?:did|does|do|will|would|could|should|can|has|have|had)\b/i.test(t) ? mainVerbOf(t, head) : undefined;
  const verb = main && stem(main.word);
  // "What was Graner found guilty of?" asks for the object of the preposition it ends on, written after the word before it.
  const stranded = !kind && !verb && /^what\b/i.test(t) ? STRANDED.exec(t) : null;
  const raw = body.match(WRITTEN_WORD) ?? [];
  const written = raw.map((w) => stem(w.toLowerCase().replace(/['’]s$/, '')));
  const pairs = written.slice(1).flatMap((w, i) => (all.includes(w) && all.includes(written[i]!) ? [`${written[i]} ${w}`] : []));
  const lower = (i: number) => /^\p{Ll}/u.test(raw[i]!);
  const strandedWord = stranded ? stranded[1]!.toLowerCase() : undefined;
  const focus = focusOf(t, head, strandedWord ? { word: strandedWord, lemma: strandedWord } : main);
  // A common noun the asked part qualifies by a common word ("literature prize"); not the focus verb and its subject ("airport open").
  const compounds = written.slice(1).flatMap((w, i) => {
    const pair = [written[i]!, w] as [string, string];
    const isAsked = asked.includes(pair[0]) && asked.includes(pair[1]);
    return isAsked && lower(i) && lower(i + 1) && !pair.some((s) => focus?.stems.includes(s)) ? [pair] : [];
  });
  const names = [...t.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}'’-]*/gu)]
    .filter((m) => !ACRONYM_PLURAL.test(m[0]))
    .map((m) => stem(m[0].toLowerCase().replace(/['’]s$/, '')))
    .filter((s) => all.includes(s));
  const askedStems = asked.length ? asked : all;
  const figures = [...new Set([...t.matchAll(QUESTION_FIGURE)].map((m) => m[0]).filter((f) => !YEAR.test(f)))];
  const participants = nounsOf(head).flatMap((w) => {
    const s = stemsOf(w)[0];
    return s && /^\p{Ll}/u.test(w) && askedStems.includes(s) && !focus?.stems.includes(s) ? [[w.toLowerCase(), s] as [string, string]] : [];
  });
  // A cause is told beside its event without saying again which instance it was: a why-question's modifier is not read.
  const modifier = kind === 'reason' ? undefined : askedModifierOf(head);
  const reading = {
    text: t,
    asked: askedStems,
    setting: all.filter((s) => !asked.includes(s)),
    words,
    pairs,
    names,
    compounds,
    participants,
    ...(figures.length ? { figures } : {}),
    ...(focus ? { focus } : {}),
    ...(modifier ? { modifier } : {}),
    ...(ASKS_AHEAD.test(t) ? { ahead: true } : {}),
  };
  const speech = kind ? undefined : speechOf(t);
  if (speech) return { ...reading, kind: 'speech', ...speech };
  if (stranded) return { ...reading, kind: 'object', verb: stem(strandedWord!), particle: stranded[2]!.toLowerCase() };
  return kind ? { ...reading, kind } : verb ? { ...reading, kind: 'object', verb } : reading;
}

/**
 * "What did Louise Arbour ask for": a question whose verb is one speech is reported by asks for what someone
 * said; its speaker is the words between the auxiliary and that verb, whose last word is its head
 * (a surname, a head noun). The verb is read by its stem, not the tagger: it reads "Trump say" as a noun phrase.
 */
function speechOf(question: string): { verb: string; speaker: NonNullable<Question['speaker']> } | undefined {
  const opening = /^what\s+(?:did|does|do|has|have|had|will|would)\s+/i.exec(question);
  if (!opening) return undefined;
  const words = question.slice(opening[0].length).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const at = words.findIndex((w, i) => i > 0 && /^\p{Ll}+$/u.test(w) && isReportingStem(stem(w)));
  if (at < 0) return undefined;
  return { verb: stem(words[at]!), speaker: { words: words.slice(0, at).join(' ') } };
}
