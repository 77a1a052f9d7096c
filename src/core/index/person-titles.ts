/**
 * Titles and honorifics a name is written after ("President Emile Lahoud", "Mr. Wang"): shared words of the readers of names
 * (who said what, who is introduced, where a sentence ends) and of what a sentence leans on.
 */

/** Honorifics and titles written as abbreviations: with one name word after them, a short form ("Mr. Wang"). */
export const HONORIFICS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'rev.',
  'gen.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'cmdr.',
  'cmndr.',
  'comdr.',
  'brig.',
  'supt.',
  'insp.',
  'det.',
  'atty.',
  'msgr.',
  'adm.',
  'sgt.',
  'cpl.',
  'pvt.',
  'pfc.',
  'spc.',
  'rep.',
  'sen.',
  'gov.',
]);

export const TITLES = new Set(
  (
    'president vice prime minister ministers secretary secretary-general undersecretary gen. general gov. governor sen. senator rep. ' +
    'representative dr. mr. mrs. ms. miss chief chancellor king queen prince princess foreign defense defence deputy treasury ' +
    'finance interior justice judge mayor police officer ambassador envoy spokesman spokeswoman spokesperson director chairman ' +
    'chairwoman chair commander col. lt. capt. sgt. adm. cmdr. pope rev. father sister sheriff attorney detective professor prof. ' +
    'executive ceo leader lawyer speaker premier sir lord lady senior assistant acting state admiral colonel lieutenant captain ' +
    'sergeant commodore brigadier marshal corporal commissioner archbishop bishop cardinal rabbi imam ayatollah sheikh superintendent inspector'
  ).split(' '),
);
/** Titles only before another title ("Foreign Minister", "Vice President"); before anything else part of a name ("Foreign Ministry"). */
export const TITLE_MODIFIERS = new Set(['vice', 'prime', 'foreign', 'defense', 'defence', 'treasury', 'finance', 'interior', 'justice', 'state', 'deputy', 'senior', 'acting', 'assistant', 'executive']);

/** A title that names a person when a surname follows ("Gen. Varga", "President Arnaud"): a title's modifier ("Foreign", "Vice") needs a title after it. */
export const titlesASurname = (word: string): boolean => {
  const lower = word.toLowerCase().replace(/[.]$/, '');
  return !TITLE_MODIFIERS.has(lower) && (TITLES.has(lower) || TITLES.has(`${lower}.`) || HONORIFICS.has(`${lower}.`));
};
