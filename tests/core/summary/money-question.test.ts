import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { holdsKind } from '../../../src/core/summary/answer-first.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';

/** The first sentence of made-up wire copy, as the index reads it. */
function sentenceOf(text: string) {
  const built = buildDocument({ id: 'wire.txt', text });
  if (!('document' in built)) throw new Error('not built');
  return built.document.sentences[0]!;
}

/** Made-up copy on a closed bridge: counts beside "bridge", and the cost told in a currency the set invents, and in dollars. */
const library = createLibrary('bridge-cost', [
  { id: 'a.txt', text: 'Crews fixing the bridge have found seven cracks in its third span, the operator said. Commuters face a second week of buses.', meta: { published: '2025-04-10' } },
  { id: 'b.txt', text: 'Repairs to the bridge would cost about 23 million varins, the operator said on Thursday. Trains are diverted by 38 kilometres.', meta: { published: '2025-04-11' } },
]);

describe('a question of money (docs/quality.md, "Session 75", rule MQ)', () => {
  it('takes an amount of money for the answer to "how much … cost", and no other count', () => {
    const question = readQuestion('how much will fixing the bridge cost?')!;
    expect(holdsKind(sentenceOf('The operator said it had begun inspections at four of the 19 bridges.'), question)).toBe(false);
    expect(holdsKind(sentenceOf('Repairs to the bridge would cost about 23 million varins, the operator said.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('Officials said repairs would cost $23 million.'), question)).toBe(true);
    expect(holdsKind(sentenceOf('Officials put the repairs at 23 million dollars.'), question)).toBe(true);
    // A plural noun after a count in a sentence that speaks of no money is no currency.
    expect(holdsKind(sentenceOf('Repairs to the bridge will take 23 million hours of work.'), question)).toBe(false);
    // "How much" with no word of money is still answered by any count.
    expect(holdsKind(sentenceOf('The operator said it had begun inspections at four of the 19 bridges.'), readQuestion('how much of the line was inspected?')!)).toBe(true);
  });

  it('answers "how much will it cost" with an amount of money, in a currency the set invents, not with a count beside the asked word', () => {
    const r = library.brief('how much will fixing the bridge cost?', { length: 'short', now: new Date('2025-04-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/23 million varins/);
  });

  it('reads a currency sign and a currency name as money too', () => {
    const dollars = createLibrary('bridge-dollars', [
      { id: 'a.txt', text: 'Crews fixing the bridge have found seven cracks in its third span, the operator said.', meta: { published: '2025-04-10' } },
      { id: 'b.txt', text: 'Officials said repairs to the bridge were expected to cost $23 million in all.', meta: { published: '2025-04-11' } },
    ]);
    const r = dollars.brief('how much will fixing the bridge cost?', { length: 'short', now: new Date('2025-04-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/\$23 million/);
  });
});
