import type { Figure } from '../briefing.js';
import { WRITTEN_WORD } from '../nlp.js';
import { partOfSpeech, writtenWords } from '../summary/written-words.js';

/**
 * A key figure's printed label, the one every renderer shows: its value and what it counts, joined as its sentence joins
 * them. A compound measure keeps its hyphen ("a 49-page indictment" → "49-page indictment", not "49 page indictment"): what
 * it counts is read without the hyphen, so only the sentence still says how the two were written.
 */
export function figureLabel(f: Pick<Figure, 'value' | 'counts' | 'text'>): string {
  // Rule HJ (docs/quality.md, "Session 74"): "food - poisoning" is how the reader's words join; the sentence wrote "food-poisoning".
  const closed = closedHyphens(f.counts, f.text);
  if (closed !== f.counts) return figureLabel({ ...f, counts: closed });
  // "Rovendale led 2-0": one side of a score or tally is printed with the other (rule SP, session 51).
  const pair = pairOf(f.text, f.value);
  if (pair) return figureLabel({ ...f, value: pair });
  if (!f.counts) return f.value;
  // Rule YR (docs/quality.md, "Session 70"): a rate's period read at the head of what the amount counts is printed with the
  // amount, as the sentence writes it ("costing the local economy about 12 million euros a day"), when that places the rest.
  const period = RATE_PERIOD.exec(f.counts)?.[0];
  if (period && writtenWhole(f.text, `${f.value} ${period}`)) {
    const joined = figureLabel({ ...f, value: `${f.value} ${period}`, counts: f.counts.slice(period.length).trim() });
    if (!joined.startsWith(`${f.value} ${period}`)) return joined;
  }
  const counts = asPhrase(f.counts);
  // Rule WO (docs/quality.md, "Session 74"): "eight | points level has dropped": a unit read at the head of what the value counts,
  // where the sentence writes a subject and verb before the value, is printed with the value in the sentence's order.
  const head = /^(\S+)\s+(\S+\s+\S.*)$/.exec(f.counts);
  if (head && writtenWhole(f.text, `${head[2]} ${f.value} ${head[1]}`)) return `${head[2]} ${f.value} ${head[1]}`;
  // "town of 27,000": the size of a noun named before "of" keeps the sentence's order (docs/quality.md, 16figs8's rule N).
  if (/ of$/.test(counts)) return `${counts} ${f.value}`;
  // "China has promised 60.5 million USD": what the sentence writes before the value keeps its place (rule FO, session 46).
  // Also across a hedge, printed as written ("cost the company about 180 million euros", rule DO, session 53).
  const hedge = HEDGES.find((h) => writtenWhole(f.text, `${f.counts} ${h}${f.value}`));
  if (hedge !== undefined) return `${f.counts} ${hedge}${f.value}`;
  // "Blue chips sank 3.1 percent" for "Blue chips in London sank 3.1 percent": the same with words between (rule FO″, session 47).
  // Not when the label's noun follows the value ("has killed 38 people"): then the value leads, as written (rule FW, session 50).
  const nounAfter = writtenWhole(f.text, `${f.value} ${counts.split(' ')[0]!}`);
  const hedged = nounAfter ? undefined : hedgeWrittenBefore(f.text, counts, f.value);
  if (hedged !== undefined) return `${counts} ${hedged}${f.value}`;
  // "The death toll … rose to five": the same with the change's preposition before the value, printed with it (rule FB, session 49).
  // And across a hedge after the preposition, printed as written ("has risen to about 85,000", rule TP, session 62).
  for (const p of CHANGE_PREPOSITIONS) {
    const across = HEDGES.find((h) => writtenBefore(f.text, counts, `${p} ${h}${f.value}`));
    if (across !== undefined) return `${counts} ${p} ${across}${f.value}`;
  }
  // "the currency up 1.2 percent", "rates at 4 percent": written right before the preposition or particle, one word is safe too (rule FU, session 51).
  // Not a noun another number counts ("by 3 votes to 2", "7 reals to 10 reals"): amendment FU′.
  const adjacent = [...CHANGE_PREPOSITIONS, ...CHANGE_PARTICLES].find((p) => wholePlaces(f.text, `${f.counts} ${p} ${f.value}`).some((at) => !/\p{N}[\s-]*$/u.test(f.text.slice(0, at))));
  if (adjacent) return `${f.counts} ${adjacent} ${f.value}`;
  // "Turnout was 68 percent": the copula's subject, written right before it, is printed before the value without it (rule CP, session 51).
  if (COPULAS.some((be) => writtenWhole(f.text, `${f.counts} ${be} ${f.value}`))) return `${f.counts} ${f.value}`;
  // "Exxon rose to 74", "total casualties between 50 and 100": a preposition's object follows it (rule FP, session 46).
  if (PREPOSITION_LAST.test(counts)) return `${counts} ${f.value}`;
  return writtenWhole(f.text, `${f.value}-${counts.split(' ')[0]!}`) ? `${f.value}-${counts}` : `${f.value} ${counts}`;
}

/**
 * Two whole numbers under 1,000 the text joins by a hyphen, one of them the value ("2-0", "240-47"; not "1975-79"); none when
 * the text writes two such pairs with the value, and which one the figure reads cannot be told from its value.
 */
function pairOf(text: string, value: string): string | undefined {
  if (!/^\d{1,3}$/.test(value)) return undefined;
  const pairs = Array.from(text.matchAll(/(?<![\p{L}\p{N}.,-])(\d{1,3})-(\d{1,3})(?![\p{L}\p{N}-])/gu)).filter((m) => m[1] === value || m[2] === value);
  return pairs.length === 1 ? pairs[0]![0] : undefined;
}

