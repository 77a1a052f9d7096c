import type { Sentence } from '../ingest/document.js';
import { readQuotations } from '../ingest/quotation.js';
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

/** "I", "we" and their other cases and contractions ("I'm", "we're"); "US" in capitals is the country, not "us". */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Oo]urselves)\b/;

/**
 * The speaker a unit's first-person speech needs named, read over its sentences: the words inside quotation marks, and the
 * whole of a sentence inside a quotation opened before it. `text` is what the item prints.
 */
export function unsaidSpeaker(parts: readonly Sentence[], text: string, ofDocument: (docId: string) => readonly Sentence[]): UnsaidSpeaker {
  const quotes = findQuotes(parts, ofDocument);
  // "…, said Jim Townsend. "I would hope…," he added": a unit is read as one passage, and a part whose speaker the reader left
  // open is the unit's named speaker's.
  const unitSpeaker = quotes.find((q) => q.named)?.speaker ?? '';
  for (const quote of quotes) {
    if (!FIRST_PERSON.test(spokenWords(quote.sentence, ofDocument))) continue;
    const speaker = quote.speaker || unitSpeaker;
    // A speaker the text writes needs no saying, named or described ("said the first Portuguese-language author").
    if (speaker && namesSpeaker(text, speaker)) continue;
    if (!speaker || !(quote.named || !quote.speaker)) return { speaker: null };
    return { speaker };
  }
  return undefined;
}

/** The attribution an item's unsaid speaker takes: "quoting Hun Sen". */
export const quotingOf = (speaker: string): string => `quoting ${speaker}`;

/** The words of a sentence that are quoted, the rest blanked: a quotation may open in an earlier sentence of its paragraph. */
function spokenWords(sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): string {
  const paragraph = ofDocument(sentence.docId).filter((s) => s.paragraph === sentence.paragraph && s.position <= sentence.position);
  const own = readQuotations(paragraph.at(-1) === sentence ? paragraph : [sentence]).at(-1)?.own ?? sentence.text;
  let out = '';
  for (let i = 0; i < sentence.text.length; i++) out += own[i] === sentence.text[i] ? ' ' : sentence.text[i];
  return out;
}

/** The text names the speaker when it writes the last word of their name ("…," said David C. Leavy; "Leavy added"). */
function namesSpeaker(text: string, speaker: string): boolean {
  const last = speaker
    .split(' ')
    .at(-1)!
    .replace(/['’]s$/, '');
  return text.split(/[^\p{L}\p{N}-]+/u).includes(last);
}
