import type { Sentence } from '../ingest/document.js';
import type { Topic } from '../topics/topic.js';

/**
 * The fact pool a thin topic's quotes, key figures and timeline are looked for in (docs/quality.md, "Twenty-sixth round
 * (issue 16thin)", rule T). A topic whose own sentences make one summary point has its pool filled from the rest of its
 * documents, and that fill is mostly the articles' other news: then only the sentences its relevance reaches, or that name
 * its head (the last word of a name's phrase, the noun of a noun phrase), are read, and a section stays short rather than
 * show the story's other facts. A topic with more to say, an angle (told by its matcher, not by words) or a question keeps
 * the whole pool.
 */
export function thinTopicPool(pool: readonly Sentence[], topic: Topic, summaryPoints: number, reached: (s: Sentence) => boolean): readonly Sentence[] {
  if (topic.ref.kind === 'query' || topic.angle || !topic.variants.length || summaryPoints !== 1) return pool;
  const heads = new Set(topic.variants.map((v) => v[v.length - 1]).filter((h): h is string => !!h));
  return pool.filter((s) => reached(s) || s.stems.some((stem) => heads.has(stem)));
}
