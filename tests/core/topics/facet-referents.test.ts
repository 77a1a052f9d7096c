import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';
import { stacksOn } from '../../../src/core/topics/facet-referents.js';

/** Made-up wire copy, one sentence a paragraph. */
const article = (id: string, sentences: readonly string[]) => ({ id, text: sentences.join('\n\n') });

/** One festival story whose outlets write "ticket prices" and "entry prices" for one thing, and "entry ticket prices" twice. */
const festival = [
  [
    'The Lumen music festival opened in Varda on Friday with forty bands.',
    'Organisers raised ticket prices by a third this year.',
    'Fans said the new entry ticket prices kept students away.',
    'The festival site flooded after heavy rain.',
    'Rescue volunteers pumped water from the main stage.',
    'Police closed two roads.',
  ],
  [
    'Crowds at the Lumen festival in Varda were smaller on Saturday.',
    'Entry prices rose to ninety euros a day.',
    'Organisers defended the entry ticket prices as the cost of security.',
    'Rain returned in the afternoon.',
    'Rescue volunteers helped stranded campers.',
    'Bands played on.',
  ],
  [
    'The Lumen festival in Varda ended on Sunday.',
    'Several bands criticised the ticket prices from the stage.',
    'The mayor said entry prices should fall next year.',
    'Rescue volunteers were thanked by the mayor.',
    'Traffic jams lasted into the night.',
    'Hotels were full.',
  ],
  [
    'Organisers of the Lumen festival in Varda counted their losses on Monday.',
    'They said ticket prices would be reviewed.',
    'Entry prices had risen each year since 2019.',
    'Rescue volunteers cleared the site.',
    'The rain damaged two stages.',
    'Sponsors stayed loyal.',
  ],
].map((lines, n) => article(`fest-${n}.txt`, lines));

describe('one thing under two names is one facet (stacked modifiers)', () => {
  it('lists the festival\'s prices once, not as "Ticket prices" and "Entry prices"', () => {
    const titles = createLibrary('fest', festival)
      .topics()
      .topics.map((t) => t.title.toLowerCase());
    expect(titles).toContain('ticket prices');
    expect(titles).not.toContain('entry prices');
  });

  it("briefs a reader who asks by the folded name on that name's sentences", () => {
    const r = createLibrary('fest', festival).brief('entry prices', { length: 'standard' });
    expect(r.ok && r.briefing.topic.slug).toBe('ticket-prices');
    if (!r.ok) return;
    const points = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
    expect(points.some((p) => /Entry prices (rose|had risen)/.test(p))).toBe(true);
  });

  it('reads two modifiers as one thing only when they stack on the head, not when they are coordinated', () => {
    const [party, ruling, opposition] = ['party', 'ruling', 'opposition'].map(stem) as [string, string, string];
    expect(stacksOn('Talks between the ruling and opposition parties stalled.', party, ruling, opposition)).toBe(false);
    expect(stacksOn('The ruling party and the opposition party met.', party, ruling, opposition)).toBe(false);
    const [conference, climate, bali] = ['conference', 'climate', 'Bali'].map(stem) as [string, string, string];
    expect(stacksOn('Delegates at the climate change conference in Bali agreed on a timetable.', conference, climate, bali)).toBe(true);
    expect(stacksOn('The Bali climate conference ended.', conference, climate, bali)).toBe(true);
    expect(stacksOn('The climate conference, held in Bali, ended.', conference, climate, bali)).toBe(false);
  });
});
