/**
 * `npx tsx eval/secondary-on-question.ts <briefings.json> [--questions 193-384] [--key key.json …] [--out rows.json]`: how many of
 * a question briefing's secondary items (who said what, key figures, timeline, where sources differ) are on the question, by
 * a mechanical proxy (docs/quality.md, "Twenty-first round (issue 16sec)"): an item is on the question when its text shares a
 * content stem of the question (its words after stop words and the question's frame) or writes a name or a figure of the lead
 * point (the first summary point). Items that only refer back to a point printed before them print nothing of their own and
 * are counted apart. With --key (shape of eval/answer-key.ts), also the secondary items that match one of the key's answers.
 *
 * <briefings.json>: label → briefing JSON, as /work/brief/s17/tools/hash.mts writes it; questions are labelled "q<n>".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Briefing } from '../src/core/briefing.js';
import { stemsOf } from '../src/core/topics/relevance.js';
import { questionNumbers, questionsOf } from './questions.js';

export type SecondarySection = 'quotes' | 'figures' | 'timeline' | 'differences';
export const SECONDARY_SECTIONS: readonly SecondarySection[] = ['quotes', 'figures', 'timeline', 'differences'];

/** Words of a question's frame that name no subject: the stop words drop the question words and auxiliaries, not these. */
const FRAME = new Set(['say', 'said', 'tell', 'told', 'happen', 'happened', 'know', 'known', 'mean', 'many', 'much', 'long']);

/** The question's content stems: its words after stop words and the frame, stemmed as sentences are. */
export function questionStems(query: string): Set<string> {
  const words = (query.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !FRAME.has(w));
  return new Set(stemsOf(words.join(' ')));
}

/** Calendar words are capitalised but name no one: every dated item writes some. */
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The lead point's names (capitalised words that do not open a sentence, are no stop word and no weekday or month) and
 * figures (tokens with a digit), lower-cased.
 */
export function leadNamesAndFigures(lead: string): Set<string> {
  const out = new Set<string>();
  for (const m of lead.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const w = m[0].replace(/[.,]$/, '');
    const opens = /(?:^|[.!?]["”’]?\s+|["“(]\s*)$/.test(lead.slice(0, m.index));
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (/\d/.test(w)) out.add(w);
    else if (!opens && /^\p{Lu}/u.test(w) && w.length > 1 && !CALENDAR.test(lower) && stemsOf(lower).length) out.add(lower);
  }
  return out;
}

/** Whether an item's printed text is on the question by the proxy. */
export function onQuestion(text: string, stems: ReadonlySet<string>, leadMarks: ReadonlySet<string>): boolean {
  if (stemsOf(text).some((s) => stems.has(s))) return true;
  const words = new Set(
    (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []).map((w) =>
      w
        .toLowerCase()
        .replace(/['’]s$/, '')
        .replace(/[.,]$/, ''),
    ),
  );
  return [...leadMarks].some((m) => words.has(m));
}

/** Each secondary item's printed text by section; an item that only refers back is `null`. */
export function secondaryTexts(b: Briefing): Record<SecondarySection, (string | null)[]> {
  const own = (x: { text: string; parts?: string[]; shownAt?: unknown }) => (x.shownAt ? null : (x.parts ?? [x.text]).join(' '));
  return {
    quotes: b.quotes.map((q) => (q.shownAt ? null : `${q.speaker}: ${own(q)}`)),
    figures: b.figures.map((f) => (f.shownAt ? null : `${f.value} ${f.counts} — ${own(f)}`)),
    timeline: b.timeline.map((e) => own(e)),
    differences: b.differences.map((d) => {
      const sides = d.sides.map(own).filter((s): s is string => s !== null);
      return sides.length ? `${d.question}: ${sides.join(' / ')}` : null;
    }),
  };
}

export interface Row {
  n: number;
  section: SecondarySection;
  text: string | null;
  on: boolean;
  answers: boolean;
}

export function rowsOf(n: number, query: string, b: Briefing, answers: readonly RegExp[] = []): Row[] {
  const stems = questionStems(query);
  const lead = b.summary[0] ? (b.summary[0].parts ?? [b.summary[0].text]).join(' ') : '';
  const marks = leadNamesAndFigures(lead);
  const texts = secondaryTexts(b);
  return SECONDARY_SECTIONS.flatMap((section) => texts[section].map((text) => ({ n, section, text, on: text !== null && onQuestion(text, stems, marks), answers: text !== null && answers.some((a) => a.test(text)) })));
}

if (process.argv[1]?.endsWith('secondary-on-question.ts')) {
  const { values, positionals } = parseArgs({
    options: { questions: { type: 'string', default: '193-384' }, key: { type: 'string', multiple: true }, out: { type: 'string' } },
    allowPositionals: true,
  });
  const briefings = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Record<string, string>;
  const wanted = questionNumbers(values.questions!);
  const keyed = new Map<number, RegExp[]>();
  for (const file of values.key ?? []) {
    for (const q of (JSON.parse(readFileSync(file, 'utf8')) as { questions: { n: number; answers: string[] }[] }).questions)
      keyed.set(
        q.n,
        q.answers.map((a) => new RegExp(a, 'i')),
      );
  }
  const questions = questionsOf(readFileSync('docs/quality.md', 'utf8')).filter((q) => wanted.has(q.n) && briefings[`q${q.n}`]);
  const rows = questions.flatMap((q) => rowsOf(q.n, q.query, JSON.parse(briefings[`q${q.n}`]!) as Briefing, keyed.get(q.n)));
  console.log(`${questions.length} questions`);
  console.log('section      items  on question  off  refer back  answer (keyed)');
  for (const section of SECONDARY_SECTIONS) {
    const own = rows.filter((r) => r.section === section && r.text !== null);
    const on = own.filter((r) => r.on).length;
    const pct = own.length ? ((100 * on) / own.length).toFixed(1) : '-';
    console.log(
      `${section.padEnd(12)} ${String(own.length).padStart(5)}  ${`${on} (${pct}%)`.padStart(11)}  ${String(own.length - on).padStart(3)}  ${String(rows.filter((r) => r.section === section && r.text === null).length).padStart(10)}  ${own.filter((r) => r.answers).length}`,
    );
  }
  if (values.out) writeFileSync(values.out, `${JSON.stringify(rows, null, 1)}\n`);
}
