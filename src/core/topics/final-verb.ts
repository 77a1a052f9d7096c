import { its, readDoc } from '../nlp.js';
import type { MainVerb } from './question-focus.js';

/**
 * A question's main verb written last, after a phrase that belongs to its subject: "where did the tour's first stage after
 * the London prologue finish", "when was the bridge over the river built" (docs/quality.md, "Twenty-sixth round (issue
 * 16read)", R1). Subject–auxiliary inversion puts the main verb after the subject, and a subject may carry a phrase, so a
 * question whose asked part (cut at its first preposition) holds no verb, and whose last word can only be a verb where it
 * stands, asks about that verb. English grammar: closed word classes and the tagger, no words of any story.
 */

/** The question word, up to two words of its own ("how many people", "which team"), and the auxiliary inverted after it. */
const INVERTED = /^(?:what|who|whom|whose|when|where|why|which|how)$/i;
const DO_OR_MODAL = /^(?:did|does|do|will|would|could|should|can|may|might|must)$/i;
const BE_OR_HAVE = /^(?:is|are|was|were|has|have|had)$/i;
/** The words that open a question's setting (read-query.ts SETTING), as whole words. */
const SETTING_WORD = /^(?:in|on|at|by|from|with|of|for|after|before|during|about|over|into|against|near|since|under|between|among|across|through|inside|outside|when|whenever|while|until|unless|because|although|though|whereas)$/i;
/** Tags of a word after which the last word is a noun or an adjective's head, not a verb ("reject the appeal", "in Paris"). */
const BEFORE_A_NOUN = new Set(['DET', 'ADP', 'PRON', 'NUM', 'ADJ', 'CCONJ', 'SCONJ']);

/** The question's last word when it is the main verb written after the setting, or undefined. */
export function finalVerbOf(question: string): MainVerb | undefined {
  const tokens = readDoc(question).tokens();
  const words = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  if (!INVERTED.test(words[0] ?? '')) return undefined;
  const aux = words.findIndex((w, i) => i > 0 && i <= 3 && (DO_OR_MODAL.test(w) || BE_OR_HAVE.test(w)));
  if (aux < 0) return undefined;
  const cut = words.findIndex((w, i) => i > aux + 1 && SETTING_WORD.test(w));
  const last = words.length - 1;
  if (cut < 0 || last <= cut + 1) return undefined;
  const word = words[last]!;
  if (!/^\p{Ll}+$/u.test(word) || stops[last] || /ly$/.test(word)) return undefined;
  const before = words[last - 1]!;
  if (BEFORE_A_NOUN.has(pos[last - 1]!) || /['’]s$/.test(before) || (pos[last - 1] === 'PART' && before.toLowerCase() !== 'to')) return undefined;
  // A verb already read in the asked part or in the setting: the last word is its object's or its phrase's.
  if (pos.some((p, i) => i > aux && i < last && p === 'VERB')) return undefined;
  // After "was" or "has" the main verb is a participle ("built", "held", "taken").
  if (BE_OR_HAVE.test(words[aux]!) && pos[last] !== 'VERB' && !/(?:ed|en)$/.test(word)) return undefined;
  return { word, lemma: (lemmas[last] ?? word).toLowerCase() };
}
