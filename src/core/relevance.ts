import { readDoc, its, stem } from './nlp.js';
import { idf, sentenceIdsOf, type TermIndex } from './term-index.js';
import type { Topic } from './topic.js';

/** Share of a variant's weight a sentence must carry to speak to it: all of a two-word phrase. */
const MIN_MATCH = 0.6;

/** Content-word stems of free text, the way sentences are stemmed ("security-guarantees" → secur, guarante). */
export function stemsOf(text: string): string[] {
  const tokens = readDoc(text.replace(/[-_/]+/g, ' ')).tokens();
  const types = tokens.out(its.type) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const out: string[] = [];
  (tokens.out(its.normal) as string[]).forEach((w, i) => {
    const base = w.replace(/['’]s$/, '');
    if (types[i] === 'word' && !stops[i] && /\p{L}{2}/u.test(base)) out.push(stem(base));
  });
  return [...new Set(out)];
}

/** Sentence index → how strongly it speaks to the topic (0..1]; sentences that do not are absent. */
export function topicRelevance(index: TermIndex, topic: Topic): Map<number, number> {
  const scores = new Map<number, number>();
  if (!topic.variants.length) {
    // Every sentence of the topic's documents, in index order: read from each document's id range, not a scan of the set.
    const docs = topic.docIds ? [...topic.docIds].filter((d) => index.firstSentence.has(d)) : [...index.documents.keys()];
    docs.sort((a, b) => index.firstSentence.get(a)! - index.firstSentence.get(b)!);
    for (const d of docs) for (const id of sentenceIdsOf(index, d)) scores.set(id, 1);
    return scores;
  }
  const inTopicDocs = (id: number) => !topic.docIds || topic.docIds.has(index.sentences[id]!.docId);
  for (const variant of topic.variants) {
    const weights = variant.map((s) => idf(index, s));
    const total = weights.reduce((a, b) => a + b, 0);
    const matched = new Map<number, number>();
    variant.forEach((s, i) => {
      for (const id of index.stemSentences.get(s) ?? []) matched.set(id, (matched.get(id) ?? 0) + weights[i]!);
    });
    for (const [id, weight] of matched) {
      const score = weight / total;
      if (score >= MIN_MATCH && inTopicDocs(id)) scores.set(id, Math.max(scores.get(id) ?? 0, score));
    }
  }
  return scores;
}

/** How strongly one sentence speaks to the topic, as `topicRelevance` scores it; 0 when it does not. For sentences just added. */
export function sentenceRelevance(index: TermIndex, topic: Topic, id: number): number {
  const sentence = index.sentences[id];
  if (!sentence || (topic.docIds && !topic.docIds.has(sentence.docId))) return 0;
  if (!topic.variants.length) return 1;
  const stems = new Set(sentence.stems);
  let best = 0;
  for (const variant of topic.variants) {
    let total = 0;
    let matched = 0;
    for (const s of variant) {
      const w = idf(index, s);
      total += w;
      if (stems.has(s)) matched += w;
    }
    const score = total > 0 ? matched / total : 0;
    if (score >= MIN_MATCH) best = Math.max(best, score);
  }
  return best;
}

/** Stems of a query that this set never uses: the sign of a misspelling. */
export function unknownStems(index: TermIndex, stems: readonly string[]): string[] {
  return stems.filter((s) => !index.stemSentences.has(s));
}
