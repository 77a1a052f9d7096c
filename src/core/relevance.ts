import { readDoc, its, stem } from './nlp.js';
import { idf, type TermIndex } from './term-index.js';
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
  const inTopicDocs = (id: number) => !topic.docIds || topic.docIds.has(index.sentences[id]!.docId);
  if (!topic.variants.length) {
    index.sentences.forEach((_, id) => inTopicDocs(id) && scores.set(id, 1));
    return scores;
  }
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

/** Stems of a query that this set never uses: the sign of a misspelling. */
export function unknownStems(index: TermIndex, stems: readonly string[]): string[] {
  return stems.filter((s) => !index.stemSentences.has(s));
}
