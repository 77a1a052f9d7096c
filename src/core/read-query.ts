import { stemsOf } from './relevance.js';

/**
 * A query read as a reader means it. "What did Putin demand?" asks about Putin and demands: the
 * question's frame (question word, auxiliary, "happen", "tell me about") names no subject, so it
 * is dropped before words are matched. English function words, not words of any story.
 */
const QUESTION_WORD = /^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/i;
const FRAME = [
  /^(?:please\s+)?(?:tell\s+me|what\s+do\s+we\s+know|what\s+is\s+known)\s+(?:about|of|on)\s+/i,
  /\b(?:what|who)\s+(?:happened|happens|happen|is\s+happening|was\s+happening)\b/gi,
  /\bhow\s+(?:many|much|long|far|often)\b/gi,
  /^(?:what|who|whom|whose|when|where|why|how|which)(?:\s+(?:is|are|was|were|will|would|did|does|do|can|could|should|has|have|had))?\b/i,
  /^(?:is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/i,
];

export function isQuestion(text: string): boolean {
  const t = text.trim();
  return /\?\s*$/.test(t) || QUESTION_WORD.test(t);
}

/** The words of a query that name what it is about, as stems. */
export function queryStems(text: string): string[] {
  let t = text.trim().replace(/\?+\s*$/, '');
  if (isQuestion(text)) for (const frame of FRAME) t = t.replace(frame, ' ');
  const stems = stemsOf(t);
  // A question that is all frame ("what happened?") still asks about its words.
  return stems.length ? stems : stemsOf(text);
}
