/**
 * Shown items that still lean, by kind (issue 16l, eleventh round): over every topic briefing of each eval set's
 * clusters loaded alone and of the bundled set (short and standard) and the design questions of docs/quality.md
 * (short), the summary and key points whose first sentence leans on a sentence the item does not show, counted by
 * the kind `leaningKind` names (`src/core/index/stands-alone.ts`), beside the kinds of the rounds before
 * (`howPointOpens`, `leansOnIntroduction`). `--sample N` prints N items chosen by a hash of their text, each after
 * the sentence before it, for reading by hand; `--list` prints every item counted by a kind of this round.
 *
 * Usage: npx tsx eval/leaning-kinds.ts [--sample 60] [--list]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Briefing, Point } from '../src/core/briefing.js';
import { leaningKind } from '../src/core/index/stands-alone.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { evalLibraries } from './eval-libraries.js';
import { howPointOpens, leansOnIntroduction, placeOf } from './point-opening.js';
import { questionsOf } from './questions.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '0' }, list: { type: 'boolean', default: false } } });

type Tally = { items: number; earlier: number; unplaced: number } & Record<string, number>;
const empty = (): Tally => ({ items: 0, earlier: 0, unplaced: 0 });

interface Item {
  key: string;
  where: string;
  text: string;
  before: string;
  kind: string;
}

const items: Item[] = [];

function tally(t: Tally, point: Point, b: Briefing, sentencesOf: (id: string) => readonly Sentence[], where: string): void {
  t.items++;
  const place = placeOf(point, b.sources, sentencesOf);
  if (!place) {
    t.unplaced++;
    return;
  }
  const { doc, first } = place;
  const before = doc[first.position - 1];
  const kind = leaningKind(first.text, before);
  // The rounds before this one (pronoun and connective openings, descriptions, names introduced earlier) count apart.
  const earlier = !howPointOpens(point, b.sources, sentencesOf).alone || leansOnIntroduction(point, b.sources, sentencesOf) !== false;
  if (earlier) t.earlier++;
  if (kind) t[kind] = (t[kind] ?? 0) + 1;
  items.push({ key: createHash('sha1').update(point.text).digest('hex'), where, text: point.text, before: before?.text ?? '(first sentence)', kind: kind ?? (earlier ? 'earlier rounds' : '') });
}

const topics = empty();
const questions = empty();
const points = (b: Briefing) => [...b.summary, ...b.keyPoints];

const libraries = await evalLibraries();

for (const [id, { library, sentencesOf }] of libraries)
  for (const topic of library.topics().topics)
    for (const length of ['short', 'standard'] as const) {
      const r = library.brief(topic.slug, { length });
      if (r.ok) for (const p of points(r.briefing)) tally(topics, p, r.briefing, sentencesOf, `${id} /brief ${topic.slug} ${length}`);
    }
for (const q of questionsOf(readFileSync('docs/quality.md', 'utf8'))) {
  const set = libraries.get(q.set);
  if (!set) continue;
  const r = set.library.brief(q.query, { length: 'short', now: new Date('2026-11-29T00:00:00Z') });
  if (r.ok) for (const p of points(r.briefing)) tally(questions, p, r.briefing, set.sentencesOf, `q${q.n} ${q.query}`);
}

const KINDS = ['anaphoric noun', 'named thing', 'fronted description', 'quotation without speaker', 'pronoun speaker', 'another', 'among them'];
const pct = (n: number | undefined, t: Tally) => `${n ?? 0} (${((100 * (n ?? 0)) / Math.max(t.items, 1)).toFixed(1)}%)`;
console.log(['items', 'items', ...KINDS, 'any of these', 'earlier rounds', 'unplaced'].join('\t'));
for (const [name, t] of [
  ['topic briefings', topics],
  ['questions', questions],
] as const)
  console.log(
    [
      name,
      t.items,
      ...KINDS.map((k) => pct(t[k], t)),
      pct(
        KINDS.reduce((s, k) => s + (t[k] ?? 0), 0),
        t,
      ),
      pct(t.earlier, t),
      t.unplaced,
    ].join('\t'),
  );
if (values.list) for (const i of new Map(items.filter((i) => KINDS.includes(i.kind)).map((i) => [i.key, i])).values()) console.log(`\n[${i.kind}] ${i.where}\n  before: ${i.before}\n  shown:  ${i.text}`);
const n = Number(values.sample);
if (n > 0) {
  const unique = [...new Map(items.map((i) => [i.key, i])).values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const i of unique.slice(0, n)) console.log(`\n[${i.kind || 'alone'}] ${i.where}\n  before: ${i.before}\n  shown:  ${i.text}`);
}
