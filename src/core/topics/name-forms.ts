import type { TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';
import { DEMONYM_ENDINGS, demonymOf } from './question-focus.js';

/** Sentences of a stem read for whether the set writes it as a name: a capital at a sentence's start says nothing. */
const NAME_READS = 3;

/**
 * The other stems the set writes a question's place name in: its people's adjective ("Syrian" for "Syria",
 * "Indonesian" for "Indonesia's") or, for an adjective, its place. The same pairs as `sameName`'s demonym reading
 * (round 10's endings), found by looking up the few stems the endings make, not by reading the set's vocabulary; both
 * stems must be written as names in the set, so that a common word's stem ("parti", "part") is not read as a place's
 * (docs/quality.md, "Twenty-fifth round (issue 16pool)").
 */
export function nameForms(index: TermIndex, word: string): readonly string[] {
  // Read once per word while the set is unchanged: every question of a session asks again of the same names.
  let kept = known.get(index);
  if (!kept || kept.sentences !== index.sentences.length) known.set(index, (kept = { sentences: index.sentences.length, forms: new Map() }));
  let forms = kept.forms.get(word);
  if (!forms) kept.forms.set(word, (forms = formsOf(index, word)));
  return forms;
}

const known = new WeakMap<TermIndex, { sentences: number; forms: Map<string, readonly string[]> }>();

function formsOf(index: TermIndex, word: string): readonly string[] {
  const candidates = new Set<string>();
  const root = word.replace(/[aeiou]$/, '');
  for (const end of DEMONYM_ENDINGS) {
    candidates.add(word + end);
    candidates.add(root + end);
    if (!word.endsWith(end)) continue;
    const base = word.slice(0, -end.length);
    candidates.add(base);
    for (const vowel of 'aeiou') candidates.add(base + vowel);
  }
  candidates.delete(word);
  const forms = [...candidates].filter((c) => index.stemSentences.has(c) && (demonymOf(c, word) || demonymOf(word, c)));
  if (!forms.length || !writtenAsName(index, word)) return [];
  return forms.filter((c) => writtenAsName(index, c));
}

/** Whether some sentence writes a word of this stem with a capital away from the sentence's start. */
function writtenAsName(index: TermIndex, s: string): boolean {
  for (const id of (index.stemSentences.get(s) ?? []).slice(0, NAME_READS)) {
    const sentence = index.sentences[id]!;
    for (const match of sentence.text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
      if (match.index === 0 || !/^\p{Lu}/u.test(match[0])) continue;
      if (stem(match[0].toLowerCase().replace(/['’]s$/, '')) === s) return true;
    }
  }
  return false;
}
