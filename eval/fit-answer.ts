/**
 * `npx tsx eval/fit-answer.ts <key.json>... [--data rows.json] [--from rows.json]`: fits the model that chooses a question's lead
 * (src/core/summary/answer-features.ts) on answer keys kept outside the repository, and measures it by nested cross-validation
 * with folds by set against the hand score (docs/quality.md, "Nineteenth round (issue 16rank)").
 *
 * For each question the candidates are the units `answerFirst` compares, with the features the product reads of them (observed
 * as the product composes the question's short briefing); a candidate is positive when a regex of the key matches it. The model is
 * a softmax over a question's candidates (conditional logit; the target spread evenly over its positives), L2-regularised,
 * fitted by Newton's method on z-scored features; λ is chosen inside each outer fold by inner folds, also by set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ANSWER_FEATURES } from '../src/core/summary/answer-features.js';
import { answerCandidates } from '../src/core/summary/answer-first.js';
import { partsOf } from '../src/core/summary/passages.js';
import { foldOf } from './cross-validate.js';
import { solve } from './fit-concepts.js';
import { ASKED_ON, questionLibraries } from './question-sets.js';

interface KeyQuestion {
  n: number;
  set: string;
  query: string;
  answers: string[];
}

/** One question's candidates for the lead: features in ANSWER_FEATURES order, and whether the key matches each. */
export interface AnswerExamples {
  n: number;
  set: string;
  query: string;
  unanswerable: boolean;
  features: number[][];
  positive: boolean[];
  texts: string[];
}

const HAND = ANSWER_FEATURES.indexOf('hand');
const OUTER_FOLDS = 5;
const INNER_FOLDS = 4;
const LAMBDAS = [0.01, 0.1, 1, 10, 100];
const STEPS = 50;
const RESAMPLES = 2000;

async function collect(keyPaths: readonly string[]): Promise<AnswerExamples[]> {
  const out: AnswerExamples[] = [];
  for (const path of keyPaths) {
    const key = (JSON.parse(readFileSync(path, 'utf8')) as { questions: KeyQuestion[] }).questions;
    const libraries = await questionLibraries(new Set(key.map((q) => q.set)));
    for (const q of key) {
      const library = libraries.get(q.set);
      if (!library) continue;
      const patterns = q.answers.map((a) => new RegExp(a, 'i'));
      let seen: Parameters<NonNullable<typeof answerCandidates.observe>>[0] = [];
      // The last comparison is the one whose lead the briefing shows (a lead from outside the summary may re-select it).
      answerCandidates.observe = (rows) => {
        seen = rows;
      };
      library.brief(q.query, { length: 'short', now: ASKED_ON });
      answerCandidates.observe = undefined;
      out.push({
        n: q.n,
        set: q.set,
        query: q.query,
        unanswerable: q.answers.length === 0,
        features: seen.map((r) => [...r.features]),
        positive: seen.map((r) => [r.unit, ...partsOf(r.unit)].some((u) => patterns.some((p) => p.test(u.text)))),
        texts: seen.map((r) => r.unit.text),
      });
    }
  }
  return out;
}

/** The candidate a weighting leads with: the first of highest score (summary points come first, as `answerFirst` keeps ties). */
function pick(q: AnswerExamples, w: readonly number[]): number {
  let best = 0;
  let bestScore = -Infinity;
  q.features.forEach((x, i) => {
    const s = x.reduce((a, v, f) => a + v * w[f]!, 0);
    if (s > bestScore + 1e-12) {
      best = i;
      bestScore = s;
    }
  });
  return best;
}

const leads = (qs: readonly AnswerExamples[], w: readonly number[]) => qs.map((q) => Number(q.positive[pick(q, w)]!));
const sum = (xs: readonly number[]) => xs.reduce((a, v) => a + v, 0);

