import type { TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { focusFamily, participantFamilies, sameName, statesFocus } from '../topics/question-focus.js';
import type { AnswerKind, Question } from '../topics/read-query.js';
import type { AnswerTypeTest } from './answer-type.js';
import { partsOf } from './passages.js';

/**
 * After a factoid question's lead, what a desk editor keeps: only points that add to the answer
 * (docs/quality.md, "Thirteenth round (issue 16e)"). A point adds when it bears the asked fact as
 * finely as the answer was read (the asked aspect or the question's form), or bears the question
 * word's own type (a name, a date, a place, a figure) and states the asked event. Another aspect of
 * the story, or another event that shares the question's words, is not shown: fewer, never filled.
 */

/** The question words that ask for a fact of a kind: who, how many / much, when, where. */
const FACTOID: ReadonlySet<AnswerKind> = new Set(['person', 'amount', 'time', 'place']);

/**
 * The test a point after the lead must pass; undefined when none applies (a question that asks for
 * no fact of a kind, or whose asked fact no relevant unit bears: then nothing says what adds).
 * `chosen` is the answer-type test the answer was read at (`preferAnswerType`'s `test`).
 */
export function addsToAnswer(index: TermIndex, question: Question, chosen: AnswerTypeTest | undefined): ((unit: Sentence) => boolean) | undefined {
  if (!chosen || !question.kind || !FACTOID.has(question.kind)) return undefined;
  let own = chosen;
  while (own.coarser) own = own.coarser;
  const finer = own === chosen ? undefined : chosen;
  const states = statesAskedEvent(index, question);
  return (unit) => finer?.of(unit) === 'answers' || (own.of(unit) === 'answers' && states(unit));
}

/**
 * Whether a unit states the asked event: a word of the focus family anywhere in it (not only in its
 * main clause: a point that bears the asked fact may tell the event in a subordinate clause); for a
 * question with no focus in the set, one of its names or participants. A figure of the asked kind
 * already counts the asked event or thing (answer-type.ts, `figureTest`).
 */
function statesAskedEvent(index: TermIndex, question: Question): (unit: Sentence) => boolean {
  if (question.kind === 'amount') return () => true;
  const family = question.focus ? focusFamily(index, question.focus).loose : undefined;
  if (family?.size) return (unit) => partsOf(unit).some((p) => statesFocus(p, family));
  const participants = participantFamilies(index, question, true);
  if (!participants.length && !question.names.length) return () => true;
  return (unit) => partsOf(unit).some((p) => p.stems.some((s) => question.names.some((n) => sameName(s, n)) || participants.some((f) => f.has(s))));
}
