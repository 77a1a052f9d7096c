import { describe, expect, it } from 'vitest';
import { analyse, decodeAnalysis, decodePlain, encodeAnalysis, encodePlain } from '../../../src/core/index/analysis.js';
import { introducedAt } from '../../../src/core/index/introduced.js';
import { passageReadings } from '../../../src/core/index/passage-readings.js';
import type { Document, RawDocument } from '../../../src/core/ingest/document.js';
import { namesItNeeds, unitOf } from '../../../src/core/summary/passages.js';

/** Made-up wire copy: sentences leaning on the ones before, a short form of a name written in full earlier, a quotation over two sentences. */
const raw: RawDocument = {
  id: 'harbour.md',
  meta: { title: 'Harbour fire' },
  text: [
    'A fire at the Port Halden docks killed at least 12 people on Monday, harbour chief Maria Lindqvist said. The company refused to close the terminal. ' + 'It said its insurers would pay for the damage.',
    '"We will rebuild the docks. It will take a year at least," Lindqvist told reporters on Tuesday.',
  ].join('\n\n'),
};

function documentOf(built: { document: Document } | { error: unknown }): Document {
  if (!('document' in built)) throw new Error('expected a document');
  return built.document;
}

/** One numbering of strings for both readings compared. */
function numbering(): (s: string) => number {
  const ids = new Map<string, number>();
  return (s) => ids.get(s) ?? ids.set(s, ids.size).get(s)!;
}

describe('passage readings stored with the analysis', () => {
  it('a document read back from its stored analysis holds the readings made afresh, and shows the same units', () => {
    const made = documentOf(analyse(raw).built);
    const back = decodeAnalysis(encodeAnalysis(analyse(raw)), raw);
    if (!('analysis' in back)) throw new Error(back.corrupt);
    const read = documentOf(back.analysis.built);
    const idOf = numbering();
    expect(passageReadings(read.sentences, idOf)).toEqual(passageReadings(made.sentences, idOf));
    const unitText = (d: Document, k: number) => unitOf(d.sentences[k]!, () => d.sentences)?.text ?? null;
    const needs = (d: Document, k: number) => namesItNeeds(d.sentences[k]!, () => d.sentences);
    for (let k = 0; k < made.sentences.length; k++) {
      expect(unitText(read, k)).toBe(unitText(made, k));
      expect(needs(read, k)).toEqual(needs(made, k));
    }
    // The copy reads as the rules say: "It said…" is shown with the sentences it leans on, "Lindqvist told…" needs her full name.
    expect(unitText(made, 2)).toBe(
      made.sentences
        .slice(0, 3)
        .map((s) => s.text)
        .join(' '),
    );
    expect(introducedAt(read.sentences, 4)).toBe(0);
  });

  it('what the units are read from is the stored reading: a quotation stored as none shows its sentence alone', () => {
    const decoded = decodePlain(encodeAnalysis(analyse(raw)));
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const packed = decoded.value as { built: { document: { passages: Uint16Array } } };
    const numbers = packed.built.document.passages;
    const fresh = documentOf(analyse(raw).built);
    // The quotation's opening sentence is shown only with its close ("…," Lindqvist told…), which needs her full name: no unit.
    expect(unitOf(fresh.sentences[3]!, () => fresh.sentences)).toBeNull();
    // The first four sentences need nothing introduced, so each is one number: its quotation ends (bits 0–1) and no flags.
    expect([...numbers.subarray(0, 4)].map((n) => n & ~3)).toEqual([0, 0, 0, 0]);
    numbers[3] = 0;
    const back = decodeAnalysis(encodePlain(packed), raw);
    if (!('analysis' in back)) throw new Error(back.corrupt);
    const read = documentOf(back.analysis.built);
    expect(unitOf(read.sentences[3]!, () => read.sentences)).toBe(read.sentences[3]);
  });

  it('stored readings that do not fit the document make the analysis unusable, not wrong', () => {
    const decoded = decodePlain(encodeAnalysis(analyse(raw)));
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const packed = decoded.value as { built: { document: { passages: Uint16Array } } };
    packed.built.document.passages = packed.built.document.passages.subarray(0, 2);
    expect(decodeAnalysis(encodePlain(packed), raw)).toEqual({ corrupt: expect.stringMatching(/passage readings/) });
  });
});
