/**
 * One analysis worker's job as a part for bench/instructions.ts: `analyse` + `encodeAnalysis` of a folder's files
 * [from, to) after a warm-up on the 50 before them (docs/quality.md, "Issue 17, twenty-third round (17count)", (b)):
 *   npx tsx bench/instructions.ts bench/instructions-worker.ts <folder of the bench corpus> [from=100] [to=200]
 * (bench/corpus.ts writes such a folder.) Its part is "worker".
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, encodeAnalysis } from '../src/core/index/analysis.js';
import type { RawDocument } from '../src/core/ingest/document.js';
import { loadDocumentFile } from '../src/core/ingest/load.js';
import { markPart } from './instruction-mark.js';

const [dir, fromArg, toArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: bench/instructions-worker.ts <folder> [from] [to]');
const from = Number(fromArg ?? 100);
const to = Number(toArg ?? 200);
const files = readdirSync(dir).sort();
const read = async (a: number, b: number): Promise<RawDocument[]> => {
  const out: RawDocument[] = [];
  for (const f of files.slice(Math.max(0, a), b)) {
    const loaded = await loadDocumentFile(join(dir, f));
    if (loaded.document) out.push(loaded.document);
  }
  return out;
};
const warm = await read(from - 50, from);
const timed = await read(from, to);
for (const d of warm) encodeAnalysis(analyse(d));
markPart('setup');
for (const d of timed) encodeAnalysis(analyse(d));
markPart('worker');
process.exit(0);
