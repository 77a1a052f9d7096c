import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Rule LC (docs/quality.md, "Session 70"): a key figure that is an earlier step of a count an article says rose since is shown
 * as that article tells the count, not as the first day's count.
 */

/** Made-up: ships waiting off a port on strike, counted on three days, the last article telling the rise from the first day's count. */
const STRIKE = [
  'Dock workers at the port of Brennick walked off the job on Monday in a dispute over pay. Port data showed 14 container ships waiting at anchor outside the harbour. The union wants a 9 percent pay rise.',
  'The Brennick dock strike entered its second day on Tuesday. Port data showed 19 container ships waiting at anchor outside the harbour. Talks between the union and the port have not been scheduled.',
  'The Brennick dock strike is now costing shippers dearly. Port data showed 52 vessels waiting at anchor on Friday, up from 14 when the strike began. Shippers have started to divert cargo to other ports.',
];

describe('a count an article says rose is shown as last told (rule LC)', () => {
  const library = createLibrary(
    'strike',
    STRIKE.map((text, i) => ({ id: `${i}.txt`, text, meta: { published: ['2026-03-02', '2026-03-03', '2026-03-06'][i]! } })),
  );

  it('shows the latest count with its rise as the key figure, not the first day’s, and no disagreement', () => {
    const r = library.brief('brennick dock strike', { length: 'standard' });
    if (!r.ok) throw new Error('no briefing');
    const values = r.briefing.figures.map((f) => f.value);
    expect(values).toContain('52');
    expect(values).not.toContain('14');
    expect(r.briefing.figuresThatDiffer).toEqual([]);
  });
});
