import { afterEach, describe, expect, it } from 'vitest';
import { SLACK_BOT_SCOPES } from '../../../src/adapters/slack/index.js';
import { PlatformError } from '../../../src/chat/platform-error.js';
import { digestOf, securityGuarantees } from '../../fixtures/slack/briefings.js';
import { parsedLog, SIGNING_SECRET } from './harness.js';
import { ALPHA, BRAVO, CLIENT_ID, CLIENT_SECRET, installWorkspace, type OAuthHarness, returnFromSlack, STATE_SECRET, startOAuthHarness, visitInstall } from './oauth-harness.js';
import { eventCallback, postEventToSlackEvents, postToSlackEvents, slashCommandForm } from './signed-request.js';

let harness: OAuthHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function start(): Promise<OAuthHarness> {
  harness = await startOAuthHarness();
  return harness;
}

/** A signed slash command from `team`, answered through its response_url. */
async function command(h: OAuthHarness, team: string, fields: Record<string, string>) {
  const id = `r${Math.random().toString(36).slice(2)}`;
  const reply = await postToSlackEvents(h.port, slashCommandForm({ team_id: team, response_url: h.fake.responseUrl(id), ...fields }), { secret: SIGNING_SECRET });
  expect(reply.status).toBe(200);
  const [answer] = await h.fake.waitFor(() => {
    const posts = h.fake.responses.filter((r) => r.id === id);
    return posts.length > 0 && posts.map((p) => p.body);
  });
  return answer!;
}

const subscribe = (h: OAuthHarness, team: string, channel: string, user: string) => command(h, team, { command: '/digest', text: 'subscribe 07:00 Europe/Kyiv', channel_id: channel, user_id: user });

