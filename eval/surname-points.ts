/**
 * Summary and key-point items that name someone by one word ("Lahoud said…") whose full form the briefing does not print
 * before it, nor the item itself (docs/quality.md, "Twenty-third round (issue 16names)"): over every topic briefing (short
 * and standard) of each eval set's clusters loaded alone and of the bundled set, and the design questions (short). Each
 * first mention in a briefing is classed by what resolves it: the item's document writes one full name ending on the word
 * (`fullNameIn`), written as a person's (`writtenAsPerson`), with a title before it; else the set's other documents give
 * exactly one; else nothing does (places, bodies, people only ever named by surname). "glossed" counts the mentions the
 * briefing glosses (`Point.names`). Eval data is read from ../shared/eval at run time, never copied.
 *
 * Usage: npx tsx eval/surname-points.ts [--sample 40] [--list]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Briefing, Point } from '../src/core/briefing.js';
import { writtenAsPerson } from '../src/core/compose/name-glosses.js';
import { fullNameIn } from '../src/core/facts/quotes.js';
import { titleBefore } from '../src/core/facts/title-before.js';
import { namesIn } from '../src/core/index/introduced.js';
import type { RawDocument, Sentence } from '../src/core/ingest/document.js';
import { listDocumentFiles, loadDocumentFile } from '../src/core/ingest/load.js';
import type { Library } from '../src/core/library/library.js';
import { createLibrary, openLibrary } from '../src/core/library/open-folder.js';
import { loadDataset, toRawDocument } from './dataset.js';
import { placeOf, sentencesFrom } from './point-opening.js';
import { ASKED_ON } from './question-sets.js';
import { questionsOf } from './questions.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '0' }, list: { type: 'boolean', default: false } } });

interface Set_ {
  library: Library;
  sentencesOf: (id: string) => readonly Sentence[];
  docIds: string[];
}
const sets = new Map<string, Set_>();
for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
  const loaded = loadDataset(resolve(file));
  if (!loaded.ok) continue;
  for (const c of loaded.dataset.clusters) {
    const docs = c.docs.map(toRawDocument);
    sets.set(c.id, { library: createLibrary(c.id, docs), sentencesOf: sentencesFrom(docs), docIds: docs.map((d) => d.id) });
  }
}
{
  const docs: RawDocument[] = [];
  for (const path of await listDocumentFiles(resolve('briefings/ukraine-peace-talks'))) {
    const { document } = await loadDocumentFile(path);
    if (document) docs.push(document);
  }
  sets.set('ukraine-peace-talks', { library: await openLibrary(resolve('briefings/ukraine-peace-talks')), sentencesOf: sentencesFrom(docs), docIds: docs.map((d) => d.id) });
}

type Class = 'doc person' | 'doc not read as a person' | 'set only' | 'none';
interface Mention {
  briefing: string;
  word: string;
  text: string;
  cls: Class;
  full?: string;
  title?: string;
  glossed?: string;
}
const mentions: { topics: Mention[]; questions: Mention[] } = { topics: [], questions: [] };
let unplaced = 0;
let items = 0;
/** Ship rule (b): a gloss on a person an earlier point, or the glossed point itself, names in full (its last two words, or a run of names ending on the word). */
const namedBefore: string[] = [];

