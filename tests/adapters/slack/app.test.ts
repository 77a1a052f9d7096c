import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { renderBriefing } from '../../../src/adapters/slack/render.js';
import { createRateLimiter } from '../../../src/commands/rate-limit.js';
import { RESPONSE_URL } from '../../fakes/slack-web-api.js';
import { hostileBriefing, oversizedBriefing } from '../../fixtures/slack/briefings.js';
import { SECURITY_GUARANTEES_BLOCKS } from '../../fixtures/slack/expected-blocks.js';
import { fakeLibrary } from '../../fixtures/slack/fake-library.js';
import { limitViolations, mrkdwnTexts } from '../platform-limits.js';
import { ALLOWED_USER, BOT_TOKEN, type Harness, parsedLog, recordingDigests, SIGNING_SECRET, startHarness } from './harness.js';
import { postToSlackEvents, slashCommandForm } from './signed-request.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function start(services?: Parameters<typeof startHarness>[0]): Promise<Harness> {
  harness = await startHarness(services);
  return harness;
}

/** Sends a signed slash command and waits until `count` answers reached its response_url. */
async function command(h: Harness, fields: Record<string, string>, count = 1) {
  const id = `r${Math.random().toString(36).slice(2)}`;
  const reply = await postToSlackEvents(h.port, slashCommandForm({ response_url: h.fake.responseUrl(id), ...fields }), { secret: SIGNING_SECRET });
  const answers = await h.fake.waitFor(() => {
    const posts = h.fake.responses.filter((r) => r.id === id);
    return posts.length >= count && posts.map((p) => p.body);
  });
  return { reply, answers };
}

