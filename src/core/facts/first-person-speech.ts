import type { Sentence } from '../ingest/document.js';
import { readQuotations } from '../ingest/quotation.js';
import { oncePerSentence } from './fact-bounds.js';
import { findQuotes } from './quotes.js';

/**
 * Whose first-person words an item prints without saying whose they are (docs/quality.md, "Sixteenth round (issue 16fix2)",
 * rule 1). "I call on this parliament…" or "we lost 60 percent…" tells a reader nothing until they know who "I" and "we" are:
 * the item names the speaker the quotes section would name, or it is no key point or key figure.
 */
export type UnsaidSpeaker =
  /** Nothing to say: no first-person speech, or the printed text names its speaker. */
  | undefined
  /** The speech's named speaker, whom the item does not name. */
  | { speaker: string }
  /** First-person speech whose speaker the text gives no name for (a pronoun left unresolved, a description). */
  | { speaker: null };

/**
 * A sentence whose own words (outside its quotation) open on a personal pronoun and a verb of saying ('"…," he said', '"…,"
 * she told AFP'): the pronoun's person is named before the sentence. Amendment PA′: not a pronoun later in the sentence's own
 * words ("an official … said that …, a figure that he said "will …""), whose person the sentence writes.
 */
const PRONOUN_SAYS =
  /^[\s"“”,.?!]*(?:(?:he|she|they)\s+(?:\p{L}+ly\s+)?(?:said|says|told|tells|added|adds|asked|asks|explained|continued|insisted|warned|noted|wrote|writes|replied|recalled|argued|declared|stressed)|(?:said|says|added)\s+(?:he|she|they))\b/iu;

/** "I", "we" and their other cases and contractions ("I'm", "we're"); "US" in capitals is the country, not "us". */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\b/;

/**
 * The speaker a unit's first-person speech needs named, read over its sentences: the words inside quotation marks, and the
 * whole of a sentence inside a quotation opened before it. `text` is what the item prints.
 */
export function unsaidSpeaker(parts: readonly Sentence[], text: string, ofDocument: (docId: string) => readonly Sentence[], opinion = false): UnsaidSpeaker {
  const quotes = findQuotes(parts, ofDocument);
  // "…, said Jim Townsend. "I would hope…," he added": a unit is read as one passage, and a part whose speaker the reader left
  // open is the unit's named speaker's.
  const unitSpeaker = quotes.find((q) => q.named)?.speaker ?? '';
  for (const quote of quotes) {
    const words = wordsOf(quote.sentence, ofDocument);
    // Rule PA (docs/quality.md, "Session 70"): a quotation credited to "he" or "she" needs its speaker named as "I" does.
    if (!FIRST_PERSON.test(words.spoken) && !(speaksUnmarked(words.own) && !opinion) && !PRONOUN_SAYS.test(words.own)) continue;
    const speaker = quote.speaker || unitSpeaker;
    // A speaker the text writes needs no saying, named or described ("said the first Portuguese-language author").
    if (speaker && namesSpeaker(text, speaker)) continue;
    if (!speaker || !(quote.named || !quote.speaker)) return { speaker: null };
    return { speaker };
  }
  // A news writer does not say "I" or "we": first-person words outside quotation marks are speech printed without its marks
  // (a pull quote), and one the reader of speech gave no speaker is nobody's words to a reader. An opinion piece's writer
  // speaks for themself, and its attribution says so (docs/quality.md, "Seventeenth round (issue 16first)").
  const quoted = new Set(quotes.map((q) => q.sentence));
  if (!opinion && parts.some((p) => !quoted.has(p) && speaksUnmarked(wordsOf(p, ofDocument).own))) return { speaker: null };
  return undefined;
}

/** The attribution an item's unsaid speaker takes: "quoting Hun Sen". */
export const quotingOf = (speaker: string): string => `quoting ${speaker}`;

/**
 * First-person words a writer's own text says: "we", "our", "my" and their other forms, capitalised or not; "I" only as a
 * pronoun, before a lower-case word or a contraction and not after a capitalised word inside the sentence ("World War I",
 * "Louis I"). "mine" outside quotation marks is more often the noun, and "US" the country.
 */
const UNMARKED_FIRST_PERSON = /\b(?:[Ww]e|us|[Oo]urs?|ourselves|[Mm]y|me|myself)\b|(?<!\S\s+\p{Lu}\p{L}*\s+)\bI(?:['’](?:m|ve|d|ll)\b|\s+\p{Ll})/u;

/** Whether a sentence's own words (outside quotation marks) speak in the first person. */
const speaksUnmarked = (own: string): boolean => UNMARKED_FIRST_PERSON.test(own);

/**
 * A sentence's words inside quotation marks (`spoken`) and outside them (`own`), the rest blanked in each: a quotation may open
 * in an earlier sentence of its paragraph. Read once a sentence: they follow from it and the sentences before it in its own
 * document's paragraph, which a sentence never changes, and every unit holding it is weighed in each answer.
 */
const wordsOf = oncePerSentence((sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): { spoken: string; own: string } => {
  const paragraph = ofDocument(sentence.docId).filter((s) => s.paragraph === sentence.paragraph && s.position <= sentence.position);
  const own = readQuotations(paragraph.at(-1) === sentence ? paragraph : [sentence]).at(-1)?.own ?? sentence.text;
  // Joined once, not added to a character at a time: this string is kept (once a sentence), and V8 keeps one made by `+=` as a
  // chain of one cell a character, tens of bytes each.
  const spoken = new Array<string>(sentence.text.length);
  for (let i = 0; i < sentence.text.length; i++) spoken[i] = own[i] === sentence.text[i] ? ' ' : sentence.text[i]!;
  return { spoken: spoken.join(''), own };
});

/** The text names the speaker when it writes the last word of their name ("…," said David C. Leavy; "Leavy added"). */
function namesSpeaker(text: string, speaker: string): boolean {
  const last = speaker
    .split(' ')
    .at(-1)!
    .replace(/['’]s$/, '');
  return text.split(/[^\p{L}\p{N}-]+/u).includes(last);
}
