import { describe, expect, it } from 'vitest';
import { selectKeyPoints } from '../../../src/core/compose/key-points.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { SAME_POINT, sentenceSimilarity } from '../../../src/core/index/similarity.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { partsOf, unitsOf } from '../../../src/core/summary/passages.js';

/** Made-up wire copy of a night-club fire: two wires give the police's statement on how the victims died. */
function doc(id: string, text: string) {
  const built = buildDocument({ id, text, meta: { published: '1998-10-31' } });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

describe('a key point is read sentence by sentence against what is shown (docs/quality.md, twenty-third round 16once, rule K)', () => {
  const first = doc('a', 'Police said most of the victims choked to death on smoke and toxic fumes; 41 bodies were found inside the club and two more people died in hospital.');
  const second = doc('b', 'At a news conference on Saturday morning, police said most of the victims choked to death on smoke and toxic fumes. ' + 'He said the number of injured had been revised down to 120 after doctors counted again.');
  const third = doc('c', 'The club had been inspected by the city fire department in June and had passed, the mayor told reporters.');
  const docs = new Map([first, second, third].map((d) => [d.id, d.sentences]));
  const sentencesOf = (docId: string) => docs.get(docId) ?? [];
  const sentences = [...first.sentences, ...second.sentences, ...third.sentences];
  const { units } = unitsOf(
    sentences,
    sentences.map(() => 1),
    sentencesOf,
  );
  const lead = first.sentences[0]!;
  const passage = units.find((u) => partsOf(u).length === 2)!;
  const candidates = units.filter((u) => u !== lead);
  // Every unit not excluded, in order: what the test decides is what is left out.
  const select = (ss: Sentence[], _r: unknown, exclude: (s: Sentence) => boolean, pass: { maxSentences: number }) => ss.filter((s) => !exclude(s)).slice(0, pass.maxSentences);
  const keyPoints = () => selectKeyPoints({ units: candidates, scores: candidates.map(() => 1) }, [lead], () => [], select, { points: 4, words: 200, isOpinion: () => false }).map((u) => u.text);

  it('leaves out a passage whose first sentence says again what a summary point says, though its leaning sentence dilutes the joined text', () => {
    // The case: the passage's first sentence alone is a near copy of the summary point; joined with the sentence that leans on it, it is not.
    expect(passage).toBeDefined();
    expect(sentenceSimilarity(lead, partsOf(passage)[0]!)).toBeGreaterThanOrEqual(SAME_POINT);
    expect(sentenceSimilarity(lead, passage)).toBeLessThan(SAME_POINT);
    expect(keyPoints()).not.toContain(passage.text);
  });

  it('keeps a key point that adds another fact', () => {
    expect(keyPoints()).toContain(third.sentences[0]!.text);
  });
});
