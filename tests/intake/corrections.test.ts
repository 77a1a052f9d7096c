import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.js';
import { renderAnswer as discordAnswer, renderDigest as discordDigest } from '../../src/adapters/discord/render.js';
import { renderAnswer as slackAnswer, renderDigest as slackDigest } from '../../src/adapters/slack/render.js';
import { type CommandServices, handleCommand } from '../../src/commands/handle.js';
import type { Briefing } from '../../src/core/briefing.js';
import { createIntake } from '../../src/intake/intake.js';
import { createLogger } from '../../src/log.js';
import { createSetDirectory } from '../../src/sets/directory.js';
import { openSets } from '../../src/sets/open.js';
import { renderBriefingPage } from '../../src/share/page.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { type NewsSite, page, startNewsSite } from '../fakes/news-site.js';

/**
 * An outlet corrects an article the set holds (same address, new text): the new text replaces
 * the old, and every briefing and digest citing it says "updated" with the time, on every platform.
 */
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site?.close());

const LIMITS = { allowHosts: ['127.0.0.1'], maxBytes: 5_000_000, timeoutSeconds: 1, maxRedirects: 5, perHostConcurrency: 2, minWords: 80 };
const UPDATED = 'updated 16 May 14:05 UTC';

describe('GIVEN an article added with /set add, then corrected by its outlet', () => {
  let services: CommandServices;
  let dir: string;
  let before: Briefing;
  let after: Briefing;
  const channel = { platform: 'console' as const, id: 'desk' };
  const user = { platform: 'console' as const, id: 'editor', canManageChannel: true };
  const brief = async () => {
    const answer = await handleCommand({ command: { name: 'brief', query: 'Harbor bridge beams', length: 'standard', public: false }, channel, user, requestId: 'b' }, services);
    if (answer.kind !== 'briefing') throw new Error(`expected a briefing, got ${JSON.stringify(answer)}`);
    return answer.briefing;
  };
  const add = async () => {
    const answer = await handleCommand({ command: { name: 'set', action: 'add', url: `${site.base}/news/fixed-bridge` }, channel, user, requestId: 'a' }, services);
    return answer.kind === 'notice' ? answer.text : '';
  };

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'briefbot-corrections-')), 'city');
    cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
    const sets = createSetDirectory(await openSets([{ name: 'city', dir, feeds: [] }]), createMemoryStore());
    let now = new Date('2024-05-16T09:30:00Z');
    const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }), now: () => now });
    services = { library: sets.defaultSet.library, sets, addLink: intake.addLink };
    site.serve('/news/fixed-bridge', page('article.html'), 'text/html; charset=utf-8');
    expect(await add()).toMatch(/^Added “Harbor bridge closes/);
    before = await brief();
    now = new Date('2024-05-16T14:05:30Z');
    site.serve('/news/fixed-bridge', page('article.html').toString('utf8').replace('three steel beams', 'four steel beams'), 'text/html; charset=utf-8');
    expect(await add()).toMatch(/^Updated “Harbor bridge closes/);
    after = await brief();
  });

  it("THEN the stored file says when it was corrected, and the briefing's source carries that time", () => {
    const [file] = readdirSync(dir).filter((f) => f.includes('harbor-bridge'));
    expect(readFileSync(join(dir, file!), 'utf8')).toContain('updated: 2024-05-16T14:05:30.000Z');
    expect(JSON.stringify(after)).toContain('cracks in four steel beams');
    const cited = after.sources.find((s) => s.docId === file);
    expect(cited?.updatedAt).toBe('2024-05-16T14:05:30.000Z');
    expect(before.sources.find((s) => s.docId === file)).toBeDefined();
    expect(before.sources.every((s) => s.updatedAt === undefined)).toBe(true);
  });

  it('THEN its source line says "updated" with the time on the console, Slack, Discord and the full page', () => {
    const console = renderText({ kind: 'briefing', briefing: after });
    const sourceLine = console.split('\n').find((line) => line.includes('Harbor bridge closes') && line.startsWith('['));
    expect(sourceLine).toContain(`Riverton Ledger — by Maya Olsen — 2024-05-14 — ${UPDATED}`);
    expect(JSON.stringify(slackAnswer({ kind: 'briefing', briefing: after }))).toContain(UPDATED);
    expect(JSON.stringify(discordAnswer({ kind: 'briefing', briefing: after }))).toContain(UPDATED);
    const html = renderBriefingPage({
      id: 'b1',
      channel: { platform: 'slack', id: 'C1' },
      userId: 'U1',
      query: 'bridge',
      shared: false,
      briefing: after,
      articles: [],
      createdAt: after.generatedAt,
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(html).toContain(UPDATED);
    // Before the correction nothing says updated.
    expect(renderText({ kind: 'briefing', briefing: before })).not.toContain('updated');
    expect(JSON.stringify(slackAnswer({ kind: 'briefing', briefing: before }))).not.toContain('updated ');
  });

  it('THEN a digest citing it says "updated" too, on the console, Slack and Discord', () => {
    const digest = services.library.digest({ topics: ['Harbor bridge beams'], since: new Date('2024-05-16T00:00:00Z') });
    expect(digest.topics).toHaveLength(1);
    expect(renderText({ kind: 'digest', digest })).toContain(UPDATED);
    expect(JSON.stringify(slackDigest(digest))).toContain(UPDATED);
    expect(JSON.stringify(discordDigest(digest))).toContain(UPDATED);
  });
});
