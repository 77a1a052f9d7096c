#!/usr/bin/env node
// `npx briefbot …`: runs the compiled CLI when built (Docker), else the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli.js');
if (!existsSync(compiled)) {
  // The packages a first answer loads need no TypeScript: imported before tsx's hooks, they skip its loader thread.
  // Not chrono-node: chrono-reading.ts requires its CommonJS build on a first parse, so importing it here would load a
  // second copy that nothing uses.
  await Promise.all(['zod', 'yaml', 'wink-nlp', 'wink-eng-lite-web-model'].map((name) => import(name)));
  await import('tsx/esm');
}
const { runCli } = await import(pathToFileURL(existsSync(compiled) ? compiled : join(root, 'src', 'cli.ts')).href);
process.exitCode = await runCli(process.argv.slice(2));
