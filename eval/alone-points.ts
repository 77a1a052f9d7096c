/**
 * Shown items that cannot be understood alone (issue 16u): over every topic briefing of each eval set's clusters
 * loaded alone and of the bundled set (short and standard), and the design questions of docs/quality.md (short),
 * the summary and key points that hold a person by a short form whose full form only an earlier sentence not
 * shown writes, open on a description an earlier sentence not shown introduced, open on a pronoun, connective
 * or demonstrative whose sentence is not shown, or are splitting debris. Descriptions inside a sentence ("…said
 * the airport…") whose head an earlier sentence not shown holds are counted apart, as the reach of a rule not built.
 * A short form whose full form an earlier item of the same briefing writes is read as introduced (issue 15s) and counted apart, as is
 * a description of the story's main thing after an earlier item that opens on a lead naming it (issue 15sel).
 * `--list` prints every item counted in the four; `--sample N` prints N items of the questions' answers, chosen by a hash of their text, for reading by hand.
 * The key figures and the timeline are counted apart (issue 16lean4): each item that prints a sentence of its own, flagged when it uses a
 * short form or opens on a description that only an earlier sentence, not shown with it, introduces, and the reader has not met the
 * name (an item of the briefing, or a quote's speaker, writes it in full, or the question writes it); "listed" counts every item, references back too.
 *
 * Usage: npx tsx eval/alone-points.ts [--list] [--sample 40]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Briefing, Point } from '../src/core/briefing.js';
import { namesIn, needsOf } from '../src/core/index/introduced.js';
import { HONORIFICS } from '../src/core/index/person-titles.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { stem } from '../src/core/nlp.js';
import { evalLibraries } from './eval-libraries.js';
import { howPointOpens, leansOnIntroduction, placeOf } from './point-opening.js';
import { questionsOf } from './questions.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '0' }, list: { type: 'boolean', default: false } } });

interface Tally {
  items: number;
  name: number;
  /** Short forms whose full form an earlier item of the same briefing shows (issue 15s): read in order, not flagged. */
  introducedEarlier: number;
  description: number;
  opening: number;
  debris: number;
  any: number;
  inside: number;
  unplaced: number;
}
const empty = (): Tally => ({ items: 0, name: 0, introducedEarlier: 0, description: 0, opening: 0, debris: 0, any: 0, inside: 0, unplaced: 0 });

