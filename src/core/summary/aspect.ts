import { countKey } from '../facts/figures-differ.js';
import { isEventNoun } from '../index/event-nouns.js';
import type { TermIndex } from '../index/term-index.js';
import { its, readDoc, stem, WRITTEN_WORD, writtenStem } from '../nlp.js';
import { focusFamily, mainVerbOf } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { ACTIVE_AUXILIARY } from './written-words.js';

/**
 * What a question's answer slot is asked of (docs/quality.md, "Eleventh round"): the noun a "how many"
 * counts, the verb a place or a person is asked of. A place where the sailors were captured does not
 * say where they were held; the dead do not say how many were at the dance. English question forms
 * and closed word classes, not words of any story.
 */
export type Aspect =
  /** "How many employees will X have": stems by which the set names the counted thing. */
  | { kind: 'count'; noun: ReadonlySet<string> }
  /**
   * "Where were the sailors held": stems by which the set states the verb ("hold", "held", "holding"); when the verb only says
   * that the question's event occurs ("where is the summit being held"), also those of the event's noun (session 48, rule WE).
   */
  | { kind: 'place'; verb: ReadonlySet<string>; event?: ReadonlySet<string> }
  /** "Who built the module": the verb whose agent is asked. */
  | { kind: 'agent'; verb: ReadonlySet<string> }
  /** "Who attended the meeting": a verb of taking part, whose participants are asked. */
  | { kind: 'attendance'; verb: ReadonlySet<string> };

/** Verbs that say only that an event occurs: where it is held is where its noun is placed ("a summit in Portugal"). */
const OCCURS = /^(?:hold|happen|occur|stage|host)$/;
const TAKES_PLACE = /\b(?:take|takes|taking|taken|took)\s+place\b/i;

/** Verbs of taking part in a gathering: "who attended" asks for the people listed with it. */
const TAKING_PART = /^(?:attend|meet|join|participate|take|gather|visit)$/;
/** Words that end a "how many" noun phrase: the verb or preposition after it. */
const AFTER_NOUN = /^(?:is|are|was|were|be|been|will|would|did|does|do|has|have|had|can|could|should|may|might|must|of|in|on|at|by|from|with|for|after|before|during|about|over|into|against|near|under|among|inside|outside|since|there)$/i;
const COPULA = /^(?:be|have|do|say|tell|become|remain|seem)$/;
/** How the tagger may read the verb after "who": a verb, or a noun for a third-person "-s" form ("who controls"). */
const ACTS = new Set(['VERB', 'NOUN']);
/** Verbs of holding an office: the tenth round's role rule reads them (question-form.ts). */
const ROLE_VERB = /^(?:run|lead|head|chair|manage|direct|succeed|replace|command|govern)$/;

export function aspectOf(index: TermIndex, question: Question): Aspect | undefined {
  const t = question.text.trim();
  const many = /^how\s+many\s+(.+)$/i.exec(t);
  if (many) {
    // An asked event ("how many died") already ties the count to it: the sixth round's figure test.
    if (question.focus) return undefined;
    const words = many[1]!.match(WRITTEN_WORD) ?? [];
    const end = words.findIndex((w) => AFTER_NOUN.test(w));
    const noun = (end < 0 ? words : words.slice(0, end)).at(-1);
    return noun && /^\p{Ll}+$/u.test(noun) ? { kind: 'count', noun: new Set([...family(index, noun, noun), ...countKey({ counts: noun })]) } : undefined;
  }
  const read = readDoc(t).tokens();
  const words = read.out() as string[];
  const pos = read.out(its.pos) as string[];
  // wink gives some tokens no lemma ("cannot" before a full stop): the word stands for itself.
  const lemmas = (read.out(its.lemma as never) as string[]).map((l, i) => (l ?? words[i]!).toLowerCase());
  if (/^where$/i.test(words[0] ?? '')) {
    // The last verb the tagger reads, else the verb an auxiliary opens ("where did the plane crash": read as a noun).
    let at = words.length - 1;
    while (at > 0 && pos[at] !== 'VERB') at--;
    const verb = at > 0 ? { word: words[at]!.toLowerCase(), lemma: lemmas[at]! } : mainVerbOf(t, words.slice(2).join(' '));
    if (!verb || COPULA.test(verb.lemma)) return undefined;
    const occurs = OCCURS.test(verb.lemma) || TAKES_PLACE.test(t);
    // The subject's head, the last noun before the verb ("the peace talks", "the olympics opening ceremony"), is the event.
    let head = at - 1;
    while (head >= 0 && pos[head] !== 'NOUN') head--;
    const event = occurs && head >= 0 && /^\p{Ll}+$/u.test(words[head]!) && isEventNoun(lemmas[head]!) ? family(index, words[head]!, lemmas[head]!) : undefined;
    return { kind: 'place', verb: family(index, verb.word, verb.lemma), ...(event ? { event } : {}) };
  }
  if (/^who$/i.test(words[0] ?? '')) {
    // The verb right after "who", or after an active auxiliary; "who was arrested" asks for the one acted on, "who is X" who X is.
    // "Who is going to lead": the periphrastic future's verb is the one after "going to" (session 48, rule GT).
    const future = /^(?:is|are|was|were)$/i.test(words[1] ?? '') && /^going$/i.test(words[2] ?? '') && /^to$/i.test(words[3] ?? '');
    const at = future ? 4 : ACTIVE_AUXILIARY.test(words[1] ?? '') ? 2 : 1;
    const word = words[at]?.toLowerCase();
    if (!word || !/^\p{Ll}+$/u.test(words[at]!) || !ACTS.has(pos[at]!) || COPULA.test(lemmas[at]!) || ROLE_VERB.test(lemmas[at]!)) return undefined;
    const lemma = lemmas[at]!;
    const takesPart = TAKING_PART.test(lemma) && (lemma !== 'take' || words[at + 1]?.toLowerCase() === 'part');
    return { kind: takesPart ? 'attendance' : 'agent', verb: family(index, word, lemma) };
  }
  return undefined;
}

/** The stems by which the set states a word: its own, its dictionary form's, its family's and near-synonyms (question-focus.ts). */
function family(index: TermIndex, word: string, lemma: string): ReadonlySet<string> {
  const stems = [...new Set([writtenStem(word), stem(lemma.toLowerCase())])];
  return new Set([...stems, ...focusFamily(index, { word: word.toLowerCase(), stems }).near]);
}
