import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderBriefing, renderTopics } from '../../../src/adapters/slack/render.js';
import type { Briefing } from '../../../src/core/briefing.js';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary } from '../../../src/core/library/open-folder.js';
import { limitViolations, mrkdwnTexts } from '../platform-limits.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { postToSlackEvents, slashCommandForm } from './signed-request.js';

/** The same commands on the real document set, briefings/ukraine-peace-talks. */
let library: Library;
let harness: Harness | undefined;
beforeAll(async () => {
  library = await openLibrary('briefings/ukraine-peace-talks', { now: () => new Date('2025-08-20T09:00:00Z') });
});
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function ask(h: Harness, fields: Record<string, string>, count: number) {
  const id = `real-${fields.command!.slice(1)}`;
  const reply = await postToSlackEvents(h.port, slashCommandForm({ response_url: h.fake.responseUrl(id), ...fields }), { secret: SIGNING_SECRET });
  expect(reply.status).toBe(200);
  return h.fake.waitFor(() => {
    const posts = h.fake.responses.filter((r) => r.id === id);
    return posts.length >= count && posts.map((p) => p.body);
  });
}

describe('Slack adapter on the real ukraine-peace-talks library', () => {
  it('GIVEN /brief security guarantees THEN Slack receives the rendered briefing: cited, escaped, linked, within limits', async () => {
    const result = library.brief('security guarantees');
    expect(result.ok).toBe(true);
    const briefing = (result as { briefing: Briefing }).briefing;
    const expected = renderBriefing(briefing);
    harness = await startHarness({ library });
    const answers = await ask(harness, { command: '/brief', text: 'security guarantees' }, expected.length);
    expect(answers).toEqual(expected.map((m) => ({ response_type: 'ephemeral', text: m.text, blocks: m.blocks })));
    expect(limitViolations('slack', expected)).toEqual([]);

    const all = mrkdwnTexts(expected).join('\n');
    for (const point of briefing.summary) expect(all).toContain(point.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    // Every citation mark points at a listed source.
    const marks = [...all.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(marks.length).toBeGreaterThan(briefing.summary.length);
    for (const n of marks) expect(briefing.sources.map((s) => s.n)).toContain(n);
    for (const source of briefing.sources.filter((s) => s.url?.startsWith('http'))) expect(all).toContain(`[${source.n}] <${source.url!.replace(/&/g, '&amp;')}|`);
  });

  it("GIVEN /topics THEN Slack receives the set's topics", async () => {
    const expected = renderTopics(library.topics());
    harness = await startHarness({ library });
    const answers = await ask(harness, { command: '/topics', text: '' }, expected.length);
    expect(answers).toEqual(expected.map((m) => ({ response_type: 'ephemeral', text: m.text, blocks: m.blocks })));
    expect(JSON.stringify(answers)).toContain('`security-guarantees`');
  });
});
