import { opensRelative, participleOf, presentPerfect, QUOTE_OPENS, relativeEnd, SUBORDINATORS } from './present-over-past.js';
import { inBrackets, type Token, tokensOf, type VerbGroup, verbGroups } from './side-clause.js';

/**
 * Rule B2 (issue 16dates12): a sentence whose main verb is told as done, and whose only date is still to come. This file
 * only reads the grammar; what the timeline does with it is `findEvents`'s. (B1, a simple past over a month or a year in a
 * side clause, was measured and reverted: docs/quality.md, twenty-eighth round, 16dates12.)
 */

/**
 * Rule B2: whether the sentence's main verb group is told as done — a simple past or a present perfect, no modal — and no
 * verb between it and the date at `index` looks ahead (an infinitive, a modal, a verb in -ing, a group in the present or
 * the future): "has canceled a trip to an Asian summit next month". A verb told as done cannot happen on a date still to
 * come, so that date is a noun's (the trip's), not the verb's. Whether the date lies after the article's day is the caller's.
 */
export function doneVerbBefore(text: string, index: number): boolean {
  if (QUOTE_OPENS.test(text)) return false;
  const tokens = tokensOf(text);
  const at = tokens.findIndex((t) => t.start >= index);
  if (at < 1) return false;
  const groups = verbGroups(tokens);
  const main = mainClauseGroup(tokens, groups);
  if (!main || main.last >= at || !toldAsDone(tokens, main)) return false;
  for (let k = main.first + 1; k < at; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to' && t.pos === 'PART') return false;
    if (t.pos === 'VERB' && /ing$/.test(t.lower)) return false;
  }
  return !groups.some((g) => g.first > main.last && g.first < at && g.finite && g.tense !== 'past' && !(g.tense === 'present' && presentPerfect(tokens, g)));
}

/** A simple past ("canceled", "was called off", "had to") or a present perfect ("has canceled"). */
function toldAsDone(tokens: readonly Token[], g: VerbGroup): boolean {
  return g.tense === 'past' || (g.tense === 'present' && presentPerfect(tokens, g));
}

/**
 * The main clause's verb group: the first finite group outside every relative clause ("Yeltsin, who is still recuperating,
 * has canceled …"), itself no reduced relative and not in brackets, with no subordinating word before it (then the first
 * finite group is a fronted clause's, and the rule does not guess).
 */
function mainClauseGroup(tokens: readonly Token[], groups: readonly VerbGroup[]): VerbGroup | undefined {
  const relatives: [number, number][] = [];
  for (let r = 1; r < tokens.length; r++) if (opensRelative(tokens, r)) relatives.push([r, relativeEnd(tokens, groups, r)]);
  const inRelative = (k: number) => relatives.some(([from, to]) => k >= from && k < to);
  const main = groups.find((g) => g.finite && !inRelative(g.first) && !participleOf(tokens, groups, g) && !inBrackets(tokens, 0, g.first));
  if (!main) return undefined;
  const opened = tokens.slice(0, main.first).some((t, k) => !inRelative(k) && (t.pos === 'SCONJ' || (SUBORDINATORS.has(t.lower) && (t.pos === 'PRON' || t.pos === 'ADV'))));
  return opened ? undefined : main;
}
