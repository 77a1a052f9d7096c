import { readFileSync } from 'node:fs';

/**
 * The stemming of ROUGE-1.5.5's `-m`: a token longer than three characters is looked up in the
 * WordNet 2.0 exception lists (said → say, were → be, children → child), else stemmed by the
 * Porter (1980) rules as ROUGE's script applies them. Those differ from the reference Porter
 * stemmer (and the `stemmer` package) in a few places that move scores by tenths of a point:
 * step 4 tries "-ement" with the other suffixes and then "-ment" and "-ent" in turn, and the
 * "*o" condition (consonant-vowel-consonant) is tested against the whole stem, not its end.
 */

const EXCEPTIONS_FILE = new URL('./data/wordnet-2.0-exceptions.txt', import.meta.url);

let exceptions: Map<string, string> | undefined;

function exceptionTable(): Map<string, string> {
  if (!exceptions) {
    exceptions = new Map();
    for (const line of readFileSync(EXCEPTIONS_FILE, 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      const [form, base] = line.split(' ');
      if (form && base) exceptions.set(form, base);
    }
  }
  return exceptions;
}

/** A token as ROUGE -m counts it: unchanged up to three characters, else its exception or stem. */
export function rougeStem(token: string): string {
  if (token.length <= 3) return token;
  return exceptionTable().get(token) ?? porter(token);
}

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const M_GT_0 = new RegExp(`^(${C})?${V}${C}`);
const M_EQ_1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const M_GT_1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const HAS_VOWEL = new RegExp(`^(${C})?${v}`);
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

/** The longest of `suffixes` that `word` ends with. */
function longestSuffix(word: string, suffixes: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const s of suffixes) if (word.endsWith(s) && (best === undefined || s.length > best.length)) best = s;
  return best;
}

export function porter(word: string): string {
  if (word.length < 3) return word;
  // An initial y is a consonant: upper-case it so that no pattern takes it for a vowel.
  const initialY = word.startsWith('y');
  let w = initialY ? `Y${word.slice(1)}` : word;

  // Step 1a: plurals.
  if (/(ss|i)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);

  // Step 1b: -eed, -ed, -ing.
  if (w.endsWith('eed')) {
    if (M_GT_0.test(w.slice(0, -3))) w = w.slice(0, -1);
  } else {
    const suffix = w.endsWith('ed') ? 'ed' : w.endsWith('ing') ? 'ing' : undefined;
    if (suffix) {
      const stem = w.slice(0, -suffix.length);
      if (HAS_VOWEL.test(stem)) {
        w = stem;
        if (/(at|bl|iz)$/.test(w)) w += 'e';
        else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
        else if (CVC.test(w)) w += 'e';
      }
    }
  }

  // Step 1c: y → i after a vowel somewhere in the stem.
  if (w.endsWith('y') && HAS_VOWEL.test(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;

  // Steps 2 and 3: double and single suffixes, when the stem has m > 0.
  for (const table of [STEP2, STEP3]) {
    const suffix = longestSuffix(w, Object.keys(table));
    if (suffix !== undefined) {
      const stem = w.slice(0, -suffix.length);
      if (M_GT_0.test(stem)) w = stem + table[suffix]!;
    }
  }

  // Step 4: residual suffixes, when the stem has m > 1 (ROUGE's order: -ement with the others, then -ment, then -ent or -ion).
  const suffix4 = longestSuffix(w, STEP4);
  if (suffix4 !== undefined && M_GT_1.test(w.slice(0, -suffix4.length))) w = w.slice(0, -suffix4.length);
  if (w.endsWith('ment') && M_GT_1.test(w.slice(0, -4))) w = w.slice(0, -4);
  if (w.endsWith('ent')) {
    if (M_GT_1.test(w.slice(0, -3))) w = w.slice(0, -3);
  } else if (/[st]ion$/.test(w) && M_GT_1.test(w.slice(0, -3))) w = w.slice(0, -3);

  // Step 5: a final -e, and -ll.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    if (M_GT_1.test(stem) || (M_EQ_1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (w.endsWith('ll') && M_GT_1.test(w)) w = w.slice(0, -1);

  return initialY ? `y${w.slice(1)}` : w;
}
