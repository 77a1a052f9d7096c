/**
 * `npx tsx eval/answer-key.ts <key.json> [--out rows.json] [--compare before-rows.json] [--show] [--cross-validate]`: scores the
 * answers to the design questions against an answer key kept outside the repository (it is drawn
 * from eval data). For each question: whether the lead point answers, whether any summary or key
 * point does, whether an answering sentence is in the candidate pool (the top QUESTION_POOL by relevance),
 * how many sources the answer cites, and whether it replied that nothing matches. Totals by the
 * kind of question, read from its wording here so that the code under test does not grade itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { Briefing } from '../src/core/briefing.js';
import { inspectLibrary } from '../src/core/library/library.js';
import { QUESTION_FACTORS, QUESTION_POOL } from '../src/core/topics/relevance.js';
import { ASKED_ON, questionLibraries } from './question-sets.js';

const KeySchema = z.object({
  partial: z.boolean().optional(),
  questions: z.array(
    z.object({
      n: z.number().int(),
      set: z.string().min(1),
      query: z.string().min(1),
      /** Case-insensitive regexes; a sentence answers when one matches it. None: the set does not say. */
      answers: z.array(z.string().min(1)),
      note: z.string().optional(),
    }),
  ),
});
type KeyQuestion = z.infer<typeof KeySchema>['questions'][number];

export interface Row {
  n: number;
  set: string;
  query: string;
  kind: string;
  /** The set says nothing that answers: the key lists no answer. */
  unanswerable: boolean;
  nothing: boolean;
  lead: boolean;
  anyItem: boolean;
  inPool: boolean;
  /** Documents the summary and key points cite. */
  sources: number;
  /** Documents among the pool's sentences, and among the pool's answering sentences. */
  poolDocs: number;
  answerDocsInPool: number;
  /** Documents of the whole set holding an answering sentence. */
  answerDocsInSet: number;
  /** The lead point's text, or the reply that nothing matches. */
  leadText: string;
}

/** What a question asks for, by its wording: who, a figure, when, where, why, how, someone's words, yes or no, what; or a topic. */
export function kindOf(query: string): string {
  const q = query.trim().toLowerCase();
  if (!/\?$/.test(q) && !/^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|will|would|did|does|do|can|could|should|has|have|had)\b/.test(q)) return 'topic';
  if (/^(?:who|whom|whose)\b/.test(q)) return 'who';
  if (/^how\s+(?:many|much|far|long|strong|big|large|old|often)\b/.test(q)) return 'how many/much';
  if (/^when\b/.test(q)) return 'when';
  if (/^(?:where|which\s+(?:country|city|place))\b/.test(q)) return 'where';
  if (/^why\b/.test(q)) return 'why';
  if (/^how\b/.test(q)) return 'how';
  if (/^what\s+(?:did|does|do|has|have)\b.*\b(?:say|said|says)\b/.test(q)) return 'what … say';
  if (/^(?:will|would|is|are|was|were|did|does|do|can|could|should|has|have|had)\b/.test(q)) return 'yes/no';
  return 'what/which';
}

function answersText(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((p) => p.test(text));
}

function pointTexts(briefing: Briefing): { lead: string[]; items: string[][] } {
  const items = [...briefing.summary, ...briefing.keyPoints].map((p) => p.parts ?? [p.text]);
  return { lead: items[0] ?? [], items };
}

