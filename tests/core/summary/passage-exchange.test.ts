import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { partsOf, passageRoles, unitsOf, withoutOverlaps } from '../../../src/core/summary/passages.js';
import { selectSummary } from '../../../src/core/summary/select-summary.js';

/** Made-up wire copy: a lead, then a sentence that names its subject only as "the miners" of the lead. */
function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

const a = doc(
  'a',
  'Rescuers pulled twelve coal miners alive from a flooded pit near Tangshan on Friday after a long search. ' +
    'The miners had survived five days in a dark tunnel by drinking dripping water from the rock. ' +
    'It was a long week for all of the families who had been waiting out there in the cold for some of the news.',
);
const b = doc(
  'b',
  'Twelve coal miners trapped in a flooded pit near Tangshan were brought out alive on Friday. ' +
    'Officials said the miners survived five days in a dark tunnel by drinking dripping water. ' +
    'The mine had been closed twice before for safety faults.',
);
const docs = new Map([a, b].map((d) => [d.id, d] as const));
const sentencesOf = (id: string) => docs.get(id)?.sentences ?? [];
const documents = new Map([a, b].map((d) => [d.id, { sentenceCount: d.sentences.length }] as const));

function summaryOf(maxBytes: number): string[][] {
  const all = [...a.sentences, ...b.sentences];
  const { units } = unitsOf(all, new Float64Array(all.length).fill(1), sentencesOf);
  return withoutOverlaps(selectSummary({ sentences: units, documents, maxBytes, ...passageRoles() })).map((u) => partsOf(u).map((s) => s.text));
}

describe('a passage in the summary selection', () => {
  it('adds a leaning sentence after its chosen lead when the room left holds it', () => {
    const lead = a.sentences[0]!.text;
    const leaning = a.sentences[1]!.text;
    const shown = summaryOf(Buffer.byteLength(`${lead} ${leaning}`));
    expect(shown).toContainEqual([lead, leaning]);
    // The lead is shown once, within its passage.
    expect(shown.flat().filter((t) => t === lead)).toHaveLength(1);
  });
});
