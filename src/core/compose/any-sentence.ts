import type { Sentence } from '../ingest/document.js';

/**
 * Whether some sentence of the documents passes a test that reads only that sentence: its text, and its reported speaker
 * when `bySpeaker` is set. A sentence whose text (and speaker) was already tested in this call is skipped, since it can only
 * give the same verdict: a briefing cites every copy of its sentences, so the documents a surname gloss reads grow with the
 * set while their distinct sentences do not (docs/quality.md, "Issue 17, twenty-ninth round (17adhoc8)", rule C1).
 */
export function anySentence(documents: readonly (readonly Sentence[])[], test: (s: Sentence) => boolean, bySpeaker = false): boolean {
  // Each text → the speaker it was tested with; a copy reported as another's speech is tested too (rare, and still right).
  const tested = new Map<string, string | undefined>();
  for (const document of documents) {
    for (const s of document) {
      const speaker = bySpeaker ? (s.speech?.speaker ?? undefined) : undefined;
      if (tested.has(s.text) && tested.get(s.text) === speaker) continue;
      if (test(s)) return true;
      if (!tested.has(s.text)) tested.set(s.text, speaker);
    }
  }
  return false;
}
