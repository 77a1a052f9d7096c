import { describe, expect, it, vi } from 'vitest';
import { analyse, decodeAnalysis, decodePlain, encodeAnalysis, encodePlain } from '../../../src/core/index/analysis.js';
import type { Document, RawDocument } from '../../../src/core/ingest/document.js';
import { partsOf, unitOf } from '../../../src/core/summary/passages.js';

// A sentence is tagged through nlp.ts's readDoc or taggedWords (which calls readDoc inside its module): counting both tells
// whether reading a passage tagged a sentence again.
const nlpCalls = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('../../../src/core/nlp.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/nlp.js')>();
  return {
    ...original,
    readDoc: (text: string) => {
      nlpCalls.texts.push(text);
      return original.readDoc(text);
    },
    taggedWords: (text: string) => {
      nlpCalls.texts.push(text);
      return original.taggedWords(text);
    },
  };
});

/** Made-up wire copy: a caption line with no verb (rule PO: no passage opens on it), then a sentence leaning on it. */
const raw: RawDocument = {
  id: 'victims.md',
  meta: { title: 'Victims named' },
  text: [
    'Police on Friday named the six people who died in the tunnel fire at Port Halden.',
    'Lena Varga: ferry clerk, mother of two, resident of Lenz. She had worked at the port for 20 years.',
    'Her sister said she would be missed.',
  ].join('\n\n'),
};

function documentOf(built: { document: Document } | { error: unknown }): Document {
  if (!('document' in built)) throw new Error('expected a document');
  return built.document;
}

function readBack(packed: unknown): Document {
  const back = decodeAnalysis(encodePlain(packed), raw);
  if (!('analysis' in back)) throw new Error(back.corrupt);
  return documentOf(back.analysis.built);
}

describe('whether a sentence opens a passage, stored with the analysis (issue 17)', () => {
  it('a document read back shows the same units as one analysed afresh, without tagging a sentence to find them', () => {
    const fresh = documentOf(analyse(raw).built);
    const decoded = decodePlain(encodeAnalysis(analyse(raw)));
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const read = readBack(decoded.value);
    nlpCalls.texts.length = 0;
    const units = (d: Document) => d.sentences.map((s) => unitOf(s, () => d.sentences)?.text ?? null);
    const shown = units(read);
    expect(nlpCalls.texts).toEqual([]);
    expect(shown).toEqual(units(fresh));
    // "She had worked…" leans on a caption line, which no passage opens on: it is not shown (rule PO).
    const she = read.sentences.findIndex((s) => s.text.startsWith('She had worked'));
    expect(shown[she]).toBeNull();
  });

  it('what a passage opens on is read from the stored bit: a caption stored as opening one opens the passage', () => {
    const decoded = decodePlain(encodeAnalysis(analyse(raw)));
    if (!('value' in decoded)) throw new Error(decoded.corrupt);
    const packed = decoded.value as { built: { document: { passages: Uint16Array } } };
    const fresh = documentOf(analyse(raw).built);
    const caption = fresh.sentences.findIndex((s) => s.text.startsWith('Lena Varga:'));
    // Every sentence here needs nothing introduced, so each is one number, its flags beside the quotation ends.
    expect(packed.built.document.passages.length).toBe(fresh.sentences.length);
    packed.built.document.passages[caption] = 0;
    const read = readBack(packed);
    const unit = unitOf(read.sentences[caption + 1]!, () => read.sentences);
    expect(unit && partsOf(unit).map((s) => s.position)).toEqual([caption, caption + 1]);
  });
});
