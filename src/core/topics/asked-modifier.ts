import { stem, WRITTEN_WORD } from '../nlp.js';
import { stemsOf } from './relevance.js';

/**
 * The instance a question asks about when it writes an order or status word before the thing: "the first prize", "the
 * first to carry", "the latest search", "a former adviser". A set may tell many prizes, searches or advisers; a point about
 * another one holds the question's other words and answers another question (docs/quality.md, "Twentieth round (issue
 * 16first)"). English words of order and status, not words of any story.
 */
export interface AskedModifier {
  /** The modifier as written, lower-cased ("first"). */
  word: string;
  /** Stems of the words that say the same order or status ("first", "initi", "inaugur"). */
  sense: readonly string[];
  /** Stems of what it qualifies: the content words after it ("nobel", "prize"), or after "to" the verb ("carri"). */
  qualifies: readonly string[];
  /** A word of order ("first", "last"), not of status ("new", "former"): "the first to land" says the order of the event itself. */
  order: boolean;
}

/**
 * The closed class of modifiers, each with the words that say the same order or status: an adverb of the same word
 * ("initially" for "first"), a word the news uses for it ("inaugural", "incoming", "onetime"). An ordinal is only itself.
 */
const SENSES: Record<string, readonly string[]> = {
  first: ['first', 'initial', 'initially', 'inaugural', 'earliest', 'original', 'originally', 'maiden'],
  last: ['last', 'latest', 'final', 'recent'],
  latest: ['last', 'latest', 'final', 'recent'],
  final: ['last', 'latest', 'final'],
  new: ['new', 'newly', 'incoming'],
  former: ['former', 'formerly', 'previous', 'onetime', 'erstwhile'],
  previous: ['former', 'formerly', 'previous'],
  second: ['second'],
  third: ['third'],
  fourth: ['fourth'],
  fifth: ['fifth'],
  sixth: ['sixth'],
  seventh: ['seventh'],
  eighth: ['eighth'],
  ninth: ['ninth'],
  tenth: ['tenth'],
};
const SENSE_STEMS = new Map(Object.entries(SENSES).map(([word, sense]) => [word, [...new Set(sense.map((w) => stem(w)))]]));
/** Status words: before a capitalised name they are part of it ("the former Yugoslavia", "the new Senate"). */
const STATUS = new Set(['new', 'former', 'previous']);

/** Words after which an order or status word is an adjective of the noun after it ("the first prize", "his last trip"). */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those)$/i;
/** A possessive ("Trump's former adviser") determines the noun as "the" does. */
const POSSESSIVE = /\p{L}['’]s$/u;
/** Words that end the modifier's noun phrase. */
const PREPOSITION = /^(?:of|for|in|on|at|by|from|with|about|over|into|against|near|since|under|between|among|during|after|before|to|than|as)$/i;
/** Words after a modifier read as what it qualifies, at most. */
const QUALIFIED_SPAN = 3;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The modifier of the asked part of a question (`asked`: the words before its setting), or undefined. Not read when a
 * status word is part of a name ("the new Senate", "the former Yugoslavia": a capitalised word right after it), nor when
 * the phrase names a person the question asks about ("former Europe adviser Charles Kupchan": two capitalised words after
 * a common one): then the name, not the modifier, picks the instance. An order word before a name picks one of a thing
 * that recurs ("the first Nobel Prize").
 */
export function askedModifierOf(asked: string): AskedModifier | undefined {
  const words = asked.match(WRITTEN_WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    const sense = SENSE_STEMS.get(word);
    if (!sense) continue;
    const before = words[i - 1]?.toLowerCase() === 'very' ? words[i - 2] : words[i - 1];
    if (!before || !(DETERMINER.test(before) || POSSESSIVE.test(before))) continue;
    const after = words.slice(i + 1);
    // "The first to carry the torch": the first one who did what the verb after "to" says.
    if (after[0]?.toLowerCase() === 'to') {
      const qualifies = after[1] ? stemsOf(after[1]) : [];
      if (qualifies.length) return { word, sense, qualifies, order: !STATUS.has(word) };
      continue;
    }
    const end = after.findIndex((w) => PREPOSITION.test(w));
    const phrase = end < 0 ? after : after.slice(0, end);
    if (!phrase.length) continue;
    const partOfName = STATUS.has(word) && CAPITALISED.test(phrase[0]!);
    const namesPerson = phrase.some((w, k) => k > 1 && CAPITALISED.test(w) && CAPITALISED.test(phrase[k - 1]!) && !CAPITALISED.test(phrase[k - 2]!));
    if (partOfName || namesPerson) continue;
    const qualifies = stemsOf(phrase.slice(0, QUALIFIED_SPAN).join(' '));
    if (qualifies.length) return { word, sense, qualifies, order: !STATUS.has(word) };
  }
  return undefined;
}
