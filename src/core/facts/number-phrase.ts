import { its, readDoc } from '../nlp.js';
import { type FoundFigure, placeOf } from './figures.js';

/** How many words after the number its noun phrase may run: "fifteen British captured navy personnel". */
const PHRASE_WORDS = 6;

/**
 * The words of the noun phrase that follows the number in its sentence: adjectives, nouns, names and a participle
 * that modifies the noun after it ("captured navy personnel"), up to the first word of another kind. Each word is
 * given with its part of speech, so that a caller can tell the phrase's head noun from a name after it.
 */
export function numberPhrase(f: Pick<FoundFigure, 'value' | 'counts' | 'sentence'>): { word: string; tag: string }[] {
  const text = f.sentence.text;
  const at = placeOf(f);
  if (at < 0) return [];
  const tokens = readDoc(text.slice(at + f.value.length, at + f.value.length + 80)).tokens();
  const words = (tokens.out() as string[]).slice(0, PHRASE_WORDS + 1);
  const tags = (tokens.out(its.pos) as string[]).slice(0, PHRASE_WORDS + 1);
  const out: { word: string; tag: string }[] = [];
  for (let i = 0; i < words.length && out.length < PHRASE_WORDS; i++) {
    const nominal = tags[i] === 'ADJ' || tags[i] === 'NOUN' || tags[i] === 'PROPN';
    const modifier = tags[i] === 'VERB' && /ed$/i.test(words[i]!) && ['ADJ', 'NOUN', 'PROPN'].includes(tags[i + 1] ?? '');
    const possessive = tags[i] === 'PART' && /^['’]s$/.test(words[i]!);
    if (!nominal && !modifier && !possessive) break;
    if (!possessive) out.push({ word: words[i]!.toLowerCase(), tag: tags[i]! });
  }
  return out;
}
