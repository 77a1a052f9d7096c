import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy: a parliament's vote written with "legislators" and "deputies", never "MPs". */
const vote = [
  { id: 'a.txt', text: 'Parliament elected army commander Tomas Varga president on Thursday. All the 97 legislators present at the session cast votes in his favor.' },
  { id: 'b.txt', text: 'Deputies voted for Tomas Varga in a single round on Thursday, the speaker said. Varga is to be sworn in next month.' },
  { id: 'c.txt', text: 'The 110-member parliament met in the capital amid tight security. Varga promised to fight corruption.' },
];

describe('a word in capitals with a plural "s" in a question (docs/quality.md, "Seventeenth round (lead)")', () => {
  it('answers "how many MPs voted for Varga" from the rest of the question, though the set never writes "MPs"', () => {
    const r = createLibrary('vote', vote).brief('how many MPs voted for Varga when parliament elected him president');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text).join(' ');
    expect(shown).toMatch(/97 legislators|Deputies voted/);
  });

  it('still says nothing matches when the asked name is a person the set never writes', () => {
    const r = createLibrary('vote', vote).brief('how many votes did Okafor win when parliament elected the president');
    expect(r.ok).toBe(false);
  });
});
