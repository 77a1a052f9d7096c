import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { registerCommands } from '../../../src/adapters/discord/register.js';
import { readDiscordEnv } from '../../../src/config/discord-env.js';
import { type DiscordApiFake, startDiscordApiFake } from '../../fakes/discord-api.js';
import { APP_ID, GUILD_ID } from '../../fixtures/discord/interactions.js';
import { TOKEN } from './harness.js';

let fake: DiscordApiFake;
beforeAll(async () => {
  fake = await startDiscordApiFake({ token: TOKEN, appId: APP_ID });
});
afterAll(async () => {
  await fake?.close();
});

describe('GIVEN npm run discord:register', () => {
  test('WITH a guild THEN the commands are put in that guild, as Discord expects them', async () => {
    const result = await registerCommands({ token: TOKEN, appId: APP_ID, guildId: GUILD_ID, api: fake.api });
    expect(result).toEqual({ scope: 'guild', names: ['brief', 'topics', 'digest', 'set'] });
    const put = fake.requests.at(-1)!;
    expect(put).toMatchObject({ method: 'PUT', path: `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, status: 200, authorization: `Bot ${TOKEN}` });
    // biome-ignore lint/suspicious/noExplicitAny: Discord's command JSON, read loosely field by field below.
    const [brief, topics, digest] = put.body as Record<string, any>[];
    expect(brief!.options).toEqual([
      { type: 3, name: 'topic', description: 'A topic from /topics, or your own words', required: true, autocomplete: true, max_length: 200 },
      {
        type: 3,
        name: 'length',
        description: 'How much to say (default: standard)',
        required: false,
        choices: [
          { name: 'short', value: 'short' },
          { name: 'standard', value: 'standard' },
          { name: 'long', value: 'long' },
        ],
      },
      { type: 5, name: 'public', description: 'Post it for the whole channel (default: only you see it)', required: false },
    ]);
    expect(brief!.contexts).toEqual([0, 1]);
    expect(topics!.options).toEqual([]);
    // Manage Channels (1 << 4) by default; subscribe/unsubscribe also check it on our side.
    expect(digest!.default_member_permissions).toBe('16');
    expect(digest!.contexts).toEqual([0]);
    expect(digest!.options.map((o: { name: string }) => o.name)).toEqual(['now', 'subscribe', 'unsubscribe', 'list', 'reports']);
    const subscribe = digest!.options[1];
    expect(subscribe.options.map((o: { name: string; required: boolean; autocomplete?: boolean }) => [o.name, o.required, o.autocomplete ?? false])).toEqual([
      ['time', true, false],
      ['timezone', true, true],
      ['topics', false, true],
      ['days', false, false],
      ['length', false, false],
      ['words', false, false],
      ['quiet', false, false],
    ]);
  });

  test('WITHOUT a guild THEN they are registered globally', async () => {
    const result = await registerCommands({ token: TOKEN, appId: APP_ID, api: fake.api });
    expect(result.scope).toBe('global');
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', path: `/applications/${APP_ID}/commands`, status: 200 });
  });
});

describe('GIVEN the environment', () => {
  test('WITH everything set THEN it is read, and an empty guild id counts as unset', () => {
    expect(readDiscordEnv({ DISCORD_TOKEN: ' t0k3n ', DISCORD_APP_ID: APP_ID, DISCORD_GUILD_ID: '' })).toEqual({ ok: true, value: { token: 't0k3n', appId: APP_ID } });
    expect(readDiscordEnv({ DISCORD_TOKEN: 't', DISCORD_APP_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID })).toEqual({ ok: true, value: { token: 't', appId: APP_ID, guildId: GUILD_ID } });
  });

  test('WITH variables missing or wrong THEN one message names each, and never echoes the token', () => {
    const missing = readDiscordEnv({});
    expect(missing).toEqual({
      ok: false,
      error: ['Discord is not configured:', '  - DISCORD_TOKEN is not set (Developer Portal → your application → Bot → Reset Token)', '  - DISCORD_APP_ID is not set (Developer Portal → General Information → Application ID)'].join('\n'),
    });
    const wrong = readDiscordEnv({ DISCORD_TOKEN: 'secret-token', DISCORD_APP_ID: 'my-bot', DISCORD_GUILD_ID: '12' });
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(wrong.error).toContain('DISCORD_APP_ID must be a Discord id');
    expect(wrong.error).toContain('DISCORD_GUILD_ID must be a Discord id');
    expect(wrong.error).not.toContain('secret-token');
  });
});
