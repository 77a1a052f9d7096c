import { cappedMemo } from '../capped-memo.js';
import { SAME_POINT, sameNumbers, sentenceSimilarity } from '../index/similarity.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, stem, WRITTEN_WORD, writtenStem } from '../nlp.js';

export interface FoundDifference {
  /** The stems both sides speak of. */
  shared: string[];
  sides: [Sentence, Sentence];
}

/** A sentence that asks or wonders takes no side: "questions about whether…" disagrees with nothing. */
/** Sides must speak of the same thing: this much of their wording in common. */
const MIN_SIMILARITY = 0.25;
const OPEN_QUESTION = /\?|\bwhether\b|\bquestions? (?:about|over|of|remain)\b/i;

/**
 * Pairs of sentences from different documents that speak of the same thing (share its rarer
 * terms) but do not say the same (one denies what the other affirms, or they judge it in
 * opposite terms). A pair that says the same thing is a shared point, not a difference.
 */
export function findDifferences(sentences: readonly Sentence[], weight: (stem: string) => number, limit: number): FoundDifference[] {
  const pairs: { score: number; difference: FoundDifference }[] = [];
  const read = sentences.map(readSide);
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const verdict = pairVerdict(read[i]!, read[j]!, weight);
      if ('score' in verdict) pairs.push({ score: verdict.score, difference: { shared: verdict.shared, sides: [sentences[i]!, sentences[j]!] } });
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const used = new Set<Sentence>();
  const out: FoundDifference[] = [];
  for (const { difference } of pairs) {
    if (out.length >= limit) break;
    if (difference.sides.some((s) => used.has(s))) continue;
    difference.sides.forEach((s) => used.add(s));
    out.push(difference);
  }
  return out;
}

/** What a pair test reads of one sentence, worked out once per sentence rather than once per pair. */
interface Side {
  sentence: Sentence;
  stems: string[];
  stemSet: Set<string>;
  open: boolean;
  names: Set<string>;
}

function readSide(sentence: Sentence): Side {
  const stems = [...new Set(sentence.stems)];
  return { sentence, stems, stemSet: new Set(stems), open: OPEN_QUESTION.test(sentence.text), names: nameStems(sentence) };
}

/** Why two sentences are no disagreement (the test they fail), for reading a missed one; undefined when they are one. */
export function notADifference(a: Sentence, b: Sentence, weight: (stem: string) => number): string | undefined {
  const verdict = pairVerdict(readSide(a), readSide(b), weight);
  return 'reason' in verdict ? verdict.reason : undefined;
}

/** Whether one sentence denies a word the other affirms, or they judge it in opposite terms, whatever else they share. */
export function opposed(a: Sentence, b: Sentence): boolean {
  const x = readSide(a);
  const y = readSide(b);
  return contrastOf(a.text, b.text, new Set(y.stems.filter((s) => x.stemSet.has(s) && !x.names.has(s) && !y.names.has(s)))) > 0;
}

/** A pair's strength as a disagreement, with the stems both speak of; or the test it fails. */
function pairVerdict(x: Side, y: Side, weight: (stem: string) => number): { score: number; shared: string[] } | { reason: string } {
  const a = x.sentence;
  const b = y.sentence;
  if (a.docId === b.docId) return { reason: 'same document' };
  if (x.open || y.open) return { reason: 'open question' };
  const shared = y.stems.filter((s) => x.stemSet.has(s));
  const sharedWeight = shared.reduce((sum, s) => sum + weight(s), 0);
  if (shared.length < 2 || sharedWeight < 4) return { reason: 'shared words' };
  // Two sentences that only name the same actor ("Foreign Minister Sergey Lavrov") are about
  // that actor, not about one thing they could disagree on.
  if (shared.filter((s) => !x.names.has(s) && !y.names.has(s)).length < 2) return { reason: 'only names shared' };
  // Each naming its own place or actor and none in common ("Lolol" against "Pichilemu"): two subjects, not one disputed.
  if (x.names.size > 0 && y.names.size > 0 && ![...x.names].some((n) => y.names.has(n))) return { reason: 'different names' };
  const similarity = sentenceSimilarity(a, b);
  if (similarity >= SAME_POINT) return { reason: 'same point' };
  if (similarity < MIN_SIMILARITY) return { reason: 'similarity' };
  // "Ten states have no such law" and "21 states have passed laws" speak of different subjects;
  // the same quantity with different values is a figure that differs, shown on its own.
  if (!sameNumbers(a, b) && /\d/.test(a.text) && /\d/.test(b.text)) return { reason: 'numbers differ' };
  const contrast = contrastOf(a.text, b.text, new Set(shared.filter((s) => !x.names.has(s) && !y.names.has(s))));
  if (!contrast) return { reason: 'no contrast' };
  return { score: sharedWeight * contrast, shared: shared.sort((p, q) => weight(q) - weight(p)) };
}

