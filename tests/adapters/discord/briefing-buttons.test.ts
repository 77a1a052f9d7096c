import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPIRED_NOTICE, FOREIGN_NOTICE } from '../../../src/share/sharing.js';
import type { RecordedRequest } from '../../fakes/discord-api.js';
import { chatInput, component, modalSubmit, str, USER_ID } from '../../fixtures/discord/interactions.js';
import { type SharingRig, sharingRig } from '../../fixtures/share/library.js';
import { type Harness, startHarness } from './harness.js';

const EPHEMERAL = 64;
/** View Channel and Use Application Commands, but not Send Messages. */
const READ_ONLY = String((1n << 10n) | (1n << 16n) | (1n << 31n));

interface Component {
  type: number;
  style?: number;
  label?: string;
  custom_id?: string;
  url?: string;
  options?: { label: string; value: string }[];
  components?: Component[];
}
interface Callback {
  type: number;
  data: {
    content?: string;
    flags?: number;
    embeds?: { title?: string; description?: string; footer?: { text: string }; fields?: { value: string }[] }[];
    components?: Component[];
    allowed_mentions?: unknown;
    custom_id?: string;
    title?: string;
  };
}

describe('Discord: the buttons on a briefing, through the real discord.js client', () => {
  let h: Harness;
  let rig: SharingRig;
  beforeEach(async () => {
    rig = sharingRig();
    h = await startHarness({ library: rig.library, sharing: rig.sharing });
  });
  afterEach(async () => h.close());

  /** /brief, and the components on its answer (the deferred reply's edit). */
  async function brief(): Promise<{ id: string; components: Component[] }> {
    const [, edit] = await h.interact(chatInput('brief', [str('topic', 'security guarantees')]), 2);
    const components = (edit!.body as { components: Component[] }).components;
    const id = /^bb:share:(.+)$/.exec(components[0]!.components![0]!.custom_id!)![1]!;
    return { id, components };
  }
  const callback = (requests: RecordedRequest[]) => requests[0]!.body as Callback;
  const text = (cb: Callback) => JSON.stringify(cb.data);

  it('puts Share, Shorter, Longer, Open full briefing and Follow up buttons and a report menu under a briefing; ids carry only the briefing id', async () => {
    const { id, components } = await brief();
    const [buttons, menu] = components;
    expect(buttons!.components!.map((c) => c.label)).toEqual(['Share in channel', 'Shorter', 'Longer', 'Open full briefing', 'Follow up']);
    expect(buttons!.components!.filter((c) => c.custom_id).map((c) => c.custom_id)).toEqual([`bb:share:${id}`, `bb:shorter:${id}`, `bb:longer:${id}`, `bb:follow-up:${id}`]);
    expect(buttons!.components![3]!.url).toMatch(new RegExp(`^https://brief\\.example\\.org/b/${id}\\?expires=\\d+&sig=`));
    expect(menu!.components![0]).toMatchObject({ custom_id: `bb:report:${id}`, placeholder: 'Report an error…' });
    expect(menu!.components![0]!.options![1]).toEqual({ label: expect.stringMatching(/^Summary 2: Washington said/), value: 'summary-2' });
  });

  it('Shorter re-renders the clicked message in place (UPDATE_MESSAGE) at the short length', async () => {
    const { id } = await brief();
    const update = callback(await h.interact(component(`bb:shorter:${id}`)));
    expect(update.type).toBe(7);
    expect(update.data.embeds!.at(-1)!.footer!.text).toContain('short briefing');
    expect(update.data.components![0]!.components!.map((c) => c.label)).toEqual(['Share in channel', 'Longer', 'Open full briefing', 'Follow up']);
    expect((await rig.store.getBriefing(id))?.briefing.length).toBe('short');
  });

  it('Share in channel posts the briefing publicly, saying who shared it, pinging nobody; refused where the user may not post', async () => {
    const { id } = await brief();
    const shared = callback(await h.interact(component(`bb:share:${id}`)));
    expect(shared.type).toBe(4);
    expect(shared.data.flags ?? 0).toBe(0);
    expect(shared.data.content).toBe(`Shared by <@${USER_ID}>`);
    expect(shared.data.allowed_mentions).toEqual({ parse: [] });
    expect(shared.data.embeds![0]!.title).toBe('Briefing: Security guarantees');
    expect(shared.data.components![0]!.components!.map((c) => c.label)).toEqual(['Open full briefing', 'Follow up']);

    const refused = callback(await h.interact(component(`bb:share:${id}`, { permissions: READ_ONLY })));
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(refused.data.content).toContain('You cannot post in this channel');
  });

  it('re-checks permission on every click: another user, another channel, an unknown or expired briefing each get an ephemeral notice', async () => {
    const { id } = await brief();
    for (const payload of [component(`bb:longer:${id}`, { userId: '1100000000000000999' }), component(`bb:share:${id}`, { channelId: '1100000000000000888' })]) {
      const notice = callback(await h.interact(payload));
      expect(notice.type).toBe(4);
      expect(notice.data.flags).toBe(EPHEMERAL);
      expect(notice.data.content).toContain(FOREIGN_NOTICE.slice(0, 40));
    }
    expect(callback(await h.interact(component('bb:longer:unknownBriefing1'))).data.content).toContain(EXPIRED_NOTICE.slice(0, 40));
    rig.advance(2 * 3_600_000);
    expect(callback(await h.interact(component(`bb:longer:${id}`))).data.content).toContain(EXPIRED_NOTICE.slice(0, 40));
    expect((await rig.store.getBriefing(id))?.briefing.length).toBe('standard');
  });

  it('Report an error keeps the chosen item for admins and thanks the reader privately', async () => {
    const { id } = await brief();
    const thanks = callback(await h.interact(component(`bb:report:${id}`, { values: ['summary-2'] })));
    expect(thanks.data.flags).toBe(EPHEMERAL);
    expect(thanks.data.content).toContain('Thank you');
    expect(rig.reports).toBe(1);
    const reports = await rig.store.listErrorReports({ platform: 'discord', workspace: '1100000000000000001' });
    expect(reports.map((r) => r.item)).toEqual([expect.stringMatching(/^Summary 2: Washington said/)]);
  });

  it("Follow up opens a form; its submission is answered privately from the briefing's sources", async () => {
    const { id } = await brief();
    const modal = callback(await h.interact(component(`bb:follow-up:${id}`)));
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe(`bb:follow-up:${id}`);
    const answer = callback(await h.interact(modalSubmit(`bb:follow-up:${id}`, 'question', 'Would U.S. troops be sent?')));
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(EPHEMERAL);
    expect(text(answer)).toContain('Washington said it would help coordinate guarantees but ruled out U.S. troops.');
    const nothing = callback(await h.interact(modalSubmit(`bb:follow-up:${id}`, 'question', 'Zebras?')));
    expect(nothing.data.content).toContain('say nothing I can quote');
  });
});