/**
 * Where the text writes the words with no letter, digit or figure's mark joined to either end: not "13-page" for "3-page",
 * not "20-months" for "20-month".
 */
function wholePlaces(text: string, words: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}.,$]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? ' ')) places.push(at);
  }
  return places;
}

function writtenWhole(text: string, words: string): boolean {
  return wholePlaces(text, words).length > 0;
}

/** The hedge ('' for none) across which a label is written before the value (`writtenBefore`); undefined when it is not. */
function hedgeWrittenBefore(text: string, counts: string, value: string): string | undefined {
  return HEDGES.find((h) => writtenBefore(text, counts, `${h}${value}`));
}

/**
 * Whether a label of two words or more is written before the value, its words in order as whole words and its last word right
 * before the value ("Blue chips in London sank 3.1 percent").
 */
function writtenBefore(text: string, counts: string, value: string): boolean {
  const words = counts.split(' ');
  if (words.length < 2) return false;
  return wholePlaces(text, `${words.at(-1)!} ${value}`).some((at) => {
    let from = 0;
    return words.slice(0, -1).every((w) => {
      const place = wholePlaces(text, w).find((p) => p >= from && p + w.length <= at);
      if (place !== undefined) from = place + w.length;
      return place !== undefined;
    });
  });
}

/** A rate's period as figures.ts reads it after an amount ("a day", "per year", "for each month"), followed by more of the label. */
const RATE_PERIOD = /^(?:(?:a|an|per|every)|for (?:the|each|every)) (?:second|minute|hour|day|night|week|month|quarter|year)(?= \S)/;

/** What may stand between a label written before the value and the value, printed with them as written; '' for nothing. */
const HEDGES = ['', ...['about', 'some', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'up to', 'more than', 'less than', 'fewer than', 'at least', 'over', 'under', 'just', 'only', 'an estimated'].map((h) => `${h} `)];

/** The prepositions a change writes between its verb and its value ("rose to five", "dropped by 5 percent"). */
const CHANGE_PREPOSITIONS = ['to', 'by', 'at', 'from'];
/** The finite forms of "be" a label may stand before, its value after (rule CP). */
const COPULAS = ['is', 'are', 'was', 'were'];
/** The particles a change writes before its value ("pushed the currency up 1.2 percent"). */
const CHANGE_PARTICLES = ['up', 'down'];

/** A label that ends on a preposition: the value is its object. */
const PREPOSITION_LAST = /\s(?:to|from|of|in|on|at|by|for|with|into|onto|about|as|than|over|under|per|between|below|above|beyond|through|during|after|before|since|against|among|around|toward|towards|near|past|until|within)$/i;

const FINITE_AUXILIARY = /^(?:is|are|was|were|has|have|had)$/i;
const RELATIVE_PRONOUN = /^(?:who|whose|that|which)$/i;
const PERFECT = /^(?:has|have|had)$/i;
const MODAL = /^(?:will|would|shall|should|can|could|may|might|must)$/i;
/** Adverbs that stand between an auxiliary and its participle: they stay, the auxiliary goes. */
const ADVERB = /^(?:\p{L}+ly|also|still|now|already|not|never|recently)$/iu;
/** What a label keeps after a dropped auxiliary: a participle, an adjective or a preposition ("killed", "present", "in"). */
const PREDICATE_TAG = /^(?:VERB|ADJ|ADP)$/;

/**
 * Rule FA (docs/quality.md, "Session 46"): a label is a phrase, "500 villages destroyed", not a clause with its tense, "500
 * villages were destroyed". The first finite "be", or "have" with a "been" after it, goes when a participle, an adjective or a
 * preposition follows it; after a modal it stays ("will participate"), and before a form in -ing ("are being built", "is probing").
 */
function asPhrase(counts: string): string {
  const words = writtenWords(counts);
  const at = words.findIndex((w) => FINITE_AUXILIARY.test(w.bare));
  if (at < 0 || MODAL.test(words[at - 1]?.bare ?? '')) return counts;
  // Rule WR (docs/quality.md, "Session 73"): a relative clause keeps its verb whole: "people whose data was stolen".
  if (words.slice(0, at).some((w) => RELATIVE_PRONOUN.test(w.bare))) return counts;
  const chain = words[at + 1]?.bare === 'been' ? 2 : 1;
  // "have withdrawn" is active: without "have" the participle would read as a passive ("Ukrainians withdrawn").
  if (chain === 1 && PERFECT.test(words[at]!.bare)) return counts;
  let next = at + chain;
  while (next < words.length && ADVERB.test(words[next]!.bare)) next++;
  const word = words[next];
  if (!word || /ing$/i.test(word.bare)) return counts;
  const tag = partOfSpeech(words, next);
  // A participle never ends in -s: "were volunteers" names what they were, whatever the tagger reads.
  if (!tag || !PREDICATE_TAG.test(tag) || (tag === 'VERB' && /s$/i.test(word.bare))) return counts;
  // Where each written word starts, as `writtenWords` reads them: the auxiliary's chain is cut out from its first word to the next.
  const starts = Array.from(counts.matchAll(WRITTEN_WORD), (m) => m.index);
  return (counts.slice(0, starts[at]) + counts.slice(starts[at + chain])).replace(/\s+/g, ' ').trim();
}

/** What a label joins as "a - b" closed up to "a-b" wherever its sentence writes that. */
function closedHyphens(counts: string, text: string): string {
  return counts.replace(/(?<=^|\s)([\p{L}\p{N}]+) - (?=([\p{L}\p{N}]+)(?:\s|$))/gu, (whole, before: string, after: string) => (text.includes(`${before}-${after}`) ? `${before}-` : whole));
}
