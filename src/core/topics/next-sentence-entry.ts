import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import type { Question } from './read-query.js';

/**
 * The sentences that enter a question's pool as the next sentence of one that entered on the question's own words, with
 * their scores. News names its subject once and goes on in the next sentence with "he", "the suspect", "the vote": that
 * sentence holds the answer and few of the question's words, often none, so neither its words nor its document's opening
 * let it in (docs/quality.md, "Twenty-first round (issue 16pool)"). Only a next sentence that holds the kind of thing the
 * question asks for (a name for "who", a figure for "how many"), only while the pool has room (the followers of the
 * best-scored first), and each ranked below every sentence that entered: the lowest score among them times what it keeps
 * for what it lacks of the question (`about`); one that keeps nothing stays out. `holdsKind` is the answer reader's test
 * (summary/answer-first.ts), given by the caller, which already reads answers there. `readBefore` tells a sentence the word
 * channel read and let go (another referent): it does not come back this way.
 */
export function nextSentenceEntrants(
  index: TermIndex,
  scores: ReadonlyMap<number, number>,
  entered: ReadonlySet<number>,
  question: Question,
  room: number,
  about: (id: number) => number,
  readBefore: (id: number) => boolean,
  holdsKind: (sentence: Sentence, question: Question) => boolean,
): Map<number, number> {
  const out = new Map<number, number>();
  if (!question.kind || room <= 0 || !entered.size) return out;
  let lowest = Number.POSITIVE_INFINITY;
  for (const score of scores.values()) lowest = Math.min(lowest, score);
  const byScore = [...entered].filter((id) => scores.has(id)).sort((a, b) => scores.get(b)! - scores.get(a)! || a - b);
  for (const id of byScore) {
    if (out.size >= room) break;
    const next = id + 1;
    const sentence = index.sentences[next];
    if (!sentence || sentence.docId !== index.sentences[id]!.docId || scores.has(next) || out.has(next) || readBefore(next)) continue;
    if (!holdsKind(sentence, question)) continue;
    const share = about(next);
    if (share > 0) out.set(next, lowest * share);
  }
  return out;
}
