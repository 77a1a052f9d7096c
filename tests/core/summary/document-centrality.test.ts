import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { documentCentrality } from '../../../src/core/summary/document-centrality.js';

/** Made-up wire copy: three reports of one harbour fire and one of a side story from the same town. */
const articles: Record<string, string> = {
  a: 'A fire destroyed three warehouses at the harbour on Friday night. Firefighters fought the harbour fire for six hours.',
  b: 'Three harbour warehouses burned down in a fire on Friday. The fire started in a warehouse storing paint, firefighters said.',
  c: 'Police arrested a night guard after the warehouse fire at the harbour. The guard denied starting the fire.',
  d: 'The town council approved a new budget for its schools on Monday. Teachers welcomed the budget increase.',
};

function sentencesOf(ids: readonly string[], relevance = 1): { sentence: Sentence; relevance: number }[] {
  return ids.flatMap((id) => {
    const built = buildDocument({ id, text: articles[id]! });
    return 'document' in built ? built.document.sentences.map((sentence) => ({ sentence, relevance })) : [];
  });
}

describe('document centrality', () => {
  it('reads a report of a side story as less central than the reports of the story the set tells', () => {
    const central = documentCentrality(sentencesOf(['a', 'b', 'c', 'd']));
    for (const id of ['a', 'b', 'c']) expect(central(id)).toBeGreaterThan(central('d'));
    expect(Math.max(...['a', 'b', 'c', 'd'].map(central))).toBeCloseTo(1);
    expect(central('d')).toBeLessThan(0.5);
  });

  it('reads the same whatever the relevance all sentences share, and 1 for a set of one document', () => {
    const once = documentCentrality(sentencesOf(['a', 'b', 'c', 'd']));
    const halved = documentCentrality(sentencesOf(['a', 'b', 'c', 'd'], 0.5));
    for (const id of ['a', 'b', 'c', 'd']) expect(halved(id)).toBeCloseTo(once(id));
    expect(documentCentrality(sentencesOf(['d']))('d')).toBe(1);
  });
});
