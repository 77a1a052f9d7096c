/**
 * Secondary items (who said what, key figures, timeline, where sources differ) that name someone by one word whom no item
 * printed before them names in full, nor the item itself (docs/quality.md, "Twenty-fourth round (issue 16names4)"): the
 * briefing's items in printed order (summary, key points, who said what, key figures, timeline, differences), a quote's
 * speaker label counting as printed when it writes a full name. Over every topic briefing (short and standard) of each
 * eval set's clusters and of the bundled set, and the design questions (short), as the hash tool composes them.
 *
 * Each first mention in a secondary item is counted by section and by what would resolve it: `nameGlosses` (16names' rules,
 * unchanged) called over every printed item in printed order, the briefing's cited documents as sources. "printed" counts
 * the glosses the briefing itself carries on secondary items; "named before" lists any gloss (any section) on a person an
 * earlier printed item, a speaker label or the item itself names in full. Eval data is read from ../shared/eval at run
 * time, never copied.
 *
 * Usage: npx tsx eval/surname-items.ts [--list] [--sample 60] [--seed 24]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Briefing, Citation, NameGloss, Source } from '../src/core/briefing.js';
import { nameGlosses } from '../src/core/compose/name-glosses.js';
import { namesIn } from '../src/core/index/introduced.js';
import type { RawDocument, Sentence } from '../src/core/ingest/document.js';
import { listDocumentFiles, loadDocumentFile } from '../src/core/ingest/load.js';
import type { Library } from '../src/core/library/library.js';
import { createLibrary, openLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';
import { sentencesFrom } from './point-opening.js';
import { ASKED_ON } from './question-sets.js';
import { questionsOf } from './questions.js';

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false }, sample: { type: 'string', default: '0' }, seed: { type: 'string', default: '24' } } });

type Section = 'summary' | 'keyPoints' | 'quotes' | 'figures' | 'timeline' | 'differences';
const SECONDARY: Section[] = ['quotes', 'figures', 'timeline', 'differences'];
interface Item {
  section: Section;
  text: string;
  parts?: string[];
  citation: Citation;
  label?: string;
  names?: NameGloss[];
}

/** The items a reader meets, in printed order; an item that only refers back prints no sentence of its own. */
function printedItems(b: Briefing): Item[] {
  const point = (section: Section) => (p: Briefing['summary'][number]) => ({ section, text: p.text, ...(p.parts ? { parts: p.parts } : {}), citation: p.citations[0]!, ...(p.names ? { names: p.names } : {}), shown: p.shownAt });
  const one = (section: Section) => (x: { text: string; parts?: string[]; citation: Citation; shownAt?: unknown; names?: NameGloss[]; speaker?: string }) => ({
    section,
    text: x.text,
    ...(x.parts ? { parts: x.parts } : {}),
    citation: x.citation,
    ...(x.names ? { names: x.names } : {}),
    ...(x.speaker ? { label: x.speaker } : {}),
    shown: x.shownAt,
  });
  return [
    ...b.summary.map(point('summary')),
    ...b.keyPoints.map(point('keyPoints')),
    ...b.quotes.map(one('quotes')),
    ...b.figures.map(one('figures')),
    ...b.timeline.map(one('timeline')),
    ...b.differences.flatMap((d) => d.sides.map(point('differences'))),
  ]
    .filter((i) => !i.shown)
    .map(({ shown: _, ...i }) => i);
}

/** An item's sentences in its document, found by its citation and checked against its text; undefined when not placed. */
function unitOf(item: Item, sources: readonly Source[], sentencesOf: (docId: string) => readonly Sentence[]): Sentence[] | undefined {
  const doc = sentencesOf(sources.find((s) => s.n === item.citation.source)?.docId ?? '');
  const first = doc.findIndex((s) => s.paragraph === item.citation.paragraph && s.index === item.citation.sentence);
  const texts = item.parts ?? [item.text];
  const unit = first < 0 ? [] : doc.slice(first, first + texts.length);
  return unit.length === texts.length && unit.every((s, i) => s.text === texts[i]) ? unit : undefined;
}

/** A speaker label printed with a quote introduces the name it writes in full: read as a one-sentence unit of no gloss of its own. */
const labelUnit = (label: string, unit: readonly Sentence[]): Sentence[] => (namesIn(label).short.size === 0 ? [{ ...unit[0]!, text: label, speech: null }] : []);

interface Mention {
  briefing: string;
  section: Section;
  word: string;
  text: string;
  resolved?: string;
  printed?: string;
}
const mentions: Mention[] = [];
const namedBefore: string[] = [];
const unplaced: Record<string, number> = {};
let items = 0;
let briefings = 0;

