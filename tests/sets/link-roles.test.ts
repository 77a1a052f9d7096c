import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandServices } from '../../src/commands/handle.js';
import { createIntake } from '../../src/intake/intake.js';
import { createLogger } from '../../src/log.js';
import { createSetDirectory } from '../../src/sets/directory.js';
import { openSets } from '../../src/sets/open.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { type Harness as DiscordHarness, startHarness as startDiscord } from '../adapters/discord/harness.js';
import { type Harness as SlackHarness, slashCommand, startHarness as startSlack } from '../adapters/slack/harness.js';
import { type NewsSite, page, startNewsSite } from '../fakes/news-site.js';
import { chatInput, GUILD_ID, type InteractionPayload, PERMISSIONS, str, sub } from '../fixtures/discord/interactions.js';

/**
 * /set add is for channel managers, or for a role the configuration names: on Discord a server
 * role (by name or id), on Slack (which has no roles) a user group or a listed user. Through the
 * real Bolt app and discord.js client against the local fakes, fetching from a local news site.
 */
const LIMITS = { allowHosts: ['127.0.0.1'], maxBytes: 5_000_000, timeoutSeconds: 2, maxRedirects: 5, perHostConcurrency: 2, minWords: 80 };

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
  site.serve('/news/council-vote', page('council.html'), 'text/html; charset=utf-8');
});
afterAll(() => site?.close());

async function cityServices(): Promise<{ services: CommandServices; dir: string }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-link-roles-')), 'city');
  cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
  const sets = createSetDirectory(await openSets([{ name: 'city', dir, feeds: [] }]), createMemoryStore());
  const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }) });
  return { services: { library: sets.defaultSet.library, sets, addLink: intake.addLink }, dir };
}
const stored = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('2024-05-1'));

describe('GIVEN Slack with intake.slackLinkUsers naming the @editors user group and one user by id', () => {
  let h: SlackHarness;
  let dir: string;
  beforeAll(async () => {
    const city = await cityServices();
    dir = city.dir;
    h = await startSlack(city.services, { linkUsers: ['@editors', 'U0LISTED'] });
    for (const id of ['U0EDITOR', 'U0LISTED', 'U0REPORTER']) h.fake.setUser(id, { is_admin: false });
    h.fake.setUserGroup({ id: 'S0EDITORS', handle: 'editors', users: ['U0EDITOR'] });
    h.fake.setUserGroup({ id: 'S0SPORTS', handle: 'sports', users: ['U0REPORTER'] });
  });
  afterAll(() => h?.stop());

  const command = (user: string, text: string) => slashCommand(h, 'C0CITY', text, user);

  it('THEN someone in neither the group nor the list is refused, and nothing is stored', async () => {
    expect(await command('U0REPORTER', `/set add ${site.base}/news/harbor-bridge-closes`)).toContain('Only people who manage this channel, or hold a role allowed to add links');
    expect(stored(dir)).toEqual([]);
  });

  it('THEN a member of @editors adds an article, asked of Slack through usergroups.users.list', async () => {
    expect(await command('U0EDITOR', `/set add ${site.base}/news/harbor-bridge-closes`)).toContain('Added “Harbor bridge closes for repairs after inspectors find cracked beams” — Riverton Ledger, in city.');
    expect(h.fake.callsTo('usergroups.users.list').map((c) => c.params.usergroup)).toContain('S0EDITORS');
    expect(stored(dir)).toHaveLength(1);
  });

  it('THEN a user listed by id adds one too, without any user group being read', async () => {
    const before = h.fake.callsTo('usergroups.users.list').length;
    expect(await command('U0LISTED', `/set add ${site.base}/news/council-vote`)).toContain('Added “');
    expect(h.fake.callsTo('usergroups.users.list')).toHaveLength(before);
    expect(stored(dir)).toHaveLength(2);
  });

  it("THEN the group lets its members add links only: choosing the channel's set stays with admins", async () => {
    expect(await command('U0EDITOR', '/set use city')).toContain('Only people who manage this channel can choose the set');
  });

  it('THEN when Slack cannot say who is in the group, the user is refused and the log says why', async () => {
    h.fake.failNext('usergroups.list', { body: { ok: false, error: 'missing_scope' } });
    expect(await command('U0EDITOR', `/set add ${site.base}/news/council-vote`)).toContain('Only people who manage this channel, or hold a role allowed to add links');
    expect(h.logLines.some((line) => line.includes('could not read the Slack user groups that may add links'))).toBe(true);
  });
});

describe('GIVEN Discord with intake.linkRoles naming the Editors role', () => {
  const EDITORS = '1500000000000000001';
  const DESK = '1500000000000000002';
  let h: DiscordHarness;
  let dir: string;
  beforeAll(async () => {
    const city = await cityServices();
    dir = city.dir;
    h = await startDiscord(city.services, {
      deferAfterMs: 100,
      linkRoles: ['editors', DESK],
      fake: {
        guilds: [GUILD_ID],
        roles: [
          { id: EDITORS, name: 'Editors' },
          { id: DESK, name: 'Night desk' },
          { id: '1500000000000000003', name: 'Readers' },
        ],
      },
    });
  });
  afterAll(() => h?.close());

  const withRoles = (payload: InteractionPayload, roles: string[]): InteractionPayload => ({ ...payload, member: { ...payload.member, roles } }) as unknown as InteractionPayload;
  const add = async (url: string, roles: string[], permissions = PERMISSIONS.member) => JSON.stringify((await h.interact(withRoles(chatInput('set', [sub('add', [str('url', url)])], permissions), roles), 2)).map((r) => r.body));

  it('THEN a member with another role is refused, and nothing is stored', async () => {
    const refused = JSON.stringify((await h.interact(withRoles(chatInput('set', [sub('add', [str('url', `${site.base}/news/harbor-bridge-closes`)])]), ['1500000000000000003']), 2)).map((r) => r.body));
    expect(refused).toContain('Only people who manage this channel, or hold a role allowed to add links');
    expect(stored(dir)).toEqual([]);
  });

  it('THEN a member holding Editors (named in any case) adds an article', async () => {
    expect(await add(`${site.base}/news/harbor-bridge-closes`, [EDITORS])).toContain('Added “Harbor bridge closes for repairs after inspectors find cracked beams” — Riverton Ledger, in city.');
    expect(stored(dir)).toHaveLength(1);
  });

  it('THEN a role named by its id works too, and a channel manager needs no role', async () => {
    expect(await add(`${site.base}/news/council-vote`, [DESK])).toContain('Added “');
    expect(await add(`${site.base}/news/council-vote`, [], PERMISSIONS.manager)).toContain('Already in the set');
    expect(stored(dir)).toHaveLength(2);
  });
});
