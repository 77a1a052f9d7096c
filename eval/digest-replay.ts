/**
 * `npm run eval` section, or alone: `tsx eval/digest-replay.ts [--gold dir] [--data file] [--verbose]`.
 * Replays the gold dev stories day by day as a channel would get them: on each day of a cluster,
 * that day's articles are new and every earlier one has been read (it was in an earlier digest's
 * window). A gold fact is new on a day when no earlier article states it (eval/new-items.ts).
 * Scored: the digest lead's share of new facts among the facts it carries, and the share of the
 * day's new facts it finds, against a baseline that summarises the new articles with the product's
 * headline summarizer at the same number of words; paired bootstrap over day-steps. The update
 * selection's parameters are chosen by leave-one-cluster-out cross-validation over the gold
 * clusters; the shipped defaults are the setting best on all of them. Also checked: no lead repeats
 * a sentence of the previous day's digest. Exits 1 when a bar is missed, 0 when the data is absent.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Digest } from '../src/core/briefing.js';
import { type Analysis, analyse } from '../src/core/index/analysis.js';
import type { Sentence } from '../src/core/ingest/document.js';
import { createGrowingLibrary } from '../src/core/library/create-library.js';
import { type EvalLibrary, inspectLibrary, type Library } from '../src/core/library/library.js';
import { DEFAULT_UPDATE, type UpdateParams } from '../src/core/summary/select-update.js';
import { crossValidate, gridOf } from './cross-validate.js';
import { type Cluster, loadDataset, toRawDocument } from './dataset.js';
import { fold, loadGold } from './gold.js';
import { type Fact, factsIn, factsOfGold, isNewFact, sameFact } from './new-items.js';
import { pairedDifference, pairedPooledDifference } from './paired.js';
import { howPointOpens, sentencesFrom } from './point-opening.js';
import { markdownTable, table } from './report.js';

const GRID = gridOf<UpdateParams>({ knownPenalty: [0.5, 0.8, 1], minNovelty: [0.2, 0.35, 0.5, 0.65], lengthExponent: [0.5, 1], wordConcepts: [0, 1], factWeight: [0, 10, 40, 160] });
const BUDGET = 250;

/** One day of one cluster, as scored. */
export interface DayStep {
  cluster: string;
  day: string;
  /** Distinct facts the lead carries, and how many of them are new. */
  lead: { facts: number; fresh: number; words: number; texts: string[] };
  baseline: { facts: number; fresh: number; words: number };
  /** The baseline as the summarizer returns it, its last sentence running past the lead's words. */
  uncut: { facts: number; fresh: number; words: number };
  /** Distinct new facts the day's articles state. */
  newFacts: number;
  /** Lead sentences that the previous day's digest lead already showed. */
  repeats: number;
  /** Lead points, and those opening on a sentence that leans on one the point does not show (`howPointOpens`). */
  points: { all: number; opening: number; description: number };
}

interface PreparedDay {
  day: string;
  library: Library;
  newOnly: EvalLibrary;
  since: Date | null;
  now: Date;
  firstSeen: Map<string, string>;
  facts: readonly Fact[];
  fresh: Fact[];
  sentencesOf: (docId: string) => readonly Sentence[];
}

function prepare(cluster: Cluster, facts: readonly Fact[]): PreparedDay[] {
  const dated = cluster.docs.filter((d) => d.date);
  const analyses = new Map<string, Analysis>(dated.map((d) => [d.id, analyse(toRawDocument(d))]));
  const days = [...new Set(dated.map((d) => d.date!))].sort();
  const sentencesOf = sentencesFrom(dated.map(toRawDocument));
  const libraryOf = (ids: readonly string[]) => {
    const growing = createGrowingLibrary({ set: cluster.id, curated: [], now: () => new Date() });
    // Each library takes its own copy: a library keeps and extends what it is given.
    for (const id of ids) growing.add(structuredClone(analyses.get(id)!));
    growing.finish();
    return growing.library;
  };
  return days.map((day, k) => {
    const upTo = dated.filter((d) => d.date! <= day);
    const today = upTo.filter((d) => d.date === day).map((d) => d.id);
    const earlier = facts.filter((f) => upTo.some((d) => d.id === f.doc && d.date! < day));
    const dayFacts = facts.filter((f) => today.includes(f.doc));
    return {
      day,
      library: libraryOf(upTo.map((d) => d.id)),
      newOnly: inspectLibrary(libraryOf(today)),
      since: k === 0 ? null : new Date(`${days[k - 1]}T12:00:00Z`),
      now: new Date(`${day}T12:00:00Z`),
      firstSeen: new Map(upTo.map((d) => [d.id, `${d.date}T06:00:00.000Z`])),
      facts,
      fresh: dayFacts.filter((f) => isNewFact(f, earlier)),
      sentencesOf,
    };
  });
}