function read(key: string, b: Briefing, sentencesOf: (docId: string) => readonly Sentence[]) {
  briefings++;
  const printed = printedItems(b);
  const units = printed.map((i) => unitOf(i, b.sources, sentencesOf));
  // The reading 16names ships, over every printed item: label units before their quote's, their own glosses dropped.
  const asked: { at: number; unit: readonly Sentence[] }[] = [];
  printed.forEach((item, at) => {
    const unit = units[at];
    if (!unit) return;
    if (item.label) for (const l of [labelUnit(item.label, unit)]) if (l.length) asked.push({ at: -1, unit: l });
    asked.push({ at, unit });
  });
  const glossesOf = new Map<number, NameGloss[]>();
  nameGlosses(
    asked.map((a) => a.unit),
    sentencesOf,
    b.sources.map((s) => s.docId),
  ).forEach((g, i) => {
    if (asked[i]!.at >= 0) glossesOf.set(asked[i]!.at, g);
  });
  const met = new Set<string>();
  const seen: string[] = [];
  printed.forEach((item, at) => {
    items++;
    const texts = item.parts ?? [item.text];
    const names = texts.map((t) => namesIn(t));
    const labelled = item.label && namesIn(item.label).short.size === 0 ? [item.label] : [];
    seen.push(...texts, ...labelled);
    for (const g of item.names ?? []) {
      const whole = g.full.split(' ').slice(-2).join(' ');
      if (seen.some((t) => t.includes(whole) || namesIn(t).full.has(g.name))) namedBefore.push(`${key}\t${item.section}\t${g.name}: ${g.full}\t${item.text}`);
    }
    for (const l of labelled) for (const w of namesIn(l).full) met.add(w);
    for (const n of names) for (const w of n.full) met.add(w);
    if (!units[at]) unplaced[item.section] = (unplaced[item.section] ?? 0) + 1;
    for (const n of names)
      for (const word of n.short) {
        if (met.has(word)) continue;
        met.add(word);
        if (!SECONDARY.includes(item.section)) continue;
        const resolved = glossesOf.get(at)?.find((g) => g.name === word)?.full;
        const shown = item.names?.find((g) => g.name === word)?.full;
        mentions.push({ briefing: key, section: item.section, word, text: item.text, ...(resolved ? { resolved } : {}), ...(shown ? { printed: shown } : {}) });
      }
  });
}

const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
const libs = new Map<string, Library>();
const sentencesFor = new Map<string, (docId: string) => readonly Sentence[]>();
for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
  const loaded = loadDataset(resolve(file));
  if (!loaded.ok) continue;
  for (const c of loaded.dataset.clusters) {
    const docs = c.docs.map(toRawDocument);
    libs.set(c.id, createLibrary(c.id, docs));
    sentencesFor.set(c.id, sentencesFrom(docs));
  }
}
{
  const docs: RawDocument[] = [];
  for (const path of await listDocumentFiles(resolve('briefings/ukraine-peace-talks'))) {
    const { document } = await loadDocumentFile(path);
    if (document) docs.push(document);
  }
  libs.set('ukraine-peace-talks', await openLibrary(resolve('briefings/ukraine-peace-talks')));
  sentencesFor.set('ukraine-peace-talks', sentencesFrom(docs));
}

for (const [id, lib] of [...libs.entries()].sort(([x], [y]) => x.localeCompare(y)))
  for (const t of lib.topics().topics)
    for (const length of ['short', 'standard'] as const) {
      const r = lib.brief(t.slug, { length, now: ASKED_ON });
      if (r.ok) read(`${id} topic ${t.slug} ${length}`, r.briefing, sentencesFor.get(id)!);
    }
for (const q of questions) {
  const lib = libs.get(q.set);
  if (!lib) continue;
  const r = lib.brief(q.query, { length: 'short', now: ASKED_ON });
  if (r.ok) read(`${q.set} q${q.n} ${q.query}`, r.briefing, sentencesFor.get(q.set)!);
}

console.log(`briefings read: ${briefings}; items printed: ${items}; unplaced by section: ${JSON.stringify(unplaced)}`);
console.log('section\tfirst mentions\tthe gloss reading resolves\tprinted with a gloss\tprinted differs from resolved');
for (const s of SECONDARY) {
  const ms = mentions.filter((m) => m.section === s);
  console.log(`${s}\t${ms.length}\t${ms.filter((m) => m.resolved).length}\t${ms.filter((m) => m.printed).length}\t${ms.filter((m) => m.printed !== m.resolved).length}`);
}
const resolvedWords = new Map<string, number>();
for (const m of mentions) if (m.resolved) resolvedWords.set(`${m.word}: ${m.resolved}`, (resolvedWords.get(`${m.word}: ${m.resolved}`) ?? 0) + 1);
console.log(
  `\nresolved: ${[...resolvedWords.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([w, n]) => `${w} ${n}`)
    .join('; ')}`,
);
const words = new Map<string, number>();
for (const m of mentions) if (!m.resolved) words.set(m.word, (words.get(m.word) ?? 0) + 1);
console.log(
  `\nnot resolved (top 40): ${[...words.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([w, n]) => `${w} ${n}`)
    .join(', ')}`,
);
console.log(`\nglosses (any section) on a person named in full before or in the same item: ${namedBefore.length}`);
for (const line of namedBefore) console.log(`\t${line}`);
const line = (m: Mention) => `${m.section}\t${m.word}\t${m.resolved ? `resolves: ${m.resolved}` : ''}\t${m.printed ? `printed: ${m.printed}` : ''}\t${m.briefing}\n\t${m.text}`;
if (values.list) for (const m of mentions) console.log(line(m));
const n = Number(values.sample);
if (n > 0) {
  // A seeded shuffle of the printed glosses (or, before the rule, the resolved ones): the sample read by hand.
  let state = Number(values.seed);
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = mentions.filter((m) => m.printed ?? m.resolved);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  console.log(`\nsample of ${Math.min(n, pool.length)} of ${pool.length} glossed mentions (seed ${values.seed}):`);
  for (const m of pool.slice(0, n)) console.log(line(m));
}
