import { idf, type TermIndex } from '../index/term-index.js';
import type { Sentence } from '../ingest/document.js';
import { WRITTEN_WORD } from '../nlp.js';
import { focusFamily, holdsAskedName, namesAParticipant, participantFamilies } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';
import { ANSWER_POOL, type AnswerRanker, answerParts, valuesNear } from './answer-first.js';
import { WITHOUT_ANSWER_TYPE } from './answer-type.js';
import { partsOf } from './passages.js';
import { topK } from './top-k.js';

/**
 * What a question's lead is chosen by: the signals the product already reads about a unit against the question, as one
 * vector, weighed by a linear model fitted on the design answer keys (`npx tsx eval/fit-answer.ts`, docs/quality.md,
 * "Nineteenth round (issue 16rank)"). The product and the fit read the same numbers from this one function.
 */
export const ANSWER_FEATURES = [
  'share',
  'phrase',
  'near',
  'away',
  'background',
  'compact',
  'relevance',
  'poolRank',
  'summaryPoint',
  'opinion',
  'bearsType',
  'typeMiss',
  'focus',
  'participant',
  'askedName',
  'opening',
  'length',
  'passage',
  'hand',
  'agreement',
] as const;

/** What an opinion piece's point keeps of its hand score as a question's answer: a reported fact that answers as well leads. */
const OPINION_ANSWER = 0.8;
/** Words at which a unit's length counts as 1, and the most it counts. */
const LENGTH_UNIT = 30;
const LENGTH_MOST = 2;
/** Other documents writing the unit's value at which agreement counts 1. */
const AGREEING_DOCUMENTS = 5;

/** What the answer's composition knows of a unit beyond its text: where it comes from and whether it bears the asked form. */
export interface AnswerContext {
  index: TermIndex;
  question: Question;
  /** The pool the lead is read from, with the relevance each unit was ranked by. */
  pool: { units: readonly Sentence[]; scores: ArrayLike<number> };
  publishedOf: (unit: Sentence) => string | undefined;
  isOpinion: (unit: Sentence) => boolean;
  /** The unit bears the answer type the question's form asks for (answer-type.ts), or no unit does. */
  bearsType: (unit: Sentence) => boolean;
  /** Units that bear the answer type rank above all others (a cause): one that does not is no answer. */
  typeRanksAbove: boolean;
}

/** Weights of the shipped model, by ANSWER_FEATURES; until a fit beats the hand score, the hand score alone. */
export const ANSWER_WEIGHTS: number[] = ANSWER_FEATURES.map((f) => (f === 'hand' ? 1 : 0));

/** The features of every unit of one question's answer, and the model's score of them. */
export function answerRanker(context: AnswerContext, weights: readonly number[] = ANSWER_WEIGHTS): AnswerRanker {
  const { index, question, pool } = context;
  const weightOf = (s: string) => idf(index, s);
  const family = question.focus ? focusFamily(index, question.focus).loose : undefined;
  const participants = participantFamilies(index, question);
  const order = Array.from(pool.units.keys()).sort((a, b) => pool.scores[b]! - pool.scores[a]! || a - b);
  const rankOf = new Map(order.map((i, r) => [pool.units[i]!, r]));
  const best = order.length ? pool.scores[order[0]!]! : 0;
  const scoreOf = new Map(pool.units.map((u, i) => [u, pool.scores[i]!]));
  // The words of each document among the most relevant units, read once, for the sources that write a unit's value too.
  let wordsByDocument: Map<string, Set<string>> | undefined;
  const agreement = (unit: Sentence) => {
    const values = valuesNear(unit, question);
    if (!values.length) return 0;
    wordsByDocument ??= documentWords(topK(pool.units, pool.scores, ANSWER_POOL));
    let others = 0;
    for (const [docId, words] of wordsByDocument) if (docId !== unit.docId && values.some((v) => words.has(v))) others++;
    return Math.min(others / AGREEING_DOCUMENTS, 1);
  };
  return {
    features(unit, summaryPoint) {
      const parts = answerParts(unit, question, weightOf, context.publishedOf(unit));
      const opinion = context.isOpinion(unit);
      const bears = context.bearsType(unit);
      const typeFactor = bears ? 1 : context.typeRanksAbove ? 0 : WITHOUT_ANSWER_TYPE;
      const rank = rankOf.get(unit);
      const words = unit.words.length;
      return [
        parts.share,
        parts.phrase,
        Number(parts.place === 'near'),
        Number(parts.place === 'away'),
        Number(parts.history < 1),
        parts.compact,
        best > 0 ? (scoreOf.get(unit) ?? 0) / best : 0,
        rank === undefined ? 0 : Math.max(0, 1 - Math.log1p(rank) / Math.log1p(ANSWER_POOL)),
        Number(summaryPoint),
        Number(opinion),
        Number(bears),
        Number(!bears && context.typeRanksAbove),
        family ? Number(unit.stems.some((s) => family.has(s))) : 1,
        Number(namesAParticipant(unit, participants)),
        Number(holdsAskedName(unit, question)),
        1 / (1 + partsOf(unit)[0]!.position),
        Math.min(words / LENGTH_UNIT, LENGTH_MOST),
        Number(partsOf(unit).length > 1),
        parts.score * (opinion ? OPINION_ANSWER : 1) * typeFactor,
        agreement(unit),
      ];
    },
    score: (features) => features.reduce((a, x, i) => a + x * weights[i]!, 0),
  };
}

/** The lower-cased written words of each document's units. */
function documentWords(units: readonly Sentence[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const u of units) {
    let words = out.get(u.docId);
    if (!words) out.set(u.docId, (words = new Set()));
    for (const m of u.text.matchAll(WRITTEN_WORD)) words.add(m[0].toLowerCase());
  }
  return out;
}
