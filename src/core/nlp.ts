import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { stemmer } from 'stemmer';

/** One wink-nlp instance for the process: loading the model is the costly part. */
const nlp = winkNLP(model);
export const its = nlp.its;

export function readDoc(text: string) {
  return nlp.readDoc(text);
}

/** True when the text has a verb or auxiliary by wink's part-of-speech tagger. */
export function hasVerb(text: string): boolean {
  return readDoc(text)
    .tokens()
    .out(its.pos)
    .some((pos) => pos === 'VERB' || pos === 'AUX');
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
