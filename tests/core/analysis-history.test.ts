import { describe, expect, it, vi } from 'vitest';
import type { RawDocument } from '../../src/core/ingest/document.js';

// Made-up articles in the style of a wire story. The first has possessives before a comma and a
// full stop ("Tolland's,", "Henley's."), which wink keeps whole; the second has both bare.
const earlier: RawDocument = {
  id: 'vigil.txt',
  text: [
    'Vigil held in Laramie',
    "Hundreds of students gathered on Sunday outside the hospital where Dale Tolland, 21, died, and friends of Tolland's, many of them classmates, lit candles on the lawn.",
    "The sheriff said the two men charged had met the student in a bar, and the truck they drove was Henley's.",
  ].join('\n\n'),
};
const later: RawDocument = {
  id: 'crime.txt',
  text: ['Student dies after beating', "Tolland's friends call the attack a hate crime and have asked the state legislature to act.", "Henley's truck was found near the fence, the county sheriff said on Monday."].join('\n\n'),
};

/** The analysis of each document in order, by a process that has read nothing before (a fresh module graph). */
async function analyseInFreshProcess(...raws: RawDocument[]) {
  vi.resetModules();
  const { analyse } = await import('../../src/core/index/analysis.js');
  return raws.map((raw) => {
    const { built, surfaces } = analyse(raw);
    if (!('document' in built)) throw new Error(built.error.message);
    return { sentences: built.document.sentences, surfaces };
  });
}

describe('analyse', () => {
  it('gives a document the same tokens, stems and phrases whatever the process analysed before it', async () => {
    const [alone] = await analyseInFreshProcess(later);
    const [, afterOthers] = await analyseInFreshProcess(earlier, later);
    expect(afterOthers!.sentences).toEqual(alone!.sentences);
    expect(afterOthers!.surfaces).toEqual(alone!.surfaces);
    // A possessive is read as the name and "'s", so "Tolland's friends" is not a topic phrase.
    const words = alone!.sentences.flatMap((s) => s.words);
    expect(words).toContain('tolland');
    expect(words).not.toContain("tolland's");
    expect(alone!.sentences.flatMap((s) => s.phrases)).not.toContain('tolland friend');
  });

  it("reads a word as itself after the same letters were half of a contraction ('ca' of \"can't\")", async () => {
    // Made-up sentences: wink reads "can't" as "ca" + "n't" and "won't" as "wo" + "n't", with the normal forms "can" and "will".
    const contractions: RawDocument = { id: 'talks.txt', text: "Union workers can't agree on the plan and won't vote on it before Friday, a spokesman said." };
    const standalone: RawDocument = { id: 'house.txt', text: 'The farmhouse was built ca 1900 near the river, and the wo of the old mill still turns each spring.' };
    const [alone] = await analyseInFreshProcess(standalone);
    const [, afterContractions] = await analyseInFreshProcess(contractions, standalone);
    expect(afterContractions!.sentences).toEqual(alone!.sentences);
    const words = alone!.sentences.flatMap((s) => s.words);
    expect(words).toContain('ca');
    expect(words).toContain('wo');
    expect(words).not.toContain('can');
  });

  it('reads the same text the same way after any other text', async () => {
    vi.resetModules();
    const { readDoc } = await import('../../src/core/nlp.js');
    const tokens = (text: string) => readDoc(text).tokens().out() as string[];
    const before = tokens("Tolland's friends said Henley's truck was gone.");
    tokens("They were friends of Tolland's, and the truck was Henley's.");
    expect(tokens("Tolland's friends said Henley's truck was gone.")).toEqual(before);
    expect(before.slice(0, 2)).toEqual(['Tolland', "'s"]);
  });
});
