import { quotingOf, unsaidSpeaker } from '../facts/first-person-speech.js';
import type { Sentence } from '../ingest/document.js';
import { attributionField } from '../ingest/opinion.js';
import { isUnsourcedSpeculation } from './unsourced-speculation.js';

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

/** The label of a news report's sentence that is its writer's own speculation, as an opinion piece's items say whose view they are. */
export const OUTLETS_ANALYSIS = "the outlet's analysis";

/**
 * A summary point's or key point's attribution: an item's, and where it has none, a news report's unsourced speculation in
 * a main clause says it is the outlet's own (docs/quality.md, "Twenty-seventh round (issue 16view)", rule V). Figures and
 * timeline lines are read for a number or a date, not for a judgement, and are not labelled so.
 */
export function pointAttribution(parts: readonly Sentence[], text: string, meta: { author?: string; opinion?: boolean } | undefined, ofDocument: (docId: string) => readonly Sentence[]): { attribution?: string } {
  const attributed = itemAttribution(parts, text, meta, ofDocument);
  if (attributed.attribution || meta?.opinion) return attributed;
  return parts.some((p) => isUnsourcedSpeculation(p.text)) ? { attribution: OUTLETS_ANALYSIS } : {};
}
