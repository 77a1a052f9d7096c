import { isReportingStem } from '../facts/quotes.js';
import { stem } from '../nlp.js';

/**
 * Whether a news report's sentence is its writer's own analysis: a judgement of what may come of the story, in a modal of
 * possibility or a predicate of likelihood ("could be a bargaining tactic", "would prove a diplomatic coup", "is likely
 * to", "it is possible that"), with no one said to hold it (docs/quality.md, "Twenty-sixth round (issue 16analysis)", rule A).
 * An opinion piece's sentences are labelled as such already; a quoted official's forecast ("could take weeks," the minister
 * said) is attributed and is not one. Only English's closed classes are read (modals, likelihood words, verbs of saying,
 * belief and showing).
 */
export function isWireAnalysis(text: string): boolean {
  // Quoted words are someone's: a sentence that quotes is attributed in itself.
  if (/["“”]/.test(text)) return false;
  // ", a move that could …" closing a reported fact is the writer's judgement on it, whoever reported the fact (item 3).
  if (APPENDED_VIEW.test(text)) return true;
  if (!MODAL_VIEW.test(text) && !WOULD_VIEW.test(text) && !LIKELIHOOD.test(text)) return false;
  return !attributes(text);
}

const MODAL = String.raw`(?:could|might|may|would)`;
/** "could", "might", "may" (not the month), then a verb: possibility. "could not" is past ability, not a forecast. */
const MODAL_VIEW = /\b(?:could\s+(?!not\b)|(?:might|may)\s+(?:not\s+)?)(?:(?:well|also|even|further|yet|still|potentially|eventually|ultimately)\s+)?[a-z]+\b/;
/**
 * "would" reports a plan told in the past as often as it judges ("the meeting would take place in Alaska", "troops would be
 * provided", "would be going out Monday"): only "would" before a verb of being or proving that is no passive and no
 * progressive ("would be dramatic", "would prove a coup").
 */
const WOULD_VIEW =
  /\bwould\s+(?:(?:also|even|potentially|likely|certainly|surely)\s+)?(?:prove|become|mean|be(?!\s+(?:[a-z]+(?:ed|en|ing)|held|made|sent|built|put|set|kept|paid|sold|told|found|brought|taken|given|cut|hit|shut|led|left|run|won|read|done|seen|met|struck|caught|bought|fought|laid|lost|meant)\b))\b/;
/** "is likely to", "it is possible that", "probably", "perhaps": the likelihood adjectives and hedging adverbs. */
const LIKELIHOOD =
  /\b(?:(?:is|are|was|were|seems?|seemed|appears?|appeared|looks?)\s+(?:(?:very|highly|more|less|increasingly)\s+)?(?:un)?likely\s+to|it\s+is\s+(?:(?:very|quite|entirely)\s+)?(?:possible|likely|unlikely|probable|conceivable)\s+that|probably|possibly|perhaps|arguably|presumably)\b/i;
/** ", a move that could …": a comma, an indefinite noun phrase of up to three words, a relative, a modal. */
const APPENDED_VIEW = new RegExp(String.raw`,\s+an?\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:that|which)\s+(?:(?:also|further|even)\s+)?${MODAL}\b`);

/**
 * Verbs of belief and of showing ("analysts expect …", "the study showed that …", "others hinted …"), and nouns and
 * adjectives of belief ("worries about where …", "hopeful that …"): each says whose judgement the modal is, as a verb of
 * saying does.
 */
const HOLDS = new Set(
  (
    'believe believes believed think thinks thought expect expects expected fear fears feared fearful hope hopes hoped hopeful ' +
    'estimate estimates estimated speculate speculates speculated speculation forecast forecasts predict predicts doubt doubts ' +
    'doubted suspect suspects suspected anticipate anticipates anticipated worry worries worried concern concerns concerned ' +
    'confident optimistic pessimistic expectation expectations showed shown show shows found finds demonstrated demonstrates ' +
    'discovered revealed reveals indicated indicates hinted hints signaled signalled suggests suggested suggesting'
  ).split(' '),
);

/** Whether the sentence says whose words or judgement it holds. */
function attributes(text: string): boolean {
  if (/\baccording\s+to\b/i.test(text)) return true;
  // Written in lower case ("States" in "United States" is a name), and not an infinitive ("to emphasize their value").
  const words = text.match(/[A-Za-z]+/g) ?? [];
  return words.some((word, i) => /^[a-z]/.test(word) && words[i - 1] !== 'to' && (HOLDS.has(word) || isReportingStem(stem(word))));
}
