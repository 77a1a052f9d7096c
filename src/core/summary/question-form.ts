import { its, readDoc, WRITTEN_WORD, writtenStem } from '../nlp.js';
import type { Question } from '../topics/read-query.js';

/**
 * What a question asks for, read more finely than its answer kind from its form (docs/quality.md,
 * "Tenth round"): who someone is, who a group of people were, who holds a role, which one of a kind,
 * where, why. English question forms and closed word classes, not words of any story.
 */
export type AskedFor =
  /** "Who is X": X's name words as written ("Anwar", "Ibrahim"). */
  | { form: 'identity'; name: string[] }
  /** "Who were the victims": the stem of the noun asked to be described. */
  | { form: 'description'; noun: string }
  /** "Who will run the merged company": stems of what is run. */
  | { form: 'role'; of: string[] }
  /** "Which airline flew the first flight": the ordinal or superlative it asks by, lower-cased, if any. */
  | { form: 'which'; modifier?: string }
  | { form: 'where' }
  | { form: 'reason' }
  /** "How old is X": X's name words as written. */
  | { form: 'age'; name: string[] };

const BE = '(?:is|was|are|were)';
const DETERMINER = '(?:the|these|those)';
/** A preposition ends the noun phrase a "who were the …" question asks about. */
const PREPOSITION = /^(?:of|in|on|at|by|from|with|for|after|before|during|about|over|into|against|near|under|among|inside|outside)$/i;
/** Verbs of holding an office over something. */
const RUN = '(?:run|runs|lead|leads|head|heads|chair|chairs|manage|manages|direct|directs|succeed|succeeds|replace|replaces|command|commands|govern|governs)';
const MODAL = '(?:will|would|shall|should|could|might|may|can|is\\s+to|are\\s+to|is\\s+going\\s+to|did|does|do)';
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|only|most|least)$/i;

export function askedFor(question: Question): AskedFor | undefined {
  const t = question.text.trim();
  if (question.kind === 'reason') return { form: 'reason' };
  if (/^where\b/i.test(t)) return { form: 'where' };
  const aged = new RegExp(`^how\\s+old\\s+${BE}\\s+(.+)$`, 'i').exec(t);
  const ofAge = (aged?.[1]?.match(WRITTEN_WORD) ?? []).filter((w) => /^\p{Lu}/u.test(w));
  if (ofAge.length) return { form: 'age', name: ofAge.map((w) => w.replace(/['’]s$/, '')) };
  const identity = new RegExp(`^who\\s+${BE}\\s+(.+)$`, 'i').exec(t);
  const named = identity?.[1]?.match(WRITTEN_WORD) ?? [];
  if (named.length && named.every((w) => /^\p{Lu}/u.test(w))) return { form: 'identity', name: named.map((w) => w.replace(/['’]s$/, '')) };
  const described = new RegExp(`^who\\s+${BE}\\s+${DETERMINER}\\s+(.+)$`, 'i').exec(t);
  if (described) {
    const words = described[1]!.match(WRITTEN_WORD) ?? [];
    // A participle after its noun opens a reduced relative clause: "the hostages killed in Chechnya" asks about the hostages.
    const cut = words.findIndex((w, i) => PREPOSITION.test(w) || (i > 0 && /^\p{Ll}+ed$/u.test(w) && /^\p{Ll}/u.test(words[i - 1]!)));
    const head = (cut < 0 ? words : words.slice(0, cut)).at(-1);
    if (head && /^\p{Ll}+$/u.test(head)) return { form: 'description', noun: writtenStem(head) };
  }
  const role = new RegExp(`^who\\s+(?:${MODAL}\\s+)?${RUN}\\s+(.+)$`, 'i').exec(t);
  if (role) {
    const of = (role[1]!.match(WRITTEN_WORD) ?? []).map(writtenStem).filter((s) => question.setting.includes(s) || question.asked.includes(s));
    if (of.length) return { form: 'role', of };
  }
  if (/^which\b/i.test(t) && question.kind !== 'place' && question.kind !== 'time') {
    const words = t.match(WRITTEN_WORD) ?? [];
    const tags = readDoc(words.join(' ')).tokens().out(its.pos) as string[];
    const modifier = words.find((w, i) => ORDINAL.test(w) || (/^\p{Ll}{3,}est$/u.test(w) && tags[i] === 'ADJ'));
    return { form: 'which', ...(modifier ? { modifier: modifier.toLowerCase() } : {}) };
  }
  return undefined;
}
