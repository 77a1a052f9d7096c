import { isReportingStem } from '../facts/quotes.js';
import { isVerb, stem, type TaggedWord, taggedWords } from '../nlp.js';

/**
 * Whether a news sentence is the writer's own speculation: a modal of possibility ("may", "might", "could") or the
 * likelihood frame ("it is possible / likely that", "are likely to") in its main clause, with no source in the sentence
 * (docs/quality.md, "Twenty-seventh round (issue 16view)", rule V). Only the main clause is read: a modal inside a clause
 * the sentence subordinates ("ensuring that few could escape", "officials said … may close") is someone's or something's
 * else, which is where 16analysis's label went wrong. "Would" is not read: a conditional states what follows from a
 * condition (a merger's size, a plan's effect), not what may be.
 */
export function isUnsourcedSpeculation(text: string): boolean {
  if (!MAY_SPECULATE.test(text) || /[?"“”]/.test(text) || /\baccording to\b/i.test(text)) return false;
  const tokens = taggedWords(text);
  if (tokens.some((_, i) => reports(tokens, i))) return false;
  return tokens.some((_, i) => (isPossibilityModal(tokens, i) || isLikelihoodFrame(tokens, i)) && inMainClause(tokens, i) && !isConceded(tokens, i));
}

type Token = TaggedWord;

/** The words rule V reads, and their contractions ("mightn't"): without one, no tagging is needed. */
const MAY_SPECULATE = /\b(?:may|might|could|possible|likely)/i;

/**
 * A finite verb of saying ("said", "told", "warned"): not an infinitive ("to emphasize their value" says nothing was said)
 * and not one that takes an infinitive ("agreed to hold talks", "asked to leave": an agreement or a request, not words).
 */
const reports = (tokens: readonly Token[], i: number) => tokens[i]!.pos === 'VERB' && tokens[i - 1]?.lower !== 'to' && tokens[i + 1]?.lower !== 'to' && isReportingStem(stem(tokens[i]!.lower));

// The closed class of English modals that say what may be; "May" capitalised is the month, so the word is read as written.
const POSSIBILITY = new Set(['may', 'might', 'could']);

/** "could take", "may not be", "might well prove": a modal of possibility before its verb; not "could not" (past inability). */
function isPossibilityModal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'AUX' || !POSSIBILITY.has(t.lower)) return false;
  let k = i + 1;
  if (tokens[k]?.lower === 'not' || tokens[k]?.lower === "n't") {
    if (t.lower === 'could') return false;
    k++;
  }
  if (tokens[k]?.pos === 'ADV') k++;
  return isVerb(tokens[k]);
}

const BE = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', 'being']);

/** "it is possible that", "it is likely that", "are likely to": the frame's "be" (the word the main-clause test reads). */
function isLikelihoodFrame(tokens: readonly Token[], i: number): boolean {
  if (!BE.has(tokens[i]!.lower) || tokens[i]!.pos !== 'AUX') return false;
  let k = i + 1;
  if (tokens[k]?.pos === 'ADV') k++;
  const adjective = tokens[k]?.lower;
  const next = tokens[k + 1]?.lower;
  if (adjective === 'likely' && next === 'to') return true;
  return (adjective === 'possible' || adjective === 'likely') && next === 'that' && tokens[i - 1]?.lower === 'it';
}

// Where a stretch of a sentence ends: a comma, semicolon, colon or dash begins another.
const STRETCH_END = new Set([',', ';', ':', '—', '–', '--', '_']);
// Words that open a subordinate clause when tagged as a pronoun, determiner or adverb (wink tags "that" and the wh-words so).
const WH = new Set(['who', 'whom', 'whose', 'which', 'what', 'that', 'where', 'when', 'whether', 'how', 'why']);

function stretchStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && !STRETCH_END.has(tokens[k - 1]!.lower)) k--;
  return k;
}

/**
 * Whether the word at i heads its clause's verb group in the main clause: nothing before it in its stretch subordinates it
 * (a subordinator, a wh-word or relative pronoun) or governs it (a verb: "officials said the routes may close"). A modal
 * right after "and / or / but" is a second predicate of the stretch's subject, read as the first is.
 */
function inMainClause(tokens: readonly Token[], i: number): boolean {
  const start = stretchStart(tokens, i);
  let end = i;
  if (tokens[i - 1]?.pos === 'CCONJ') end = i - 1;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SCONJ') return false;
    if (WH.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV')) return false;
    if (isVerb(t) && end === i) return false;
  }
  return true;
}

/** "The agenda might be global, but the menu will be Malaysian": a possibility granted to be set aside is no judgement. */
function isConceded(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length - 1; k++) if (STRETCH_END.has(tokens[k]!.lower)) return tokens[k + 1]!.lower === 'but';
  return false;
}
