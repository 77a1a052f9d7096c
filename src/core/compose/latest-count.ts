import { countKey, type DifferingFigure } from '../facts/figures-differ.js';
import type { Sentence } from '../ingest/document.js';
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
export function latestCount(differing: readonly DifferingFigure[], asked: ReadonlySet<string>): LatestCount {
  const earlier = new Set<Sentence>();
  const latest = new Set<Sentence>();
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
