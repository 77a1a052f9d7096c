import { findFigures } from '../facts/figures.js';
import { countKey, type DifferingFigure, numericValue, toldAsLevel } from '../facts/figures-differ.js';
import type { Sentence } from '../ingest/document.js';
import { countsAskedNoun } from '../summary/asked-count.js';
import { partsOf } from '../summary/passages.js';

/** What a running count's latest value changes in who answers "how many": the units it supersedes, and those stating it. */
export interface LatestCount {
  /** A unit states an earlier value of the asked count, and not its latest: it does not lead. */
  superseded: (unit: Sentence) => boolean;
  /** The units a unit stating the latest value supersedes, whose best rank it takes; empty for any other unit. */
  supersedes: (unit: Sentence, among: readonly Sentence[]) => Sentence[];
}

/**
 * Rule RN (docs/quality.md, "Session 78"): a toll rises as reports come in, and the article that gives the latest says so ("rose
 * to 28", "now stands at"). Of the figures that differ, one counting every word of the asked quantity (two words or more: what is
 * counted and the asked event) whose latest value is marked revised and published after every other value is a running count: its
 * earlier values no longer answer. Two events' counts are two figures, and an unmarked later value revises nothing.
 */
export function latestCount(differing: readonly DifferingFigure[], asked: ReadonlySet<string>, levels?: LevelsTold): LatestCount {
  const earlier = new Set<Sentence>();
  const latest = new Set<Sentence>();
  if (levels) latestLevel(levels, asked, earlier, latest);
  if (asked.size >= 2) {
    for (const d of differing) {
      const key = countKey(d);
      const [last, ...before] = d.values;
      if (![...asked].every((w) => key.has(w)) || !last?.revised || !last.published) continue;
      if (!before.every((v) => !!v.published && v.published < last.published!)) continue;
      for (const v of before) for (const s of v.sentences) earlier.add(s);
      for (const s of last.sentences) latest.add(s);
    }
  }
  const states = (unit: Sentence, sentences: ReadonlySet<Sentence>) => partsOf(unit).some((p) => sentences.has(p));
  return {
    superseded: (unit) => states(unit, earlier) && !states(unit, latest),
    supersedes: (unit, among) => (states(unit, latest) ? among.filter((u) => states(u, earlier) && !states(u, latest)) : []),
  };
}

/** The candidates a question's answer is chosen from, and each document's date (amendment RN′). */
export interface LevelsTold {
  candidates: readonly Sentence[];
  published: (docId: string) => string | undefined;
}

/**
 * Amendment RN′ (docs/quality.md, "Session 80"): the candidates' figures counting the asked noun, told as a level ("has risen to 26",
 * "lowered the case count to 20") and sharing a word of what they count beyond a whole's noun ("number", "total"), are the asked
 * count's levels: where they come from two articles or more with two values or more, the one article published after every other
 * states the latest, and the earlier levels' sentences are added to `earlier`, its own to `latest`.
 */
function latestLevel({ candidates, published }: LevelsTold, asked: ReadonlySet<string>, earlier: Set<Sentence>, latest: Set<Sentence>): void {
  if (!asked.size) return;
  const day = (s: Sentence) => published(s.docId) ?? '';
  // An undated article's level cannot be placed before or after another's: it is left as it ranks.
  const levels = [...new Set(candidates.flatMap(partsOf))].filter((s) => day(s) !== '').flatMap((s) => findFigures([s]).filter((f) => toldAsLevel(f) && countsAskedNoun(f, asked)));
  if (levels.length < 2) return;
  const last = levels.reduce((a, b) => (day(b.sentence) > day(a.sentence) ? b : a));
  const lastDay = day(last.sentence);
  const whole = countNounStems();
  const counted = (f: (typeof levels)[number]) => new Set([...countKey(f)].filter((k) => !whole.has(k)));
  const lastCounted = counted(last);
  const same = levels.filter((f) => [...counted(f)].some((k) => lastCounted.has(k)));
  const before = same.filter((f) => f.sentence.docId !== last.sentence.docId);
  if (!before.length || before.some((f) => day(f.sentence) >= lastDay)) return;
  if (before.every((f) => numericValue(f.value) === numericValue(last.value))) return;
  for (const f of before) earlier.add(f.sentence);
  for (const f of same) if (f.sentence.docId === last.sentence.docId) latest.add(f.sentence);
}
/** The nouns of a whole as `countKey` writes them; made on first use, since stemming loads the language model. */
let wholeNouns: ReadonlySet<string> | undefined;
const countNounStems = () => (wholeNouns ??= countKey({ counts: 'number total count tally toll' }));