function leadOf(digest: Digest): { doc: string; text: string }[] {
  return digest.topics.flatMap((t) =>
    t.points.flatMap((p) => {
      const doc = digest.sources[p.citations[0]!.source - 1]!.docId;
      return (p.parts ?? [p.text]).map((text) => ({ doc, text }));
    }),
  );
}

function replay(days: readonly PreparedDay[], cluster: string, params: Partial<UpdateParams>): DayStep[] {
  let previous = new Set<string>();
  return days.map((d) => {
    const digest = d.library.digest({ since: d.since, now: d.now, firstSeen: (id) => d.firstSeen.get(id), maxWords: BUDGET, params });
    const lead = leadOf(digest);
    const words = wordsIn(lead);
    const baselineResult = d.newOnly.headlineWithSources({ maxWords: words, passages: false });
    const asked = words && baselineResult ? baselineResult.points.map((p) => ({ doc: baselineResult.sources[p.citations[0]!.source - 1]!.docId, text: p.text })) : [];
    // The summarizer lets its last sentence run past the budget (a scorer cuts it there): at the same
    // length, the baseline is read up to the lead's words, and the sentence cut there carries the facts whose words it shows.
    const baseline = withinWords(asked, words);
    const shown = factsIn(lead, d.facts);
    const shownBaseline = factsIn(baseline, d.facts);
    const shownUncut = factsIn(asked, d.facts);
    const fresh = (fs: Fact[]) => fs.filter((f) => d.fresh.some((g) => sameFact(f, g))).length;
    const texts = lead.map((l) => fold(l.text));
    const step: DayStep = {
      cluster,
      day: d.day,
      lead: { facts: shown.length, fresh: fresh(shown), words, texts: lead.map((l) => l.text) },
      baseline: { facts: shownBaseline.length, fresh: fresh(shownBaseline), words: Math.min(words, wordsIn(asked)) },
      uncut: { facts: shownUncut.length, fresh: fresh(shownUncut), words: wordsIn(asked) },
      newFacts: distinctCount(d.fresh),
      repeats: texts.filter((t) => previous.has(t)).length,
      points: pointOpenings(digest, d.sentencesOf),
    };
    previous = new Set(texts);
    return step;
  });
}

/** How the digest's points open, each read after the points before it, as a briefing's are (eval/leaning-points.ts). */
function pointOpenings(digest: Digest, sentencesOf: (docId: string) => readonly Sentence[]): DayStep['points'] {
  const points = digest.topics.flatMap((t) => t.points);
  const openings = points.map((p, i) => howPointOpens(p, digest.sources, sentencesOf, points.slice(0, i)));
  const leaning = (kind: string) => openings.filter((o) => !o.alone && o.leans === kind).length;
  return { all: points.length, opening: leaning('opening'), description: leaning('description') };
}

const wordsIn = (texts: readonly { text: string }[]) => texts.reduce((s, l) => s + l.text.split(/\s+/).filter(Boolean).length, 0);

/** The texts read up to `words` words: the one that runs past them is cut there (`cut`: its opening shown). */
function withinWords<T extends { text: string }>(texts: readonly T[], words: number): (T & { cut?: string })[] {
  const kept: (T & { cut?: string })[] = [];
  let used = 0;
  for (const t of texts) {
    const tokens = t.text.split(/\s+/).filter(Boolean);
    if (used + tokens.length <= words) kept.push(t);
    else if (words > used) kept.push({ ...t, cut: tokens.slice(0, words - used).join(' ') });
    used += tokens.length;
    if (used >= words) break;
  }
  return kept;
}

function distinctCount(facts: readonly Fact[]): number {
  const keys = new Set(facts.map((f) => `${f.kind}|${f.value}|${f.kind === 'figure' ? [...f.counts].sort().join(',') : ''}`));
  return keys.size;
}

const share = (n: number, d: number) => (d ? n / d : 0);

/** The objective of a setting over some clusters' steps: what the reader gains, each new fact +1, each fact already read −1. */
function objective([fresh, facts]: readonly number[]): number {
  return fresh! - (facts! - fresh!);
}

export interface ReplayReport {
  ok: boolean;
  lines: string[];
}

