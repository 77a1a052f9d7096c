import type { Briefing, Citation, Point } from '../core/briefing.js';
import { stemsOf } from '../core/topics/relevance.js';
import type { StoredBriefing } from '../store/store.js';

/** Sentences a follow-up answer quotes at most. */
const ANSWER_SENTENCES = 3;

/**
 * Answers a question within one briefing's topic and set: from the text of the articles that
 * briefing cites, the sentences sharing the most (rarer counting more) of the question's content
 * words, quoted verbatim and cited like any briefing. Null when no sentence shares any.
 */
export function answerFollowUp(stored: StoredBriefing, question: string): Briefing | null {
  const wanted = new Set(stemsOf(question));
  if (wanted.size === 0) return null;
  const candidates: { text: string; citation: Citation; stems: Set<string> }[] = [];
  for (const article of stored.articles) {
    const n = stored.briefing.sources.find((s) => s.docId === article.docId)?.n;
    if (n === undefined) continue;
    article.paragraphs.forEach((sentences, paragraph) => sentences.forEach((text, sentence) => candidates.push({ text, citation: { source: n, paragraph, sentence }, stems: new Set(stemsOf(text)) })));
  }
  // How many sentences carry each wanted stem: a word every sentence has tells little.
  const spread = new Map([...wanted].map((w) => [w, candidates.filter((c) => c.stems.has(w)).length]));
  const scored = candidates
    .map((c, order) => ({ ...c, order, score: [...wanted].reduce((sum, w) => sum + (c.stems.has(w) ? Math.log(1 + candidates.length / spread.get(w)!) : 0), 0) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const seen = new Set<string>();
  const chosen = scored
    .filter((c) => !seen.has(c.text) && seen.add(c.text))
    .slice(0, ANSWER_SENTENCES)
    .sort((a, b) => a.order - b.order);
  if (chosen.length === 0) return null;
  const points: Point[] = chosen.map((c) => ({ text: c.text, citations: [c.citation] }));
  const cited = new Set(points.map((p) => p.citations[0]!.source));
  const { briefing } = stored;
  return {
    ...briefing,
    topic: { ...briefing.topic, title: `${briefing.topic.title}: ${question.trim().slice(0, 200)}` },
    summary: points,
    keyPoints: [],
    quotes: [],
    figures: [],
    timeline: [],
    differences: [],
    sources: briefing.sources.filter((s) => cited.has(s.n)),
  };
}
