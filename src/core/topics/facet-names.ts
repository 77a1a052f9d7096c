import { isNumberWord } from '../facts/number-words.js';
import { relatedStemsOfEach } from '../index/related-words.js';
import type { TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';
import { isGeneric, nameStory, readStory } from './name-story.js';

/**
 * Whether a recurring phrase names an angle a desk would name (docs/quality.md, "Facets a desk
 * would name"): its head is no unit and no generic noun, not the story's own event, and no word
 * that only orders opens it. Closed classes of English, written before any set was run with them.
 */

const MEASURE_UNITS = [
  ...['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'],
  ...['mile', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'centimeter', 'millimeter', 'foot', 'feet', 'inch', 'yard', 'acre', 'hectare'],
  ...['pound', 'ounce', 'kilogram', 'kilo', 'gram', 'ton', 'tonne', 'liter', 'litre', 'gallon', 'barrel', 'knot', 'mph'],
  ...['dollar', 'euro', 'cent'],
  ...['percent', 'degree', 'point', 'magnitude'],
];
const GENERIC_NOUNS = [
  // place
  ...['place', 'location', 'site', 'spot', 'scene', 'area', 'region', 'zone', 'section'],
  // time
  ...['time', 'moment', 'period', 'date', 'era'],
  // event
  ...['event', 'incident', 'occurrence', 'happening', 'situation', 'matter', 'affair', 'occasion', 'development', 'thing'],
  // quantity
  ...['number', 'amount', 'total', 'figure', 'level', 'rate', 'percentage'],
  // standing
  ...['lead', 'part', 'position', 'rank', 'top', 'rest'],
];
const UNITS = new Set(MEASURE_UNITS.map(stem));
const GENERIC_HEADS = new Set(GENERIC_NOUNS.map(stem));

/** Words that only order a head among others of its kind, and particles of borrowed phrases ("en route"). */
const ORDERING = new Set([
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  ...['last', 'next', 'previous', 'subsequent', 'following', 'latest', 'earlier', 'later', 'former', 'final', 'initial', 'further', 'other', 'another', 'same'],
  ...['en', 'au', 'à', 'par'],
]);

/** Which rule of "Facets a desk would name" a phrase breaks (3, one referent, is measured in eval/facet-rules.ts, not built). */
export type FacetRule = 1 | 2 | 3 | 4;

/** The stems that say the story's own event: the common-noun words of its name, and their related words the set uses. */
export function storyEventStems(index: TermIndex): Set<string> {
  const ids = [...index.documents.keys()];
  if (!ids.length) return new Set();
  const reading = readStory(index, ids);
  const name = nameStory(index, ids, new Set(), reading);
  const own = name.title
    .split(/[\s-]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w && !reading.proper(stem(w)));
  const out = new Set(own.map(stem));
  // One pass over the lexicon for all the name's words: a scan each cost a one-story set's start a tenth of a second a word.
  for (const near of relatedStemsOfEach(own, (s) => index.stemSentences.has(s)).values()) for (const r of near) out.add(r.stem);
  return out;
}

/**
 * The rule a phrase (its words as written, lower case) breaks on its own, if any. `counted` tells
 * whether the set writes it after a number in most of its uses: a unit's word that is not ("rail
 * yard", "talking points") names a thing, not a measure.
 */
export function phraseFault(words: readonly string[], storyEvent: ReadonlySet<string>, counted: () => boolean): FacetRule | undefined {
  const first = words[0]!;
  if (words.length > 1 && (ORDERING.has(first) || isNumberWord(first) || /^\d/.test(first))) return 4;
  const head = words.at(-1)!;
  if (GENERIC_HEADS.has(stem(head)) || isGeneric(head) || isGeneric(stem(head))) return 1;
  if (UNITS.has(stem(head)) && counted()) return 1;
  if (storyEvent.has(stem(head))) return 2;
  return undefined;
}

/** Whether most of these sentences write the phrase (its stems) right after a number: "12 nautical miles", "by two minutes". */
export function afterNumber(sentences: readonly { words: readonly string[] }[], phrase: readonly string[]): boolean {
  let counted = 0;
  for (const s of sentences) {
    const lower = s.words.map((w) => w.toLowerCase());
    const at = lower.findIndex((_, i) => phrase.every((p, k) => lower[i + k] !== undefined && stem(lower[i + k]!) === p));
    const before = at > 0 ? lower[at - 1]! : '';
    if (/^\d/.test(before) || isNumberWord(before)) counted++;
  }
  return counted * 2 >= sentences.length && sentences.length > 0;
}
