/**
 * `npx tsx eval/history-check.ts <order> [out.json]`: answers every design question of docs/quality.md in one
 * process, so a rerun in another order shows whether an answer depends on what was asked before it (issue 15's
 * determinism). Orders: `forward` (sets and questions as listed, one library per set), `reverse` (both reversed),
 * `fresh` (each question in a new library of its set, sets in listed order). Compare two outputs with
 * `npx tsx eval/history-check.ts compare a.json b.json`. Eval data is read from ../shared/eval and never copied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderText } from '../src/adapters/console/render.js';
import type { Library } from '../src/core/library/library.js';
import { ASKED_ON, questionLibraries } from './question-sets.js';
import { questionsOf } from './questions.js';

type Answered = { n: number; set: string; query: string; answer: string };

function answer(library: Library, query: string): string {
  const result = library.brief(query, { length: 'short', now: ASKED_ON });
  return renderText(result.ok ? { kind: 'briefing', briefing: result.briefing } : { kind: 'no-match', noMatch: result.noMatch }, 'text');
}

async function answerAll(order: string): Promise<{ answers: Answered[]; cpuMs: number }> {
  const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
  const listed = order === 'reverse' ? [...questions].reverse() : questions;
  const sets = [...new Set(listed.map((q) => q.set))];
  const answers: Answered[] = [];
  let cpuMs = 0;
  for (const set of sets) {
    const asked = listed.filter((q) => q.set === set);
    const open = async () => (await questionLibraries(new Set([set]))).get(set);
    let library = await open();
    for (const q of asked) {
      if (order === 'fresh') library = await open();
      if (!library) continue;
      const started = process.cpuUsage();
      const text = answer(library, q.query);
      const used = process.cpuUsage(started);
      cpuMs += (used.user + used.system) / 1000;
      answers.push({ ...q, answer: text });
    }
  }
  return { answers: answers.sort((a, b) => a.n - b.n), cpuMs };
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'compare') {
  const left: Answered[] = JSON.parse(readFileSync(a!, 'utf8'));
  const right = new Map((JSON.parse(readFileSync(b!, 'utf8')) as Answered[]).map((q) => [q.n, q]));
  const differing = left.filter((q) => right.get(q.n)?.answer !== q.answer);
  for (const q of differing) process.stdout.write(`#${q.n} ${q.set}: ${q.query}\n`);
  process.stdout.write(`${differing.length} of ${left.length} answers differ\n`);
} else {
  const { answers, cpuMs } = await answerAll(mode ?? 'forward');
  process.stderr.write(`${mode}: ${answers.length} answers, ${Math.round(cpuMs)} ms CPU answering\n`);
  const json = `${JSON.stringify(answers, null, 2)}\n`;
  if (a) writeFileSync(a, json);
  else process.stdout.write(json);
}
