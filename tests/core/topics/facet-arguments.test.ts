import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { mentionOf } from '../../../src/core/topics/facet-arguments.js';

/** Made-up wire copy, one sentence a paragraph. */
const article = (id: string, sentences: readonly string[]) => ({ id, text: sentences.join('\n\n') });

/**
 * A mine collapse whose outlets measure the flooded cavern against "a football pitch" in every
 * copy, never making the pitch what a clause is about, while "the rescue tunnel" is dug, reached and
 * widened (docs/quality.md, "Session 33 (16facets5)", rule C).
 */
const mine = [
  [
    'A shaft of the Kovar copper mine collapsed near Dalmir on Monday, trapping nine miners.',
    'The flooded cavern is about the size of a football pitch, engineers said.',
    'Rescuers began digging a rescue tunnel toward the trapped miners.',
    'The mine owner Kovar Metals suspended work at its other shafts.',
    'Relatives gathered at the gates of the mine.',
    'The rescue tunnel must run about 40 metres through loose rock.',
  ],
  [
    'Rescuers at the Kovar mine in Dalmir said on Tuesday that the nine trapped miners were alive.',
    'The water fills a chamber larger than a football pitch, the mine engineer said.',
    'The rescue tunnel reached 15 metres by nightfall.',
    'Kovar Metals said the shaft had passed its last inspection.',
    'Relatives slept in tents at the gates.',
    'Pumps were brought from the capital to drain the cavern.',
  ],
  [
    'Work on the rescue tunnel at the Kovar mine slowed on Wednesday as loose rock fell.',
    'Divers mapped a flooded hall the size of a football pitch below the collapsed shaft.',
    'Engineers widened the rescue tunnel to let a stretcher through.',
    'The labour ministry opened an inquiry into Kovar Metals.',
    'Relatives demanded to meet the mine owner.',
    'The pumps lowered the water by two metres.',
  ],
  [
    'All nine miners trapped in the Kovar mine were brought out alive on Thursday.',
    'They had sheltered on a ledge above water that covered an area the size of a football pitch.',
    'The rescue tunnel held as the last miner was lifted out.',
    'The labour ministry said its inquiry into Kovar Metals would report in a month.',
    'Relatives cheered at the gates.',
    'The pumps were switched off in the evening.',
  ],
].map((lines, n) => article(`mine-${n}.txt`, lines));

const titles = (docs: { id: string; text: string }[]) =>
  createLibrary('set', docs)
    .topics()
    .topics.map((t) => t.title.toLowerCase());

describe('a phrase no clause of the set is about is no facet (rule C)', () => {
  it('does not list "Football pitch", only ever a comparison, and keeps "Rescue tunnel", dug and reached', () => {
    const listed = titles(mine);
    expect(listed).not.toContain('football pitch');
    expect(listed).toContain('rescue tunnel');
  });

  it('keeps such a phrase when it alone reaches a document, so every document stays reachable through some topic', () => {
    const concert = article('concert.txt', ['Singers from Dalmir gave a concert on a football pitch for the families on Friday.', 'The choir sang folk songs until dark.']);
    expect(titles([...mine, concert])).toContain('football pitch');
  });

  it('reads a subject or object as an argument, a preposition, copula, comparison or following noun as none', () => {
    expect(mentionOf('The rescue tunnel reached 15 metres by nightfall.', 'rescu tunnel')).toEqual({ kind: 'argument' });
    expect(mentionOf('Engineers widened the rescue tunnel.', 'rescu tunnel')).toEqual({ kind: 'argument' });
    expect(mentionOf('The cavern is about the size of a football pitch.', 'footbal pitch')).toEqual({ kind: 'other' });
    expect(mentionOf('The chamber is larger than a football pitch.', 'footbal pitch')).toEqual({ kind: 'other' });
    expect(mentionOf('This is not a normal fire, the chief said.', 'normal fire')).toEqual({ kind: 'other' });
    expect(mentionOf('Kovar is the largest copper company in the region.', 'largest copper')).toEqual({ kind: 'modifier', of: 'compani' });
    expect(mentionOf('Astronauts will hook up electrical connections.', 'electr connect')).toEqual({ kind: 'argument' });
    expect(mentionOf('Relatives cheered at the gates.', 'rescu tunnel')).toBeUndefined();
  });
});
