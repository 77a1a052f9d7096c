import { SAME_POINT, sameNumbers, sentenceSimilarity } from '../index/similarity.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, stem, WRITTEN_WORD } from '../nlp.js';

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
  const stems = sentences.map((s) => [...new Set(s.stems)]);
  const open = sentences.map((s) => OPEN_QUESTION.test(s.text));
  const names = sentences.map(nameStems);
  const stemSets = stems.map((list) => new Set(list));
  for (let i = 0; i < sentences.length; i++) {
    const a = sentences[i]!;
    const aStems = stemSets[i]!;
    if (open[i]) continue;
    for (let j = i + 1; j < sentences.length; j++) {
      const b = sentences[j]!;
      if (a.docId === b.docId || open[j]) continue;
      const shared = stems[j]!.filter((s) => aStems.has(s));
      const sharedWeight = shared.reduce((sum, s) => sum + weight(s), 0);
      if (shared.length < 2 || sharedWeight < 4) continue;
      // Two sentences that only name the same actor ("Foreign Minister Sergey Lavrov") are about
      // that actor, not about one thing they could disagree on.
      if (shared.filter((s) => !names[i]!.has(s) && !names[j]!.has(s)).length < 2) continue;
      // Each naming its own place or actor and none in common ("Lolol" against "Pichilemu"): two subjects, not one disputed.
      if (names[i]!.size > 0 && names[j]!.size > 0 && ![...names[i]!].some((n) => names[j]!.has(n))) continue;
      const similarity = sentenceSimilarity(a, b);
      if (similarity >= SAME_POINT || similarity < MIN_SIMILARITY) continue;
      // "Ten states have no such law" and "21 states have passed laws" speak of different subjects;
      // the same quantity with different values is a figure that differs, shown on its own.
      if (!sameNumbers(a, b) && /\d/.test(a.text) && /\d/.test(b.text)) continue;
      const contrast = contrastOf(a.text, b.text, new Set(shared.filter((s) => !names[i]!.has(s) && !names[j]!.has(s))));
      if (!contrast) continue;
      pairs.push({ score: sharedWeight * contrast, difference: { shared: shared.sort((x, y) => weight(y) - weight(x)), sides: [a, b] } });
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

const namesKnown = new WeakMap<Sentence, Set<string>>();

/** Stems of the words a sentence capitalises past its first word: names and titles. */
function nameStems(sentence: Sentence): Set<string> {
  const known = namesKnown.get(sentence);
  if (known) return known;
  const out = new Set<string>();
  namesKnown.set(sentence, out);
  for (const m of sentence.text.matchAll(WRITTEN_WORD)) {
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0])) continue;
    out.add(stem(m[0].replace(/['’]s$/i, '').toLowerCase()));
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
  for (const s of shared) {
    if ((pa.denied.has(s) && pb.affirmed.has(s) && !pb.denied.has(s)) || (pb.denied.has(s) && pa.affirmed.has(s) && !pa.denied.has(s))) return 1.5;
  }
  const ja = judgmentsOf(pa);
  const jb = judgmentsOf(pb);
  for (let k = 0; k < OPPOSITES.length; k++) if ((ja.yes[k] && jb.no[k]) || (jb.yes[k] && ja.no[k])) return 1;
  return 0;
}

/** Which side of each pair of OPPOSITES a sentence takes, read once per sentence rather than per pair it is in. */
const judgments = new WeakMap<Polarity, { yes: boolean[]; no: boolean[] }>();

function judgmentsOf(p: Polarity): { yes: boolean[]; no: boolean[] } {
  let known = judgments.get(p);
  if (known) return known;
  const says = (words: ReadonlySet<string>) => [...p.affirmed].some((w) => words.has(w));
  known = { yes: [], no: [] };
  for (const [yes, no] of OPPOSITES) {
    known.yes.push(says(yes) && !says(no));
    known.no.push((says(no) || [...p.denied].some((w) => yes.has(w))) && !says(yes));
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
/** How many words after a negation it reaches: "has not yet improved", not the rest of a long sentence. */
const REACH = 3;

interface Polarity {
  denied: Set<string>;
  affirmed: Set<string>;
}

/** The stems a sentence denies (within a few words after a negation) and the ones it affirms. */
function polarity(text: string): Polarity {
  const known = polarities.get(text);
  if (known) return known;
  const found = polarityOf(text);
  if (polarities.size > 10_000) polarities.clear();
  polarities.set(text, found);
  return found;
}

/** Each sentence is read once however many pairs it is in. */
const polarities = new Map<string, Polarity>();

function polarityOf(text: string): Polarity {
  const denied = new Set<string>();
  const affirmed = new Set<string>();
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  let reach = 0;
  words.forEach((raw, i) => {
    const word = raw.toLowerCase().replace(/’/g, "'");
    if (tags[i] === 'PUNCT') {
      reach = 0;
      return;
    }
    // "not only … but also" affirms.
    if ((NEGATORS.has(word) || word === "n't") && words[i + 1]?.toLowerCase() !== 'only') {
      reach = REACH;
      return;
    }
    // "failing to inform" denies "inform" as "not informing" does: the verb's complement did not happen. The verb
    // itself is still said (it may be a judgment: "failed" against "succeeded").
    if (NEGATIVE_IMPLICATIVE.has(stem(word)) && words[i + 1]?.toLowerCase() === 'to') {
      affirmed.add(stem(word));
      reach = REACH + 1;
      return;
    }
    // Participles that work as prepositions ("including", "according") neither state nor deny anything.
    if (!/[\p{L}\p{N}]/u.test(word) || PREPOSITIONAL.has(word)) return;
    const s = stem(word);
    if (reach > 0) {
      // A claim is denied through its predicate ("has not improved", "no fighting"); "no hate-crime laws"
      // against a sentence that mentions such laws denies nothing the other side states.
      // What the denied predicate takes ("not giving information") is not said to exist either: neither side.
      if (isPredicate(word, tags[i]!, tags[i + 1])) denied.add(s);
      else if (tags[i] !== 'NOUN') affirmed.add(s);
      reach--;
    } else affirmed.add(s);
  });
  return { denied, affirmed };
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
const PREPOSITIONAL = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'given', 'considering']);
