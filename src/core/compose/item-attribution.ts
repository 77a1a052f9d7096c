import { quotingOf, unsaidSpeaker } from '../facts/first-person-speech.js';
import type { Sentence } from '../ingest/document.js';
import { attributionField } from '../ingest/opinion.js';

/**
 * Whose words or view an item prints, said after its text: the speaker of first-person words the text does not name
 * ("quoting Lena Holt"), then an opinion piece's author. A briefing's items and a digest's points are attributed alike
 * (docs/quality.md, "Sixteenth round (issue 16fix2)", rule 1, and the lead's third rule).
 */
export function itemAttribution(parts: readonly Sentence[], text: string, meta: { author?: string; opinion?: boolean } | undefined, ofDocument: (docId: string) => readonly Sentence[]): { attribution?: string } {
  const opinion = attributionField(meta).attribution;
  const speaker = unsaidSpeaker(parts, text, ofDocument, meta?.opinion)?.speaker;
  const attribution = [speaker && quotingOf(speaker), opinion].filter(Boolean).join('; ');
  return attribution ? { attribution } : {};
}
