import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/**
 * Made-up wire copy in the style of the DUC sets. A key point earns its place (docs/quality.md,
 * "a key point earns its place"): on the subject in its main clause, readable alone, new.
 */
function briefOn(articles: string[], query: string) {
  const library = createLibrary(
    'made-up',
    articles.map((text, i) => ({ id: `${i}.txt`, text })),
  );
  const r = library.brief(query, { length: 'short', now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) throw new Error(`no briefing for ${query}`);
  return r.briefing;
}

describe('key points', () => {
  it('leave out a sentence that holds the topic’s word only in a background clause', () => {
    const briefing = briefOn(
      [
        'The European Union imposed new sanctions on the shipping firm Nordlys on Monday. The sanctions freeze the firm’s assets in Europe.',
        'Sanctions against Nordlys will stay in force until the firm pays the fines, EU officials said on Tuesday.',
        'The sanctions bar Nordlys tankers from European ports, the trade commissioner told reporters in Brussels.',
        'Nordlys shares fell 12 percent in Oslo, although analysts had expected sanctions for weeks. The harbour of Bergen reopened on Friday with three new cranes after a storm, before the sanctions were announced.',
        'Sanctions were last imposed on a Norwegian shipping firm in 1994.',
      ],
      'sanctions',
    );
    expect(briefing.summary.map((p) => p.text).join(' ')).toContain('sanctions');
    expect(briefing.keyPoints.map((p) => p.text).some((t) => t.includes('harbour of Bergen'))).toBe(false);
  });

  it('show a sentence opening on "The decision" with the sentence that made the decision, or not at all', () => {
    const briefing = briefOn(
      [
        'The city council of Lorient voted on Monday to close the old harbour to oil tankers from January. The decision was welcomed by fishermen who use the harbour every day.',
        'Oil tankers have used the Lorient harbour since 1962, the port authority said.',
        'Tanker operators said they would move to the harbour at Brest, 130 kilometres away.',
        'The harbour closure will cost the port authority 2 million euros a year in fees, its director said.',
        'Fishermen have long complained of oil spills in the harbour, the union said.',
        'The harbour will be dredged next year to take larger fishing boats, the council said.',
      ],
      'harbour',
    );
    const points = [...briefing.summary, ...briefing.keyPoints].map((p) => p.text);
    expect(points.length).toBeGreaterThan(3);
    for (const text of points) if (text.includes('The decision was welcomed')) expect(text.startsWith('The city council of Lorient voted')).toBe(true);
  });

  it('drop a sentence that says again what the summary says', () => {
    const briefing = briefOn(
      [
        'A fire at the Harbour Hotel in Brest killed 12 guests early on Sunday, the fire brigade said. Firefighters fought the fire for five hours before dawn.',
        'The hotel had passed a fire inspection in March, the mayor of Brest said on Monday.',
        'Police opened an inquiry into the fire on Monday and questioned the night porter.',
        'The fire started in a kitchen on the ground floor, investigators believe.',
        'The mayor said the fire at the hotel killed 12 guests on Sunday.',
        'The fire was the deadliest in Brest since 1944, officials said.',
        'Relatives of the guests gathered outside the hotel as the fire brigade searched the rooms.',
        'Police questioned the night porter about the fire, the deadliest in Brest since 1944.',
      ],
      'fire',
    );
    const summary = briefing.summary.map((p) => p.text).join(' ');
    const keyPoints = briefing.keyPoints.map((p) => p.text);
    // Whichever of the two tells of 1944, the other adds nothing to it but "officials said".
    expect(summary).toContain('deadliest in Brest since 1944');
    expect(keyPoints.some((t) => t.includes('since 1944'))).toBe(false);
    // A key point that adds a date and an inspection is still shown.
    expect(keyPoints.some((t) => t.includes('fire inspection in March'))).toBe(true);
  });
});
