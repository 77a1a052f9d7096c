import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../src/commands/handle.js';
import { createSetDirectory, type SetDirectory } from '../../src/sets/directory.js';
import { openSets } from '../../src/sets/open.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { type Harness as DiscordHarness, startHarness as startDiscord } from '../adapters/discord/harness.js';
import { ALLOWED_USER, type Harness as SlackHarness, slashCommand, startHarness as startSlack } from '../adapters/slack/harness.js';
import { CHANNEL_ID, chatInput, type InteractionPayload, PERMISSIONS, str, sub } from '../fixtures/discord/interactions.js';

/**
 * Two channels bound to two sets, through the real Bolt app and the real discord.js client against
 * the local fakes: each channel's /brief and /topics come from its own set and say which.
 */
const SETS = [
  { name: 'ukraine', dir: 'briefings/ukraine-peace-talks', feeds: [] },
  { name: 'city', dir: 'tests/fixtures/sets/city-news', feeds: [] },
];

async function directory(): Promise<SetDirectory> {
  return createSetDirectory(await openSets(SETS), createMemoryStore());
}

describe('GIVEN two Slack channels, one bound to the city set', () => {
  let h: SlackHarness;
  let sets: SetDirectory;
  beforeAll(async () => {
    sets = await directory();
    const services: Partial<CommandServices> = { library: sets.defaultSet.library, sets };
    h = await startSlack(services);
  });
  afterAll(() => h?.stop());

  const command = (channel: string, text: string, user = ALLOWED_USER) => slashCommand(h, channel, text, user);

  it('THEN /set shows the default, a member may not rebind, and an admin binds the channel', async () => {
    expect(await command('C0CITY', '/set')).toContain('This channel is briefed from ukraine (the default');
    expect(await command('C0CITY', '/set use city', 'U0REPORTER')).toContain('Only people who manage this channel can choose the set');
    expect(await command('C0CITY', '/set use nowhere')).toContain('There is no set called \\"nowhere\\". Sets on offer: ukraine, city.');
    expect(await command('C0CITY', '/set use city')).toContain('This channel is now briefed from city (4 documents)');
    expect(await command('C0CITY', '/set')).toContain('This channel is briefed from city (chosen with /set use)');
  });

  it('THEN each channel is briefed from its own set, and every answer names it', async () => {
    const city = await command('C0CITY', '/brief water main');
    expect(city).toContain('Harbor Street');
    expect(city).toContain('city · ');
    const desk = await command('C0DESK', '/brief water main');
    expect(desk).not.toContain('Harbor Street');
    expect(desk).toMatch(/ukraine · |Nothing in ukraine matches/);
    expect(await command('C0CITY', '/topics')).toContain('Topics in city');
    expect(await command('C0DESK', '/topics')).toContain('Topics in ukraine');
  });
});

describe('GIVEN two Discord channels, one bound to the city set', () => {
  const OTHER_CHANNEL = '1100000000000000042';
  let h: DiscordHarness;
  beforeAll(async () => {
    const sets = await directory();
    h = await startDiscord({ library: sets.defaultSet.library, sets }, { deferAfterMs: 100 });
  });
  afterAll(() => h?.close());

  const inChannel = (payload: InteractionPayload, channel: string): InteractionPayload => ({ ...payload, channel_id: channel, channel: { ...payload.channel, id: channel } });
  const bodies = async (payload: InteractionPayload, count = 2) => JSON.stringify((await h.interact(payload, count)).map((r) => r.body));

  it('THEN a member may not rebind, a manager binds, and each channel briefs from its own set', async () => {
    const refused = await bodies(inChannel(chatInput('set', [sub('use', [str('name', 'city')])], PERMISSIONS.member), OTHER_CHANNEL), 1);
    expect(refused).toContain('Only people who manage this channel can choose the set');
    const bound = await bodies(inChannel(chatInput('set', [sub('use', [str('name', 'city')])], PERMISSIONS.manager), OTHER_CHANNEL), 1);
    expect(bound).toContain('This channel is now briefed from city');

    const city = await bodies(inChannel(chatInput('brief', [str('topic', 'water main')]), OTHER_CHANNEL));
    expect(city).toContain('Harbor Street');
    expect(city).toContain('city · ');
    const home = await bodies(chatInput('brief', [str('topic', 'water main')]));
    expect(home).not.toContain('Harbor Street');
    expect(home).toMatch(/ukraine · |in ukraine/);
    expect(CHANNEL_ID).not.toBe(OTHER_CHANNEL);
  });

  it("THEN autocomplete offers the bound set's topics, and the sets for /set use", async () => {
    const topics = await bodies(inChannel({ ...chatInput('brief', [str('topic', '', true)]), type: 4 }, OTHER_CHANNEL), 1);
    expect(topics).toContain('"value":"rail-yard"');
    const home = await bodies({ ...chatInput('brief', [str('topic', '', true)]), type: 4 }, 1);
    expect(home).not.toContain('rail-yard');
    const names = await bodies({ ...chatInput('set', [sub('use', [str('name', 'ci', true)])]), type: 4 }, 1);
    expect(names).toContain('"value":"city"');
  });
});
