/**
 * What a rule changes, briefing by briefing: a print of every topic briefing (short and standard) of each DUC dev and TAC
 * cluster loaded alone and of the bundled set, each set's topic list, and every design question of docs/quality.md (short),
 * each as the items it shows; and a comparison of two prints that lists the changed briefings and, for the sections asked,
 * the items each lost and gained, for reading by hand. Run the print on the code before and after (a worktree of the base),
 * then compare. Eval data is read from ../shared/eval and never copied; prints go where they are told, outside the repo.
 *
 *   npx tsx eval/briefing-print.ts print <out.json>
 *   npx tsx eval/briefing-print.ts compare <before.json> <after.json> [--length standard|short|all] [--sections summary,keyPoints]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Briefing } from '../src/core/briefing.js';
import { figureLabel } from '../src/core/compose/figure-label.js';
import { evalLibraries } from './eval-libraries.js';
import { ASKED_ON, questionLibraries } from './question-sets.js';
import { questionsOf } from './questions.js';

const SECTIONS = ['summary', 'keyPoints', 'quotes', 'figures', 'timeline', 'differences', 'figuresThatDiffer'] as const;
type Section = (typeof SECTIONS)[number];

// Partial: a print made before a section was added still reads.
const ItemsSchema = z.partialRecord(z.enum(SECTIONS), z.array(z.string()));
type Items = z.infer<typeof ItemsSchema>;
/** A briefing's items, "no match", or a set's topic list (its key ends in "|topics"). */
const PrintSchema = z.record(z.string(), z.union([ItemsSchema, z.literal('no match'), z.array(z.string())]));
type Print = z.infer<typeof PrintSchema>;

/** A point as printed, with whose words or view it is when it says so ("quoting …", an opinion piece's writer). */
const withAttribution = (p: { text: string; attribution?: string }) => (p.attribution ? `${p.text} (${p.attribution})` : p.text);

/** Each section's items as the reader sees them: a point's text, a quote's speaker and words, a figure's printed label and its sentence, a differing figure's values and their sentences. */
function briefingItems(b: Briefing): Items {
  return {
    summary: b.summary.map(withAttribution),
    keyPoints: b.keyPoints.map(withAttribution),
    quotes: b.quotes.map((q) => `${q.speaker}: ${q.text}`),
    figures: b.figures.map((f) => `${figureLabel(f)} — ${f.text}`),
    timeline: b.timeline.map((t) => `${t.date ?? t.when}: ${t.text}`),
    differences: b.differences.map((d) => JSON.stringify(d)),
    figuresThatDiffer: (b.figuresThatDiffer ?? []).map((d) => `${d.counts}: ${d.values.map((v) => `${v.value} — ${v.text}`).join(' | ')}`),
  };
}

async function print(out: string): Promise<void> {
  const printed: Print = {};
  for (const [id, { library }] of await evalLibraries()) {
    const topics = library.topics().topics;
    printed[`${id}|topics`] = topics.map((t) => `${t.slug} (${t.sources})`);
    for (const t of topics) {
      for (const length of ['short', 'standard'] as const) {
        const r = library.brief(t.slug, { length, now: ASKED_ON });
        printed[`${id}|${t.slug}|${length}`] = r.ok ? briefingItems(r.briefing) : 'no match';
      }
    }
  }
  const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
  const libraries = await questionLibraries(new Set(questions.map((q) => q.set)));
  for (const q of questions) {
    const r = libraries.get(q.set)?.brief(q.query, { length: 'short', now: ASKED_ON });
    if (r) printed[`q${q.n}|${q.set}|${q.query}|short`] = r.ok ? briefingItems(r.briefing) : 'no match';
  }
  writeFileSync(out, `${JSON.stringify(printed, null, 1)}\n`);
  console.log(`${Object.keys(printed).length} briefings and topic lists printed to ${out}`);
}

function compare(beforeFile: string, afterFile: string, length: string, sections: readonly Section[]): void {
  const before = PrintSchema.parse(JSON.parse(readFileSync(beforeFile, 'utf8')));
  const after = PrintSchema.parse(JSON.parse(readFileSync(afterFile, 'utf8')));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((k) => !same(before[k], after[k]));
  console.log(`${changed.length} of ${keys.length} changed (${keys.length - Object.keys(before).length} only after, ${keys.length - Object.keys(after).length} only before)`);
  for (const key of changed.filter((k) => k.endsWith('|topics'))) console.log(`${key}: ${String(before[key] ?? '—')} → ${String(after[key] ?? '—')}`);
  for (const key of changed) {
    if (key.endsWith('|topics') || (length !== 'all' && !key.endsWith(`|${length}`))) continue;
    const itemsIn = (p: Print[string] | undefined, section: Section) => (p && typeof p === 'object' && !Array.isArray(p) ? (p[section] ?? []) : []);
    const lines: string[] = [];
    for (const section of sections) {
      const was = itemsIn(before[key], section);
      const is = itemsIn(after[key], section);
      for (const item of was) if (!is.includes(item)) lines.push(`  - [${section}] ${item}`);
      for (const item of is) if (!was.includes(item)) lines.push(`  + [${section}] ${item}`);
    }
    const note = before[key] === 'no match' || after[key] === 'no match' ? ` (${before[key] === 'no match' ? 'no match' : 'answered'} → ${after[key] === 'no match' ? 'no match' : 'answered'})` : '';
    console.log(`== ${key}${note}${lines.length ? '' : ' (other sections, or order)'}`);
    for (const line of lines) console.log(line);
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { length: { type: 'string', default: 'standard' }, sections: { type: 'string', default: 'summary,keyPoints' } },
});
const [command, ...files] = positionals;
if (command === 'print' && files.length === 1) await print(files[0]!);
else if (command === 'compare' && files.length === 2) {
  const sections = values.sections!.split(',').filter((s): s is Section => (SECTIONS as readonly string[]).includes(s));
  compare(files[0]!, files[1]!, values.length!, sections);
} else {
  console.error('usage: briefing-print.ts print <out.json> | compare <before.json> <after.json> [--length standard|short|all] [--sections summary,keyPoints,…]');
  process.exitCode = 2;
}
