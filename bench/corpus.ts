import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadDataset, toRawDocument } from '../eval/dataset.js';
import { buildDocument } from '../src/core/index/build-document.js';
import { listDocumentFiles, loadDocumentFile } from '../src/core/ingest/load.js';

/**
 * A benchmark corpus of any size made of real sentences: articles are recombined from the
 * sentences of one story (a DUC cluster when the evaluation data is present, else a shipped
 * document set), opening with one of the story's real lead sentences, with an occasional sentence
 * from another story, as archives hold. The data never enters the repository: the corpus is
 * written to a temporary folder and deleted after the run.
 */

export interface StoryPool {
  name: string;
  leads: string[];
  body: string[];
  /** ISO date the story's articles are spread from. */
  date: string;
}

export interface PoolSource {
  description: string;
  pools: StoryPool[];
}

export async function loadPools(dataFile: string): Promise<PoolSource> {
  const loaded = loadDataset(dataFile);
  if (loaded.ok) {
    const pools = loaded.dataset.clusters.map((c) => poolOf(c.id, c.docs.map(toRawDocument), c.docs[0]?.date));
    return { description: `sentences of ${pools.length} DUC 2004 stories (${dataFile})`, pools };
  }
  const root = resolve('briefings');
  const pools: StoryPool[] = [];
  for (const set of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const files = await listDocumentFiles(join(root, set.name));
    const raws = (await Promise.all(files.map((f) => loadDocumentFile(f)))).flatMap((l) => (l.document ? [l.document] : []));
    pools.push(poolOf(set.name, raws, raws.find((r) => r.meta?.published)?.meta?.published));
  }
  return { description: `sentences of the shipped briefings (${pools.map((p) => p.name).join(', ')}); ${loaded.message}`, pools };
}

function poolOf(name: string, raws: Parameters<typeof buildDocument>[0][], date: string | undefined): StoryPool {
  const leads: string[] = [];
  const body: string[] = [];
  for (const raw of raws) {
    const built = buildDocument(raw);
    if (!('document' in built)) continue;
    for (const s of built.document.sentences) (s.position === 0 ? leads : body).push(s.text);
  }
  return { name, leads: leads.length ? leads : body.slice(0, 1), body, date: date ?? '2025-01-01' };
}

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** The text of one article, with front matter, built from the pools by the article's own seed. */
export function articleText(pools: readonly StoryPool[], n: number): string {
  const random = seededRandom(n * 7919 + 17);
  const pool = pick(pools, random);
  const lead = pick(pool.leads, random);
  const length = 8 + Math.floor(random() * 25);
  const used = new Set([lead]);
  const sentences = [lead];
  for (let tries = 0; sentences.length < length && tries < length * 4; tries++) {
    const from = random() < 0.05 ? pick(pools, random) : pool;
    const s = pick(from.body.length ? from.body : from.leads, random);
    if (used.has(s)) continue;
    used.add(s);
    sentences.push(s);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const take = 1 + Math.floor(random() * 3);
    paragraphs.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  const date = new Date(Date.parse(pool.date) + Math.floor(random() * 60) * 86_400_000).toISOString().slice(0, 10);
  const title = lead.split(/\s+/).slice(0, 9).join(' ');
  return `---\ntitle: ${JSON.stringify(title)}\npublished: ${date}\n---\n${paragraphs.join('\n\n')}\n`;
}

export function articleName(n: number): string {
  return `${String(n).padStart(6, '0')}.txt`;
}

/** Writes articles 0..count-1 into `dir` (created if needed). */
export function writeCorpus(dir: string, pools: readonly StoryPool[], count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) writeFileSync(join(dir, articleName(n)), articleText(pools, n));
}

export async function readPoolsFile(file: string): Promise<StoryPool[]> {
  return JSON.parse(await readFile(file, 'utf8')) as StoryPool[];
}
