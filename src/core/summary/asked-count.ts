import type { FoundFigure } from '../facts/figures.js';
import { countKey } from '../facts/figures-differ.js';
import { its, readDoc } from '../nlp.js';

/**
 * "How many people were at the dance" asks for a count of the people there, not of the dead: a figure
 * answers the asked noun when what it counts names it and its clause names no other event — no verb
 * after it to the clause's end ("60 people who died"), no verb form right before it ("killing 60
 * people"). docs/quality.md, "Eleventh round". English approximators and auxiliaries only.
 */
const APPROXIMATOR = /^(?:all|both|each|every|about|around|some|nearly|almost|more|than|over|at|least|estimated|an|a|the|up|to|roughly|approximately|just|under|fewer|less|another|only|of)$/i;
/** A verb that states nothing of its own after a count: "400 people were there", "employees had". */
const LIGHT = /^(?:be|have|do|will|would|can|could|shall|should|may|might|must)$/;
const CLAUSE_END = /[,;:—–()]/;
/** An adverbial subordinator opens another clause ("… were at the party when the fire broke out"); a relative pronoun does not. */
const SUBORDINATE = /\b(?:when|while|as|after|before|because|since|until|if|although|though|whereas)\b/i;

export function countsAskedNoun(f: FoundFigure, noun: ReadonlySet<string>): boolean {
  if (![...countKey(f)].some((k) => noun.has(k))) return false;
  const rest = clauseAfter(f);
  if (rest === undefined) return false;
  const tokens = readDoc(rest).tokens();
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  if (pos.some((p, i) => p === 'VERB' && !LIGHT.test((lemmas[i] ?? '').toLowerCase()))) return false;
  const { before, at: k } = governingWord(f);
  return !(k >= 0 && /\p{Ll}(?:ed|ing)$/u.test(before[k]!));
}

/**
 * The words of a figure's clause before it, and where among them the word that governs the figure stands:
 * the nearest one past approximators ("killing about 60", "worth more than $70 billion"); -1 when none.
 */
export function governingWord(f: FoundFigure): { before: string[]; at: number } {
  const text = f.sentence.text;
  const before =
    text
      .slice(0, Math.max(0, text.indexOf(f.value)))
      .split(CLAUSE_END)
      .at(-1)
      ?.match(/[\p{L}'’-]+/gu) ?? [];
  let k = before.length - 1;
  while (k >= 0 && APPROXIMATOR.test(before[k]!)) k--;
  return { before, at: k };
}

/** The words of the clause a figure stands in: between the clause marks or subordinators around it ("China has promised 60.5 million USD, after Japan …"). */
export function clauseOf(f: FoundFigure): string[] {
  const after = clauseAfter(f);
  if (after === undefined) return [];
  const text = f.sentence.text;
  const upTo = text.slice(0, text.indexOf(f.value));
  const before = (upTo.split(CLAUSE_END).at(-1) ?? '').split(SUBORDINATE).at(-1) ?? '';
  const words = (t: string) => t.match(/[\p{L}'’-]+/gu) ?? [];
  // Rule OR (docs/quality.md, "Session 50"): a relative clause's subject is the noun it follows ("a builder who won $18 million",
  // "Osei, who accepted $240,000"), not the sentence's.
  const relative = [...before.matchAll(RELATIVE_PRONOUN)].at(-1);
  if (relative?.index !== undefined) {
    const opens = upTo.length - before.length + relative.index;
    return [...antecedent(upTo.slice(0, opens)), ...words(before.slice(relative.index)), ...words(after)];
  }
  return words(`${before} ${after}`);
}

const RELATIVE_PRONOUN = /\b(?:who|whom|whose|which|that)\b/gi;
/** Words that open the noun phrase a relative clause follows: a determiner or a preposition before it ends it. */
const OPENS_NOUN_PHRASE = /^(?:a|an|the|this|that|these|those|its|his|her|their|our|of|in|on|at|by|for|from|with|to|into|over|under|about|against|after|before|and|or)$/i;
/** Words of a noun phrase read back from a relative pronoun, at most. */
const ANTECEDENT_WORDS = 6;

/** The noun phrase a relative pronoun follows: back from the text's end, past one comma, to a determiner, a preposition or a clause mark. */
function antecedent(text: string): string[] {
  const phrase =
    text
      .replace(/[\s,]+$/, '')
      .split(CLAUSE_END)
      .at(-1) ?? '';
  const words = phrase.match(/[\p{L}'’-]+/gu) ?? [];
  const out: string[] = [];
  for (let k = words.length - 1; k >= 0 && out.length < ANTECEDENT_WORDS && !OPENS_NOUN_PHRASE.test(words[k]!); k--) out.unshift(words[k]!);
  return out;
}

/** The text after a figure to the end of its clause (a clause mark or a subordinator); undefined when the figure is not in its sentence's text. */
function clauseAfter(f: FoundFigure): string | undefined {
  const text = f.sentence.text;
  const at = text.indexOf(f.value);
  if (at < 0) return undefined;
  return (text.slice(at + f.value.length).split(CLAUSE_END)[0] ?? '').split(SUBORDINATE)[0] ?? '';
}
