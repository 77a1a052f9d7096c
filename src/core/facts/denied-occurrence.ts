import { cappedMemo } from '../capped-memo.js';
import { its, readDoc, stem } from '../nlp.js';

/**
 * What a sentence says did not happen or does not exist, in the existential shape news copy uses for it: "there was no
 * fighting", "there were no casualties or damage", "there has been no formal announcement" (docs/quality.md, "Conflicts,
 * session 36", rule E). Stems of the nouns denied; empty when the sentence has no such shape.
 */
export function deniedOccurrences(text: string): ReadonlySet<string> {
  return EXISTENTIAL_HINT.test(text) ? readDenied(text) : NONE;
}

const NONE: ReadonlySet<string> = new Set();
/** Cheap test first: most sentences hold no "there … no" and are never tagged here. */
const EXISTENTIAL_HINT = /\bthere\b[^.;:]*\bno\b/i;
/** Forms of "be" after "there", as one word or two ("has been", "will be"). */
const BE = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
const BE_AFTER = new Map([
  ['has', 'been'],
  ['have', 'been'],
  ['had', 'been'],
  ['will', 'be'],
]);
/**
 * Words after the noun that give it a complement: "no evidence that", "no reason to", "no reports of damage", "no word on
 * whether", "no need for". Such a noun is of knowing, saying or needing, about something else, not an occurrence.
 */
const COMPLEMENT = new Set(['of', 'that', 'to', 'about', 'on', 'whether', 'for', 'as', 'than']);
/** Words that open a condition or a question: what follows them is not said to be so. */
const CONDITION = new Set(['if', 'unless', 'whether']);
/** Words between "no" and the noun that leave it the thing denied: "no longer any fighting". */
const BETWEEN = new Set(['longer', 'any', 'more']);

const readDenied = cappedMemo((text: string): ReadonlySet<string> => {
  const tokens = readDoc(text).tokens();
  const words = (tokens.out() as string[]).map((w) => w.toLowerCase());
  const tags = tokens.out(its.pos) as string[];
  const out = new Set<string>();
  // A denial inside a condition ("if there is no evidence, the case will be closed") says nothing did not happen.
  let conditional = false;
  for (let i = 0; i < words.length; i++) {
    if (tags[i] === 'PUNCT') conditional = false;
    if (CONDITION.has(words[i]!)) conditional = true;
    if (words[i] !== 'there' || conditional) continue;
    let k = i + 1;
    if (BE.has(words[k]!)) k++;
    else if (BE_AFTER.get(words[k]!) === words[k + 1]) k += 2;
    else continue;
    if (words[k] !== 'no') continue;
    // The noun denied, and each one "or"/"nor" joins to it: "no skirmishes or military action".
    for (k++; k < words.length; k++) {
      while (k < words.length && (BETWEEN.has(words[k]!) || tags[k] === 'ADJ')) k++;
      if (tags[k] !== 'NOUN') break;
      // A compound's head is its last noun: "no tsunami warning" denies a warning.
      while (tags[k + 1] === 'NOUN') k++;
      if (!COMPLEMENT.has(words[k + 1] ?? '')) out.add(stem(words[k]!));
      if (words[k + 1] !== 'or' && words[k + 1] !== 'nor') break;
      k++;
    }
  }
  return out;
});

/**
 * The nouns a sentence reports as having happened: the object of a verb it states ("reported heavy fighting", "caused
 * casualties"), read in a clause that is not denied, conditional or merely possible ("unless he takes decisive action",
 * "could cause casualties"). A verb of the same stem ("rebels who are fighting for independence") names a side's cause, not
 * an occurrence, and a noun that is the subject of an ending ("the fighting had ended") agrees with a denial: neither counts.
 */
export function reportedOccurrences(text: string): ReadonlySet<string> {
  return readReported(text);
}

/** Words that make the rest of their clause unstated: a negation, a condition, a possibility, a question. */
const UNSTATED = new Set(['not', "n't", 'no', 'never', 'if', 'unless', 'whether', 'may', 'might', 'could', 'would', 'should']);

const readReported = cappedMemo((text: string): ReadonlySet<string> => {
  const tokens = readDoc(text).tokens();
  const words = (tokens.out() as string[]).map((w) => w.toLowerCase());
  const tags = tokens.out(its.pos) as string[];
  const out = new Set<string>();
  let unstated = false;
  for (let i = 0; i < words.length; i++) {
    if (tags[i] === 'PUNCT' || tags[i] === 'SCONJ' || tags[i] === 'CCONJ') unstated = false;
    if (UNSTATED.has(words[i]!)) unstated = true;
    if (unstated || tags[i] !== 'VERB') continue;
    let k = i + 1;
    while (k < words.length && k - i <= 3 && (tags[k] === 'DET' || tags[k] === 'ADJ')) k++;
    if (tags[k] !== 'NOUN') continue;
    while (tags[k + 1] === 'NOUN') k++;
    // A noun with its own verb after it is the subject of a clause ("said the looting had ended"), not the verb's object.
    if (tags[k + 1] === 'AUX' || tags[k + 1] === 'VERB') continue;
    out.add(stem(words[k]!));
  }
  return out;
});
