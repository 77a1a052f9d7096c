/**
 * Digest points that name someone by one word ("Xu said…") whose full form no earlier point of the digest, nor the point
 * itself, writes (docs/quality.md, "Twenty-third round (issue 16names2)"): the DUC dev and TAC clusters replayed day by day
 * as eval/digest-replay.ts replays them (each day's articles new, every earlier one read; the shipped update parameters,
 * a 250-word digest). Each first mention in a digest is counted once; "the rule would gloss" is what `nameGlosses` (the
 * briefing's gloss rule) gives over the digest's points in reading order; "glossed" is what the digest prints
 * (`Point.names`). Eval data is read from ../shared/eval at run time, never copied.
 *
 * Usage: npx tsx eval/digest-surnames.ts [--list] [--sample 40]
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Digest } from '../src/core/briefing.js';
import { nameGlosses, writtenAsPerson } from '../src/core/compose/name-glosses.js';
import { fullNameIn } from '../src/core/facts/quotes.js';
import { type Analysis, analyse } from '../src/core/index/analysis.js';
import { namesIn } from '../src/core/index/introduced.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { createGrowingLibrary } from '../src/core/library/create-library.js';
import { type Cluster, loadDataset, toRawDocument } from './dataset.js';
import { placeOf, sentencesFrom } from './point-opening.js';

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false }, sample: { type: 'string', default: '0' } } });
const BUDGET = 250;

interface Gloss {
  digest: string;
  name: string;
  full: string;
  text: string;
}
const totals = { digests: 0, points: 0, pointsWithFirst: 0, unplaced: 0, firstMentions: 0, docPerson: 0, docNotPerson: 0, otherSources: 0, none: 0, wouldGloss: 0, glossed: 0, differ: 0 };
const glosses: Gloss[] = [];

function replay(cluster: Cluster) {
  const dated = cluster.docs.filter((d) => d.date);
  const raws = dated.map(toRawDocument);
  const sentencesOf = sentencesFrom(raws);
  const analyses = new Map<string, Analysis>(raws.map((d) => [d.id, analyse(d)]));
  const days = [...new Set(dated.map((d) => d.date!))].sort();
  days.forEach((day, k) => {
    const upTo = dated.filter((d) => d.date! <= day);
    const growing = createGrowingLibrary({ set: cluster.id, curated: [], now: () => new Date() });
    for (const d of upTo) growing.add(structuredClone(analyses.get(d.id)!));
    growing.finish();
    const firstSeen = new Map(upTo.map((d) => [d.id, `${d.date}T06:00:00.000Z`]));
    const digest = growing.library.digest({
      since: k === 0 ? null : new Date(`${days[k - 1]}T12:00:00Z`),
      now: new Date(`${day}T12:00:00Z`),
      firstSeen: (id) => firstSeen.get(id),
      maxWords: BUDGET,
    });
    read(`${cluster.id} ${day}`, digest, sentencesOf);
  });
}

function read(key: string, digest: Digest, sentencesOf: (docId: string) => readonly Sentence[]) {
  totals.digests++;
  const points = digest.topics.flatMap((t) => t.points);
  const units: Sentence[][] = [];
  const met = new Set<string>();
  for (const p of points) {
    totals.points++;
    const place = placeOf(p, digest.sources, sentencesOf);
    const texts = p.parts ?? [p.text];
    if (!place) totals.unplaced++;
    const at = place ? place.doc.indexOf(place.first) : -1;
    units.push(place ? place.doc.slice(at, at + texts.length) : []);
    const names = texts.map((t) => namesIn(t));
    for (const n of names) for (const w of n.full) met.add(w);
    let first = false;
    for (const n of names)
      for (const w of n.short) {
        if (met.has(w)) continue;
        met.add(w);
        first = true;
        totals.firstMentions++;
        // Classed as eval/surname-points.ts classes a briefing's: what resolves the word, if anything.
        const full = place ? fullNameIn(w, place.doc) : undefined;
        if (full) totals[writtenAsPerson(full, w, place!.doc) ? 'docPerson' : 'docNotPerson']++;
        else if (new Set(digest.sources.map((s) => fullNameIn(w, sentencesOf(s.docId))).filter(Boolean)).size === 1) totals.otherSources++;
        else totals.none++;
      }
    if (first) totals.pointsWithFirst++;
  }
  const would = nameGlosses(
    units,
    sentencesOf,
    digest.sources.map((s) => s.docId),
  );
  points.forEach((p, i) => {
    totals.wouldGloss += would[i]!.length;
    totals.glossed += p.names?.length ?? 0;
    if (JSON.stringify(p.names ?? []) !== JSON.stringify(would[i]!)) totals.differ++;
    for (const g of would[i]!) glosses.push({ digest: key, name: g.name, full: g.full, text: p.parts?.join(' ') ?? p.text });
  });
}

for (const file of ['../shared/eval/duc2004/dev.json', '../shared/eval/tac2011/en.json']) {
  const loaded = loadDataset(resolve(file));
  if (!loaded.ok) continue;
  for (const c of loaded.dataset.clusters) replay(c);
}
console.log(
  `digests ${totals.digests}, points ${totals.points} (unplaced ${totals.unplaced}), ${totals.pointsWithFirst} with a first mention; first mentions of a one-word name ${totals.firstMentions} (the point's document writes one full name on it read as a person's ${totals.docPerson}, not read as a person's ${totals.docNotPerson}; only the digest's other sources write one ${totals.otherSources}; none ${totals.none}); the rule would gloss ${totals.wouldGloss}; printed glosses ${totals.glossed}; points whose printed glosses differ from the rule's ${totals.differ}`,
);
const line = (g: Gloss) => `${g.digest}\t(${g.name}: ${g.full})\n\t${g.text}`;
if (values.list) for (const g of glosses) console.log(line(g));
const n = Number(values.sample);
if (n > 0) {
  const key = (g: Gloss) => createHash('sha1').update(`${g.name}\0${g.text}`).digest('hex');
  console.log(`\nsample of ${n} of ${glosses.length}:`);
  for (const g of [...glosses].sort((a, b) => key(a).localeCompare(key(b))).slice(0, n)) console.log(line(g));
}
