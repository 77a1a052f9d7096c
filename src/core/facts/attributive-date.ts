import { its, readDoc } from '../nlp.js';

/**
 * What stands before a date used as a noun's modifier ("the July 7 bombings", "since the Oct. 7 attack", "Britain's 7 July
 * attacks", "after July 7 attacks"): a determiner or a possessive, or a preposition alone. Undefined when the date modifies
 * no noun (issue 16dates3).
 */
export type AttributiveKind = 'determiner' | 'preposition';

/**
 * Whether the expression at `index` (of `length` characters) stands between a determiner, a possessive or a preposition and
 * a noun it modifies, by the tagger's parts of speech: the first word after it that is not a name or an adjective is a
 * noun ("the July 7 London bombings"). A preposition alone is ambiguous with a time adverbial before a subject ("On July 7
 * police arrested …"), so it is told apart from a determiner.
 */
export function attributiveKind(text: string, index: number, length: number): AttributiveKind | undefined {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  let at = 0;
  let before = -1;
  let after = -1;
  for (let i = 0; i < words.length; i++) {
    const start = text.indexOf(words[i]!, at);
    if (start < 0) continue;
    at = start + words[i]!.length;
    if (at <= index) before = i;
    else if (start >= index + length && after < 0) after = i;
  }
  if (before < 0 || after < 0) return undefined;
  let head = after;
  while (head < tags.length && (tags[head] === 'PROPN' || tags[head] === 'ADJ')) head++;
  if (tags[head] !== 'NOUN') return undefined;
  const tag = tags[before]!;
  if (tag === 'DET' || tag === 'PRON' || (tag === 'PART' && /^['’]s$/i.test(words[before]!))) return 'determiner';
  return tag === 'ADP' ? 'preposition' : undefined;
}