describe('Slack adapter over HTTP, with the real Bolt App', () => {
  it('GIVEN start THEN checks the bot token with auth.test against the Web API', async () => {
    const h = await start();
    expect(h.fake.callsTo('auth.test')).toEqual([{ method: 'auth.test', params: expect.any(Object), authorization: `Bearer ${BOT_TOKEN}` }]);
    expect(h.adapter.ready()).toBe(true);
  });

  it('GIVEN /brief THEN acks with an empty 200 and answers ephemerally through response_url with the exact blocks', async () => {
    const h = await start();
    const { reply, answers } = await command(h, { command: '/brief', text: 'security guarantees' });
    expect(reply).toEqual({ status: 200, body: '' });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toEqual({
      response_type: 'ephemeral',
      text: 'Briefing: Security guarantees. European leaders pressed for security guarantees for Ukraine after the Alaska summit. ' + 'Washington said it would help coordinate guarantees but ruled out U.S. troops.',
      blocks: SECURITY_GUARANTEES_BLOCKS,
    });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('GIVEN /brief … public THEN the briefing goes to the channel (in_channel)', async () => {
    const h = await start();
    const { answers } = await command(h, { command: '/brief', text: 'security guarantees public' });
    expect(answers[0]).toMatchObject({ response_type: 'in_channel', blocks: SECURITY_GUARANTEES_BLOCKS });
  });

  it('GIVEN /brief public that matches nothing THEN the miss stays ephemeral', async () => {
    const h = await start();
    const { answers } = await command(h, { command: '/brief', text: 'tariffs public' });
    expect(answers[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(answers[0])).toContain('Nothing in ukraine-peace-talks matches “tariffs”.');
  });

  it('GIVEN an oversized briefing THEN Slack receives every part, in order, each within its limits', async () => {
    const h = await start();
    const expected = renderBriefing(oversizedBriefing());
    const { answers } = await command(h, { command: '/brief', text: 'everything' }, expected.length);
    expect(answers).toEqual(expected.map((m) => ({ response_type: 'ephemeral', text: m.text, blocks: m.blocks })));
    expect(
      limitViolations(
        'slack',
        answers.map((a) => a as never),
      ),
    ).toEqual([]);
  });

  it('GIVEN a document containing <!channel>, <@U123> and <http://evil|click> THEN Slack receives them escaped', async () => {
    const h = await start();
    const { answers } = await command(h, { command: '/brief', text: 'hostile' });
    expect(answers[0]).toEqual({ response_type: 'ephemeral', ...renderBriefing(hostileBriefing)[0] });
    const mrkdwn = mrkdwnTexts(answers as never);
    expect(mrkdwn.join('\n')).toContain('Attention &lt;!channel&gt; and &lt;!here&gt;: &lt;@U123&gt; says &lt;http://evil.example|click&gt;');
    for (const text of mrkdwn) expect(text).not.toMatch(/<[!@#]|<http:\/\/evil/);
    // A header is plain_text, which Slack never parses for mentions or links: the title shows as written.
    expect((answers[0] as { blocks: unknown[] }).blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Briefing: Hostile <!channel> title', emoji: false } });
  });

  it('GIVEN /digest subscribe by a user who is not an admin THEN it is refused and nothing is subscribed', async () => {
    const recorded = recordingDigests();
    const h = await start({ digests: recorded.digests });
    h.fake.setUser('U0REPORTER', { is_admin: false, is_owner: false });
    const { answers } = await command(h, { command: '/digest', text: 'subscribe 07:00 Europe/Kyiv security-guarantees', user_id: 'U0REPORTER' });
    expect(answers[0]).toEqual({
      response_type: 'ephemeral',
      text: 'Only people who manage this channel can change its digests. Ask a channel manager or an admin.',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':warning: Only people who manage this channel can change its digests. Ask a channel manager or an admin.' } }],
    });
    expect(recorded.subscribed).toEqual([]);
    expect(h.fake.callsTo('users.info').map((c) => c.params.user)).toEqual(['U0REPORTER']);
  });

  it('GIVEN /digest subscribe by a workspace admin or an allow-listed user THEN the channel is subscribed', async () => {
    const recorded = recordingDigests();
    const h = await start({ digests: recorded.digests });
    h.fake.setUser('U0ADMIN', { is_admin: true });
    await command(h, { command: '/digest', text: 'subscribe 07:00 Europe/Kyiv security-guarantees', user_id: 'U0ADMIN' });
    const { answers } = await command(h, { command: '/digest', text: 'subscribe 18:30 Europe/Berlin', user_id: ALLOWED_USER });
    expect(recorded.subscribed).toEqual([
      { channelId: 'C0DESK', request: { time: '07:00', timezone: 'Europe/Kyiv', topics: ['security-guarantees'] }, by: 'U0ADMIN' },
      { channelId: 'C0DESK', request: { time: '18:30', timezone: 'Europe/Berlin' }, by: ALLOWED_USER },
    ]);
    // The allow-list answers without asking Slack.
    expect(h.fake.callsTo('users.info').map((c) => c.params.user)).toEqual(['U0ADMIN']);
    expect(JSON.stringify(answers[0])).toContain('18:30 Europe/Berlin, every day');
  });

  it('GIVEN /digest now whose work is slow THEN the ack is sent before the work finishes', async () => {
    const recorded = recordingDigests();
    recorded.nowGate.hold = true;
    const h = await start({ digests: recorded.digests });
    const id = 'slow';
    const reply = await postToSlackEvents(h.port, slashCommandForm({ command: '/digest', text: 'now', response_url: h.fake.responseUrl(id) }), { secret: SIGNING_SECRET });
    expect(reply.status).toBe(200);
    expect(h.fake.responses).toEqual([]);
    recorded.release();
    const answer = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Digest: ukraine-peace-talks') });
  });

  it('GIVEN a request with a wrong signature THEN 401, nothing answered, and the refusal is logged', async () => {
    const h = await start();
    const body = slashCommandForm({ command: '/brief', text: 'security guarantees', response_url: h.fake.responseUrl('bad') });
    const forged = await postToSlackEvents(h.port, body, { secret: 'not-the-signing-secret-0000000000' });
    const garbled = await postToSlackEvents(h.port, body, { secret: SIGNING_SECRET, signature: 'v0=deadbeef' });
    expect([forged.status, garbled.status]).toEqual([401, 401]);
    const refusals = parsedLog(h.logLines).filter((l) => l.event === 'request-refused');
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toMatchObject({ level: 40, status: 401, reason: expect.stringContaining('signature mismatch') });
    await command(h, { command: '/topics', text: '' }); // a later good request still works, and the bad one never answered
    expect(h.fake.responses.filter((r) => r.id === 'bad')).toEqual([]);
  });

  it('GIVEN a correctly signed request older than 5 minutes THEN 401 and logged as stale', async () => {
    const h = await start();
    const body = slashCommandForm({ command: '/brief', text: 'security guarantees', response_url: h.fake.responseUrl('stale') });
    const stale = await postToSlackEvents(h.port, body, { secret: SIGNING_SECRET, timestampSec: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.status).toBe(401);
    expect(parsedLog(h.logLines).filter((l) => l.event === 'request-refused')).toEqual([expect.objectContaining({ status: 401, reason: expect.stringContaining('stale') })]);
  });

  it('GIVEN unparseable, unknown and failing commands THEN each gets an ephemeral notice and the app keeps answering', async () => {
    const library = fakeLibrary({});
    const h = await start({
      library: {
        ...library,
        brief: () => {
          throw new Error('index exploded');
        },
      },
    });
    const bad = await command(h, { command: '/digest', text: 'sometime' });
    expect(JSON.stringify(bad.answers[0])).toContain('Unknown digest action');
    const empty = await command(h, { command: '/brief', text: '   ' });
    expect(JSON.stringify(empty.answers[0])).toContain('Say what to brief on');
    const broken = await command(h, { command: '/brief', text: 'anything' });
    expect(broken.answers[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('something went wrong') });
    const topics = await command(h, { command: '/topics', text: '' });
    expect(topics.answers[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Topics in ukraine-peace-talks') });
  });

  it('GIVEN a response_url that refuses the answer THEN the failure is logged and the app keeps answering', async () => {
    const h = await start();
    h.fake.failNext(RESPONSE_URL, { status: 404, body: 'expired_url' });
    h.fake.failNext(RESPONSE_URL, { status: 404, body: 'expired_url' });
    const { answers } = await command(h, { command: '/topics', text: '' }, 2); // the answer, then the error notice
    expect(answers[1]).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Something went wrong') });
    await h.waitForLog((l) => l.msg === 'could not send the error notice either');
    expect(parsedLog(h.logLines).find((l) => l.msg === 'slash command failed')).toMatchObject({ level: 50, err: { message: expect.stringContaining('404') } });
    const later = await command(h, { command: '/topics', text: '' });
    expect(later.answers[0]).toMatchObject({ text: expect.stringContaining('Topics in ukraine-peace-talks') });
  });

  it('GIVEN a user over the per-user rate limit THEN they are asked to slow down, others are not', async () => {
    const h = await start({ rateLimiter: createRateLimiter({ perMinute: 1, burst: 1 }) });
    await command(h, { command: '/topics', text: '', user_id: 'U0FAST' });
    const second = await command(h, { command: '/topics', text: '', user_id: 'U0FAST' });
    expect(JSON.stringify(second.answers[0])).toContain('slow down');
    const other = await command(h, { command: '/topics', text: '', user_id: 'U0CALM' });
    expect(JSON.stringify(other.answers[0])).not.toContain('slow down');
  });

  it('GIVEN commands, refusals and Slack errors at debug level THEN no log line holds the bot token or signing secret', async () => {
    const h = await start({ digests: recordingDigests().digests });
    await command(h, { command: '/brief', text: 'security guarantees' });
    await command(h, { command: '/digest', text: 'subscribe 07:00 Europe/Kyiv', user_id: 'U0NOBODY' }); // users.info → user_not_found
    await postToSlackEvents(h.port, slashCommandForm({ command: '/topics' }), { secret: 'wrong-secret-value-000000000000' });
    h.fake.failNext('chat.postMessage', { body: { ok: false, error: 'invalid_auth' } });
    await expect(h.adapter.postDigest({ platform: 'slack', id: 'C0DESK' }, await recordingDigests().digests.now({ platform: 'slack', id: 'C0DESK' }), { idempotencyKey: 'k1' })).rejects.toMatchObject({ kind: 'permanent' });
    const log = h.logLines.join('');
    expect(h.logLines.length).toBeGreaterThan(10);
    expect(log).toContain('http request'); // WebClient's debug lines are there, and scrubbed
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(BOT_TOKEN.slice(5));
    expect(log).not.toContain(SIGNING_SECRET);
  });
});

describe('Slack HTTP receiver against slow clients', () => {
  it('GIVEN a request whose body trickles in THEN the connection is cut off in seconds, not held for minutes', async () => {
    const h = await start();
    const socket = connect(h.port, '127.0.0.1');
    await once(socket, 'connect');
    socket.write('POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\ncommand=');
    const started = Date.now();
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString()));
    // Readiness, not a clock: wait for the server to give up on the connection.
    await once(socket, 'close');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(reply).toMatch(/^HTTP\/1\.1 408/);
  });
});