describe('Slack installed in many workspaces (OAuth), with the real Bolt App', () => {
  it('GIVEN /slack/install THEN the browser goes to Slack with our client id, the scopes and a state also set as its cookie', async () => {
    const h = await start();
    const { status, location, state, cookie } = await visitInstall(h.port);
    expect(status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('scope')!.split(',')).toEqual([...SLACK_BOT_SCOPES]);
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
    expect(await h.store.getInstallation('slack', ALPHA.id)).toBeNull(); // nothing installed until Slack sends the browser back
  });

  it('GIVEN the redirect back with a bad state THEN 400, no code exchanged, nothing installed, and the refusal logged', async () => {
    const h = await start();
    const { state, cookie } = await visitInstall(h.port);
    const code = h.fake.grantCode(ALPHA);
    const forged = await returnFromSlack(h.port, { code, state: 'forged-state' }, 'slack-app-oauth-state=forged-state');
    const otherBrowser = await returnFromSlack(h.port, { code, state }); // a valid state, but not this browser's cookie
    const noState = await returnFromSlack(h.port, { code }, cookie);
    expect([forged.status, otherBrowser.status, noState.status]).toEqual([400, 400, 400]);
    expect(forged.body).toContain('did not start here');
    expect(h.fake.callsTo('oauth.v2.access')).toEqual([]);
    expect(await h.store.getInstallation('slack', ALPHA.id)).toBeNull();
    const refusals = parsedLog(h.logLines).filter((l) => l.event === 'install-refused');
    expect(refusals.map((l) => l.code)).toEqual(['slack_oauth_invalid_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_state']);
    expect(parsedLog(h.logLines).filter((l) => Number(l.level) >= 50)).toEqual([]); // a visitor's bad link is not our error
  });

  it('GIVEN two workspaces installed through the flow THEN each is stored with its own token, and commands in each use that token', async () => {
    const h = await start();
    const alpha = await installWorkspace(h, ALPHA);
    const bravo = await installWorkspace(h, BRAVO);
    expect([alpha.status, bravo.status]).toEqual([200, 200]);
    expect(alpha.body).toContain('Briefbot is now in Alpha Gazette');
    expect(h.fake.callsTo('oauth.v2.access').map((c) => c.params)).toEqual([expect.objectContaining({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), expect.objectContaining({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET })]);
    for (const team of [ALPHA, BRAVO]) {
      const row = await h.store.getInstallation('slack', team.id);
      expect(JSON.parse(row!.data)).toMatchObject({ team: { id: team.id, name: team.name }, bot: { token: h.fake.tokenOf(team.id), userId: `UBOT${team.id}` } });
    }

    // The admin check asks Slack (users.info) with the token of the workspace the command came from.
    h.fake.setUser('U0EDITOR', { is_admin: true });
    const inAlpha = await subscribe(h, ALPHA.id, 'C0ALPHA', 'U0EDITOR');
    const inBravo = await subscribe(h, BRAVO.id, 'C0BRAVO', 'U0EDITOR');
    expect(JSON.stringify([inAlpha, inBravo])).not.toContain('Only people who manage');
    expect(h.fake.callsTo('users.info').map((c) => h.fake.teamOf(c))).toEqual([ALPHA.id, BRAVO.id]);
    expect((await h.store.listSubscriptions()).map((s) => s.channel)).toEqual([
      { platform: 'slack', id: 'C0ALPHA', workspace: ALPHA.id },
      { platform: 'slack', id: 'C0BRAVO', workspace: BRAVO.id },
    ]);
    const topics = await command(h, BRAVO.id, { command: '/topics', text: '' });
    expect(topics).toMatchObject({ response_type: 'ephemeral' });
  });

  it('GIVEN a command from a workspace that never installed briefbot THEN it is not answered and the refusal is logged', async () => {
    const h = await start();
    await installWorkspace(h, ALPHA);
    const reply = await postToSlackEvents(h.port, slashCommandForm({ team_id: 'T0STRANGER', response_url: h.fake.responseUrl('stranger') }), { secret: SIGNING_SECRET });
    expect(reply.status).toBe(200);
    await h.waitForLog((l) => l.msg === 'Bolt could not handle a request');
    expect(h.fake.responses.filter((r) => r.id === 'stranger')).toEqual([]);
  });

  it("GIVEN digests for channels in two workspaces THEN each is posted with its own workspace's token; an uninstalled workspace is a permanent error", async () => {
    const h = await start();
    await installWorkspace(h, ALPHA);
    await installWorkspace(h, BRAVO);
    await h.adapter.postDigest({ platform: 'slack', id: 'C0BRAVO', workspace: BRAVO.id }, digestOf(securityGuarantees), { idempotencyKey: 'bd-bravo' });
    await h.adapter.postDigest({ platform: 'slack', id: 'C0ALPHA', workspace: ALPHA.id }, digestOf(securityGuarantees), { idempotencyKey: 'bd-alpha' });
    expect(h.fake.messages().map((m) => [m.channel, m.team])).toEqual([
      ['C0BRAVO', BRAVO.id],
      ['C0ALPHA', ALPHA.id],
    ]);
    expect(h.fake.callsTo('chat.postMessage').map((c) => c.authorization)).toEqual([`Bearer ${h.fake.tokenOf(BRAVO.id)}`, `Bearer ${h.fake.tokenOf(ALPHA.id)}`]);
    expect(h.fake.callsTo('conversations.history').map((c) => h.fake.teamOf(c))).toEqual([BRAVO.id, ALPHA.id]);

    const error = await h.adapter.postDigest({ platform: 'slack', id: 'C0GONE', workspace: 'T0NEVER' }, digestOf(securityGuarantees), { idempotencyKey: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: 'permanent', code: 'not_installed', message: expect.stringContaining('not installed in workspace T0NEVER') });
  });

  it("GIVEN app_uninstalled from workspace A THEN A's installation is gone and its subscriptions paused; B is untouched", async () => {
    const h = await start();
    await installWorkspace(h, ALPHA);
    await installWorkspace(h, BRAVO);
    h.fake.setUser('U0EDITOR', { is_admin: true });
    await subscribe(h, ALPHA.id, 'C0ALPHA', 'U0EDITOR');
    await subscribe(h, ALPHA.id, 'C0ALPHA2', 'U0EDITOR');
    await subscribe(h, BRAVO.id, 'C0BRAVO', 'U0EDITOR');

    const reply = await postEventToSlackEvents(h.port, eventCallback(ALPHA.id, { type: 'app_uninstalled' }), { secret: SIGNING_SECRET });
    expect(reply.status).toBe(200);
    const logged = await h.waitForLog((l) => l.event === 'app_uninstalled');
    expect(logged).toMatchObject({ level: 30, workspace: ALPHA.id, installationRemoved: true, subscriptionsPaused: 2 });

    expect(await h.store.getInstallation('slack', ALPHA.id)).toBeNull();
    expect(await h.store.getInstallation('slack', BRAVO.id)).not.toBeNull();
    const subs = await h.store.listSubscriptions();
    expect(subs.map((s) => [s.channel.id, s.status])).toEqual([
      ['C0ALPHA', 'paused'],
      ['C0ALPHA2', 'paused'],
      ['C0BRAVO', 'active'],
    ]);
    expect(subs[0]!.pausedReason).toContain('Briefbot was removed from this Slack workspace');

    await expect(h.adapter.postDigest(subs[0]!.channel, digestOf(securityGuarantees), { idempotencyKey: 'k' })).rejects.toMatchObject({ kind: 'permanent', code: 'not_installed' });
    await h.adapter.postDigest(subs[2]!.channel, digestOf(securityGuarantees), { idempotencyKey: 'k' });
    expect(h.fake.messages('C0BRAVO')).toHaveLength(1);
  });

  it('GIVEN a forged app_uninstalled (bad signature) THEN 401 and nothing is removed', async () => {
    const h = await start();
    await installWorkspace(h, ALPHA);
    const reply = await postEventToSlackEvents(h.port, eventCallback(ALPHA.id, { type: 'app_uninstalled' }), { secret: 'not-the-signing-secret-00000000' });
    expect(reply.status).toBe(401);
    expect(await h.store.getInstallation('slack', ALPHA.id)).not.toBeNull();
  });

  it('GIVEN tokens_revoked THEN the bot token revoked removes the installation and pauses; user tokens alone change nothing', async () => {
    const h = await start();
    await installWorkspace(h, ALPHA);
    h.fake.setUser('U0EDITOR', { is_admin: true });
    await subscribe(h, ALPHA.id, 'C0ALPHA', 'U0EDITOR');

    await postEventToSlackEvents(h.port, eventCallback(ALPHA.id, { type: 'tokens_revoked', tokens: { oauth: ['U0INSTALLER'] } }), { secret: SIGNING_SECRET });
    await postEventToSlackEvents(h.port, eventCallback(ALPHA.id, { type: 'tokens_revoked', tokens: { bot: [`UBOT${ALPHA.id}`] } }), { secret: SIGNING_SECRET });
    const logged = await h.waitForLog((l) => l.event === 'tokens_revoked');
    expect(logged).toMatchObject({ workspace: ALPHA.id, installationRemoved: true, subscriptionsPaused: 1 });
    expect(parsedLog(h.logLines).filter((l) => l.event === 'tokens_revoked')).toHaveLength(1); // the user-token event did nothing
    expect(await h.store.getInstallation('slack', ALPHA.id)).toBeNull();
    expect((await h.store.listSubscriptions())[0]).toMatchObject({ status: 'paused', pausedReason: expect.stringContaining('access to this Slack workspace was revoked') });
  });

  it('GIVEN installs, commands, digests, a refused install and an uninstall at debug level THEN no log line holds a token or secret', async () => {
    const h = await start();
    await installWorkspace(h, ALPHA);
    await installWorkspace(h, BRAVO);
    const tokens = [h.fake.tokenOf(ALPHA.id)!, h.fake.tokenOf(BRAVO.id)!];
    await returnFromSlack(h.port, { code: h.fake.grantCode(ALPHA), state: 'forged' }, 'slack-app-oauth-state=forged');
    h.fake.setUser('U0EDITOR', { is_admin: true });
    await subscribe(h, ALPHA.id, 'C0ALPHA', 'U0EDITOR');
    await h.adapter.postDigest({ platform: 'slack', id: 'C0BRAVO', workspace: BRAVO.id }, digestOf(securityGuarantees), { idempotencyKey: 'k' });
    h.fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } });
    await h.adapter.postDigest({ platform: 'slack', id: 'C0ALPHA', workspace: ALPHA.id }, digestOf(securityGuarantees), { idempotencyKey: 'k2' }).catch(() => {});
    await postEventToSlackEvents(h.port, eventCallback(ALPHA.id, { type: 'app_uninstalled' }), { secret: SIGNING_SECRET });
    await h.waitForLog((l) => l.event === 'app_uninstalled');

    const log = h.logLines.join('');
    expect(log).toContain('oauth.v2.access'); // the WebClient's debug lines are there, and scrubbed
    expect(log).toContain('Slack workspace installed');
    for (const secret of [...tokens, ...tokens.map((t) => t.slice(5)), CLIENT_SECRET, STATE_SECRET, SIGNING_SECRET]) expect(log).not.toContain(secret);
  });
});