const namesKnown = new WeakMap<Sentence, Set<string>>();

/** Stems of the words a sentence capitalises past its first word: names and titles. */
function nameStems(sentence: Sentence): Set<string> {
  const known = namesKnown.get(sentence);
  if (known) return known;
  const out = new Set<string>();
  namesKnown.set(sentence, out);
  for (const m of sentence.text.matchAll(WRITTEN_WORD)) {
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0])) continue;
    out.add(writtenStem(m[0]));
  }
  return out;
}

/**
 * How strongly two sentences disagree about what they share: one denies a word the other affirms
 * ("has not improved" against "has improved"), or they judge the same thing in opposite terms
 * ("a success" against "collapsed in failure"). Different numbers are left to figures that differ;
 * a denial of something the other side does not say is no disagreement ("not notified" against
 * "held talks").
 */
function contrastOf(a: string, b: string, shared: ReadonlySet<string>): number {
  const pa = polarity(a);
  const pb = polarity(b);
  // Said of one subject and, when both predicates take one, of one argument: "a peace agreement ending the civil war" and
  // "a coalition government would not end in more violence" deny and state "end" of two things.
  const ofOneThing = (s: string) => sameParticipants(pa.subjects.get(s), pa.objects.get(s), pb.subjects.get(s), pb.objects.get(s));
  for (const s of shared) {
    // The other side must state the word as a predicate too: "was not home" says nothing against "grenades were thrown at his home".
    if ((pa.denied.has(s) && pb.stated.has(s) && !pb.denied.has(s)) || (pb.denied.has(s) && pa.stated.has(s) && !pa.denied.has(s))) {
      if (ofOneThing(s)) return 1.5;
      continue;
    }
    // "would prohibit Russians from buying dollars" against "Russians would be able to buy dollars": barred against allowed.
    if ((pa.barred.has(s) && pb.allowed.has(s) && !pb.barred.has(s)) || (pb.barred.has(s) && pa.allowed.has(s) && !pa.barred.has(s))) {
      if (ofOneThing(s)) return 1.5;
    }
  }
  const ja = judgmentsOf(pa);
  const jb = judgmentsOf(pb);
  for (let k = 0; k < OPPOSITES.length; k++) {
    // "Jordan agreed" against "airport workers refused": two subjects, two stances, no disagreement.
    if (ja.yes[k] && jb.no[k] && sameParticipants(ja.yesOf[k], undefined, jb.noOf[k], undefined)) return 1;
    if (jb.yes[k] && ja.no[k] && sameParticipants(jb.yesOf[k], undefined, ja.noOf[k], undefined)) return 1;
  }
  return 0;
}

/**
 * Whether two predicates are said of one thing: their subjects share a word, or one side's subject is the other's
 * argument ("the plan to win approval" / "the council will not approve the plan"); and when both take an argument, they
 * share one. An unknown subject (a pronoun, none found) cannot confirm it.
 */
function sameParticipants(subjectA: ReadonlySet<string> | undefined, argumentA: ReadonlySet<string> | undefined, subjectB: ReadonlySet<string> | undefined, argumentB: ReadonlySet<string> | undefined): boolean {
  const meet = (x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined) => !!x && !!y && [...x].some((v) => y.has(v));
  const oneSubject = meet(subjectA, subjectB) || meet(subjectA, argumentB) || meet(subjectB, argumentA);
  const oneArgument = !argumentA?.size || !argumentB?.size || meet(argumentA, argumentB);
  return oneSubject && oneArgument;
}

