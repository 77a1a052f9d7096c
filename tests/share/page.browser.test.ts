import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Listening } from '../../src/http/listen.js';
import { createLogger } from '../../src/log.js';
import { createLinkSigner } from '../../src/share/link.js';
import { sentenceId } from '../../src/share/page.js';
import { PAGE_CSP, startPublicServer } from '../../src/share/server.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { storedWithArticles } from '../fixtures/share/stored.js';
import { hostileBriefing } from '../fixtures/slack/briefings.js';
import { CHROMIUM, CHROMIUM_ARGS, describeWithChromium } from './browser.js';

const SECRET = 'a-test-secret-of-at-least-32-characters-long';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describeWithChromium('the full briefing page in headless chromium', () => {
  let browser: Browser;
  let server: Listening;
  let base: string;
  const stored = storedWithArticles();
  const hostile = storedWithArticles(hostileBriefing, { id: 'page-test-hostile' });
  hostile.articles[0]!.paragraphs[1]![0] = 'A source said <script>document.title = "owned"</script><img src="https://evil.example/x.png" onerror="alert(1)"> and <a href="javascript:alert(1)">more</a>.';
  const expiredStored = storedWithArticles(undefined, { id: 'page-test-old', expiresAt: '2020-01-01T00:00:00.000Z' });

  const signer = () => createLinkSigner({ secret: SECRET, publicUrl: base });
  const linkTo = (id: string, expiresAt = new Date(Date.now() + 3_600_000)) => signer().url(id, expiresAt);

  beforeAll(async () => {
    const store = createMemoryStore();
    for (const s of [stored, hostile, expiredStored]) await store.putBriefing(s);
    server = await startPublicServer({
      port: 0,
      host: '127.0.0.1',
      store,
      logger: createLogger({ level: 'silent' }),
      signer: createLinkSigner({ secret: SECRET, publicUrl: 'http://unused.example' }),
    });
    base = `http://127.0.0.1:${server.port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records console errors, page errors and every request that leaves the bot. */
  async function open(url: string, viewport = { width: 1280, height: 900 }, options: { bypassCSP?: boolean } = {}) {
    const context = await browser.newContext({ viewport, ...options });
    const page = await context.newPage();
    const problems: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => !r.url().startsWith(`${base}/`) && outside.push(r.url()));
    const response = await page.goto(url);
    return { page, response, problems, outside, close: () => context.close() };
  }

  it('loads with a strict CSP, no console errors and no request outside the bot', async () => {
    const { page, response, problems, outside, close } = await open(linkTo(stored.id));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(PAGE_CSP);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Briefing: Security guarantees');
    // Every section, untrimmed: each summary sentence, the quote, the figure, the timeline and both sides.
    const main = await page.locator('main').innerText();
    for (const text of [...stored.briefing.summary.map((p) => p.text), stored.briefing.quotes[0]!.text, stored.briefing.differences[0]!.sides[1]!.text]) {
      expect(main).toContain(text);
    }
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });

  it('a citation click highlights the cited sentence in its article and scrolls it into view', async () => {
    const { page, close } = await open(linkTo(stored.id));
    const point = stored.briefing.summary[1]!;
    const citation = point.citations[1]!; // [1] paragraph 2 sentence 1: far down source 1's article
    await page.locator('main section').first().locator('a.cite').nth(2).click();
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(sentenceId(citation));
    expect(await target.textContent()).toBe(point.text);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 241, 168)');
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // The article it sits in names its headline, outlet, date and an http(s) link.
    const article = page.locator('#source-1');
    expect(await article.locator('h3').innerText()).toContain('Trump’s week of diplomacy');
    expect(await article.locator('.meta').innerText()).toContain('The Courier · 2025-08-19');
    expect(await article.locator('.meta a').getAttribute('href')).toBe('https://example.com/news/diplomacy?id=1&src=rss');
    await close();
  });

  it('is usable by keyboard: the skip link comes first and a citation is reachable with Tab', async () => {
    const { page, close } = await open(linkTo(stored.id));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the briefing');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(sentenceId(stored.briefing.summary[0]!.citations[0]!));
    await close();
  });

  it('escapes document text: a hostile article cannot add markup, script or links', async () => {
    const { page, problems, outside, close } = await open(linkTo(hostile.id));
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.title()).toBe('Briefing: Hostile <!channel> title');
    expect(await page.locator('#s1-p1-0').textContent()).toContain('<script>document.title = "owned"</script>');
    expect(await page.locator('img, iframe').count()).toBe(0);
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href).toMatch(/^(#|https?:\/\/)/);
    }
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const { page, close } = await open(linkTo(stored.id), { width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await close();
  });

  it('prints as one flowing column: sources after the briefing, no skip link, article links spelled out', async () => {
    const { page, close } = await open(linkTo(stored.id));
    await page.emulateMedia({ media: 'print' });
    const style = await page.evaluate(() => ({
      sources: getComputedStyle(document.querySelector('.sources')!).position,
      overflow: getComputedStyle(document.querySelector('.sources')!).overflowY,
      skip: getComputedStyle(document.querySelector('.skip')!).display,
      linkAfter: getComputedStyle(document.querySelector('.meta a')!, '::after').content,
    }));
    expect(style).toEqual({ sources: 'static', overflow: 'visible', skip: 'none', linkAfter: '" (https://example.com/news/diplomacy?id=1&src=rss)"' });
    await close();
  });

  it('axe-core finds no serious or critical accessibility violations, on desktop and phone', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 375, height: 740 },
    ]) {
      // The page's CSP forbids injected script, axe included: this context alone bypasses it.
      const { page, close } = await open(linkTo(stored.id), viewport, { bypassCSP: true });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.impact}: ${v.id}`);
      });
      expect(violations.filter((v) => /^(serious|critical)/.test(v))).toEqual([]);
      await close();
    }
  });

  it('a forged or expired signature gets 403 and none of the briefing', async () => {
    const good = new URL(linkTo(stored.id));
    const forged = new URL(good);
    // The first character carries six whole bits of the MAC, so changing it always changes the signature
    // (the last ones carry padding bits, and "AA" is what one signature in 256 already ends with).
    const sig = good.searchParams.get('sig')!;
    forged.searchParams.set('sig', `${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`);
    const stretched = new URL(good);
    stretched.searchParams.set('expires', String(Number(good.searchParams.get('expires')) + 86_400));
    const cases = [forged.href, stretched.href, linkTo(stored.id, new Date(Date.now() - 1000)), linkTo(expiredStored.id), `${base}/b/${stored.id}`];
    for (const url of cases) {
      const { page, response, close } = await open(url);
      expect(response?.status(), url).toBe(403);
      const text = await page.content();
      expect(text).not.toContain('Security guarantees');
      expect(text).not.toContain(stored.briefing.summary[0]!.text);
      await close();
    }
  });

  it('never serves /healthz or /metrics', async () => {
    for (const path of ['/healthz', '/metrics']) expect((await fetch(`${base}${path}`)).status).toBe(404);
  });
});
