import type { Sentence } from './document.js';
import { stem, WRITTEN_WORD } from './nlp.js';
import { SAME_POINT, sentenceSimilarity } from './similarity.js';

export interface FoundDifference {
  /** The stems both sides speak of. */
  shared: string[];
  sides: [Sentence, Sentence];
}

const NEGATION = /\b(?:not|no|never|nor|neither|without|cannot|can't|won't|wouldn't|didn't|doesn't|don't|isn't|aren't|wasn't|weren't|hasn't|haven't|rejected|rejects|refused|refuses|ruled out|rules out|denied|denies|unacceptable|impossible|failed|fails|failure|opposed|opposes|dismissed|unlikely|unrealistic)\b/i;
/** Every denial in a text, for matchAll. */
const NEGATIONS = new RegExp(NEGATION.source, 'gi');
/** A sentence that asks or wonders takes no side: "questions about whether…" disagrees with nothing. */
const OPEN_QUESTION = /\?|\bwhether\b|\bquestions? (?:about|over|of|remain)\b/i;
/** How near (in characters) a denial must stand to what both sides speak of to be about it. */
const NEAR = 60;
const POSITIVE = /\b(?:agreed|agrees|accepted|accepts|success|successful|progress|breakthrough|welcomed|supports|supported|ready|willing|possible|likely|will)\b/i;

/**
 * Pairs of sentences from different documents that speak of the same thing (share its rarer
 * terms) but do not say the same (one denies or refuses what the other affirms, or they give
 * different numbers). A pair that says the same thing is a shared point, not a difference.
 */
export function findDifferences(
  sentences: readonly Sentence[],
  weight: (stem: string) => number,
  limit: number,
): FoundDifference[] {
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
      const similarity = sentenceSimilarity(a, b);
      if (similarity >= SAME_POINT || similarity < 0.12) continue;
      const contrast = contrastOf(a.text, b.text, new Set(shared));
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

/** Stems of the words a sentence capitalises past its first word: names and titles. */
function nameStems(sentence: Sentence): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.text.matchAll(WRITTEN_WORD)) {
    if (m.index === 0 || !/^\p{Lu}/u.test(m[0])) continue;
    out.add(stem(m[0].replace(/['’]s$/i, '').toLowerCase()));
  }
  return out;
}

function contrastOf(a: string, b: string, shared: ReadonlySet<string>): number {
  const negA = deniesAbout(a, shared);
  const negB = deniesAbout(b, shared);
  if (negA !== negB) return POSITIVE.test(negA ? b : a) ? 1.5 : 1;
  const numbers = (t: string) => new Set(t.match(/\d[\d,.]*/g) ?? []);
  const na = numbers(a);
  const nb = numbers(b);
  if (na.size && nb.size && ![...na].some((n) => nb.has(n))) return 0.8;
  return 0;
}

/** A denial counts when it stands near a word both sides speak of, not anywhere in a long sentence. */
function deniesAbout(text: string, shared: ReadonlySet<string>): boolean {
  const denials = [...text.matchAll(NEGATIONS)].map((m) => m.index);
  if (!denials.length) return false;
  for (const word of text.matchAll(WRITTEN_WORD)) {
    if (!shared.has(stem(word[0].toLowerCase()))) continue;
    if (denials.some((at) => Math.abs(at - word.index) <= NEAR)) return true;
  }
  return false;
}
