import type { Sentence } from './document.js';
import { oncePerSentence } from './fact-bounds.js';

export interface FoundQuote {
  speaker: string;
  sentence: Sentence;
}

const VERBS =
  'said|says|say|told|tells|added|adds|asked|stated|states|noted|notes|argued|argues|warned|warns|wrote|writes|declared|emphasi[sz]ed|stressed|described|praised|insisted|claimed|explained|acknowledged|admitted|announced|revealed|vowed|suggested|urged|replied|responded|remarked|commented|conceded|predicted|promised|informed|called';
// At most six words: a name has no more, and an unbounded run of capitalised words is tried from each of its words.
const NAME = "(?:[A-Z][\\p{L}.'’-]+|von|van|der|de|la|al|bin)(?:\\s+(?:[A-Z][\\p{L}.'’-]+|von|van|der|de|la|al|bin)){0,5}";
const AFTER_QUOTE = new RegExp(`[”"],?\\s+(?:(${VERBS})\\s+(${NAME})|(${NAME})(?:,\\s*([^,”"]{0,80}),)?\\s+(?:\\w+ly\\s+)?(?:${VERBS})\\b)`, 'u');
const BEFORE_QUOTE = new RegExp(`(${NAME})(?:,\\s*([^,”"]{0,80}),)?\\s+(?:\\w+ly\\s+)?(?:${VERBS})\\b[^“”"]{0,120}[“"]`, 'u');
const WHOLE_NAME = new RegExp(`^${NAME}$`, 'u');
const ACCORDING = new RegExp(`according to (${NAME})`, 'u');
const PRONOUN = /[”"],?\s+(he|she|they)\s+(?:said|says|added|told|asked|wrote|noted)\b/i;
const NOT_A_NAME = new Set(['The', 'But', 'And', 'A', 'An', 'In', 'On', 'At', 'It', 'This', 'That', 'He', 'She', 'They', 'We', 'I', 'As', 'If', 'When', 'While', 'Yet', 'So', 'Still', 'However', 'Some', 'Such', 'Also', 'Then', 'Now',
  'Although', 'Though', 'After', 'Before', 'Since', 'Because', 'Despite', 'With', 'Without', 'For', 'From', 'By', 'During',
  'Meanwhile', 'Instead', 'Only', 'Even', 'Both', 'Each', 'Every', 'Many', 'Most', 'Until', 'Unless', 'Once', 'Later',
  'Earlier', 'Today', 'Yesterday', 'Asked', 'Speaking', 'Under', 'Over', 'Among', 'Like', 'Unlike', 'Of', 'To', 'Or', 'Nor']);

/**
 * Sentences that quote someone, with who is quoted. The speaker is the name next to a reporting
 * verb ("…,” Zelensky said; asked Charles Kupchan; Trump stated: “…”); "he said" takes the
 * speaker of the document's previous quote.
 */
export function findQuotes(sentences: readonly Sentence[], allOfDocument: (docId: string) => readonly Sentence[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const sentence of sentences) {
    if (!/[“”"][^“”"]{8,}[“”"]/.test(sentence.text)) continue;
    const speaker = speakerOf(sentence, allOfDocument(sentence.docId));
    if (speaker) out.push({ speaker, sentence });
  }
  return out;
}

const speakerOf = oncePerSentence((sentence: Sentence, document: readonly Sentence[]): string | undefined => {
  const text = sentence.text;
  const name = speakerIn(text) ?? (ACCORDING.exec(text)?.[1] ? cleanName(ACCORDING.exec(text)![1]!) : undefined);
  if (name) return name;
  if (!PRONOUN.test(text)) return undefined;
  // "he added": the speaker of the nearest earlier quote in the same document.
  for (let i = sentence.position - 1; i >= Math.max(0, sentence.position - 4); i--) {
    const previous = document[i];
    if (!previous || previous === sentence) continue;
    const found = speakerIn(previous.text);
    if (found) return found;
    const asked = new RegExp(`\\b(?:said|asked|added)\\s+(${NAME})`, "u").exec(previous.text);
    if (asked?.[1]) return cleanName(asked[1]);
  }
  return undefined;
});

/** The name next to a reporting verb, before or after the quote. */
function speakerIn(text: string): string | undefined {
  const after = AFTER_QUOTE.exec(text);
  if (after) return cleanName(after[2] ?? chosen(after[3]!, after[4]));
  const before = BEFORE_QUOTE.exec(text);
  return before ? cleanName(chosen(before[1]!, before[2])) : undefined;
}

/**
 * "The chief executive of Granger Telecom, Ray Verth, said": a name set off by commas is who
 * spoke; a description set off the same way ("Putin, Russia's president, said") is not.
 */
function chosen(name: string, apposition: string | undefined): string {
  const set = apposition?.trim();
  return set && WHOLE_NAME.test(set) && cleanName(set) === set ? set : name;
}

function cleanName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  while (words.length && NOT_A_NAME.has(words[0]!)) words.shift();
  const name = words.join(' ').replace(/[.,]$/, '');
  if (!name || !/^[A-Z]/.test(name)) return undefined;
  return name;
}
