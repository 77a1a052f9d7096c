/**
 * A blind judging packet for two versions' answers to the questions of docs/quality.md ("Reading:
 * editor's rules and questions"), so a reader who did not write the code can score them.
 *
 *   npx tsx eval/judge-packet.ts --refs main issue-16 --out /work/judge/round4 [--seed 16] [--questions 1-29,33]
 *   npx tsx eval/judge-packet.ts --files before.json after.json --out /work/judge/round4
 *
 * With --refs, each git ref is checked out in a temporary worktree (outside the repo) and its own
 * eval/questions.ts answers the questions; with --files, answer files written by eval/questions.ts
 * are read. Out: packet.md and packet.json (every summary and key-point item of both versions,
 * deduplicated, shuffled, each with its question and its source's headline and preceding text;
 * then each question's leading point of each version, shuffled, for "answer first"), and
 * key.json, which maps every item to the version(s) and section(s) that showed it. With --secondary, the items of
 * who said what, key figures, timeline and where sources differ are items too, shuffled among the others and judged alike
 * (packet.json says each item's section, so the reader reads a figure as a figure). Eval data is read from
 * ../shared/eval and never copied into the repo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from './dataset.js';
import { type Item, itemsOf } from './packet-items.js';
import { questionNumbers } from './questions.js';

interface Answer {
  n: number;
  set: string;
  query: string;
  answer: string;
}

const { values, positionals } = parseArgs({
  options: {
    refs: { type: 'string', multiple: true },
    files: { type: 'string', multiple: true },
    out: { type: 'string' },
    seed: { type: 'string', default: '16' },
    questions: { type: 'string', default: '1-29,33' },
    // The items of who said what, key figures, timeline and where sources differ too, each judged as any item.
    secondary: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
// "--refs main issue-16": the second is a positional.
const refs = [...(values.refs ?? []), ...(values.refs ? positionals : [])];
const files = [...(values.files ?? []), ...(values.files ? positionals : [])];
if (!values.out || (refs.length !== 2 && files.length !== 2)) {
  console.error('usage: npx tsx eval/judge-packet.ts (--refs <a> <b> | --files <a.json> <b.json>) --out <dir> [--seed n] [--questions 1-29,33] [--secondary]');
  process.exit(2);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });

/** Answers of one git ref, from its own eval/questions.ts in a temporary worktree. */
function answersAt(ref: string): Answer[] {
  const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const root = mkdtempSync(join(tmpdir(), 'briefbot-judge-'));
  const tree = join(root, 'tree');
  // The ref's questions.ts reads ../shared/eval from its working directory.
  symlinkSync(realpathSync(resolve(repo, '../shared')), join(root, 'shared'));
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: repo, stdio: 'ignore' });
  try {
    symlinkSync(realpathSync(resolve(repo, 'node_modules')), join(tree, 'node_modules'));
    const file = join(out, `answers-${ref.replace(/[^\w.-]+/g, '_')}.json`);
    execFileSync('npx', ['tsx', 'eval/questions.ts', file], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(readFileSync(file, 'utf8')) as Answer[];
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: repo, stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  }
}

const labels = refs.length === 2 ? refs : files;
const versions = refs.length === 2 ? refs.map(answersAt) : files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Answer[]);

