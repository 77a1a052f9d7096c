import { isReportingStem } from '../facts/quotes.js';
import { stem, WRITTEN_WORD } from '../nlp.js';

/**
 * Whether a sentence writes a name only as the speaker of its words: every time it writes it, right before a reporting
 * verb ("Olin said …", "Olin told reporters …"), right after one ("…, said Olin") or after "according to". The sentence
 * then states what was said, and the name says only whose words they are: a question's answer may lead with it before the
 * name is introduced, as a who-said-what item does (docs/quality.md, "Twenty-sixth round (issue 16lead7)", rule N1).
 * English's reporting verbs (facts/quotes.ts), not words of any story.
 */
export function namesOnlyItsSpeaker(text: string, name: string): boolean {
  const found = [...text.matchAll(WRITTEN_WORD)];
  const words = found.map((m) => m[0]);
  const reports = (w: string | undefined) => !!w && /^\p{Ll}/u.test(w) && isReportingStem(stem(w));
  // After the verb, the speaker closes the attribution ("…, said Olin."): "said Olin was tired" reports what Olin was.
  const closes = (i: number) => /^\s*(?:[,.;:!?)—–]|$)/.test(text.slice(found[i]!.index + words[i]!.length));
  let written = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== name) continue;
    written = true;
    const accordingTo = words[i - 2]?.toLowerCase() === 'according' && words[i - 1]?.toLowerCase() === 'to';
    if (!reports(words[i + 1]) && !((reports(words[i - 1]) || accordingTo) && closes(i))) return false;
  }
  return written;
}
