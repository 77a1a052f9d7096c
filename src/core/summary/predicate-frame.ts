import { isReportingStem } from '../facts/quotes.js';
import { MONTHS, WEEKDAYS } from '../ingest/calendar-words.js';
import { its, readDoc, writtenStem } from '../nlp.js';

/** A sentence's main predicate: its verb (with the verbs it governs through "to"), its direct object's head, and the names written before it. */
export interface Frame {
  verbs: readonly string[];
  object: string;
  names: readonly string[];
}

/** Verbs that carry little of a statement by themselves ("has two obstacles", "made a decision"), in every form. */
const LIGHT_VERBS = new Set(
  'be is are was were been being have has had having do does did done doing get gets got gotten getting make makes made making take takes took taken taking give gives gave given giving go goes went gone going'.split(' '),
);
/** Dates are no actors nor objects: "on Monday", "released Saturday". */
export const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
/** Words that open a relative clause: its verb is not the sentence's predicate. */
export const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
export const MODAL = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
/** Tags that may stand between a verb and its object's noun run: "accept only the new security guarantees". */
const BEFORE_OBJECT = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
export const NOUN = new Set(['NOUN', 'PROPN']);
/** Punctuation that closes a subordinate or relative clause. */
export const CLAUSE_END = /^[,;:()—–]$/;
/** What follows a verb that frames a report ("announced that …", "said: '…'"): the report's own predicate is the next. */
const OPENS_REPORT = /^(?:that|["“':])$/i;

const frames = new Map<string, Frame | null>();
/** Texts whose frames are kept; dropped whole when full, so memory stays bounded. */
export const FRAMES = 20_000;

/**
 * A sentence's main predicate by wink's parts of speech: the first finite verb (not after "to", not an "-ing" form,
 * not joined by a hyphen) outside a subordinate or relative clause that is neither light, nor a reporting verb, nor a
 * verb that frames a report; null when there is none or it has no direct object.
 */
export function frameOf(text: string): Frame | null {
  const known = frames.get(text);
  if (known !== undefined) return known;
  const tokens = readDoc(text).tokens();
  const written = (tokens.out() as string[]).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  const tags = tokens.out(its.pos) as string[];
  const stemAt = (i: number) => writtenStem(written[i]!);
  let found: Frame | null = null;
  const names: string[] = [];
  let inClause = false;
  for (let i = 0; i < tags.length && !found; i++) {
    const tag = tags[i]!;
    const word = written[i]!;
    if (inClause) {
      if (CLAUSE_END.test(word)) inClause = false;
      continue;
    }
    if (tag === 'SCONJ' || RELATIVE.has(word)) {
      // "announced that …" opens the report: its clause holds the predicate.
      if (!(i > 0 && tags[i - 1] === 'VERB' && tag === 'SCONJ')) inClause = true;
      continue;
    }
    if (tag === 'PROPN' && !DATE_WORDS.has(word)) names.push(stemAt(i));
    // The tagger reads some verbs after a modal as adjectives ("would close"): what follows a modal is its verb.
    const verb = tag === 'VERB' || (MODAL.has(written[i - 1] ?? '') && (tag === 'ADJ' || tag === 'NOUN'));
    // "agreed to close": a verb that governs another through "to" states what was agreed, not who said it.
    const governs = tags[i + 1] === 'PART' && tags[i + 2] === 'VERB';
    if (!verb || LIGHT_VERBS.has(word) || (isReportingStem(stemAt(i)) && !governs)) continue;
    if (word.endsWith('ing') || tags[i - 1] === 'PART' || written[i - 1] === '-') continue;
    if (OPENS_REPORT.test(written[i + 1] ?? '')) continue;
    const verbs = [stemAt(i)];
    let j = i + 1;
    for (;;) {
      while (j < tags.length && BEFORE_OBJECT.has(tags[j]!)) j++;
      // "agreed to accept security guarantees": the verb and the one it governs share the object.
      if (tags[j] === 'PART' && tags[j + 1] === 'VERB') {
        verbs.push(stemAt(j + 1));
        j += 2;
        continue;
      }
      break;
    }
    if (j < tags.length && NOUN.has(tags[j]!)) {
      while (j + 1 < tags.length && NOUN.has(tags[j + 1]!)) j++;
      if (!DATE_WORDS.has(written[j]!)) found = { verbs, object: stemAt(j), names: [...names] };
    }
    // The first predicate is the sentence's, object or not.
    break;
  }
  if (frames.size >= FRAMES) frames.clear();
  frames.set(text, found);
  return found;
}
