import type { Sentence } from '../ingest/document.js';
import { writtenStem } from '../nlp.js';
import { partsOf, passage } from '../summary/passages.js';
import { headWrittenJustBefore, leansInside } from './leans-inside.js';

/**
 * Rule O (docs/quality.md, "Twenty-fifth round (issue 16opener)", with amendment B): a topic briefing opens on a point that
 * needs nothing before it. Inside its document a sentence may take up what the lead told ("The debris includes…" after the
 * lead's wreckage); at the head of a briefing the reader has met nothing. When the first point leans so, the first later
 * point that `mayLead` leads and the rest keep their order: order only, no point dropped or added; when none may, as before.
 */
export function openedAlone(summary: readonly Sentence[], leans: (unit: Sentence) => boolean, mayLead: (unit: Sentence) => boolean): Sentence[] {
  if (summary.length < 2 || !leans(summary[0]!)) return [...summary];
  const leader = summary.findIndex(mayLead);
  if (leader < 0) return [...summary];
  return [summary[leader]!, ...summary.filter((_, i) => i !== leader)];
}

/**
 * Whether a unit's first printed sentence, not its document's first, leans on what came before it in its document: it
 * opens on a definite description whose words an earlier sentence of that document writes (the lead included: a briefing
 * has not shown it) and no name in apposition identifies (amendment A2), or it opens on a time anaphor ("Fourteen minutes
 * later", "The same day") that points back to a time the sentence does not give (amendment A1).
 */
export function leansAtHead(unit: Sentence, ofDocument: (docId: string) => readonly Sentence[]): boolean {
  const [first] = partsOf(unit);
  if (!first || first.position === 0) return false;
  if (TIME_ANAPHOR.test(first.text)) return true;
  return takesUp(openingDescription(first.text), first, ofDocument);
}

/**
 * Whether a unit opens on its document's first sentence (amendment B): a lead states its story and needs nothing before it;
 * what a later sentence leans on (a bridging description, an adverb of time) its words do not always show.
 */
export function isLead(unit: Sentence): boolean {
  return partsOf(unit)[0]?.position === 0;
}

/** Whether an earlier sentence of the sentence's document writes one of `words`' stems. */
function takesUp(words: readonly string[], sentence: Sentence, ofDocument: (docId: string) => readonly Sentence[]): boolean {
  if (!words.length) return false;
  const before = new Set(
    ofDocument(sentence.docId)
      .slice(0, sentence.position)
      .flatMap((s) => s.stems),
  );
  return words.some((w) => before.has(writtenStem(w)));
}

/** Opening the sentence, a count of time gone by, then "later"; or a day or part of one named only by its relation to another ("the next day"). */
// At the sentence's head (amendment A1): later in a sentence it is mostly anchored by a time the sentence gives ("alerted at 11:43 … four minutes later").
const TIME_ANAPHOR = /^(?:\S+\s+){0,2}?(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?) later|(?:the same|the next|the following|that) (?:day|morning|afternoon|evening|night|week))\b/i;

