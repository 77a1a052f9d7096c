import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import { renderNoMatch as discordNoMatch } from '../../src/adapters/discord/render.js';
import { briefingCard } from '../../src/adapters/discord/render-briefing.js';
import { renderNoMatch as slackNoMatch } from '../../src/adapters/slack/render.js';
import { briefingBlocks } from '../../src/adapters/slack/render-briefing.js';
import { createLibrary } from '../../src/core/library/open-folder.js';

const library = createLibrary('harbour-news', [
  { id: 'a.txt', text: 'A fire destroyed three warehouses at the harbour on Friday night. Firefighters fought the harbour fire for six hours.' },
  { id: 'b.txt', text: 'Police arrested a night guard over the harbour fire on Sunday. The guard is accused of starting the fire.' },
]);

describe('every answer names its set', () => {
  it('in a briefing’s header on the console, Slack and Discord', () => {
    const r = library.brief('harbour fire');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(renderText({ kind: 'briefing', briefing: r.briefing }).split('\n').slice(0, 3).join('\n')).toContain('harbour-news');
    expect(JSON.stringify(briefingBlocks(r.briefing).slice(0, 2))).toContain('harbour-news');
    expect(briefingCard(r.briefing).footer).toContain('harbour-news');
  });

  it('in a no-match answer on the console, Slack and Discord', () => {
    const r = library.brief('zqxj wvvk');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.noMatch.set).toBe('harbour-news');
    expect(renderText({ kind: 'no-match', noMatch: r.noMatch })).toContain('harbour-news');
    expect(JSON.stringify(slackNoMatch(r.noMatch))).toContain('harbour-news');
    expect(JSON.stringify(discordNoMatch(r.noMatch))).toContain('harbour-news');
  });
});