async function score(key: KeyQuestion[]): Promise<Row[]> {
  // Opened for each scoring: a library keeps the briefings it composed, and cross-validation scores under other parameters.
  const libraries = await questionLibraries(new Set(key.map((q) => q.set)));
  const rows: Row[] = [];
  for (const q of key) {
    const library = libraries.get(q.set);
    if (!library) continue;
    const patterns = q.answers.map((a) => new RegExp(a, 'i'));
    const result = library.brief(q.query, { length: 'short', now: ASKED_ON });
    const pool = inspectLibrary(library).queryPool(q.query).slice(0, QUESTION_POOL);
    const answering = pool.filter((s) => answersText(patterns, s.text));
    const docIds = library.contentHashes?.().map((d) => d.docId) ?? [];
    const answerDocsInSet = (library.articles?.(docIds) ?? []).filter((a) => a.paragraphs.flat().some((s) => answersText(patterns, s))).length;
    const texts = result.ok ? pointTexts(result.briefing) : { lead: [], items: [] };
    const cited = result.ok ? new Set([...result.briefing.summary, ...result.briefing.keyPoints].flatMap((p) => p.citations.map((c) => c.source))) : new Set<number>();
    rows.push({
      n: q.n,
      set: q.set,
      query: q.query,
      kind: kindOf(q.query),
      unanswerable: q.answers.length === 0,
      nothing: !result.ok,
      lead: texts.lead.some((t) => answersText(patterns, t)),
      anyItem: texts.items.some((parts) => parts.some((t) => answersText(patterns, t))),
      inPool: answering.length > 0,
      sources: cited.size,
      poolDocs: new Set(pool.map((s) => s.docId)).size,
      answerDocsInPool: new Set(answering.map((s) => s.docId)).size,
      answerDocsInSet,
      leadText: result.ok ? texts.lead.join(' ') : '(nothing matches)',
    });
  }
  return rows;
}

interface Totals {
  questions: number;
  answerable: number;
  lead: number;
  anyItem: number;
  inPool: number;
  nothing: number;
  falseNothing: number;
  sources: number;
  fewSources: number;
}

function totalsOf(rows: readonly Row[]): Totals {
  const answerable = rows.filter((r) => !r.unanswerable);
  return {
    questions: rows.length,
    answerable: answerable.length,
    lead: answerable.filter((r) => r.lead).length,
    anyItem: answerable.filter((r) => r.anyItem).length,
    inPool: answerable.filter((r) => r.inPool).length,
    nothing: rows.filter((r) => r.nothing).length,
    falseNothing: answerable.filter((r) => r.nothing).length,
    sources: rows.filter((r) => !r.nothing).reduce((a, r) => a + r.sources, 0) / Math.max(1, rows.filter((r) => !r.nothing).length),
    fewSources: rows.filter((r) => !r.nothing && r.sources <= 2).length,
  };
}

function table(rows: readonly Row[]): string {
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  const line = (name: string, t: Totals) => `| ${name} | ${t.questions} | ${t.answerable} | ${t.lead} | ${t.anyItem} | ${t.inPool} | ${t.nothing} (${t.falseNothing}) | ${t.sources.toFixed(1)} | ${t.fewSources} |`;
  return [
    '| kind | questions | answerable | lead answers | any item answers | answer in pool | "nothing" (false) | sources per answer | answers from ≤ 2 sources |',
    '|---|---|---|---|---|---|---|---|---|',
    ...kinds.map((k) => line(k, totalsOf(rows.filter((r) => r.kind === k)))),
    line('all', totalsOf(rows)),
  ].join('\n');
}

function changes(before: readonly Row[], after: readonly Row[]): string[] {
  const was = new Map(before.map((r) => [r.n, r]));
  return after.flatMap((r) => {
    const b = was.get(r.n);
    if (!b) return [];
    const moved = (['lead', 'anyItem', 'inPool', 'nothing'] as const).filter((f) => b[f] !== r[f]).map((f) => `${f} ${b[f] ? 'yes' : 'no'}→${r[f] ? 'yes' : 'no'}`);
    if (b.sources !== r.sources) moved.push(`sources ${b.sources}→${r.sources}`);
    return moved.length ? [`${r.n} ${r.query}: ${moved.join(', ')}`] : [];
  });
}

/** The factor values tried: each of QUESTION_FACTORS at a lower, its own and a higher value. */
const GRID = {
  focusAbsent: [0.25, 0.4, 0.6],
  participantAbsent: [0.5, 0.7, 1],
  nameAbsent: [0.25, 0.5, 0.75],
};
const FOLDS = 5;

/** A question's merit under a setting: its lead answers, an item answers, the pool holds an answer; a false "nothing" costs. */
function merit(r: Row): number {
  if (r.unanswerable) return 0;
  return Number(r.lead) + Number(r.anyItem) + Number(r.inPool) - 2 * Number(r.nothing);
}

