/**
 * Screenshots of the full briefing page for the README, at phone and desktop widths, with a
 * citation followed so its sentence shows highlighted. Uses the bundled set and Debian's chromium:
 *   npx tsx scripts/screenshots.ts [topic] [out-dir]
 */
import { chromium } from 'playwright-core';
import { openLibrary } from '../src/core/library/open-folder.js';
import { createLogger } from '../src/log.js';
import { createLinkSigner } from '../src/share/link.js';
import { startPublicServer } from '../src/share/server.js';
import { createSharing } from '../src/share/sharing.js';
import { createMemoryStore } from '../src/store/memory.js';

const topic = process.argv[2] ?? 'security guarantees';
const out = process.argv[3] ?? 'docs/screenshots';
const secret = 'screenshots-only-secret-0123456789abcdef';

const library = await openLibrary('briefings/ukraine-peace-talks', { topicsFile: 'config/topics.yaml' });
const store = createMemoryStore();
const logger = createLogger({ level: 'silent' });
const server = await startPublicServer({ port: 0, host: '127.0.0.1', store, logger, signer: createLinkSigner({ secret, publicUrl: 'http://127.0.0.1' }) });
const signer = createLinkSigner({ secret, publicUrl: `http://127.0.0.1:${server.port}` });
const sharing = createSharing({ store, library, signer, ttlMs: 7 * 86_400_000 });
const result = library.brief(topic, { length: 'standard' });
if (!result.ok) throw new Error(`no briefing on "${topic}"`);
const ref = await sharing.keep({ briefing: result.briefing, query: topic, channel: { platform: 'console', id: 'screenshots' }, user: { platform: 'console', id: 'you', canManageChannel: false }, shared: false });

const browser = await chromium.launch({ executablePath: process.env.BRIEFBOT_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, viewport, scale] of [
    ['desktop', { width: 1366, height: 900 }, 1],
    ['phone', { width: 390, height: 844 }, 2],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
    const page = await context.newPage();
    await page.goto(ref.link!);
    if (name === 'desktop') {
      // Follow the second summary citation, as a reader checking a sentence would; the sources
      // column scrolls on its own, so the page can go back to its top with the sentence still shown.
      await page.locator('main section').first().locator('a.cite').nth(1).click();
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await page.screenshot({ path: `${out}/briefing-${name}.png` });
    console.log(`${out}/briefing-${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
