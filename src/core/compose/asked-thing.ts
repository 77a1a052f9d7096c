import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import { participantFamilies } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';

/**
 * After the lead of a question that asks for one fact (it has an answer kind), an item speaks of what was asked only when it
 * names the asked thing: each common noun of the question's asked part ("funeral" in "where was Matthew Shepard's
 * funeral"), by its own word or one the set uses close in meaning. The story's names are in every sentence of the story
 * (Shepard's birthplace, the vigils for him); the asked thing only in those about it. When the asked part names nothing
 * but names ("when does Anwar Ibrahim go on trial"), the asked event is in the setting's common words ("trial"), unless
 * the question asks for someone's words.
 * Undefined when the question asks for no one fact, or names no such word: nothing to hold.
 */
export function namesAskedThingTest(index: TermIndex, question: Question): ((unit: Sentence) => boolean) | undefined {
  if (!question.kind) return undefined;
  const families = participantFamilies(index, question, true);
  if (families.length) return (unit) => families.every((family) => partsOf(unit).some((p) => p.stems.some((s) => family.has(s))));
  // A focus verb ("arrested") is the asked event already: the key-point test holds items to it. What a speaker's words are
  // about ("what did X say about the opposition") the speech test reads, and a quote rarely writes the setting's word.
  if (question.focus || question.kind === 'speech') return undefined;
  const names = new Set(question.names);
  const setting = new Set(question.setting.filter((s) => !names.has(s)));
  if (!setting.size) return undefined;
  return (unit) => partsOf(unit).some((p) => p.stems.some((s) => setting.has(s)));
}
