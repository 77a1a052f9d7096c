/** Common English function words: a text where they are rare is not English, whatever its page claims to be. */
const ENGLISH = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'is',
  'that',
  'for',
  'it',
  'was',
  'on',
  'with',
  'as',
  'said',
  'by',
  'he',
  'she',
  'are',
  'at',
  'from',
  'has',
  'have',
  'be',
  'this',
  'an',
  'not',
  'but',
  'will',
  'they',
  'his',
  'her',
  'their',
  'were',
  'which',
]);

/**
 * The language of an article, as a lower-case subtag: the one the page declares, unless its words
 * say it is not English after all; "und" when nothing says and the text does not read as English.
 * Only "en" matters downstream (the NLP model is English-only).
 */
export function languageOf(text: string, declared?: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return declared ?? 'und';
  const latin = words.filter((w) => /^[a-z]+$/.test(w)).length / words.length;
  const english = words.filter((w) => ENGLISH.has(w)).length / words.length;
  const readsEnglish = latin > 0.8 && english > 0.08;
  if (declared && declared !== 'en') return declared;
  return readsEnglish ? 'en' : declared === 'en' ? (latin < 0.5 ? 'und' : 'en') : 'und';
}
