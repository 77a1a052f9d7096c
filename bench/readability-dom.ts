/**
 * linkedom vs jsdom under Readability, on the saved pages in tests/fixtures/intake: time per page,
 * words extracted, and whether both DOMs give the same text. jsdom is not a dependency; install it
 * somewhere else and point JSDOM_PATH at its package folder:
 *   npm install --prefix /tmp/domcmp jsdom && JSDOM_PATH=/tmp/domcmp/node_modules/jsdom npx tsx bench/readability-dom.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodePage } from '../src/intake/decode.js';

const PAGES = ['article.html', 'council.html', 'cp1251.html', 'paywalled.html'];
const ROUNDS = Number(process.env.ROUNDS ?? 30);

type Parse = (html: string, url: string) => Document;
const linkedom: Parse = (html) => parseHTML(html).document as unknown as Document;

async function loadJsdom(): Promise<Parse | undefined> {
  const path = process.env.JSDOM_PATH;
  if (!path) return undefined;
  const { JSDOM } = (await import(pathToFileURL(`${path}/lib/api.js`).href)) as { JSDOM: new (html: string, o: { url: string }) => { window: { document: Document; close(): void } } };
  return (html, url) => new JSDOM(html, { url }).window.document;
}

/** A heavier page, as a front page with the article among 400 teasers and inline scripts. */
function heavy(html: string): string {
  const teasers = Array.from({ length: 400 }, (_, i) => `<li class="teaser"><a href="/n/${i}"><img src="/i/${i}.jpg" alt=""><span>Teaser headline number ${i}</span></a></li>`).join('');
  const scripts = Array.from({ length: 20 }, (_, i) => `<script>var x${i}=${JSON.stringify('a'.repeat(2000))};</script>`).join('');
  return html.replace('<main>', `<main><ul class="rail">${teasers}</ul>${scripts}`);
}

function run(parse: Parse, html: string): { ms: number; words: number; text: string } {
  let text = '';
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) text = new Readability(parse(html, 'https://ledger.example/story')).parse()?.textContent ?? '';
  const ms = (performance.now() - start) / ROUNDS;
  return { ms, words: text.split(/\s+/).filter(Boolean).length, text: text.replace(/\s+/g, ' ').trim() };
}

const jsdom = await loadJsdom();
if (!jsdom) process.stdout.write('jsdom not found (set JSDOM_PATH): measuring linkedom only\n');
const pages = PAGES.flatMap((name) => {
  const bytes = readFileSync(`tests/fixtures/intake/${name}`);
  const html = decodePage(bytes, {}).text;
  return [{ name, html }, ...(name === 'article.html' ? [{ name: 'article.html + 400 teasers', html: heavy(html) }] : [])];
});
process.stdout.write(`page | bytes | linkedom ms | jsdom ms | words linkedom/jsdom | same text\n`);
for (const { name, html } of pages) {
  const a = run(linkedom, html);
  const b = jsdom ? run(jsdom, html) : undefined;
  process.stdout.write(`${name} | ${Buffer.byteLength(html)} | ${a.ms.toFixed(2)} | ${b ? b.ms.toFixed(2) : '–'} | ${a.words}/${b?.words ?? '–'} | ${b ? a.text === b.text : '–'}\n`);
}
const rss = process.memoryUsage().rss;
process.stdout.write(`rss after run: ${(rss / 1e6).toFixed(0)} MB\n`);
