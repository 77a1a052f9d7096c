import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { reportsNotYetKnown } from '../../../src/core/summary/provisional.js';

function sentence(text: string) {
  const built = buildDocument({ id: 'a.txt', text });
  if (!('document' in built)) throw new Error('no document');
  return built.document.sentences[0]!;
}

describe('"not yet known" is news only until a later source (docs/quality.md, "Session 47", rule PN)', () => {
  it('reads a report that something is not yet known, and nothing else', () => {
    for (const text of [
      'The cause of the blaze was not immediately known.',
      'No deaths have yet been reported, but a clinic in the port was damaged.',
      'There were no immediate reports of damage or injuries from the tremor.',
      'The names of the victims have yet to be released.',
      'Harbour officials were not available for comment.',
      'No casualties were reported so far in the northern districts.',
    ])
      expect(reportsNotYetKnown(sentence(text)), text).toBe(true);
    for (const text of [
      'Doctors said many would die if they did not receive immediate medical care.',
      'The minister has not yet decided whether to resign from the cabinet.',
      'It is not clear that the treaty will survive the vote in parliament.',
      'Police said the fire was set deliberately in a stairwell.',
    ])
      expect(reportsNotYetKnown(sentence(text)), text).toBe(false);
  });

  it('leaves the first report out of a briefing whose later source knows more, and keeps it where it is the newest', () => {
    const first = {
      id: 'a.txt',
      text: 'A fire swept through a dance hall in Varnia late on Thursday, killing at least 20 people. The cause of the fire was not immediately known. Firefighters fought the blaze for three hours.',
      meta: { published: '2031-10-30' },
    };
    const later = { id: 'b.txt', text: 'Investigators said on Saturday the dance hall fire in Varnia was started by an electrical fault in the stage lighting. The death toll from the fire rose to 31.', meta: { published: '2031-11-01' } };
    const shown = (docs: (typeof first)[]) => {
      const r = createLibrary('fire', docs).brief('what caused the fire', { length: 'standard' });
      if (!r.ok) throw new Error('no answer');
      return [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text).join(' ');
    };
    expect(shown([first, later])).not.toContain('not immediately known');
    expect(shown([first, later])).toContain('electrical fault');
    expect(shown([first])).toContain('The cause of the fire was not immediately known.');
  });
});

describe('a present perfect denied is not known as yet (docs/quality.md, "Session 72", amendment PN″)', () => {
  it('reads "have not established a cause", not a past state nor a relative clause that describes a noun', () => {
    expect(reportsNotYetKnown(sentence('"We have not established a cause," the investigator said.'))).toBe(true);
    expect(reportsNotYetKnown(sentence('Officials have not confirmed the reports that the crew would be released.'))).toBe(true);
    for (const text of ['By then the engineers had not established a cause.', 'They came to a dance organised by eight people whom police have not identified; the hall was rented by a club.'])
      expect(reportsNotYetKnown(sentence(text)), text).toBe(false);
  });
});
