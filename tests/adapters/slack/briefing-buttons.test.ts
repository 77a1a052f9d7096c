import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BRIEFING_EVENT } from '../../../src/adapters/slack/answer-buttons.js';
import { EXPIRED_NOTICE, FOREIGN_NOTICE } from '../../../src/share/sharing.js';
import { type SharingRig, sharingRig } from '../../fixtures/share/library.js';
import { securityGuarantees } from '../../fixtures/slack/briefings.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { eventCallback, postEventToSlackEvents, postToSlackEvents, slashCommandForm } from './signed-request.js';

const CHANNEL = 'C0DESK';
const OWNER = 'U0REPORTER';

interface Block {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string; url?: string; text?: { text: string }; options?: { value: string; text: { text: string } }[] }[];
  text?: { text: string };
}

describe('Slack: the buttons on a briefing, through the real Bolt app', () => {
  let h: Harness;
  let rig: SharingRig;
  let sequence = 0;
  beforeEach(async () => {
    rig = sharingRig();
    h = await startHarness({ library: rig.library, sharing: rig.sharing });
  });
  afterEach(async () => h.stop());

  /** Runs /brief and resolves with its actions block, as Slack received it on the response_url. */
  async function brief(text = 'security guarantees'): Promise<{ actions: Block; blocks: Block[] }> {
    const id = `brief-${++sequence}`;
    await postToSlackEvents(h.port, slashCommandForm({ text, response_url: h.fake.responseUrl(id) }), { secret: SIGNING_SECRET });
    const answer = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id));
    const blocks = answer.body.blocks as Block[];
    return { actions: blocks.find((b) => b.type === 'actions')!, blocks };
  }

  /** Clicks an element of a briefing's actions block as Slack posts it (block_actions), resolving with the response_url answers. */
  async function click(actionId: string, value: string, by: { user?: string; channel?: string; select?: boolean } = {}) {
    const id = `click-${++sequence}`;
    const action = by.select
      ? { action_id: actionId, block_id: 'b', type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: 'x' } }, action_ts: '1755680401.000200' }
      : { action_id: actionId, block_id: 'b', type: 'button', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1755680401.000200' };
    const payload = {
      type: 'block_actions',
      api_app_id: 'A0BRIEFBOT',
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      trigger_id: `trigger-${sequence}`,
      user: { id: by.user ?? OWNER, username: 'reporter', team_id: 'T0FAKE' },
      team: { id: 'T0FAKE', domain: 'newsroom' },
      channel: { id: by.channel ?? CHANNEL, name: 'foreign-desk' },
      container: { type: 'message', message_ts: '1755680400.000100', channel_id: by.channel ?? CHANNEL, is_ephemeral: true },
      response_url: h.fake.responseUrl(id),
      actions: [action],
    };
    const reply = await postToSlackEvents(h.port, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { secret: SIGNING_SECRET });
    expect(reply.status).toBe(200);
    return id;
  }
  const answersTo = (id: string, count = 1) =>
    h.fake.waitFor(() => {
      const found = h.fake.responses.filter((r) => r.id === id);
      return found.length >= count ? found.map((r) => r.body) : undefined;
    });
  const element = (actions: Block, actionId: string) => actions.elements!.find((e) => e.action_id === actionId)!;
  const noticeText = (body: Record<string, unknown>) => String(body.text);

  it('puts Share, Shorter, Longer, Open full briefing, Follow up and Report an error under a private briefing; values carry only the id', async () => {
    const { actions } = await brief();
    expect(actions.elements!.map((e) => e.action_id)).toEqual(['briefbot:share', 'briefbot:shorter', 'briefbot:longer', 'briefbot:open', 'briefbot:follow-up', 'briefbot:report']);
    const id = element(actions, 'briefbot:share').value!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(element(actions, 'briefbot:longer').value).toBe(id);
    expect(element(actions, 'briefbot:open').url).toMatch(new RegExp(`^https://brief\\.example\\.org/b/${id}\\?expires=\\d+&sig=`));
    expect(element(actions, 'briefbot:report').options![1]).toEqual({ value: `${id} summary-2`, text: { type: 'plain_text', text: expect.stringMatching(/^Summary 2: Washington said/), emoji: false } });
    expect((await rig.store.getBriefing(id))?.briefing).toEqual(securityGuarantees);
  });

  it('Longer re-renders the same message in place at the long length, and the stored briefing follows', async () => {
    const { actions } = await brief();
    const id = element(actions, 'briefbot:longer').value!;
    const [answer] = await answersTo(await click('briefbot:longer', id));
    expect(answer!.replace_original).toBe(true);
    const blocks = answer!.blocks as Block[];
    expect(JSON.stringify(blocks)).toContain('· long');
    // At the longest, Longer is gone; Shorter stays.
    const again = blocks.find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id);
    expect(again).toContain('briefbot:shorter');
    expect(again).not.toContain('briefbot:longer');
    expect((await rig.store.getBriefing(id))?.briefing.length).toBe('long');
  });

  it('Share in channel posts the briefing as the bot, saying who shared it, with its id in the metadata', async () => {
    const { actions } = await brief();
    await click('briefbot:share', element(actions, 'briefbot:share').value!);
    const [posted] = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > 0 && h.fake.callsTo('chat.postMessage'));
    expect(posted!.params.channel).toBe(CHANNEL);
    expect(JSON.stringify(posted!.params.blocks)).toContain(`Shared by <@${OWNER}>`);
    const metadata = posted!.params.metadata as { event_type: string; event_payload: { briefing_id: string } };
    expect(metadata.event_type).toBe(BRIEFING_EVENT);
    const shared = await rig.store.getBriefing(metadata.event_payload.briefing_id);
    expect(shared).toMatchObject({ shared: true, userId: OWNER, channel: { id: CHANNEL } });
    // The public copy offers only what anyone in the channel may do.
    const publicActions = (posted!.params.blocks as Block[]).find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id);
    expect(publicActions).toEqual(['briefbot:open', 'briefbot:report']);
  });

  it('re-checks permission on every click: another user or another channel gets a clear ephemeral notice and nothing changes', async () => {
    const { actions } = await brief();
    const id = element(actions, 'briefbot:longer').value!;
    const [otherUser] = await answersTo(await click('briefbot:longer', id, { user: 'U0SOMEONE' }));
    expect(otherUser).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(noticeText(otherUser!)).toContain(FOREIGN_NOTICE.slice(0, 40));
    const [otherChannel] = await answersTo(await click('briefbot:share', id, { channel: 'C0ELSEWHERE' }));
    expect(noticeText(otherChannel!)).toContain(FOREIGN_NOTICE.slice(0, 40));
    const [forged] = await answersTo(await click('briefbot:shorter', 'not-a-briefing-id'));
    expect(noticeText(forged!)).toContain(EXPIRED_NOTICE.slice(0, 40));
    expect((await rig.store.getBriefing(id))?.briefing.length).toBe('standard');
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('a click on an expired briefing says so', async () => {
    const { actions } = await brief();
    rig.advance(2 * 3_600_000);
    const [answer] = await answersTo(await click('briefbot:longer', element(actions, 'briefbot:longer').value!));
    expect(noticeText(answer!)).toContain(EXPIRED_NOTICE.slice(0, 40));
  });

  it('Report an error keeps the report for admins, counts it, and /digest reports lists it to an admin only', async () => {
    const { actions } = await brief();
    const option = element(actions, 'briefbot:report').options![1]!;
    const [thanks] = await answersTo(await click('briefbot:report', option.value, { select: true, user: 'U0READER' }));
    expect(noticeText(thanks!)).toContain('Thank you');
    expect(rig.reports).toBe(1);
    const [report] = await rig.store.listErrorReports({ platform: 'slack', workspace: 'T0FAKE' });
    expect(report).toMatchObject({ userId: 'U0READER', item: expect.stringMatching(/^Summary 2: Washington said/), topic: 'Security guarantees' });

    const listFor = async (user: string) => {
      const id = `reports-${user}`;
      await postToSlackEvents(h.port, slashCommandForm({ command: '/digest', text: 'reports', user_id: user, response_url: h.fake.responseUrl(id) }), { secret: SIGNING_SECRET });
      return JSON.stringify((await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === id))).body);
    };
    expect(await listFor('U0ALLOWED')).toContain('Summary 2: Washington said');
    h.fake.setUser('U0READER', {});
    expect(await listFor('U0READER')).toContain('Only admins');
  });

  it("Follow up opens a form, and its answer quotes the briefing's sources privately", async () => {
    const { actions } = await brief();
    const id = element(actions, 'briefbot:follow-up').value!;
    await click('briefbot:follow-up', id);
    const [opened] = await h.fake.waitFor(() => h.fake.callsTo('views.open').length > 0 && h.fake.callsTo('views.open'));
    const view = opened!.params.view as { callback_id: string; private_metadata: string };
    expect(view.private_metadata).toBe(`${id} ${CHANNEL}`);
    const submission = {
      type: 'view_submission',
      api_app_id: 'A0BRIEFBOT',
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      trigger_id: 'trigger-x',
      team: { id: 'T0FAKE', domain: 'newsroom' },
      user: { id: OWNER, username: 'reporter', team_id: 'T0FAKE' },
      view: { ...view, id: 'V1', team_id: 'T0FAKE', type: 'modal', state: { values: { question: { text: { type: 'plain_text_input', value: 'Would U.S. troops be sent?' } } } } },
    };
    const reply = await postToSlackEvents(h.port, new URLSearchParams({ payload: JSON.stringify(submission) }).toString(), { secret: SIGNING_SECRET });
    expect(reply.status).toBe(200);
    const [answer] = await h.fake.waitFor(() => h.fake.callsTo('chat.postEphemeral').length > 0 && h.fake.callsTo('chat.postEphemeral'));
    expect(answer!.params).toMatchObject({ channel: CHANNEL, user: OWNER });
    expect(JSON.stringify(answer!.params.blocks)).toContain('Washington said it would help coordinate guarantees but ruled out U.S. troops.');
  });

  it("a mention in the thread of a shared briefing is answered in that thread, from that briefing's sources", async () => {
    const { actions } = await brief();
    await click('briefbot:share', element(actions, 'briefbot:share').value!);
    const [posted] = await h.fake.waitFor(() => h.fake.messages(CHANNEL).length > 0 && h.fake.messages(CHANNEL));
    const mention = eventCallback('T0FAKE', {
      type: 'app_mention',
      user: 'U0READER',
      text: '<@UBOT> would U.S. troops be sent?',
      channel: CHANNEL,
      ts: '1755680500.000200',
      thread_ts: posted!.ts,
    });
    const reply = await postEventToSlackEvents(h.port, mention, { secret: SIGNING_SECRET });
    expect(reply.status).toBe(200);
    const answer = await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').find((c) => c.params.thread_ts === posted!.ts));
    expect(answer.params.channel).toBe(CHANNEL);
    expect(JSON.stringify(answer.params.blocks)).toContain('ruled out U.S. troops.');
  });
});