/** Softmax cross-entropy of the questions under weights, the target spread evenly over each question's positives. */
function loss(qs: readonly AnswerExamples[], w: readonly number[]): number {
  let total = 0;
  for (const q of qs) {
    const s = q.features.map((x) => x.reduce((a, v, f) => a + v * w[f]!, 0));
    const top = Math.max(...s);
    const log = Math.log(sum(s.map((v) => Math.exp(v - top)))) + top;
    const pos = q.positive.filter(Boolean).length;
    total += sum(s.map((v, i) => (q.positive[i] ? (log - v) / pos : 0)));
  }
  return total;
}

/** Weights on raw features fitted on the questions: features z-scored on them, Newton's method with ridge λ. */
export function fitAnswerModel(qs: readonly AnswerExamples[], lambda: number): number[] {
  const d = ANSWER_FEATURES.length;
  const rows = qs.flatMap((q) => q.features);
  const mean = Array.from({ length: d }, (_, f) => sum(rows.map((x) => x[f]!)) / rows.length);
  const sd = Array.from({ length: d }, (_, f) => Math.sqrt(sum(rows.map((x) => (x[f]! - mean[f]!) ** 2)) / rows.length));
  const used = sd.map((s) => s > 1e-9);
  const z = qs.map((q) => ({ ...q, features: q.features.map((x) => x.map((v, f) => (used[f] ? (v - mean[f]!) / sd[f]! : 0))) }));
  let w = new Array<number>(d).fill(0);
  let current = loss(z, w) + (lambda / 2) * sum(w.map((v) => v * v));
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((v) => lambda * v);
    const hess = Array.from({ length: d }, (_, f) => Array.from({ length: d }, (_, g) => (f === g ? lambda : 0)));
    for (const q of z) {
      const s = q.features.map((x) => x.reduce((a, v, f) => a + v * w[f]!, 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const total = sum(e);
      const p = e.map((v) => v / total);
      const pos = q.positive.filter(Boolean).length;
      const expected = new Array<number>(d).fill(0);
      q.features.forEach((x, i) => {
        const t = q.positive[i] ? 1 / pos : 0;
        for (let f = 0; f < d; f++) {
          grad[f]! += (p[i]! - t) * x[f]!;
          expected[f]! += p[i]! * x[f]!;
          for (let g = 0; g <= f; g++) hess[f]![g]! += p[i]! * x[f]! * x[g]!;
        }
      });
      for (let f = 0; f < d; f++) for (let g = 0; g <= f; g++) hess[f]![g]! -= expected[f]! * expected[g]!;
    }
    for (let f = 0; f < d; f++) for (let g = 0; g < f; g++) hess[g]![f] = hess[f]![g]!;
    const delta = solve(hess, grad);
    // Newton's step, halved while it does not lower the loss.
    let scale = 1;
    let next = w;
    let value = current;
    for (let tries = 0; tries < 20; tries++) {
      next = w.map((v, f) => v - scale * delta[f]!);
      value = loss(z, next) + (lambda / 2) * sum(next.map((v) => v * v));
      if (value <= current) break;
      scale /= 2;
    }
    const moved = Math.max(...next.map((v, f) => Math.abs(v - w[f]!)));
    w = next;
    if (current - value < 1e-9 && moved < 1e-6) break;
    current = value;
  }
  // Back to raw features: the mean shifts every candidate of a question alike, so it drops out of the choice.
  return w.map((v, f) => (used[f] ? v / sd[f]! : 0));
}

/** The λ whose fits lead correctly most often on held-out sets of the questions (ties: lower held-out loss, then larger λ). */
function chooseLambda(qs: readonly AnswerExamples[], folds: number): number {
  const sets = [...new Set(qs.map((q) => q.set))].sort();
  const fold = new Map(sets.map((s, i) => [s, foldOf(i, folds)]));
  let best = { lambda: LAMBDAS[0]!, leads: -1, loss: Infinity };
  for (const lambda of LAMBDAS) {
    let correct = 0;
    let held = 0;
    for (let f = 0; f < folds; f++) {
      const test = qs.filter((q) => fold.get(q.set) === f);
      const train = qs.filter((q) => fold.get(q.set) !== f);
      if (!test.length || !train.length) continue;
      const w = fitAnswerModel(train, lambda);
      correct += sum(leads(test, w));
      held += loss(test, w);
    }
    if (correct > best.leads || (correct === best.leads && held <= best.loss + 1e-9)) best = { lambda, leads: correct, loss: held };
  }
  return best.lambda;
}

/** A seeded generator (mulberry32): the bootstrap's interval is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bootstrap(diffs: readonly number[]): [number, number] {
  const next = random(16);
  const totals = Array.from({ length: RESAMPLES }, () => sum(diffs.map(() => diffs[Math.floor(next() * diffs.length)]!))).sort((a, b) => a - b);
  return [totals[Math.floor(0.025 * RESAMPLES)]!, totals[Math.floor(0.975 * RESAMPLES)]!];
}

function crossValidate(all: readonly AnswerExamples[]): void {
  const answerable = all.filter((q) => !q.unanswerable);
  const usable = answerable.filter((q) => q.positive.some(Boolean));
  console.log(`questions ${all.length}, answerable ${answerable.length}, with an answering candidate ${usable.length} (the rest teach nothing)`);
  const hand = ANSWER_FEATURES.map((_, f) => (f === HAND ? 1 : 0));
  const sets = [...new Set(usable.map((q) => q.set))].sort();
  const fold = new Map(sets.map((s, i) => [s, foldOf(i, OUTER_FOLDS)]));
  const model = new Map<AnswerExamples, number>();
  for (let f = 0; f < OUTER_FOLDS; f++) {
    const test = usable.filter((q) => fold.get(q.set) === f);
    const train = usable.filter((q) => fold.get(q.set) !== f);
    const lambda = chooseLambda(train, INNER_FOLDS);
    const w = fitAnswerModel(train, lambda);
    const got = leads(test, w);
    test.forEach((q, i) => model.set(q, got[i]!));
    console.log(`fold ${f}: ${test.length} questions of ${new Set(test.map((q) => q.set)).size} sets, λ ${lambda}: model leads ${sum(got)}, hand ${sum(leads(test, hand))}`);
  }
  const handLeads = leads(usable, hand);
  const modelLeads = usable.map((q) => model.get(q)!);
  const diffs = modelLeads.map((v, i) => v - handLeads[i]!);
  const [low, high] = bootstrap(diffs);
  console.log(
    `cross-validated: model leads ${sum(modelLeads)} of ${usable.length}, hand ${sum(handLeads)}; model only ${diffs.filter((d) => d > 0).length}, hand only ${diffs.filter((d) => d < 0).length}; difference ${sum(diffs)}, 95% bootstrap [${low}, ${high}]`,
  );
  const lambda = chooseLambda(usable, OUTER_FOLDS);
  const w = fitAnswerModel(usable, lambda);
  console.log(`fitted on all ${usable.length} (λ ${lambda} by ${OUTER_FOLDS}-fold CV): leads ${sum(leads(usable, w))} (in-sample)`);
  console.log(`weights: [${w.map((v) => Number(v.toPrecision(4))).join(', ')}]`);
  for (const [f, name] of ANSWER_FEATURES.entries()) console.log(`  ${name}\t${w[f]!.toFixed(4)}`);
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const keyPaths = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const from = option('--from');
if (!from && !keyPaths.length) {
  console.error('usage: npx tsx eval/fit-answer.ts <key.json>... [--data rows.json] [--from rows.json]');
  process.exit(2);
}
const examples = from ? (JSON.parse(readFileSync(from, 'utf8')) as AnswerExamples[]) : await collect(keyPaths);
const data = option('--data');
if (data) writeFileSync(data, `${JSON.stringify(examples)}\n`);
crossValidate(examples);
