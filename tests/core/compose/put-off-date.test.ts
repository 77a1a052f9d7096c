import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up copy of a closed bridge over three days: a reopening date given, restated, then given up for a later one. */
const library = createLibrary('bridge', [
  {
    id: 'a.txt',
    text: 'Commuters crowded onto replacement buses on Tuesday as the rail operator said it hoped to reopen the cracked Harlow bridge on a single track by April 28. Engineers found seven cracks in the bridge on Sunday night.',
    meta: { published: '2025-04-08' },
  },
  {
    id: 'b.txt',
    text: 'The cost of repairs to the Harlow bridge rose to 23 million crowns, the operator said on Thursday. A spokeswoman said the operator still expected to reopen the bridge on a single track by April 28.',
    meta: { published: '2025-04-10' },
  },
  {
    id: 'c.txt',
    text: 'The rail operator on Tuesday abandoned its target of reopening the Harlow bridge by the end of the month, saying trains would not cross the river on it until May 26 at the earliest. Inspectors found corrosion at the second pier.',
    meta: { published: '2025-04-15' },
  },
]);

describe('a date a later report puts off (docs/quality.md, "Session 75", rule LD)', () => {
  it('answers "when will it reopen?" with the later report, not the date it gave up', () => {
    const r = library.brief('when is the bridge going to reopen?', { length: 'short', now: new Date('2025-04-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/until May 26 at the earliest/);
  });

  it('leaves a date no later report puts off to lead', () => {
    const earlier = createLibrary('bridge-early', [
      { id: 'a.txt', text: 'Commuters crowded onto replacement buses on Tuesday as the rail operator said it hoped to reopen the cracked Harlow bridge on a single track by April 28.', meta: { published: '2025-04-08' } },
      { id: 'b.txt', text: 'Inspectors found corrosion at the second pier of the Harlow bridge, the operator said on Thursday.', meta: { published: '2025-04-10' } },
    ]);
    const r = earlier.brief('when is the bridge going to reopen?', { length: 'short', now: new Date('2025-04-20T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/by April 28/);
  });

  it('reads a plan told again with "now", and a day named by its weekday, as putting the plan off (amendment LD″)', () => {
    const notice = createLibrary('notice', [
      {
        id: 'a.txt',
        text: 'The boil-water notice, which Tarnwick Water had said could be lifted as early as Tuesday, remains in force. Crews flushed mains in Eastbank.',
        meta: { published: '2025-10-14' },
      },
      { id: 'b.txt', text: 'Tarnwick Water said it now expected to lift the notice in Eastbank by Monday. An inquiry was ordered.', meta: { published: '2025-10-17' } },
    ]);
    const r = notice.brief('when will the boil notice be lifted?', { length: 'short', now: new Date('2025-10-18T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/now expected to lift the notice in Eastbank by Monday/);
  });

  it('leaves a plan to lead where a later report tells an old delay and no new day', () => {
    const airport = createLibrary('airport', [
      { id: 'a.txt', text: 'Palestinian negotiators said Gaza International Airport would open Sunday. Workers painted the runway.', meta: { published: '1998-11-19' } },
      { id: 'b.txt', text: 'Disputes over security had delayed the airport opening for more than two years. Officials confirmed the delays.', meta: { published: '1998-11-23' } },
    ]);
    const r = airport.brief('when does the Gaza airport open?', { length: 'short', now: new Date('1998-11-25T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/would open Sunday/);
  });

  it('reads no plan into a question of when something did happen', () => {
    const fire = createLibrary('fire', [
      { id: 'a.txt', text: 'The worst previous fire in modern Sweden was in 1978 in Boras, when 20 people died in a hotel fire.', meta: { published: '1998-10-30' } },
      { id: 'b.txt', text: "A panicky call delayed fire squads' response to the blaze that killed 60 people, officials said Saturday.", meta: { published: '1998-10-31' } },
    ]);
    const r = fire.brief('when did Sweden last have a fire that killed so many people?', { length: 'short', now: new Date('1998-11-02T00:00:00Z') });
    if (!r.ok) throw new Error('no answer');
    expect(r.briefing.summary[0]?.text).toMatch(/in 1978/);
  });
});
