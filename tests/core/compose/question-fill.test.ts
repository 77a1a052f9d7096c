import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * A question reaches a few sentences of one story; the rest of that story's document fills its fact pool. Its quotes,
 * key figures and dates are taken from that fill only when they are tied to the question (its words, or a name or figure
 * of its answer): the mayor's words on the water are the story's, not an answer to how many were rescued. Made-up wire copy.
 */
const flood = [
  'The river burst through the levee at Dunmore before dawn on Tuesday, officials said.',
  'The flood killed 14 people and drove 3,200 residents out of their homes.',
  'Rescue crews pulled 41 people from rooftops by nightfall.',
  '"We have never seen the water rise this fast," said Mayor Ellen Darby, who toured the shelters.',
  'Engineers said weeks of rain had weakened the levee.',
  'Sergeant Tom Adler, who led one of the boat teams, said Wednesday that his crews had worked through the night.',
  '"I have never been prouder of anyone," Adler said of the volunteers.',
].join('\n\n');

function ask(query: string) {
  const library = createLibrary('t', [{ id: 'flood.md', text: flood, meta: { published: '2021-03-02' } }]);
  const r = library.brief(query);
  if (!r.ok) throw new Error('no briefing');
  return r.briefing;
}

describe("a question's secondary sections", () => {
  it('leave out a quote of the story that is not tied to the question', () => {
    const b = ask('how many people did rescue crews pull from rooftops');
    expect(b.summary[0]?.text).toContain('41 people');
    expect(b.quotes.map((q) => q.speaker)).not.toContain('Ellen Darby');
  });

  it('keep a figure of the story that counts what the question asks about', () => {
    const b = ask('how many people did rescue crews pull from rooftops');
    expect(b.figures.map((f) => f.value)).toContain('14');
  });

  it('keep a quote of the story that the answer’s own name ties to the question', () => {
    const b = ask('who led the boat teams');
    expect(b.summary[0]?.text).toContain('Tom Adler');
    expect(b.quotes.map((q) => q.text)).toContainEqual(expect.stringContaining('prouder'));
  });

  it('keep a topic’s quotes from the rest of its documents', () => {
    const library = createLibrary('t', [{ id: 'flood.md', text: flood, meta: { published: '2021-03-02' } }]);
    const r = library.brief('levee');
    expect(r.ok && r.briefing.quotes.map((q) => q.speaker)).toContain('Ellen Darby');
  });
});