/** Which side of each pair of OPPOSITES a sentence takes, read once per sentence rather than per pair it is in. */
interface Judgments {
  yes: boolean[];
  no: boolean[];
  /** Per pair of OPPOSITES, the subjects its words on each side are said of. */
  yesOf: Set<string>[];
  noOf: Set<string>[];
}
const judgments = new WeakMap<Polarity, Judgments>();

function judgmentsOf(p: Polarity): Judgments {
  let known = judgments.get(p);
  if (known) return known;
  const says = (words: ReadonlySet<string>) => [...p.affirmed].some((w) => words.has(w));
  const subjectsOf = (words: readonly string[]) => new Set(words.flatMap((w) => [...(p.subjects.get(w) ?? [])]));
  known = { yes: [], no: [], yesOf: [], noOf: [] };
  for (const [yes, no] of OPPOSITES) {
    known.yes.push(says(yes) && !says(no));
    known.no.push((says(no) || [...p.denied].some((w) => yes.has(w))) && !says(yes));
    known.yesOf.push(subjectsOf([...p.affirmed].filter((w) => yes.has(w))));
    known.noOf.push(subjectsOf([...p.affirmed, ...p.denied].filter((w) => no.has(w) || (p.denied.has(w) && yes.has(w)))));
  }
  judgments.set(p, known);
  return known;
}

/** Opposite judgments of one event, by stem: success and failure, agreeing and refusing, getting better and worse. */
const OPPOSITES: [Set<string>, Set<string>][] = [
  [
    ['success', 'successful', 'succeed', 'succeeded'],
    ['failure', 'fail', 'failed', 'collapse', 'collapsed'],
  ],
  [
    ['agreed', 'accepted', 'willing', 'ready'],
    ['refused', 'rejected', 'unwilling'],
  ],
  [
    ['improved', 'improving', 'better', 'progress'],
    ['worse', 'worsened', 'deteriorated', 'deteriorating'],
  ],
  [['confirmed', 'acknowledged'], ['denied']],
  [
    ['complying', 'complied', 'compliance'],
    ['defied', 'defying', 'violated', 'violating'],
  ],
].map(([yes, no]) => [new Set(yes!.map((w) => stem(w))), new Set(no!.map((w) => stem(w)))] as [Set<string>, Set<string>]);

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'cannot',
  "can't",
  "won't",
  "wouldn't",
  "didn't",
  "doesn't",
  "don't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  'denied',
  'denies',
  'deny',
]);
/** Verbs and nouns whose to-complement did not happen ("failed to inform", "declined to identify", "refusal to comply"). */
const NEGATIVE_IMPLICATIVE = new Set(['fail', 'failure', 'neglect', 'omit', 'decline', 'refuse', 'refusal'].map((w) => stem(w)));
/** How many words after a verb its object is looked for, past determiners and adjectives. */
const OBJECT_WORDS = 4;
/** How many words after a negation it reaches: "has not yet improved", not the rest of a long sentence. */
const REACH = 3;

interface Polarity {
  denied: Set<string>;
  affirmed: Set<string>;
  /** The affirmed stems the sentence uses as predicates (a verb, a predicative adjective, a gerund) or as a verb's object ("win approval"): what it says happens or is so. */
  stated: Set<string>;
  /** Per predicate verb, the nouns it takes right after it: "does not include ways" is not denied of "includes targets". */
  objects: Map<string, Set<string>>;
  /** What someone is kept from doing ("prohibit X from buying", "unable to buy"): not a denial that it is done, only that it may be. */
  barred: Set<string>;
  /** What someone may do ("able to buy", "allowed to buy"). */
  allowed: Set<string>;
  /** Per word denied, stated, barred, allowed or judged, the words of the noun phrase it is said of: "such differences did not undermine" → differences. */
  subjects: Map<string, Set<string>>;
}