/** The section `npm run eval` prints; `ok` is false when a bar is missed. */
export function digestReplaySection(goldDir: string, dataFile: string, render: typeof table, verbose = false): ReplayReport {
  const gold = loadGold(goldDir);
  const data = loadDataset(dataFile);
  if (!gold.ok || !data.ok) return { ok: true, lines: [`Digest replay skipped: ${!gold.ok ? gold.message : (data as { message: string }).message}.`] };
  const started = performance.now();
  const clusters = gold.sets.flatMap((g) => {
    const cluster = data.dataset.clusters.find((c) => c.id === g.id);
    return cluster ? [{ id: g.id, days: prepare(cluster, factsOfGold(g)) }] : [];
  });
  // Every setting on every cluster: steps per setting per cluster.
  const runs = GRID.map((params) => clusters.map((c) => replay(c.days, c.id, params)));
  const sums = (steps: readonly DayStep[]) => [steps.reduce((s, x) => s + x.lead.fresh, 0), steps.reduce((s, x) => s + x.lead.facts, 0), steps.reduce((s, x) => s + x.newFacts, 0)];
  const cv = crossValidate(
    GRID,
    runs.map((byCluster) => byCluster.map(sums)),
    clusters.length,
    objective,
  );
  const chosenSteps = cv.chosen.flatMap((g, c) => runs[g]![c]!);
  // Before facts weighed: the same cross-validation over the settings that give them no weight.
  const factless = GRID.flatMap((p, g) => (p.factWeight === 0 ? [g] : []));
  const cvFactless = crossValidate(
    factless.map((g) => GRID[g]!),
    factless.map((g) => runs[g]!.map(sums)),
    clusters.length,
    objective,
  );
  const factlessSteps = cvFactless.chosen.flatMap((i, c) => runs[factless[i]!]![c]!);
  const sameParams = (a: UpdateParams, b: UpdateParams) => (Object.keys(a) as (keyof UpdateParams)[]).every((k) => a[k] === b[k]);
  const defaultIndex = GRID.findIndex((p) => sameParams(p, DEFAULT_UPDATE));
  const defaultSteps = defaultIndex >= 0 ? runs[defaultIndex]!.flat() : clusters.flatMap((c) => replay(c.days, c.id, DEFAULT_UPDATE));

  const lines: string[] = [];
  const describe = (name: string, steps: readonly DayStep[], pick: (s: DayStep) => { facts: number; fresh: number }) => {
    const fresh = steps.reduce((s, x) => s + pick(x).fresh, 0);
    const facts = steps.reduce((s, x) => s + pick(x).facts, 0);
    const newFacts = steps.reduce((s, x) => s + x.newFacts, 0);
    return [name, `${fresh}/${facts}`, (100 * share(fresh, facts)).toFixed(1), `${fresh}/${newFacts}`, (100 * share(fresh, newFacts)).toFixed(1)];
  };
  lines.push(
    `Digest replay: ${clusters.length} gold dev stories, ${chosenSteps.length} day-steps (each day's articles new, earlier ones read), digest budget ${BUDGET} words; baseline: the headline summary of the new articles at the lead's words.`,
  );
  lines.push(
    render(
      ['system', 'new/facts in lead', 'new share %', 'new found/new of day', 'new recall %'],
      [
        describe('digest lead (cross-validated)', chosenSteps, (s) => s.lead),
        describe('digest lead (shipped defaults)', defaultSteps, (s) => s.lead),
        describe('digest lead, facts not weighed (cross-validated)', factlessSteps, (s) => s.lead),
        describe('baseline: summary of new articles', chosenSteps, (s) => s.baseline),
        describe("  the same, its last sentence past the lead's words kept", chosenSteps, (s) => s.uncut),
      ],
    ),
  );
  // The bar, as the issue words it: the lead's share of new facts over all day-steps (pooled), paired bootstrap over day-steps.
  const lead = (s: DayStep) => ({ hits: s.lead.fresh, items: s.lead.facts });
  const base = (s: DayStep) => ({ hits: s.baseline.fresh, items: s.baseline.facts });
  const shareDiff = pairedPooledDifference(chosenSteps.map(lead), chosenSteps.map(base));
  const defaultDiff = pairedPooledDifference(defaultSteps.map(lead), defaultSteps.map(base));
  const updates = chosenSteps.filter((s) => clusters.some((c) => c.id === s.cluster && c.days[0]!.day !== s.day));
  const updateDiff = pairedPooledDifference(updates.map(lead), updates.map(base));
  // Per-step mean of shares where both leads carry a fact: how earlier runs read it, kept for comparison.
  const both = chosenSteps.filter((s) => s.lead.facts > 0 && s.baseline.facts > 0);
  const meanDiff = pairedDifference(
    both.map((s) => share(s.lead.fresh, s.lead.facts)),
    both.map((s) => share(s.baseline.fresh, s.baseline.facts)),
  );
  const withNew = chosenSteps.filter((s) => s.newFacts > 0);
  const recallDiff = pairedDifference(
    withNew.map((s) => share(s.lead.fresh, s.newFacts)),
    withNew.map((s) => share(s.baseline.fresh, s.newFacts)),
  );
  const pts = (x: number) => (100 * x).toFixed(1);
  const row = (name: string, steps: number, d: ReturnType<typeof pairedDifference>) => [name, String(steps), pts(d.mean), `[${pts(d.low)}, ${pts(d.high)}]`, `${d.wins}/${d.ties}/${d.losses}`];
  lines.push(
    render(
      ['paired, digest minus baseline (cross-validated unless said)', 'steps', 'difference (points)', '95% CI', 'wins/ties/losses'],
      [
        row('share of new facts in the lead, all day-steps pooled (the bar)', chosenSteps.length, shareDiff),
        row('  the same, shipped defaults', defaultSteps.length, defaultDiff),
        row('  the same, facts not weighed (cross-validated; each against its own baseline)', factlessSteps.length, pairedPooledDifference(factlessSteps.map(lead), factlessSteps.map(base))),
        row('  the same, days after the first only', updates.length, updateDiff),
        row(
          '  the same, against the baseline with its cut sentence kept',
          chosenSteps.length,
          pairedPooledDifference(
            chosenSteps.map(lead),
            chosenSteps.map((s) => ({ hits: s.uncut.fresh, items: s.uncut.facts })),
          ),
        ),
        row('  per-step mean of shares, steps where both carry a fact', both.length, meanDiff),
        row(
          "share of the day's new facts the lead carries, all day-steps pooled",
          chosenSteps.length,
          pairedPooledDifference(
            chosenSteps.map((s) => ({ hits: s.lead.fresh, items: s.newFacts })),
            chosenSteps.map((s) => ({ hits: s.baseline.fresh, items: s.newFacts })),
          ),
        ),
        row('  the same, per-step mean', withNew.length, recallDiff),
      ],
    ),
  );
  const wordsOf = (pick: (s: DayStep) => number) => chosenSteps.reduce((s, x) => s + pick(x), 0);
  lines.push(
    `Words over all day-steps: lead ${wordsOf((s) => s.lead.words)}; baseline ${wordsOf((s) => s.baseline.words)} (asked for the lead's words of each step, read up to them), ${wordsOf((s) => s.uncut.words)} with the sentence it runs past them.`,
  );
  const chosen = cv.chosen.map((g) => JSON.stringify(GRID[g]));
  lines.push(`Settings chosen per held-out cluster (leave-one-cluster-out, objective: new facts in the lead minus facts already read): ${clusters.map((c, i) => `${c.id} ${chosen[i]}`).join('; ')}`);
  const best = cv.best;
  const same = sameParams(best, DEFAULT_UPDATE);
  lines.push(`Best on all clusters: ${JSON.stringify(best)}${same ? ' = the shipped defaults' : `; NOT the shipped defaults ${JSON.stringify(DEFAULT_UPDATE)}`}.`);
  const repeats = [...chosenSteps, ...defaultSteps].reduce((s, x) => s + x.repeats, 0);
  const empty = chosenSteps.filter((s) => s.lead.texts.length === 0).length;
  lines.push(`Leads repeating a sentence of the previous day's digest: ${repeats}. Day-steps with nothing reported: ${empty}.`);
  const opened = (steps: readonly DayStep[]) => {
    const sum = (pick: (p: DayStep['points']) => number) => steps.reduce((s, x) => s + pick(x.points), 0);
    return `${sum((p) => p.opening)} on a pronoun, connective or demonstrative and ${sum((p) => p.description)} on a description, of ${sum((p) => p.all)} points`;
  };
  lines.push(`Lead points opening on a sentence that leans on one not shown: cross-validated ${opened(chosenSteps)}; shipped defaults ${opened(defaultSteps)}.`);
  if (verbose)
    for (const s of defaultSteps)
      lines.push(`  ${s.cluster} ${s.day}: ${s.lead.fresh}/${s.lead.facts} new (baseline ${s.baseline.fresh}/${s.baseline.facts}), ${s.newFacts} new facts that day\n${s.lead.texts.map((t) => `    - ${t}`).join('\n')}`);
  const beats = shareDiff.low > 0;
  lines.push(
    `Bar: the lead's share of new facts above the baseline's (bootstrap 95% CI above 0): ${beats ? 'yes' : 'NO'}; no lead repeats the previous digest: ${repeats === 0 ? 'yes' : 'NO'}. (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { ok: beats && repeats === 0, lines };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string', default: '../shared/eval/gold' },
      data: { type: 'string', default: '../shared/eval/duc2004/dev.json' },
      verbose: { type: 'boolean', short: 'v', default: false },
      markdown: { type: 'boolean', default: false },
    },
  });
  const report = digestReplaySection(resolve(values.gold!), resolve(values.data!), values.markdown ? markdownTable : table, values.verbose);
  console.log(report.lines.join('\n'));
  process.exitCode = report.ok ? 0 : 1;
}
