import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { writtenStem } from '../nlp.js';
import type { Question } from '../topics/read-query.js';

/** A word as written, letters or digits with inner apostrophes, hyphens, points and commas ("4,500", "$48.2", "bin"). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Where a sentence opens inside a text: a capital there says nothing of a name. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’)]?\s+|["“(]\s*)$/;

/** A written token as compared: lower-cased, without a possessive. */
function key(token: string): string {
  return token.toLowerCase().replace(/['’]s$/, '');
}

/**
 * What the lead point names and counts: each capitalised content word that does not open a sentence (a name: "Idris",
 * "Sudanese"), weekdays and months aside (every dated sentence writes one), and each token with a digit (a figure).
 */
function namesAndFigures(lead: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of lead) {
    const content = new Set(sentence.stems);
    for (const m of sentence.text.matchAll(TOKEN)) {
      const token = m[0];
      if (/\d/.test(token)) out.add(key(token));
      else if (/^\p{Lu}/u.test(token) && token.length > 1 && !OPENS_SENTENCE.test(sentence.text.slice(0, m.index)) && !CALENDAR_NAMES.has(key(token)) && content.has(writtenStem(token))) out.add(key(token));
    }
  }
  return out;
}

/**
 * Whether a sentence is tied to a question (docs/quality.md, "Twenty-first round (issue 16sec)", rule F): it writes a content
 * stem of the question (its asked part or its setting, as relevance matches them), or a name or a figure the lead point
 * writes — the answer's own subject, which the question may name otherwise (a demonym, an acronym's expansion, a role's
 * holder). A sentence of the story that does neither tells the story, not what was asked.
 */
export function tiedToQuestion(question: Pick<Question, 'asked' | 'setting'>, lead: readonly Sentence[]): (sentence: Sentence) => boolean {
  const stems = new Set([...question.asked, ...question.setting]);
  const marks = namesAndFigures(lead);
  return (sentence) => sentence.stems.some((s) => stems.has(s)) || (marks.size > 0 && [...sentence.text.matchAll(TOKEN)].some((m) => marks.has(key(m[0]))));
}
