#!/usr/bin/env node
// `npx briefbot …`: runs the compiled CLI when built (Docker), else the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli.js');
if (!existsSync(compiled)) {
  // The packages a first answer loads need no TypeScript: imported before tsx's hooks, they skip its loader thread.
  // Not chrono-node nor wink: chrono-reading.ts and nlp.ts require them on a first parse or reading (a require passes no
  // ESM hook), so importing them here would load what a start that reads no text never needs.
  await Promise.all(['zod', 'yaml'].map((name) => import(name)));
  await import('tsx/esm');
}
const { runCli } = await import(pathToFileURL(existsSync(compiled) ? compiled : join(root, 'src', 'cli.ts')).href);
process.exitCode = await runCli(process.argv.slice(2));
