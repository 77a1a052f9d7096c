import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';
import { standsAsEpithet } from '../../../src/core/topics/facet-epithets.js';

/** Made-up wire copy, one sentence a paragraph. */
const article = (id: string, sentences: readonly string[]) => ({ id, text: sentences.join('\n\n') });

/**
 * One dock strike, whose outlets call its owner "steel baron Ivo Brandt" and write "prisoner abuse"
 * and "detainee abuse" for one thing (docs/quality.md, "Twenty-sixth round (issue 16facets2)").
 */
const harbour = [
  [
    'Dock workers in Porto Vell walked out on Monday over pay.',
    'The strike was called by steel baron Ivo Brandt, who owns the port.',
    'Shipping lines diverted cargo ships to other ports.',
    'Lawyers said prisoner abuse in the city cells had grown worse.',
    'Food prices rose in the city.',
    'The port authority offered talks.',
  ],
  [
    'The dock strike in Porto Vell entered its second day on Tuesday.',
    'Workers blamed steel baron Ivo Brandt for the cuts.',
    'Cargo ships queued outside the harbour.',
    'A church group said detainee abuse by the police must end.',
    'Food prices kept rising.',
    'Police watched the picket lines.',
  ],
  [
    'Talks to end the Porto Vell dock strike failed on Wednesday.',
    'Steel baron Ivo Brandt walked out of the meeting.',
    'Cargo ships were sent to Santa Ria instead.',
    'A report on prisoner abuse in the cells was published.',
    'Detainee abuse was denied by the police chief.',
    'Food prices doubled.',
  ],
  [
    'The Porto Vell dock strike ended on Thursday with a pay deal.',
    'Ivo Brandt, the steel baron, called it a defeat.',
    'Cargo ships returned to the harbour.',
    'The mayor promised an inquiry into prisoner abuse.',
    'Food prices began to fall.',
    'Picket lines were taken down.',
  ],
].map((lines, n) => article(`dock-${n}.txt`, lines));

/** Floods at a front whose outlets write "Russian forces" and "Ukrainian forces", never in one sentence: two armies. */
const front = [
  [
    'Floods cut the road to Marivka on Monday.',
    'Russian forces shelled the eastern bridge overnight.',
    'Aid convoys waited at the checkpoint.',
    'Ukrainian forces said they held the northern road.',
    'Power was cut in the town.',
    'Schools stayed shut.',
    'Farmers could not reach their fields.',
    'The mayor asked for generators.',
  ],
  [
    'The floods in Marivka rose again on Tuesday.',
    'Ukrainian forces moved artillery to the river.',
    'Aid convoys reached the centre of town.',
    'Residents sheltered in cellars.',
    'Russian forces took the railway depot.',
    'Power returned for two hours.',
    'Bakeries ran out of flour.',
    'Doctors treated the wounded in a school.',
  ],
  [
    'The Marivka floods eased on Wednesday.',
    'Russian forces dug in near the depot.',
    'Aid convoys left with the wounded.',
    'Ukrainian forces repaired the bridge.',
    'Power was cut again.',
    'Schools reopened for a day.',
    'Volunteers cleared rubble from the square.',
    'The mayor thanked the volunteers.',
  ],
  [
    'New floods reached Marivka on Thursday.',
    'Drones were shot down over the river.',
    'Aid convoys were turned back.',
    'Artillery hit the market.',
    'Residents fled west.',
    'Power stayed off.',
    'Bakeries closed.',
    'Doctors left for the city.',
  ],
].map((lines, n) => article(`front-${n}.txt`, lines));

const titles = (docs: { id: string; text: string }[]) =>
  createLibrary('set', docs)
    .topics()
    .topics.map((t) => t.title.toLowerCase());

describe("a name's title or epithet is no facet (rule E)", () => {
  it('does not list "Steel baron", which the set only ever writes before or after Ivo Brandt\'s name', () => {
    expect(titles(harbour)).not.toContain('steel baron');
  });

  it('reads a title before a name, "of" and a name, and an apposition opened by an article', () => {
    const phrase = (p: string) => p.split(' ').map(stem).join(' ');
    expect(standsAsEpithet('Parliament cleared the way for army commander Emile Lahoud.', phrase('army commander'))).toBe(true);
    expect(standsAsEpithet('The quake struck near the coastal town of Pichilemu.', phrase('coastal town'))).toBe(true);
    expect(standsAsEpithet('Lahoud has the backing of Syria, the main power broker in the country.', phrase('power broker'))).toBe(true);
    expect(standsAsEpithet('Lahoud, 62, a former army commander, was elected.', phrase('army commander'))).toBe(true);
    // Not an apposition: a preposition after the comma; a month after the phrase is no name.
    expect(standsAsEpithet('Witnesses praised Delalic and Mucic, for humanitarian gestures.', phrase('humanitarian gestures'))).toBe(false);
    expect(standsAsEpithet('They were abducted by unidentified gunmen Oct. 3 in Grozny.', phrase('unidentified gunmen'))).toBe(false);
    expect(standsAsEpithet('The army commander resigned.', phrase('army commander'))).toBe(false);
  });
});

describe('one head, two words for its modifier, is one facet (rule Y)', () => {
  it('lists the abuse once, and a reader who asks for "detainee abuse" is briefed on both names\' sentences', () => {
    expect(titles(harbour)).toContain('prisoner abuse');
    expect(titles(harbour)).not.toContain('detainee abuse');
    const r = createLibrary('dock', harbour).brief('detainee abuse', { length: 'standard' });
    expect(r.ok && r.briefing.topic.slug).toBe('prisoner-abuse');
    if (!r.ok) return;
    const points = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
    expect(points.some((p) => /detainee abuse/i.test(p))).toBe(true);
  });

  it('keeps two forces under two names apart: names are two referents', () => {
    const listed = titles(front);
    expect(listed).toContain('russian forces');
    expect(listed).toContain('ukrainian forces');
  });
});
