import type { TermIndex } from '../index/term-index.js';
import { isWord, stemOf, tokens } from './facet-epithets.js';

/**
 * Whether a facet phrase is, in the set, mostly the setting of its sentences (docs/quality.md,
 * "Twenty-sixth round (issue 16facets4)", rule S): "… from its devastating civil war", "during the
 * civil war". A setting is what the news happens against, not an angle a reader asks for.
 */

/** English's prepositions of time: the phrase they open dates the news, it is not the news. */
const SETTING_PREPOSITIONS = new Set(['during', 'since', 'after', 'before', 'amid', 'amidst', 'throughout', 'until']);
/** Lower-case words (determiner, possessive, modifiers) that may stand between the preposition and the phrase. */
const PREPOSITION_GAP = 3;

const isLowerWord = (t: string) => isWord(t) && !/^\p{Lu}/u.test(t);

/** Whether the phrase starting at words[from] stands as a setting: after a preposition of time. ("From" and "its" were tried and dropped: they mark a source or an owned angle as often.) */
function settingAt(words: readonly string[], from: number): boolean {
  for (let k = from - 1, gap = 0; k >= 0 && gap <= PREPOSITION_GAP; k--, gap++) {
    const t = words[k]!;
    if (SETTING_PREPOSITIONS.has(t.toLowerCase())) return true;
    if (!isLowerWord(t)) break;
  }
  return false;
}

/** Whether a sentence writes a phrase (its stems, space-separated) as a setting at its first mention; undefined when it does not write it. */
export function standsAsSetting(text: string, phrase: string): boolean | undefined {
  const stems = phrase.split(' ');
  const words = tokens(text);
  const wordStems = words.map((w) => (isWord(w) ? stemOf(w) : w));
  for (let i = 0; i + stems.length <= words.length; i++) {
    if (stems.every((s, k) => wordStems[i + k] === s)) return settingAt(words, i);
  }
  return undefined;
}

/** Whether in more than half of the distinct sentences that write it, a phrase (its stems) stands as a setting. */
export function isSetting(index: TermIndex, phrase: string, ids: ReadonlySet<number>): boolean {
  const texts = new Set<string>();
  for (const id of ids) texts.add(index.sentences[id]!.text);
  let mentions = 0;
  let settings = 0;
  for (const text of texts) {
    const setting = standsAsSetting(text, phrase);
    if (setting === undefined) continue;
    mentions++;
    if (setting) settings++;
  }
  return settings * 2 > mentions;
}