/** Modals of possibility: what follows may happen, which a denial that it did does not contradict. */
const POSSIBLE = new Set(['may', 'might', 'could']);
/** Verbs of asking and wanting: their to-complement is what someone wants done, not what is ("asking Hariri to form a government"). */
const WISH = new Set(['ask', 'urge', 'call', 'press', 'want', 'wish', 'hope', 'seek', 'try', 'demand'].map((w) => stem(w)));
/** Relative pronouns a subject is read back through: "a move that could undermine" is said of the move. */
const RELATIVE = new Set(['that', 'which', 'who']);
/** How many words back a predicate's subject is looked for. */
const SUBJECT_WORDS = 10;

/** Verbs that keep someone from doing what follows "from" ("prohibit Russians from buying"). */
const PREVENTIVE = new Set(['prohibit', 'prevent', 'bar', 'ban', 'forbid', 'stop', 'block'].map((w) => stem(w)));
/** Adjectives and participles before "to" that say the deed may be done ("able to buy", "allowed to leave"). */
const PERMISSIVE = new Set(['able', 'allowed', 'permitted', 'free']);
/** How many words after a preventive verb its "from" may come: "prohibit Russians from", "bar the company's tankers from". */
const FROM_REACH = 5;

/** The stems a sentence denies (within a few words after a negation) and the ones it affirms. */
/** Each sentence is read once however many pairs it is in. */
const polarity = cappedMemo(polarityOf);