function read(key: string, b: Briefing, set: Set_, into: Mention[]) {
  const met = new Set<string>();
  const points: Point[] = [...b.summary, ...b.keyPoints].filter((p) => !p.shownAt);
  const seen: string[] = [];
  for (const p of points) {
    items++;
    seen.push(...(p.parts ?? [p.text]));
    for (const g of p.names ?? []) {
      const whole = g.full.split(' ').slice(-2).join(' ');
      if (seen.some((t) => t.includes(whole) || namesIn(t).full.has(g.name))) namedBefore.push(`${key}\t${g.name}: ${g.full}\t${p.text}`);
    }
    const place = placeOf(p, b.sources, set.sentencesOf);
    const texts = p.parts ?? [p.text];
    const names = texts.map((t) => namesIn(t));
    for (const n of names) for (const w of n.full) met.add(w);
    if (!place) {
      unplaced++;
      continue;
    }
    for (const n of names)
      for (const word of n.short) {
        if (met.has(word)) continue;
        met.add(word);
        const full = fullNameIn(word, place.doc);
        const glossed = p.names?.find((g) => g.name === word)?.full;
        let m: Mention;
        if (full) {
          const person = writtenAsPerson(full, word, place.doc);
          m = { briefing: key, word, text: p.text, cls: person ? 'doc person' : 'doc not read as a person', full, ...(person ? { title: titleBefore(full, place.doc) } : {}) };
        } else {
          const elsewhere = new Set(set.docIds.map((id) => fullNameIn(word, set.sentencesOf(id))).filter((f): f is string => !!f));
          m = elsewhere.size === 1 ? { briefing: key, word, text: p.text, cls: 'set only', full: [...elsewhere][0]! } : { briefing: key, word, text: p.text, cls: 'none' };
        }
        into.push(glossed ? { ...m, glossed } : m);
      }
  }
}

for (const [id, set] of [...sets.entries()].sort(([x], [y]) => x.localeCompare(y)))
  for (const topic of set.library.topics().topics)
    for (const length of ['short', 'standard'] as const) {
      const r = set.library.brief(topic.slug, { length, now: ASKED_ON });
      if (r.ok) read(`${id} topic ${topic.slug} ${length}`, r.briefing, set, mentions.topics);
    }
for (const q of questionsOf(readFileSync('docs/quality.md', 'utf8'))) {
  const set = sets.get(q.set);
  if (!set) continue;
  const r = set.library.brief(q.query, { length: 'short', now: ASKED_ON });
  if (r.ok) read(`${q.set} q${q.n} ${q.query}`, r.briefing, set, mentions.questions);
}

const CLASSES: Class[] = ['doc person', 'doc not read as a person', 'set only', 'none'];
console.log(`items read: ${items} (unplaced ${unplaced})`);
console.log('briefings\tfirst mentions\tdoc person\t(with title)\tdoc not read as a person\tset only\tnone\tglossed\tdistinct (word, item)');
for (const [name, ms] of Object.entries(mentions)) {
  const count = (c: Class) => ms.filter((m) => m.cls === c).length;
  console.log(
    `${name}\t${ms.length}\t${count('doc person')}\t${ms.filter((m) => m.title).length}\t${count('doc not read as a person')}\t${count('set only')}\t${count('none')}\t${ms.filter((m) => m.glossed).length}\t${new Set(ms.map((m) => `${m.word}\0${m.text}`)).size}`,
  );
}
console.log(`glosses on a person named in full before or in the same item: ${namedBefore.length}`);
for (const line of namedBefore) console.log(`\t${line}`);
const all = [...mentions.topics, ...mentions.questions];
for (const c of CLASSES) {
  const words = new Map<string, number>();
  for (const m of all) if (m.cls === c) words.set(m.word, (words.get(m.word) ?? 0) + 1);
  console.log(
    `\n${c}: ${[...words.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([w, n]) => `${w} ${n}`)
      .join(', ')}`,
  );
}
const line = (m: Mention) => `${m.cls}\t${m.word}\t${m.full ?? ''}\t${m.title ?? ''}\t${m.glossed ? `glossed: ${m.glossed}` : ''}\t${m.briefing}\n\t${m.text}`;
if (values.list) for (const m of all) console.log(line(m));
const n = Number(values.sample);
if (n > 0) {
  // Distinct (word, item) pairs that some document of the set resolves, chosen by a hash of their text.
  const distinct = new Map<string, Mention>();
  for (const m of all) if (m.cls !== 'none') distinct.set(`${m.word}\0${m.text}`, distinct.get(`${m.word}\0${m.text}`) ?? m);
  const key = (m: Mention) => createHash('sha1').update(`${m.word}\0${m.text}`).digest('hex');
  console.log(`\nsample of ${n} of ${distinct.size} distinct resolved mentions:`);
  for (const m of [...distinct.values()].sort((a, b) => key(a).localeCompare(key(b))).slice(0, n)) console.log(line(m));
}