/**
 * Chooses QUESTION_FACTORS by cross-validation over the design questions: folds by set (a set's
 * questions share its sentences), each fold scored with the setting that does best on the others,
 * against the defaults on the same fold.
 */
async function crossValidate(key: KeyQuestion[]): Promise<void> {
  const defaults = { ...QUESTION_FACTORS };
  const settings = GRID.focusAbsent.flatMap((focusAbsent) => GRID.participantAbsent.flatMap((participantAbsent) => GRID.nameAbsent.map((nameAbsent) => ({ focusAbsent, participantAbsent, nameAbsent }))));
  const sets = [...new Set(key.map((q) => q.set))].sort();
  const foldOf = new Map(sets.map((s, i) => [s, i % FOLDS]));
  const merits: number[][] = [];
  for (const setting of settings) {
    Object.assign(QUESTION_FACTORS, setting);
    merits.push((await score(key)).map(merit));
  }
  Object.assign(QUESTION_FACTORS, defaults);
  const at = settings.findIndex((s) => s.focusAbsent === defaults.focusAbsent && s.participantAbsent === defaults.participantAbsent && s.nameAbsent === defaults.nameAbsent);
  const sum = (m: number[], keep: (i: number) => boolean) => m.reduce((a, v, i) => a + (keep(i) ? v : 0), 0);
  let chosenTotal = 0;
  let defaultTotal = 0;
  for (let f = 0; f < FOLDS; f++) {
    const test = (i: number) => foldOf.get(key[i]!.set) === f;
    let best = 0;
    for (let k = 1; k < settings.length; k++) if (sum(merits[k]!, (i) => !test(i)) > sum(merits[best]!, (i) => !test(i))) best = k;
    chosenTotal += sum(merits[best]!, test);
    defaultTotal += sum(merits[at]!, test);
    console.log(`fold ${f}: chosen ${JSON.stringify(settings[best])} scores ${sum(merits[best]!, test)} on the held-out sets, the defaults ${sum(merits[at]!, test)}`);
  }
  const overall = merits.map((m) => sum(m, () => true));
  const top = overall.indexOf(Math.max(...overall));
  console.log(`held-out total: chosen per fold ${chosenTotal}, defaults ${defaultTotal}; on all questions the best is ${JSON.stringify(settings[top])} (${overall[top]}), the defaults ${overall[at]}`);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const keyPath = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!keyPath) {
  console.error('usage: npx tsx eval/answer-key.ts <key.json> [--out rows.json] [--compare before-rows.json] [--show] [--cross-validate]');
  process.exit(2);
}
const parsed = KeySchema.safeParse(JSON.parse(readFileSync(keyPath, 'utf8')));
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  console.error(`${keyPath}: ${issue?.path.join('.')}: ${issue?.message}`);
  process.exit(2);
}
if (parsed.data.partial) console.log(`(the key is partial: ${parsed.data.questions.length} questions)`);
if (args.includes('--cross-validate')) {
  await crossValidate(parsed.data.questions);
  process.exit(0);
}
const rows = await score(parsed.data.questions);
const out = option('--out');
if (out) writeFileSync(out, `${JSON.stringify(rows, null, 1)}\n`);
const compare = option('--compare');
if (compare) {
  const before = JSON.parse(readFileSync(compare, 'utf8')) as Row[];
  console.log(`before (${compare}):\n${table(before)}\n\nafter:`);
  console.log(`${table(rows)}\n\nchanged:\n${changes(before, rows).join('\n')}`);
} else console.log(table(rows));
if (args.includes('--show')) {
  const flag = (on: boolean, mark: string) => (on ? mark : '-');
  for (const r of rows) console.log(`${r.n}\t${flag(r.lead, 'L')}${flag(r.anyItem, 'A')}${flag(r.inPool, 'P')}${r.unanswerable ? ' (no answer in set)' : ''}\t${r.query}\t${r.leadText.slice(0, 200)}`);
}
