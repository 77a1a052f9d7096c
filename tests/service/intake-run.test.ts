import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../src/adapters/console/index.js';
import { handleCommand } from '../../src/commands/handle.js';
import { parseConfig } from '../../src/config/load.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { type NewsSite, startNewsSite } from '../fakes/news-site.js';
import { captureLogger } from './helpers/capture-log.js';
import { eventually } from './helpers/service-process.js';

/**
 * The service started from a config with two sets, the second fed by a local RSS feed (and a
 * broken one, which must not stop anything): the feed's article lands in that set, and a channel
 * bound to it with /set use is briefed from it.
 */
describe('GIVEN a config with two sets, the second with a feed', () => {
  let site: NewsSite;
  let service: RunningService;
  let cityDir: string;

  beforeAll(async () => {
    site = await startNewsSite();
    site.serve(
      '/local.xml',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title><link>${site.base}/</link><description>d</description>
      <item><title>Bridge</title><link>${site.base}/news/harbor-bridge-closes</link></item></channel></rss>`,
      'application/rss+xml',
    );
    site.serve('/broken.xml', '<rss><channel><item>', 'application/rss+xml');
    cityDir = join(mkdtempSync(join(tmpdir(), 'briefbot-intake-run-')), 'city');
    cpSync('tests/fixtures/sets/city-news', cityDir, { recursive: true });
    const yaml = `sets:
  - name: ukraine
    dir: briefings/ukraine-peace-talks
  - name: city
    dir: ${cityDir}
    feeds:
      - url: ${site.base}/local.xml
      - url: ${site.base}/broken.xml
        intervalMinutes: 1
intake:
  allowHosts: [127.0.0.1]
metrics:
  port: 0
store:
  path: ${join(cityDir, '..', 'briefbot.sqlite')}
`;
    const parsed = parseConfig(yaml, 'test.yaml', {});
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    service = await startService({ config: parsed.value, logger: captureLogger('warn').logger, createAdapters: (services) => [createConsoleAdapter({ services, interactive: false })] });
  });
  afterAll(async () => {
    await service?.shutdown.run('test over');
    await site?.close();
  });

  it("THEN the feed's article lands in the city set and the next /brief in a city channel has it", async () => {
    await eventually(async () => (readdirSync(cityDir).some((f) => f.includes('harbor-bridge')) ? true : undefined), 'the feed article to be written');
    const channel = { platform: 'console' as const, id: 'desk' };
    const user = { platform: 'console' as const, id: 'editor', canManageChannel: true };
    const services = { library: service.library, sets: service.sets };
    await handleCommand({ command: { name: 'set', action: 'use', set: 'city' }, channel, user, requestId: 'r1' }, services);
    // The file is written before the set's refresh indexes it: a busy machine may answer once in between.
    const answer = await eventually(async () => {
      const reply = await handleCommand({ command: { name: 'brief', query: 'Harbor bridge beams', length: 'short', public: false }, channel, user, requestId: 'r2' }, services);
      return reply.kind === 'briefing' && JSON.stringify(reply).includes('cracks in three steel beams') ? reply : undefined;
    }, 'the feed article to be answered in the city set');
    expect(answer.kind).toBe('briefing');
    expect(JSON.stringify(answer)).toContain('cracks in three steel beams');
    const home = await handleCommand({ command: { name: 'brief', query: 'Harbor bridge beams', length: 'short', public: false }, channel: { ...channel, id: 'main' }, user, requestId: 'r3' }, services);
    expect(JSON.stringify(home)).not.toContain('cracks in three steel beams');
  });
});
