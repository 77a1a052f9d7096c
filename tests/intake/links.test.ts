import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CommandServices, handleCommand } from '../../src/commands/handle.js';
import { createIntake, type Intake } from '../../src/intake/intake.js';
import { createLogger } from '../../src/log.js';
import { createSetDirectory } from '../../src/sets/directory.js';
import { openSets } from '../../src/sets/open.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { type NewsSite, page, startNewsSite } from '../fakes/news-site.js';

/** /set add against a local news site over real HTTP: what gets stored, and every clear refusal. */
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site?.close());

const LIMITS = { allowHosts: ['127.0.0.1'], maxBytes: 5_000_000, timeoutSeconds: 1, maxRedirects: 5, perHostConcurrency: 2, minWords: 80 };

let dir: string;
let services: CommandServices;
let intake: Intake;
beforeEach(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'briefbot-links-')), 'city');
  cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
  const sets = createSetDirectory(await openSets([{ name: 'city', dir, feeds: [] }]), createMemoryStore());
  intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }), now: () => new Date('2024-05-16T10:00:00Z') });
  services = { library: sets.defaultSet.library, sets, addLink: intake.addLink };
});

const manager = { platform: 'console' as const, id: 'editor', canManageChannel: true };
const run = async (text: string, user = manager) => {
  const [action, url] = text.split(' ');
  const answer = await handleCommand(
    { command: action === 'add' ? { name: 'set', action: 'add', url: url! } : { name: 'brief', query: url!, length: 'short', public: false }, channel: { platform: 'console', id: 'main' }, user, requestId: 'r1' },
    services,
  );
  return answer.kind === 'notice' ? answer.text : answer;
};
const files = () => readdirSync(dir).filter((f) => f.endsWith('.md') || f.endsWith('.txt'));

describe('GIVEN /set add with an article link', () => {
  it('THEN it answers with headline and outlet, writes the article with front matter, and the next /brief uses it', async () => {
    expect(await run(`add ${site.base}/news/harbor-bridge-closes`)).toBe('Added “Harbor bridge closes for repairs after inspectors find cracked beams” — Riverton Ledger, in city.');
    const written = files().filter((f) => f.startsWith('2024-05-14-harbor-bridge'));
    expect(written).toHaveLength(1);
    const text = readFileSync(join(dir, written[0]!), 'utf8');
    // The page's canonical link names another host (the live site), so the address it was fetched from is kept.
    expect(
      text.startsWith(
        [
          '---',
          'title: Harbor bridge closes for repairs after inspectors find cracked beams',
          'outlet: Riverton Ledger',
          'author: Maya Olsen',
          `url: ${site.base}/news/harbor-bridge-closes`,
          'published: 2024-05-14',
          'language: en',
          'source: page',
          '',
        ].join('\n'),
      ),
    ).toBe(true);
    // The article's text, and none of the page around it.
    expect(text).toContain('18,000 vehicles cross the bridge each day');
    expect(text).not.toMatch(/Advertisement|Log in to comment|All rights reserved|Related/);
    const briefing = await run('brief Harbor bridge beams');
    expect(JSON.stringify(briefing)).toContain('cracks in three steel beams');
  });

  it('THEN the same article again, by another address or gzipped, is stored once', async () => {
    await run(`add ${site.base}/news/harbor-bridge-closes`);
    expect(await run(`add ${site.base}/moved`)).toMatch(/^Already in the set: “Harbor bridge closes/);
    expect(await run(`add ${site.base}/gzip`)).toMatch(/^Already in the set: “Harbor bridge closes/);
    expect(files().filter((f) => f.includes('harbor-bridge'))).toHaveLength(1);
  });

  it('THEN a corrected page replaces the stored one, and the old version goes to the archive', async () => {
    await run(`add ${site.base}/news/harbor-bridge-closes`);
    // The outlet corrects its figures: same address, new text.
    const corrected = page('article.html').toString('utf8').replace('three steel beams', 'four steel beams').replace('six weeks', 'eight weeks');
    site.serve('/news/harbor-bridge-closes', corrected, 'text/html; charset=utf-8');
    try {
      expect(await run(`add ${site.base}/news/harbor-bridge-closes`)).toMatch(/^Updated “Harbor bridge closes/);
      const current = files().filter((f) => f.includes('harbor-bridge'));
      expect(current).toHaveLength(1);
      expect(readFileSync(join(dir, current[0]!), 'utf8')).toContain('cracks in four steel beams');
      const archived = readdirSync(join(dir, 'archive'));
      expect(archived).toHaveLength(1);
      expect(readFileSync(join(dir, 'archive', archived[0]!), 'utf8')).toContain('cracks in three steel beams');
    } finally {
      site.serve('/news/harbor-bridge-closes', page('article.html'), 'text/html; charset=utf-8');
    }
  });

  it('THEN a windows-1251 page reads right, is stored apart marked with its language, and left out of briefings', async () => {
    const before = services.library.topics().documents;
    expect(await run(`add ${site.base}/cp1251`)).toBe('Added “Мост закрыт на ремонт” — Городские новости, in city. It is not in English (und), so it is stored but left out of briefings.');
    const [stored] = readdirSync(join(dir, 'other-languages'));
    const text = readFileSync(join(dir, 'other-languages', stored!), 'utf8');
    expect(text).toContain('language: und');
    expect(text).toContain('инспекторы нашли трещины в трёх стальных балках');
    await services.library.refresh();
    expect(services.library.topics().documents).toBe(before);
  });

  it('THEN a channel member who does not manage it is refused', async () => {
    expect(await run(`add ${site.base}/news/harbor-bridge-closes`, { ...manager, canManageChannel: false })).toMatch(/^Only people who manage this channel, or hold a role allowed to add links, can add articles/);
  });
});

describe('GIVEN /set add with a link that cannot be an article', () => {
  it.each([
    ['/short', 'the article text is too short (27 words; at least 80 are needed)'],
    ['/paywalled', 'the page is behind a paywall (it marks itself as not free to read)'],
    ['/sections', 'no article text was found on the page'],
    ['/report.pdf', 'it is not a web page (application/pdf)'],
    ['/gone', 'the page is not there (HTTP 404)'],
    ['/error', 'the server answered HTTP 500'],
    ['/hang', 'it did not answer within 1 s'],
    ['/huge', 'it is over the 5000000-byte limit'],
    ['/loop-a', 'it redirects in a loop'],
  ])('%s THEN it says why: %s, and nothing is stored', async (path, reason) => {
    const before = files();
    const answer = await run(`add ${site.base}${path}`);
    expect(answer).toContain(`Could not add ${site.base}${path} to city: ${reason}`);
    expect(files()).toEqual(before);
    expect(existsSync(join(dir, 'archive'))).toBe(false);
  });

  it.each([
    ['ftp://127.0.0.1/story', 'only http and https links can be added, not ftp'],
    ['http://localhost:9/story', 'localhost resolves to a private or local address'],
    ['http://10.1.2.3/story', '10.1.2.3 is a private or local address'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254 is a private or local address'],
    ['http://[::1]:9/story', '::1 is a private or local address'],
  ])('%s THEN it is refused before any request: %s, and nothing is stored', async (url, reason) => {
    const before = files();
    const requests = site.requests.length;
    const answer = await run(`add ${url}`);
    expect(answer).toContain(reason);
    expect(files()).toEqual(before);
    expect(site.requests).toHaveLength(requests);
  });
});
