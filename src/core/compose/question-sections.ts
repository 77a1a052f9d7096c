import { sameWordOf } from '../facts/figures-differ.js';
import type { Sentence } from '../ingest/document.js';
import { stem } from '../nlp.js';
import { partsOf } from '../summary/passages.js';
import type { Question } from '../topics/read-query.js';
import { holds, questionWordsOf } from './past-lead.js';

/**
 * Rule SQ (docs/quality.md, "A question's other sections, session 36"): after a question's summary, an item of who said
 * what, key figures, the timeline or where sources differ holds one of the question's words that is not the story's own
 * (`isStoryWord`, story-words.ts: more than half of the documents the question's candidates come from write it). The
 * story's words are in every fact of the story; the others are what was asked. A word counts in another form of the same
 * name, or as one outcome's other word ("killed" for "died", figures-differ.ts `sameWordOf`; amendment SQ-2).
 * Undefined when every word of the question is the story's: then nothing tells the question's facts from the story's, and
 * the sections are as a topic's.
 */
export function beyondStoryTest(question: Question, isStoryWord: (stem: string) => boolean): ((unit: Sentence) => boolean) | undefined {
  // The word a question's kind is read by ("how big", "what year") asks for the answer's form, not for a thing the answer names.
  const kindWord = question.kind && /^(?:how|what|which)\s+([a-z]+)/i.exec(question.text)?.[1];
  const formWord = kindWord ? stem(kindWord.toLowerCase()) : undefined;
  const asked = questionWordsOf(question).filter((w) => w !== formWord && !isStoryWord(w));
  if (!asked.length) return undefined;
  const outcomes = new Set(asked.map(sameWordOf));
  return (unit) => asked.some((w) => holds(unit, w)) || partsOf(unit).some((p) => p.stems.some((s) => outcomes.has(sameWordOf(s))));
}
