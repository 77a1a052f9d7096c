/**
 * Secondary items that lean on the sentence before (issue 16alone2): over the briefings the design hash holds (every topic
 * of each eval cluster and of the bundled set, short and standard, and every design question of docs/quality.md, short),
 * each item of who said what, key figures, the timeline and where sources differ that prints a sentence of its own (not a
 * reference back), counted when the sentence it opens on leans on the one before by the summary's own predicate
 * (`leansOnPrevious`, `leansOnBefore`: what passage-readings.ts reads) and the item does not print that sentence before it.
 * Items printed "(after …)", whose sentence before another section prints, are counted apart. Each item is also sorted by a
 * kind read from its opening words, whatever the predicate says, so the kinds it misses show: a personal pronoun, a
 * quantifier subject ("All have…", "Each was…"), a definite count ("Both presidents", "The two men"), a connective opener
 * (also inside an opening quotation mark), a participle phrase with a pronoun ("Beating him…,"), a heading glued on.
 * `--sample N --seed S` prints N items counted by either, chosen by a hash of their text and the seed, for reading by hand.
 *
 * `--list` prints every item a kind flags that the predicate reads as alone.
 *
 * Usage: npx tsx eval/secondary-leaning.ts [--sample 30] [--seed 24] [--list]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Briefing, Citation } from '../src/core/briefing.js';
import { leansOnBefore, leansOnPrevious } from '../src/core/index/stands-alone.js';
import { evalLibraries } from './eval-libraries.js';
import { ASKED_ON } from './question-sets.js';
import { questionsOf } from './questions.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '0' }, seed: { type: 'string', default: '24' }, list: { type: 'boolean', default: false } } });

interface Item {
  section: 'quote' | 'figure' | 'timeline' | 'difference';
  text: string;
  parts?: readonly string[];
  citation: Citation;
  after: boolean;
}

function itemsOf(b: Briefing): Item[] {
  const out: Item[] = [];
  for (const q of b.quotes) if (!q.shownAt) out.push({ section: 'quote', text: q.text, ...(q.parts ? { parts: q.parts } : {}), citation: q.citation, after: !!q.after });
  for (const f of b.figures) if (!f.shownAt) out.push({ section: 'figure', text: f.text, ...(f.parts ? { parts: f.parts } : {}), citation: f.citation, after: !!f.after });
  for (const e of b.timeline) if (!e.shownAt) out.push({ section: 'timeline', text: e.text, ...(e.parts ? { parts: e.parts } : {}), citation: e.citation, after: !!e.after });
  for (const d of b.differences) for (const s of d.sides) if (!s.shownAt) out.push({ section: 'difference', text: s.text, ...(s.parts ? { parts: s.parts } : {}), citation: s.citations[0]!, after: !!s.after });
  return out;
}

/** The kind an item's opening sentence is read as, by its opening words alone (a tally's sorting, not a rule). */
function kindOf(t: string): string | null {
  if (/^(?:["“‘']\s*)?(?:but|and|however|also|so|or|yet|still|then|because|instead|meanwhile|moreover|indeed)\b/i.test(t)) return 'connective opener';
  if (/^(?:he|she|it|they|his|her|its|their|them|him)\b/i.test(t)) return 'personal pronoun';
  if (/^(?:all|each|neither|none|most|many|some|several|others)(?:\s+of\s+(?:them|these|those|us))?\s+(?:have|has|had|are|is|was|were|will|would|could|can|may|might|must|said|\p{Ll}+ed)\b/iu.test(t)) return 'quantifier subject';
  if (/^(?:both|the\s+(?:two|three|four|five|six|pair|trio|duo|couple))\s/i.test(t)) return 'definite count';
  if (/^\p{Ll}+ing\s[^,"“”]*\b(?:him|her|them|it)\b[^,"“”]*,/iu.test(t)) return 'participle with pronoun';
  if (/^(?:[\p{Lu}\d.,'’&-]+\s+){2,}[\p{Lu}\d.,'’&-]*[?:!]?\s+\p{Lu}\p{Ll}/u.test(t)) return 'heading glued on';
  if (/^[^,"“”]{1,60},\s+(?:he|she|they|it)\s+\p{L}/iu.test(t)) return 'personal pronoun';
  return null;
}

const libraries = await evalLibraries();
const questions = questionsOf(readFileSync('docs/quality.md', 'utf8'));
const briefings: { key: string; set: string; briefing: Briefing }[] = [];
for (const [set, { library }] of [...libraries.entries()].sort(([x], [y]) => x.localeCompare(y))) {
  for (const t of library.topics().topics)
    for (const length of ['short', 'standard'] as const) {
      const r = library.brief(t.slug, { length, now: ASKED_ON });
      if (r.ok) briefings.push({ key: `${set} topic ${t.slug} ${length}`, set, briefing: r.briefing });
    }
}
for (const q of questions) {
  const r = libraries.get(q.set)?.library.brief(q.query, { length: 'short', now: ASKED_ON });
  if (r?.ok) briefings.push({ key: `${q.set} q${q.n}`, set: q.set, briefing: r.briefing });
}

const bySection = new Map<string, { items: number; leaning: number; after: number }>();
const byKind = new Map<string, { all: number; after: number; missed: number }>();
let unplaced = 0;
const flagged: { key: string; section: string; kind: string; leaning: boolean; before: string; text: string }[] = [];
for (const { key, set, briefing } of briefings) {
  const { sentencesOf } = libraries.get(set)!;
  for (const item of itemsOf(briefing)) {
    const tally = bySection.get(item.section) ?? { items: 0, leaning: 0, after: 0 };
    bySection.set(item.section, tally);
    tally.items++;
    const doc = sentencesOf(briefing.sources.find((s) => s.n === item.citation.source)?.docId ?? '');
    const first = doc.find((s) => s.paragraph === item.citation.paragraph && s.index === item.citation.sentence);
    const opening = item.parts?.[0] ?? item.text;
    if (!first || first.text !== opening) {
      unplaced++;
      continue;
    }
    const before = doc[first.position - 1];
    const leaning = leansOnPrevious(opening) || leansOnBefore(opening, before);
    if (leaning && item.after) tally.after++;
    else if (leaning) tally.leaning++;
    const kind = kindOf(opening.trim()) ?? (leaning ? 'other (predicate)' : null);
    if (kind) {
      const k = byKind.get(kind) ?? { all: 0, after: 0, missed: 0 };
      byKind.set(kind, k);
      k.all++;
      if (leaning && item.after) k.after++;
      if (!leaning) k.missed++;
    }
    if (kind || leaning) flagged.push({ key, section: item.section + (item.after ? ' (after)' : ''), kind: kind ?? '', leaning, before: before?.text ?? '(first sentence)', text: item.text });
  }
}

console.log(`${briefings.length} briefings; items not placed by their citation: ${unplaced}`);
console.log('| section | items | opening sentence leans (predicate), printed alone | leans, printed "(after …)" |');
console.log('|---|---|---|---|');
for (const [section, t] of bySection) console.log(`| ${section} | ${t.items} | ${t.leaning} | ${t.after} |`);
console.log('\n| kind (opening words) | items | predicate leans, printed "(after …)" | predicate reads alone, printed alone |');
console.log('|---|---|---|---|');
for (const [kind, k] of [...byKind].sort((a, b) => b[1].all - a[1].all)) console.log(`| ${kind} | ${k.all} | ${k.after} | ${k.missed} |`);

const n = Number(values.sample);
if (n > 0) {
  const hash = (s: string) => createHash('sha1').update(`${values.seed}\u0001${s}`).digest('hex');
  const distinct = [...new Map(flagged.map((f) => [f.text, f])).values()];
  const sample = distinct.sort((a, b) => hash(a.text).localeCompare(hash(b.text))).slice(0, n);
  console.log(`\n${distinct.length} distinct flagged items; sample of ${sample.length} (seed ${values.seed}):`);
  sample.forEach((f, i) => console.log(`\n${i + 1}. [${f.section}; ${f.kind || '-'}; predicate ${f.leaning ? 'leans' : 'alone'}] ${f.key}\n   BEFORE: ${f.before.slice(0, 220)}\n   ITEM:   ${f.text.slice(0, 300)}`));
}

// `--list`: every item a kind flags that the predicate reads as alone, printed alone, once each.
if (values.list) {
  const missed = [...new Map(flagged.filter((f) => !f.leaning).map((f) => [f.text, f])).values()];
  console.log(`\n${missed.length} distinct items a kind flags and the predicate reads as alone:`);
  for (const f of missed) console.log(`\n[${f.section}; ${f.kind}] ${f.key}\n   BEFORE: ${f.before.slice(0, 200)}\n   ITEM:   ${f.text.slice(0, 260)}`);
}