function polarityOf(text: string): Polarity {
  const denied = new Set<string>();
  const affirmed = new Set<string>();
  const barred = new Set<string>();
  const allowed = new Set<string>();
  const stated = new Set<string>();
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  let reach = 0;
  let fromReach = 0;
  let fromAt = -1;
  // Set by "may", "might", "could" until the clause ends: what follows is possible, not stated.
  let possible = false;
  // Words left in which a verb of asking or wanting takes its "to": "asking Hariri to form".
  let wishReach = 0;
  let wished = -1;
  let deniedOf: Set<string> = new Set();
  // Rule DN: where a verb of denial's "that" stands, and whether the denial now reads the that-clause (said of its own subject).
  let denialThat = -1;
  let deniesClause = false;
  const objects = new Map<string, Set<string>>();
  const subjects = new Map<string, Set<string>>();
  const sayOf = (word: string, subject: ReadonlySet<string>) => {
    if (!subject.size) return;
    const known = subjects.get(word) ?? new Set<string>();
    for (const w of subject) known.add(w);
    subjects.set(word, known);
  };
  // The nouns a verb takes right after it, through a possessive and one preposition ("includes reduction targets",
  // "ending the country's civil war", "end in more violence"): what it is said of.
  const objectOf = (at: number, verb: string) => {
    if (tags[at] !== 'VERB') return;
    const nouns = objects.get(verb) ?? new Set<string>();
    let k = at + 1;
    if (tags[k] === 'ADP') k++;
    for (const end = Math.min(words.length, k + OBJECT_WORDS); k < end; k++) {
      if (tags[k] === 'DET' || tags[k] === 'ADJ' || (tags[k] === 'PART' && /^['’]s$/.test(words[k]!))) continue;
      if (tags[k] !== 'NOUN' && tags[k] !== 'PROPN') break;
      nouns.add(writtenStem(words[k]!));
    }
    if (nouns.size) objects.set(verb, nouns);
  };
  // The noun phrase a predicate at `at` is said of: read back past auxiliaries, adverbs, determiners, adjectives and a
  // relative pronoun; through "to" to the noun before it ("asking Hariri to form") or the verb's own subject ("agreed to form").
  const subjectBefore = (at: number): Set<string> => {
    let viaTo = false;
    for (let k = at - 1; k >= 0 && at - k <= SUBJECT_WORDS; k--) {
      const tag = tags[k]!;
      const word = words[k]!.toLowerCase();
      if (word === 'to' && tag === 'PART') viaTo = true;
      else if (tag === 'NOUN' || tag === 'PROPN') return nounPhraseEndingAt(k);
      else if (tag === 'VERB' && viaTo) viaTo = false;
      else if (tag === 'PRON' && RELATIVE.has(word)) continue;
      else if (tag !== 'AUX' && tag !== 'ADV' && tag !== 'PART' && tag !== 'DET' && tag !== 'ADJ') return new Set();
    }
    return new Set();
  };
  const nounPhraseEndingAt = (end: number): Set<string> => {
    const out = new Set<string>();
    for (let k = end; k >= 0 && ['NOUN', 'PROPN', 'ADJ', 'PART'].includes(tags[k]!); k--) if (tags[k] === 'NOUN' || tags[k] === 'PROPN') out.add(writtenStem(words[k]!));
    return out;
  };
  words.forEach((raw, i) => {
    const word = raw.toLowerCase().replace(/’/g, "'");
    // The deed a preventive verb's "from" or a permissive "able to" takes: a verb right after it.
    const deed = (at: number) => (tags[at] === 'VERB' ? writtenStem(words[at]!) : undefined);
    if (word === 'from' && fromReach > 0) {
      const d = deed(i + 1);
      if (d) {
        barred.add(d);
        // The one kept from the deed is who it is said of: "prohibit Russians from buying".
        const kept = new Set<string>();
        for (let k = fromAt + 1; k < i; k++) if (tags[k] === 'NOUN' || tags[k] === 'PROPN') kept.add(writtenStem(words[k]!));
        sayOf(d, kept);
        objectOf(i + 1, d);
      }
      fromReach = 0;
    } else if (fromReach > 0) fromReach--;
    if (PREVENTIVE.has(stem(word)) && tags[i] === 'VERB' && reach === 0) {
      fromReach = FROM_REACH;
      fromAt = i;
    }
    if ((PERMISSIVE.has(word) || word === 'unable') && words[i + 1]?.toLowerCase() === 'to') {
      const d = deed(i + 2);
      if (d) {
        (word === 'unable' || reach > 0 ? barred : allowed).add(d);
        sayOf(d, subjectBefore(i));
        objectOf(i + 2, d);
      }
    }
    if (tags[i] === 'PUNCT') {
      reach = 0;
      possible = false;
      wishReach = 0;
      denialThat = -1;
      deniesClause = false;
      return;
    }
    // Rule DN (docs/quality.md, "Session 59"): "denied on Wednesday that strikers had damaged cranes" denies the clause's
    // predicate, however many words stand before its "that", and denies it of the clause's own subject.
    if (i === denialThat) {
      denialThat = -1;
      const predicateAt = firstPredicateAfter(words, tags, i);
      if (predicateAt >= 0) {
        reach = predicateAt - i + REACH - 1;
        deniesClause = true;
        return;
      }
    }
    if (POSSIBLE.has(word) && tags[i] === 'AUX') possible = true;
    if (wishReach > 0) {
      wishReach--;
      if (word === 'to' && tags[i + 1] === 'VERB') wished = i + 1;
    }
    // "not only … but also" affirms.
    if ((NEGATORS.has(word) || word === "n't") && words[i + 1]?.toLowerCase() !== 'only') {
      reach = REACH;
      deniedOf = subjectBefore(i);
      deniesClause = false;
      if (DENIAL.has(word)) denialThat = thatAfter(words, tags, i);
      return;
    }
    // "failing to inform" denies "inform" as "not informing" does: the verb's complement did not happen. The verb
    // itself is still said (it may be a judgment: "failed" against "succeeded").
    if (NEGATIVE_IMPLICATIVE.has(stem(word)) && words[i + 1]?.toLowerCase() === 'to') {
      affirmed.add(stem(word));
      deniedOf = subjectBefore(i);
      sayOf(stem(word), deniedOf);
      reach = REACH + 1;
      return;
    }
    // Participles that work as prepositions ("including", "according") neither state nor deny anything.
    if (!/[\p{L}\p{N}]/u.test(word) || PREPOSITIONAL.has(word)) return;
    const s = stem(word);
    if (WISH.has(s) && tags[i] === 'VERB') wishReach = FROM_REACH;
    if (reach > 0) {
      // A claim is denied through its predicate ("has not improved", "no fighting"); "no hate-crime laws"
      // against a sentence that mentions such laws denies nothing the other side states.
      // What the denied predicate takes ("not giving information") is not said to exist either: neither side.
      if (isPredicate(word, tags[i]!, tags[i + 1])) {
        denied.add(s);
        sayOf(s, deniesClause ? subjectBefore(i) : deniedOf);
        objectOf(i, s);
      } else if (tags[i] !== 'NOUN' && tags[i] !== 'AUX') affirmed.add(s);
      reach--;
      if (reach === 0) deniesClause = false;
      return;
    }
    // An auxiliary states no judgment: "will become" is not "willing".
    if (tags[i] === 'AUX') return;
    affirmed.add(s);
    const verbAt = objectVerbOf(tags, i);
    const predicate = isPredicate(word, tags[i]!, tags[i + 1]);
    sayOf(s, subjectBefore(verbAt ?? i));
    // What may happen, what someone asks or wants done, or a deed named after a preposition is not said to happen
    // ("could undermine", "asking Hariri to form", "the objective of reaching agreement").
    const unstatedAt = (k: number) => k === wished || (tags[k] === 'VERB' && /ing$/i.test(words[k]!) && tags[k - 1] === 'ADP');
    const unstated = possible || unstatedAt(i) || (verbAt !== undefined && unstatedAt(verbAt));
    if ((predicate || verbAt !== undefined) && !unstated) {
      stated.add(s);
      objectOf(i, s);
    }
  });
  return { denied, affirmed, stated, barred, allowed, objects, subjects };
}

/** Verbs of denial, which take what they deny as a that-clause (rule DN). */
const DENIAL = new Set(['deny', 'denies', 'denied']);
/** Words after a verb of denial within which its "that" may stand ("denied on Wednesday that"). */
const THAT_REACH = 4;

/** Where the "that" a verb of denial at `at` takes stands, before any punctuation; -1 when none does. */
function thatAfter(words: readonly string[], tags: readonly string[], at: number): number {
  for (let k = at + 1; k <= at + THAT_REACH && k < words.length; k++) {
    if (tags[k] === 'PUNCT') return -1;
    if (words[k]!.toLowerCase() === 'that') return k;
  }
  return -1;
}

/** The first predicate of the clause a "that" at `at` opens, within SUBJECT_WORDS and before any punctuation or conjunction; -1 when none. */
function firstPredicateAfter(words: readonly string[], tags: readonly string[], at: number): number {
  for (let k = at + 1; k <= at + SUBJECT_WORDS && k < words.length; k++) {
    // A conjunction before any predicate ends the phrase: "denied that claim and said …" denies nothing of "said".
    if (tags[k] === 'PUNCT' || tags[k] === 'CCONJ') return -1;
    if (isPredicate(words[k]!.toLowerCase(), tags[k]!, tags[k + 1])) return k;
  }
  return -1;
}

/**
 * A word that states something: a verb, an adjective not followed by its noun ("no military action"
 * denies the action, not "military"), or a gerund ("no fighting").
 */
function isPredicate(word: string, tag: string, next: string | undefined): boolean {
  if (tag === 'VERB') return true;
  const attributive = next === 'NOUN' || next === 'PROPN' || next === 'ADJ';
  return (tag === 'ADJ' || (tag === 'NOUN' && /ing$/.test(word))) && !attributive;
}
/**
 * The verb whose object a noun is, when it is one: such a noun states the deed it names ("expects the plan to win
 * approval"), as a noun after a preposition or a possessive does not ("at Hun Sen's home").
 */
function objectVerbOf(tags: readonly string[], at: number): number | undefined {
  if (tags[at] !== 'NOUN') return undefined;
  let k = at - 1;
  while (k >= 0 && (tags[k] === 'DET' || tags[k] === 'ADJ') && at - k <= 2) k--;
  return tags[k] === 'VERB' ? k : undefined;
}
const PREPOSITIONAL = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'given', 'considering']);
