import { describe, expect, it } from 'vitest';
import { fullNameBefore, placedLabels } from '../../../src/core/compose/placed-label.js';
import { speakerKey } from '../../../src/core/facts/quotes.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

/** Made-up articles by id, each a list of sentences. */
function articles(byId: Record<string, string[]>) {
  const docs = new Map<string, Sentence[]>(Object.entries(byId).map(([id, texts]) => [id, texts.map((t, i) => sentence(id, i, t))]));
  const ofDocument = (id: string) => docs.get(id) ?? [];
  const label = placedLabels(
    ofDocument,
    [...docs.keys()],
    () => docs.keys(),
    () => () => true,
  );
  return { label, quote: (id: string, at: number) => docs.get(id)![at]! };
}

describe('an acronym label is shown with the full name the set writes beside it (docs/quality.md, "Twenty-sixth round (issue 16speaker2)", rule A)', () => {
  it('takes the name before the bracket, from another article of the set, and keys the same voice', () => {
    const { label, quote } = articles({
      a: ['The French Harbour Safety Board (HSB) opened an inquiry on Monday.'],
      b: ['The HSB warned against "hasty conclusions" about the collision.'],
    });
    expect(label('HSB', quote('b', 0))).toBe('HSB (Harbour Safety Board)');
    expect(speakerKey(label('HSB', quote('b', 0)))).toBe(speakerKey('HSB'));
  });

  it('reads the capitals of a word written in capitals, and joining words inside the name', () => {
    expect(fullNameBefore('UKCA', [sentence('a', 0, 'The UK Coast Agency (UKCA) said the tide was high.')])).toBe('UK Coast Agency');
    expect(fullNameBefore('BEA', [sentence('a', 0, "Le Bureau d'Enquêtes et d'Analyses (BEA) leads the inquiry.")])).toBe("Bureau d'Enquêtes et d'Analyses");
  });

  it('leaves an acronym the set never writes beside its name', () => {
    const { label, quote } = articles({ a: ['The HSB warned against "hasty conclusions".', 'The Harbour Safety Board met on Monday.'] });
    expect(label('HSB', quote('a', 0))).toBe('HSB');
  });
});

describe('a one-word person label takes the full name the surname gloss reads (rule S, issue 16speaker2)', () => {
  it('shows a surname as the full name and title its article writes', () => {
    const { label, quote } = articles({ a: ['Prime Minister Olav Dahlberg opened the new quay on Monday.', '"We built it in a year," Dahlberg said.'] });
    expect(label('Dahlberg', quote('a', 1))).toBe('Prime Minister Olav Dahlberg');
  });

  it('leaves a body named in one word', () => {
    const { label, quote } = articles({ a: ['Harbourwatch said the quay was "simply unsafe".'] });
    expect(label('Harbourwatch', quote('a', 0))).toBe('Harbourwatch');
  });
});

describe('a surname its own article gives two people keeps its label (amendment S′, issue 16speaker2)', () => {
  it('leaves the word when the article writes two full names for it, whatever another article writes', () => {
    const { label, quote } = articles({
      a: ['The court will try Lin Wei on Monday.', 'Dr. Lin Bao, 50, an adviser to the party, spoke later.', '"They were scared all the time," Lin said.'],
      b: ['Police arrested Lin Wei at his home.'],
    });
    expect(label('Lin', quote('a', 2))).toBe('Lin');
  });
});