/** Words that end a noun phrase's words: prepositions other than "of", conjunctions, relatives, articles, auxiliaries and verbs of saying. */
const ENDS_PHRASE = new Set(
  'in on at for from with by to about after before over under that which who whose where when a an the and or but is was were are has had have will would could should may might can must did does do said says told also then'.split(' '),
);
/** A word of a description: lower case (a capital opens a name: "The Swedish Academy"), not a participle or adverb (a verb). */
const DESCRIPTION_WORD = /^[\p{Ll}\d][\p{Ll}\d'’-]*$/u;
const VERB_FORM = /^\p{Ll}+(?:ed|ly)$/u;

/**
 * The words of the definite description a sentence opens on ("The cause of the crash is…" → cause, crash): "The", up to
 * three description words, and an "of the" complement's up to three; none when it opens otherwise.
 */
export function openingDescription(text: string): string[] {
  const tokens = text.trim().split(/\s+/);
  if (!/^the$/i.test(tokens[0] ?? '')) return [];
  // A description a name in apposition identifies ("The dissident, Yao Zhenxian, …") needs nothing before it (amendment A2).
  if (/^[\p{Ll}\d][\p{Ll}\d'’-]*,$/u.test(tokens[1] ?? '') && /^\p{Lu}/u.test(tokens[2] ?? '')) return [];
  return descriptionAt(tokens, 0);
}

/** The words of the description the "the" at `at` opens: up to three description words, and an "of the" complement's up to three. */
function descriptionAt(tokens: readonly string[], at: number): string[] {
  const words: string[] = [];
  let i = at + 1;
  const phrase = () => {
    const start = words.length;
    for (; i < tokens.length && words.length - start < 3; i++) {
      const bare = tokens[i]!.replace(/[,;:.!?"”)]+$/, '');
      if (!DESCRIPTION_WORD.test(bare) || bare === 'of' || ENDS_PHRASE.has(bare) || VERB_FORM.test(bare)) break;
      words.push(bare);
      if (bare !== tokens[i]) {
        i = tokens.length;
        break;
      }
    }
  };
  phrase();
  if (!words.length) return [];
  if (tokens[i] === 'of' && tokens[i + 1] === 'the') {
    i += 2;
    phrase();
  }
  return words;
}

/** What rule L needs of the briefing: its documents, and whether a unit may lead or a sentence read alone by the summary's readings. */
export interface InsideRules {
  ofDocument: (docId: string) => readonly Sentence[];
  /** Whether a later point may lead in its place: a lead that waits for no name (rule O's amendment B, rule L's A2). */
  mayLead: (unit: Sentence) => boolean;
  /** Whether the lead a passage would open on reads alone by every other reading (passages.ts, rule O's head, a name it waits for). */
  readsAlone: (unit: Sentence) => boolean;
}

/**
 * Rule L (docs/quality.md, "Twenty-seventh round (issue 16lean2)"): a topic briefing's first point that leans from inside
 * (leans-inside.ts) on the sentence just before it is shown with it as one passage, both verbatim, one citation, when that
 * sentence is its document's lead, holds what it takes up, reads alone and is not shown already; else a later point that is
 * a lead moves to the front, the rest in their order; else the summary is left as it was (amendment A).
 */
export function openedWithoutLeaning(summary: readonly Sentence[], { ofDocument, mayLead, readsAlone }: InsideRules): Sentence[] {
  const opener = summary[0];
  const parts = opener ? partsOf(opener) : [];
  const head = parts[0];
  if (!opener || !head) return [...summary];
  const kind = leansInside(head, ofDocument);
  if (!kind) return [...summary];
  const doc = ofDocument(head.docId);
  const before = doc[head.position - 1];
  const shown = new Set(summary.flatMap(partsOf));
  const holdsAntecedent = kind !== 'description' || headWrittenJustBefore(head, ofDocument);
  // Only the document's lead is shown before it (amendment A1): what another sentence leans on its words do not always show.
  const lead = head.position === 1 ? before : undefined;
  if (lead && doc[head.position] === head && holdsAntecedent && parts.length < MAX_PASSAGE && !shown.has(lead) && OPENS_SENTENCE.test(lead.text) && readsAlone(lead)) {
    return [passage([lead, ...parts]), ...summary.slice(1)];
  }
  // Only a lead leads in its place (amendment A2), as in rule O.
  const rest = summary.slice(1);
  const leader = rest.findIndex(mayLead);
  if (leader < 0) return [...summary];
  return [rest[leader]!, opener, ...rest.filter((_, i) => i !== leader)];
}

/** A sentence as a writer opens one: a capital or a figure, after an opening quote mark if any; not a quotation's split-off tail ("said one resident."). */
const OPENS_SENTENCE = /^["“‘']?[\p{Lu}\d]/u;
/** The most sentences a passage shows (passages.ts). */
const MAX_PASSAGE = 3;
