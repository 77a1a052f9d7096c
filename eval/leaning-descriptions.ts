/**
 * Shown items that open on a definite description the document introduced in a sentence not shown (issue 16desc),
 * by cause, over every topic briefing of each eval set's clusters loaded alone (short and standard) and the design
 * questions of docs/quality.md (short). An item counts when its first sentence opens on a description
 * (`descriptionHead`, "The hearing was adjourned…") whose head's stem an earlier sentence of its document holds, that
 * sentence is not shown in the item, and neither the item's own words before it nor the items shown before it in the
 * same briefing hold the head. Causes: "lead" — the document's first sentence holds the head (issue 16u leaves those
 * alone as the story's own); "lead, indefinite" — the first of those sentences introduces it with "a"/"an"; "later" —
 * only a later sentence holds it (issue 16u's rule should have caught it).
 * `--list` prints every counted item with its cause and the sentence that introduces it.
 *
 * Usage: npx tsx eval/leaning-descriptions.ts [--list]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Briefing, Point } from '../src/core/briefing.js';
import { descriptionHead } from '../src/core/index/stands-alone.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { stem } from '../src/core/nlp.js';
import { evalLibraries } from './eval-libraries.js';
import { placeOf } from './point-opening.js';
import { questionsOf } from './questions.js';

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });

type Cause = 'lead, indefinite' | 'lead' | 'later' | 'verb not read';
interface Tally {
  items: number;
  causes: Record<Cause, number>;
}
const empty = (): Tally => ({ items: 0, causes: { 'lead, indefinite': 0, lead: 0, later: 0, 'verb not read': 0 } });

const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));

/** "The" and one to three lower-case words at the start of a sentence, whatever follows (the checker's reach is wider than the rule's). */
const OPENING = /^[Tt]he\s+((?:(?!(?:of|in|on|at|for|from|with|by|to|about|that|which|who|the|a|an|and|or|but)\b)[\p{Ll}\d][\p{Ll}\d-]*(?:['’]s?)?\s*){1,3})/u;

/** The sentence that introduces a noun with "a"/"an" (up to three words between), the first before `k`, or -1. */
function introducedWithA(doc: readonly Sentence[], k: number, noun: string): number {
  const a = new RegExp(`\\ban?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}${noun}\\b`, 'iu');
  return doc.findIndex((d, j) => j < k && a.test(d.text));
}

function causeOf(point: Point, b: Briefing, sentencesOf: (id: string) => readonly Sentence[], earlier: readonly Point[]): { cause: Cause; by: string } | null {
  const place = placeOf(point, b.sources, sentencesOf);
  if (!place) return null;
  const { doc, first } = place;
  if (first.position === 0) return null;
  const opening = OPENING.exec(first.text.trim())?.[1]?.trim().split(/\s+/);
  if (!opening) return null;
  const head = descriptionHead(first.text);
  const nouns = head ? [head] : opening.map((w) => w.replace(/['’]s?$/, '')).filter((w) => w.length > 2);
  for (const noun of nouns) {
    const s = stem(noun);
    if (earlier.some((e) => words(e.text).has(s))) continue;
    const withA = introducedWithA(doc, first.position, noun);
    const at = withA >= 0 ? withA : head ? doc.findIndex((d, j) => j < first.position && d.stems.includes(s)) : -1;
    if (at < 0) continue;
    const cause: Cause = !head ? 'verb not read' : at === 0 ? (withA === 0 ? 'lead, indefinite' : 'lead') : 'later';
    return { cause, by: `[${noun}] ${doc[at]!.text}` };
  }
  return null;
}

const listed = new Set<string>();
function add(t: Tally, point: Point, b: Briefing, sentencesOf: (id: string) => readonly Sentence[], earlier: readonly Point[]) {
  t.items++;
  const c = causeOf(point, b, sentencesOf, earlier);
  if (!c) return;
  t.causes[c.cause]++;
  if (values.list) listed.add(`${c.cause}\t${point.text.slice(0, 200)}\n\t\tintroduced by: ${c.by.slice(0, 200)}`);
}

const topics = empty();
const questions = empty();
const points = (b: Briefing) => [...b.summary, ...b.keyPoints];
const libraries = await evalLibraries();
for (const [, { library, sentencesOf }] of libraries)
  for (const topic of library.topics().topics)
    for (const length of ['short', 'standard'] as const) {
      const r = library.brief(topic.slug, { length });
      if (r.ok) points(r.briefing).forEach((p, i, all) => add(topics, p, r.briefing, sentencesOf, all.slice(0, i)));
    }
for (const q of questionsOf(readFileSync('docs/quality.md', 'utf8'))) {
  const set = libraries.get(q.set);
  if (!set) continue;
  const r = set.library.brief(q.query, { length: 'short', now: new Date('2026-11-29T00:00:00Z') });
  if (r.ok) points(r.briefing).forEach((p, i, all) => add(questions, p, r.briefing, set.sentencesOf, all.slice(0, i)));
}
console.log('subset\titems\tlead, indefinite\tlead\tlater\tverb not read');
for (const [name, t] of [
  ['topic briefings', topics],
  ['questions', questions],
] as const)
  console.log(`${name}\t${t.items}\t${t.causes['lead, indefinite']}\t${t.causes.lead}\t${t.causes.later}\t${t.causes['verb not read']}`);
for (const line of listed) console.log(line);
