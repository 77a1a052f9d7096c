import { quotingOf, unsaidSpeaker } from '../facts/first-person-speech.js';
import type { Sentence } from '../ingest/document.js';
import { attributionField } from '../ingest/opinion.js';
import { isWireAnalysis } from './wire-analysis.js';

/**
 * Whose words or view an item prints, said after its text: the speaker of first-person words the text does not name
 * ("quoting Lena Holt"), then an opinion piece's author. A briefing's items and a digest's points are attributed alike
 * (docs/quality.md, "Sixteenth round (issue 16fix2)", rule 1, and the lead's third rule). A news report's sentence that judges
 * what may come, with no one said to hold the judgement, is the outlet's own analysis and says so ("Twenty-sixth round
 * (issue 16analysis)", rule A).
 */
export function itemAttribution(parts: readonly Sentence[], text: string, meta: { author?: string; opinion?: boolean } | undefined, ofDocument: (docId: string) => readonly Sentence[]): { attribution?: string } {
  const opinion = attributionField(meta).attribution;
  const speaker = unsaidSpeaker(parts, text, ofDocument, meta?.opinion)?.speaker;
  const analysis = !opinion && !speaker && parts.some((p) => isWireAnalysis(p.text)) ? OUTLETS_ANALYSIS : undefined;
  const attribution = [speaker && quotingOf(speaker), opinion, analysis].filter(Boolean).join('; ');
  return attribution ? { attribution } : {};
}

/** The label of a sentence that is the outlet's own analysis, as an opinion piece's items say whose view they are. */
export const OUTLETS_ANALYSIS = "the outlet's analysis";