/** "the" and a noun with no complement after it, inside a sentence: its head is the last word. */
const INSIDE = /(?<=\s)the\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,})\b(?!\s+(?:of|that|who|which|whose|in|at|on|from|for|to|with|by)\b|['’-])/gu;
const NOT_HEAD = new Set(['same', 'first', 'last', 'next', 'other', 'following', 'most', 'latest', 'former', 'latter', 'end', 'way', 'time', 'past', 'world', 'country']);
const IMAGE = /\b[\w-]+\.(?:svg|png|jpe?g|gif)\b/i;
const BULLET_LEFT = /(?:^|\s)[*•▪●]\s/;

function debris(parts: readonly string[]): boolean {
  return parts.some((p) => {
    const last = p.trim().split(/\s+/).at(-1)!.toLowerCase();
    return /^[\p{Ll}]/u.test(p) || HONORIFICS.has(last) || IMAGE.test(p) || BULLET_LEFT.test(p) || /^svg\b/i.test(p) || p.trim().split(/\s+/).length < 4;
  });
}

type Flags = Record<'name' | 'introducedEarlier' | 'description' | 'opening' | 'debris' | 'inside' | 'unplaced', boolean>;

/** Items are read in the order shown: a short form whose full form an earlier item writes has been introduced. */
function flagsOf(point: Point, b: Briefing, sentencesOf: (id: string) => readonly Sentence[], earlier: readonly Point[] = []): Flags {
  const parts = point.parts ?? [point.text];
  const flags: Flags = { name: false, introducedEarlier: false, description: false, opening: false, debris: debris(parts), inside: false, unplaced: false };
  const place = placeOf(point, b.sources, sentencesOf);
  if (!place) return { ...flags, unplaced: true };
  const { doc, first } = place;
  const opening = howPointOpens(point, b.sources, sentencesOf);
  flags.opening = !opening.alone;
  // A description of the story's thing after an earlier item that opens on a lead naming it (issue 15sel): introduced.
  if (flags.opening && howPointOpens(point, b.sources, sentencesOf, earlier).alone) {
    flags.opening = false;
    flags.introducedEarlier = true;
  }
  const leans = leansOnIntroduction(point, b.sources, sentencesOf);
  flags.name = leans === 'name';
  if (flags.name) {
    const shown = new Set(earlier.flatMap((e) => [...namesIn(e.text).full]));
    const needs = needsOf(doc);
    const names = parts.flatMap((_, i) => {
      const n = needs[first.position + i];
      return n?.name !== undefined && n.name < first.position ? (n.shortForms ?? []) : [];
    });
    if (names.length > 0 && names.every((name) => shown.has(name))) {
      flags.name = false;
      flags.introducedEarlier = true;
    }
  }
  flags.description = leans === 'description';
  const lead = new Set(doc[0]?.stems ?? []);
  parts.forEach((_, i) => {
    const k = first.position + i;
    for (const m of doc[k]!.text.matchAll(INSIDE)) {
      const s = stem(m[1]!);
      if (NOT_HEAD.has(m[1]!) || lead.has(s) || parts.slice(0, i).some((p) => p.toLowerCase().includes(m[1]!))) continue;
      if (doc.slice(1, first.position).some((d) => d.stems.includes(s))) flags.inside = true;
    }
  });
  return flags;
}

function add(t: Tally, f: Flags, text: string) {
  t.items++;
  if (values.list && (f.name || f.description || f.opening || f.debris))
    flagged.add(
      `${Object.keys(f)
        .filter((k) => f[k as keyof Flags] && k !== 'inside' && k !== 'introducedEarlier')
        .join(',')}\t${text}`,
    );
  if (f.unplaced) t.unplaced++;
  if (f.name) t.name++;
  if (f.introducedEarlier) t.introducedEarlier++;
  if (f.description) t.description++;
  if (f.opening) t.opening++;
  if (f.debris) t.debris++;
  if (f.inside) t.inside++;
  if (f.name || f.description || f.opening || f.debris) t.any++;
}

/** A key figure or timeline item that prints a sentence of its own, as a point for the readers of point-opening.ts. */
type SectionItem = { text: string; parts?: string[]; citation: Point['citations'][number]; shownAt?: unknown; after?: unknown };

/** Key figures and timeline items per briefing kind: items printed, leaning by a name or a description introduced earlier, unplaced. */
type SectionTally = { listed: number; items: number; name: number; description: number; unplaced: number };
const sectionEmpty = (): SectionTally => ({ listed: 0, items: 0, name: 0, description: 0, unplaced: 0 });
const sectionTallies = { 'topic briefings': { figures: sectionEmpty(), timeline: sectionEmpty() }, questions: { figures: sectionEmpty(), timeline: sectionEmpty() } };
const sectionFlagged = new Set<string>();

function tallySections(into: (typeof sectionTallies)[keyof typeof sectionTallies], b: Briefing, sentencesOf: (id: string) => readonly Sentence[], asked?: string) {
  const met = (word: string) => !!asked && new RegExp(`\\b${word}\\b`, 'i').test(asked);
  const before = points(b);
  const shown = new Set([...b.quotes.map((q) => q.speaker), ...[...before, ...b.quotes, ...b.figures, ...b.timeline].filter((x) => !x.shownAt).map((x) => x.text)].flatMap((text) => [...namesIn(text).full]));
  for (const [name, items] of [
    ['figures', b.figures],
    ['timeline', b.timeline],
  ] as const) {
    const t = into[name];
    for (const item of items as readonly SectionItem[]) {
      t.listed++;
      if (item.shownAt || item.after) continue;
      t.items++;
      const point: Point = { text: item.text, citations: [item.citation], ...(item.parts ? { parts: item.parts } : {}) };
      const place = placeOf(point, b.sources, sentencesOf);
      if (!place) {
        t.unplaced++;
        continue;
      }
      let leans = leansOnIntroduction(point, b.sources, sentencesOf, before);
      if (leans === 'name') {
        const needs = needsOf(place.doc);
        const unmet = (point.parts ?? [point.text]).some((_, i) => {
          const n = needs[place.first.position + i];
          return n?.name !== undefined && n.name < place.first.position && !(n.shortForms ?? []).every((w) => met(w) || shown.has(w));
        });
        if (!unmet) leans = false;
      }
      if (leans === 'name') t.name++;
      if (leans === 'description') t.description++;
      if (leans && values.list) sectionFlagged.add(`${name} ${leans}\t${item.text}`);
    }
  }
}

const flagged = new Set<string>();
const topics = empty();
const questions = empty();
const sample: { key: string; text: string; flags: Flags; q: string }[] = [];
const points = (b: Briefing) => [...b.summary, ...b.keyPoints];

const libraries = await evalLibraries();

for (const [, { library, sentencesOf }] of libraries) {
  for (const topic of library.topics().topics)
    for (const length of ['short', 'standard'] as const) {
      const r = library.brief(topic.slug, { length });
      if (r.ok) points(r.briefing).forEach((p, i, all) => add(topics, flagsOf(p, r.briefing, sentencesOf, all.slice(0, i)), p.text));
      if (r.ok) tallySections(sectionTallies['topic briefings'], r.briefing, sentencesOf);
    }
}
for (const q of questionsOf(readFileSync('docs/quality.md', 'utf8'))) {
  const set = libraries.get(q.set);
  if (!set) continue;
  const r = set.library.brief(q.query, { length: 'short', now: new Date('2026-11-29T00:00:00Z') });
  if (!r.ok) continue;
  tallySections(sectionTallies.questions, r.briefing, set.sentencesOf, q.query);
  for (const [i, p] of points(r.briefing).entries()) {
    const f = flagsOf(p, r.briefing, set.sentencesOf, points(r.briefing).slice(0, i));
    add(questions, f, p.text);
    sample.push({ key: createHash('sha1').update(p.text).digest('hex'), text: p.text, flags: f, q: `${q.n} ${q.query}` });
  }
}

const pct = (n: number, t: { items: number }) => `${n} (${((100 * n) / Math.max(t.items, 1)).toFixed(1)}%)`;
console.log('items\titems\tshort form\t(short form or story description introduced by an earlier item)\tdescription before\topening\tdebris\tany of the four\t(description inside)\tunplaced');
for (const [name, t] of [
  ['topic briefings', topics],
  ['questions 1-120', questions],
] as const)
  console.log(`${name}\t${t.items}\t${pct(t.name, t)}\t${pct(t.introducedEarlier, t)}\t${pct(t.description, t)}\t${pct(t.opening, t)}\t${pct(t.debris, t)}\t${pct(t.any, t)}\t${pct(t.inside, t)}\t${t.unplaced}`);
console.log('\nsection\tlisted\titems\tshort form not met\tdescription before\tunplaced');
for (const [kind, sections] of Object.entries(sectionTallies)) for (const [name, t] of Object.entries(sections)) console.log(`${kind}: ${name}\t${t.listed}\t${t.items}\t${pct(t.name, t)}\t${pct(t.description, t)}\t${t.unplaced}`);
for (const line of flagged) console.log(line);
for (const line of sectionFlagged) console.log(line);
const n = Number(values.sample);
if (n > 0) {
  const seen = new Set<string>();
  const chosen = sample.sort((a, b) => a.key.localeCompare(b.key)).filter((s) => !seen.has(s.key) && seen.add(s.key));
  for (const s of chosen.slice(0, n))
    console.log(
      `\n[${s.q}] ${Object.entries(s.flags)
        .filter(([, v]) => v)
        .map(([k]) => k)
        .join(',')}\n${s.text}`,
    );
}