/** Every document of the sets asked about, by id: its title and text, for the items' context. */
const documents = new Map<string, { title: string; text: string }>();
for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
  const loaded = loadDataset(file);
  if (loaded.ok) for (const c of loaded.dataset.clusters) for (const d of c.docs) documents.set(d.id, { title: d.title ?? '', text: d.text });
}
const bundled = resolve('briefings/ukraine-peace-talks');
if (existsSync(bundled)) {
  for (const f of execFileSync('ls', [bundled], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
    const text = readFileSync(join(bundled, f), 'utf8');
    documents.set(f, {
      title:
        text
          .split('\n')
          .find((l) => l.trim())
          ?.trim() ?? '',
      text,
    });
  }
}

/** Up to two sentences before the item in its first cited document: what a reader would have read before it. */
function contextOf(item: Item): { headline: string; before: string } {
  const doc = item.docIds.map((id) => documents.get(id)).find(Boolean);
  if (!doc) return { headline: '', before: '' };
  const flat = doc.text.replace(/\s+/g, ' ');
  const probe = item.sourceText
    .replace(/\s*\(writes .*\)$/, '')
    .replace(/^\.\.\.\s*/, '')
    .slice(0, 50);
  const at = flat.indexOf(probe);
  const before = at < 0 ? '(not found in the source text)' : (flat.slice(Math.max(0, at - 600), at).match(/(?:[^.!?]+[.!?]["”’]?\s+){0,2}$/)?.[0] ?? '').trim();
  return { headline: doc.title.slice(0, 200), before: before || '(the item opens its document)' };
}

/** A seeded shuffle (mulberry32), so a packet is made again the same. */
function shuffle<T>(list: T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const wanted = questionNumbers(values.questions!);
const seed = Number(values.seed);
const byText = new Map<string, { n: number; query: string; set: string; item: Item; versions: Set<string>; sections: Set<string> }>();
const leads = new Map<string, { n: number; query: string; set: string; text: string; versions: Set<string> }>();
versions.forEach((answers, v) => {
  for (const a of answers) {
    if (!wanted.has(a.n)) continue;
    const { items, lead } = itemsOf(a.answer, { secondary: values.secondary });
    for (const item of items) {
      const key = `${a.n}\0${item.text}`;
      const entry = byText.get(key) ?? { n: a.n, query: a.query, set: a.set, item, versions: new Set<string>(), sections: new Set<string>() };
      entry.versions.add(labels[v]!);
      entry.sections.add(item.section);
      byText.set(key, entry);
    }
    const leadKey = `${a.n}\0${lead ?? '(no answer)'}`;
    const l = leads.get(leadKey) ?? { n: a.n, query: a.query, set: a.set, text: lead ?? '(no answer)', versions: new Set<string>() };
    l.versions.add(labels[v]!);
    leads.set(leadKey, l);
  }
});

const items = shuffle([...byText.values()], seed).map((e, i) => ({ id: `I${String(i + 1).padStart(3, '0')}`, ...e, context: contextOf(e.item) }));
const firsts = shuffle([...leads.values()], seed + 1).map((l, i) => ({ id: `L${String(i + 1).padStart(3, '0')}`, ...l }));

const packet = {
  instructions: [
    'Part 1, items: for each item, judge (a) ON TOPIC: is it about the question’s subject (not merely a sentence that contains its words)? (b) ALONE: can it be understood without the sentence before it in its source? Write Y or N for each. The source context is shown so you can check what the item leans on; judge the item as a reader sees it (without the context).',
    'Part 2, answer first: for each question, does the point shown answer the question? Write Y or N. A "Nothing in … answers/matches" reply is right only when the set does not answer the question.',
    ...(values.secondary
      ? ['Items of who said what, key figures, timeline and where sources differ are items too (their section is named): ON TOPIC asks whether the quote, figure, dated event or difference is about the question’s subject.']
      : []),
    'Do not open key.json until every line is judged.',
  ],
  items: items.map((i) => ({
    id: i.id,
    question: `${i.n}. ${i.query}`,
    set: i.set,
    // A secondary section's item says where it is shown: a quote, a key figure, a date or a difference is read as such.
    ...(values.secondary ? { section: [...i.sections].join(', ') } : {}),
    item: i.item.text,
    sourceHeadline: i.context.headline,
    sourceBefore: i.context.before,
    onTopic: '',
    alone: '',
  })),
  answerFirst: firsts.map((l) => ({ id: l.id, question: `${l.n}. ${l.query}`, set: l.set, first: l.text, answers: '' })),
};
const key = {
  versions: labels,
  note: 'Each id lists the version(s) that showed it; items shown by both are in "both".',
  items: Object.fromEntries(items.map((i) => [i.id, { versions: [...i.versions], sections: [...i.sections], question: i.n }])),
  answerFirst: Object.fromEntries(firsts.map((l) => [l.id, { versions: [...l.versions], question: l.n }])),
};
writeFileSync(join(out, 'packet.json'), `${JSON.stringify(packet, null, 2)}\n`);
writeFileSync(join(out, 'key.json'), `${JSON.stringify(key, null, 2)}\n`);
const md = [
  '# Blind judging packet: reading questions',
  '',
  ...packet.instructions.map((s) => `- ${s}`),
  '',
  `## Part 1: ${items.length} items`,
  '',
  ...packet.items.flatMap((i) => [
    `### ${i.id} · question ${i.question} (${i.set})${'section' in i ? ` · ${i.section}` : ''}`,
    '',
    `> ${i.item}`,
    '',
    `Source: ${i.sourceHeadline || '(no headline)'}`,
    `Before it: ${i.sourceBefore}`,
    '',
    'ON TOPIC: _  ALONE: _',
    '',
  ]),
  `## Part 2: ${firsts.length} leading points`,
  '',
  ...packet.answerFirst.flatMap((l) => [`### ${l.id} · question ${l.question} (${l.set})`, '', `> ${l.first}`, '', 'ANSWERS: _', '']),
].join('\n');
writeFileSync(join(out, 'packet.md'), md);
console.log(`${items.length} items, ${firsts.length} leading points → ${join(out, 'packet.md')} (key: ${join(out, 'key.json')})`);
