import { isCertain } from '../facts/chrono-reading.js';
import { speechAt } from '../index/deferred-readings.js';
import type { Sentence } from '../ingest/document.js';
import { its, readDoc, writtenStem } from '../nlp.js';
import { CLAUSE_END, DATE_WORDS, FRAMES, frameOf, NOUN, RELATIVE } from './predicate-frame.js';

/**
 * Rule (e) of `sameFact` (docs/quality.md, "Thirty-first round (issue 16same)"): two articles' leads tell the same event
 * when each dates its clause to the same day and one participant fills a core role of both ("Jose Saramago … was awarded
 * this year's Nobel Prize in Literature Thursday" and "Portuguese novelist Jose Saramago … on Thursday was named the winner
 * of the 1998 Nobel Literature Prize"). An article's first sentence tells its news; two wires' leads of one day on one
 * participant tell it twice, whatever verb each writer chose. Read nowhere else: elsewhere one actor on one day may do two
 * things.
 */
export function sameLeadEvent(a: Sentence, b: Sentence): boolean {
  if (a.position !== 0 || b.position !== 0 || a.docId === b.docId) return false;
  const x = clauseDays(a);
  if (!x.size) return false;
  const y = clauseDays(b);
  if (![...x].some((d) => y.has(d))) return false;
  const p = leadReadingOf(a.text).participants;
  return leadReadingOf(b.text).participants.some((n) => p.includes(n));
}

/** What rule (e) reads of a lead: where each token starts, whether it stands in a relative or subordinate clause, what follows it, its core participants. */
interface LeadReading {
  starts: readonly number[];
  tags: readonly string[];
  inClause: readonly boolean[];
  /** Whether the token names a thing a date before it would modify: a noun, or a possessive ending ("Monday's edition"). */
  modified: readonly boolean[];
  /** Stems of the subject phrase's nouns and names and of the main predicate's object head. */
  participants: readonly string[];
}

/** English's subordinators of time (Quirk et al. §14.12), which the tagger reads as prepositions: they open a clause when a verb follows. */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'since', 'until']);
const POSSESSIVE = /^['’]s$/;
/** What may stand between a date that modifies a noun and the noun: "the February 27 8.8 earthquake". */
const MODIFIERS_OF_NOUN = new Set(['ADJ', 'NUM']);
/** What may stand between a possessive and its noun: "Kuchma's new decree". */
const MODIFIERS = new Set(['ADJ', 'NUM', 'ADV']);

const leadReadings = new Map<string, LeadReading>();

function leadReadingOf(text: string): LeadReading {
  const known = leadReadings.get(text);
  if (known) return known;
  const tokens = readDoc(text).tokens();
  const raw = tokens.out() as string[];
  const written = raw.map((w) => w.toLowerCase());
  const tags = tokens.out(its.pos) as string[];
  const starts: number[] = [];
  let at = 0;
  for (const w of raw) {
    const i = text.indexOf(w, at);
    starts.push(i < 0 ? at : i);
    if (i >= 0) at = i + w.length;
  }
  const inClause = clauseMarks(written, tags);
  const modified = written.map((w, i) => POSSESSIVE.test(w) || (NOUN.has(tags[i]!) && !DATE_WORDS.has(w)));
  const participants = new Set<string>();
  // The subject phrase: the nouns and names before the first verb of the main clause, relative clauses skipped.
  for (let i = 0; i < tags.length; i++) {
    if (inClause[i]) continue;
    if (tags[i] === 'VERB' || tags[i] === 'AUX') break;
    if (NOUN.has(tags[i]!) && !DATE_WORDS.has(written[i]!)) participants.add(writtenStem(written[i]!.replace(/['’]s$/, '')));
  }
  const object = objectHead(frameOf(text)?.object, written, tags);
  if (object) participants.add(object);
  const found: LeadReading = { starts, tags, inClause, modified, participants: [...participants] };
  if (leadReadings.size >= FRAMES) leadReadings.clear();
  leadReadings.set(text, found);
  return found;
}

/**
 * The frame's object head read across a possessive: the frame's noun run stops at "'s", so in "approve President Leonid
 * Kuchma's decree" it gives the owner; the object is what follows, the decree.
 */
function objectHead(owner: string | undefined, written: readonly string[], tags: readonly string[]): string | undefined {
  if (!owner) return undefined;
  const k = written.findIndex((w) => writtenStem(w) === owner);
  if (k < 0 || !POSSESSIVE.test(written[k + 1] ?? '')) return owner;
  let j = k + 2;
  while (j < tags.length && MODIFIERS.has(tags[j]!)) j++;
  if (!NOUN.has(tags[j] ?? '')) return owner;
  while (j + 1 < tags.length && NOUN.has(tags[j + 1]!)) j++;
  return writtenStem(written[j]!);
}

/**
 * Which tokens stand in a relative or subordinate clause, up to its closing punctuation, as same-fact.ts's frame reads them:
 * a relative pronoun, the tagger's SCONJ (but after a verb, where it opens a report: "said Thursday that …"), or a time
 * subordinator the tagger reads as a preposition with a verb before the clause closes ("after the quake struck on Tuesday").
 */
function clauseMarks(written: readonly string[], tags: readonly string[]): boolean[] {
  const marks: boolean[] = [];
  let inClause = false;
  for (let i = 0; i < tags.length; i++) {
    const word = written[i]!;
    if (inClause && CLAUSE_END.test(word)) inClause = false;
    else if (!inClause && (RELATIVE.has(word) || (tags[i] === 'SCONJ' && tags[i - 1] !== 'VERB') || (TIME_SUBORDINATORS.has(word) && verbBeforeClauseEnd(written, tags, i + 1)))) inClause = true;
    marks.push(inClause);
  }
  return marks;
}

function verbBeforeClauseEnd(written: readonly string[], tags: readonly string[], from: number): boolean {
  for (let j = from; j < tags.length && !CLAUSE_END.test(written[j]!); j++) if (tags[j] === 'VERB') return true;
  return false;
}

/**
 * The calendar days the sentence's own clause is dated to: each date expression of its stored reading (chrono's, against
 * its article's date) that chrono is certain of a day or weekday for, outside a relative or subordinate clause, and not a
 * noun's modifier (followed, past numbers and adjectives, by a noun or a possessive: "January 12 Haiti earthquake", "the
 * February 27 8.8 earthquake", "Monday's edition": the date names a thing, it does not date the clause).
 */
function clauseDays(s: Sentence): ReadonlySet<string> {
  // A document whose readings were deferred has them made first (as for its speech).
  speechAt(s);
  const reading = s.chronoReading;
  const days = new Set<string>();
  if (!reading || reading.length !== s.text.length) return days;
  let lead: LeadReading | undefined;
  for (const f of reading.found) {
    if (!isCertain(f, 'day') && !isCertain(f, 'weekday')) continue;
    lead ??= leadReadingOf(s.text);
    const first = lead.starts.findIndex((start) => start >= f.index);
    if (first < 0 || lead.inClause[first]) continue;
    let next = lead.starts.findIndex((start) => start >= f.index + f.text.length);
    while (next >= 0 && MODIFIERS_OF_NOUN.has(lead.tags[next] ?? '')) next++;
    if (next >= 0 && lead.modified[next]) continue;
    days.add(new Date(f.start).toISOString().slice(0, 10));
  }
  return days;
}
