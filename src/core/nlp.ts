import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { stemmer } from 'stemmer';

/** One wink-nlp instance for the process: loading the model is the costly part. */
const nlp = winkNLP(model);
export const its = nlp.its;

export function readDoc(text: string) {
  return nlp.readDoc(forTokenizer(text));
}

/**
 * The text as wink-nlp is given it: each run of non-space characters longer than 64 (no word is)
 * replaced by as many digits. wink's model tests every new token with /[a-z].*\.$/i, which costs
 * time in the square of its length: one 130 KB "word" took 100 s. Lengths and offsets stay the
 * same, so a sentence's text is still cut from the original.
 */
export function forTokenizer(text: string): string {
  return text.replace(/\S{65,}/g, (run) => '1'.repeat(run.length));
}

/**
 * True when the text has a finite verb by wink's part-of-speech tagger. A lone "-ing"
 * participle does not count: "Ships waiting at anchor" names a scene, it states nothing.
 */
export function hasVerb(text: string): boolean {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  return (tokens.out(its.pos) as string[]).some((pos, i) => (pos === 'VERB' && !/ing$/i.test(words[i]!)) || pos === 'AUX');
}

const stems = new Map<string, string>();
/** Porter stem, cached: the same few thousand words recur across a set. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stems.size < 200_000) stems.set(word, s);
  }
  return s;
}

/** A word as written in a sentence's text, letters or digits with inner apostrophes and hyphens; global, for matchAll. */
export const WRITTEN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
