/**
 * Shown points that open on a sentence leaning on the one before (issue 16l): over every topic briefing of each
 * set's clusters loaded alone, short and standard, with the rule on descriptions that lean off and on in one run.
 * Counts the summary and key points whose first sentence leans by that rule or by the rules before it
 * (pronouns, connectives, demonstratives) on a sentence the point does not show; `--list` prints each point
 * that leaned with the rule off, after the sentence before it, for reading by hand.
 *
 * Usage: npx tsx eval/leaning-points.ts [--data …/dev.json] [--tac …/en.json] [--list]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Briefing, Point, Source } from '../src/core/briefing.js';
import { leansOnBefore } from '../src/core/index/stands-alone.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { createLibrary } from '../src/core/library/open-folder.js';
import type { PassageRules } from '../src/core/summary/passages.js';
import { type Cluster, loadDataset, toRawDocument } from './dataset.js';
import { howPointOpens, placeOf, sentencesFrom } from './point-opening.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
    tac: { type: 'string', default: '../shared/eval/tac2011/en.json' },
    list: { type: 'boolean', default: false },
  },
});

const RULES: readonly { name: string; passages: PassageRules }[] = [
  { name: 'rule off', passages: 'without-descriptions' },
  { name: 'rule on', passages: true },
];

interface Tally {
  points: number;
  /** Opening on a description, collective, event noun, answer or list item that leans on a sentence not shown. */
  descriptions: number;
  /** Opening on a pronoun, connective or demonstrative whose sentence before is not shown. */
  openings: number;
  /** Points whose first sentence was not found in its document as the briefing cites it. */
  unplaced: number;
  /** Passages shown that hold a sentence leaning by description on the part before it. */
  withItsSentence: number;
}

/** Where each leaning point stands: the sentence it leans on, and the point as shown. */
type Leaning = { cluster: string; before: string; point: string };

function pointsOf(b: Briefing): Point[] {
  return [...b.summary, ...b.keyPoints];
}

function tallyCluster(cluster: Cluster, tallies: Tally[], leaning: Leaning[][]): void {
  const docs = cluster.docs.map(toRawDocument);
  const library = createLibrary(cluster.id, docs);
  const sentencesOf = sentencesFrom(docs);
  for (const topic of library.topics().topics) {
    for (const length of ['short', 'standard'] as const) {
      RULES.forEach((rule, r) => {
        const result = library.brief(topic.slug, { length, passages: rule.passages });
        if (!result.ok) return;
        const tally = tallies[r]!;
        const points = pointsOf(result.briefing);
        for (const [i, point] of points.entries()) {
          tally.points++;
          if (point.parts && withLeaningPart(point, result.briefing.sources, sentencesOf)) tally.withItsSentence++;
          // Read in order: a description of the story's thing after a lead naming it is introduced (issue 15sel).
          const opening = howPointOpens(point, result.briefing.sources, sentencesOf, points.slice(0, i));
          if (opening.alone) continue;
          if (opening.leans === 'unplaced') tally.unplaced++;
          else if (opening.leans === 'opening') tally.openings++;
          else {
            tally.descriptions++;
            leaning[r]!.push({ cluster: cluster.id, before: opening.before?.text ?? '', point: point.text });
          }
        }
      });
    }
  }
}

/** Whether a passage shows a sentence that leans by description after the sentence it leans on. */
function withLeaningPart(point: Point, sources: readonly Source[], sentencesOf: (docId: string) => readonly Sentence[]): boolean {
  const place = placeOf(point, sources, sentencesOf);
  if (!place) return false;
  const { doc, first } = place;
  return point.parts!.some((text, k) => k > 0 && doc[first.position + k]?.text === text && leansOnBefore(text, doc[first.position + k - 1]));
}

function main(): number {
  const tallies = RULES.map((): Tally => ({ points: 0, descriptions: 0, openings: 0, unplaced: 0, withItsSentence: 0 }));
  const leaning = RULES.map((): Leaning[] => []);
  let sets = 0;
  for (const file of [values.data!, values.tac!]) {
    const loaded = loadDataset(resolve(file));
    if (!loaded.ok) {
      console.log(`skipped ${file}: ${loaded.message}`);
      continue;
    }
    for (const cluster of loaded.dataset.clusters) {
      tallyCluster(cluster, tallies, leaning);
      sets++;
    }
  }
  console.log(`${sets} sets, every topic, short and standard: summary and key points`);
  console.log('rules\tpoints\topen on a leaning description (issue 16l)\topen on a pronoun/connective/demonstrative\tnot placed\tpassages holding a leaning description after its sentence');
  RULES.forEach((rule, r) => {
    const t = tallies[r]!;
    console.log(`${rule.name}\t${t.points}\t${t.descriptions}\t${t.openings}\t${t.unplaced}\t${t.withItsSentence}`);
  });
  if (values.list) {
    const seen = new Set<string>();
    for (const l of leaning[0]!) {
      if (seen.has(l.point)) continue;
      seen.add(l.point);
      console.log(`\n${l.cluster}\tBEFORE: ${l.before}\n\tSHOWN: ${l.point}`);
    }
  }
  return 0;
}

process.exitCode = main();
