import type { Sentence } from './document.js';

/**
 * Whether a document is an opinion piece: its writer speaks in the first person ("I believe",
 * "I have long opposed") in several of its own sentences, not only inside quotations of others.
 * English function words, not words of any story.
 */

/** A stance the writer takes in their own voice. */
const STANCE =
  /\b(?:I|we)\s+(?:(?:have\s+long|have\s+always|strongly|firmly|do\s+not|don['’]t|would|also)\s+)?(?:believe|think|argue|contend|suspect|fear|doubt|oppose|opposed|support|urge|propose|recommend|disagree|agree)\b|\bin\s+my\s+(?:view|opinion|judgment)\b|\bmy\s+(?:view|opinion|judgment)\s+is\b/i;
const FIRST_PERSON = /\b(?:I|my|me|mine|myself)\b/;
/** First-person sentences needed: one "I" may be an aside, a piece argued in the first person has several. */
const MIN_FIRST_PERSON = 3;

export function isOpinion(sentences: readonly Sentence[], hasAuthorBio = false): boolean {
  let firstPerson = 0;
  let stances = 0;
  let quoted = false;
  let paragraph = -1;
  for (const s of sentences) {
    // A quotation runs on over several sentences until its closing mark; a new paragraph opens its own.
    if (s.paragraph !== paragraph) [quoted, paragraph] = [false, s.paragraph];
    const read = outsideQuotes(s.text, quoted);
    quoted = read.quoted;
    const own = read.own;
    if (FIRST_PERSON.test(own)) firstPerson++;
    if (STANCE.test(own) && FIRST_PERSON.test(own)) stances++;
  }
  return stances > 0 && (firstPerson >= MIN_FIRST_PERSON || (hasAuthorBio && firstPerson >= 1));
}

/**
 * The writer's own words of a sentence, quoted speech (straight or curly) blanked out: its "I" is the
 * speaker's, not the writer's. `quoted` says whether the sentence opens inside a quotation, and the
 * result whether it ends inside one.
 */
function outsideQuotes(text: string, quoted: boolean): { own: string; quoted: boolean } {
  let own = '';
  for (const ch of text) {
    if (ch === '“') quoted = true;
    else if (ch === '”') quoted = false;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted) {
      own += ch;
      continue;
    }
    own += ' ';
  }
  return { own, quoted };
}

/** How a briefing attributes a point from an opinion piece: "writes Fred Fleitz, in an opinion piece". */
export function attributionOf(meta: { author?: string; opinion?: boolean }): string | undefined {
  if (!meta.opinion) return undefined;
  return meta.author ? `writes ${meta.author}, in an opinion piece` : 'from an opinion piece';
}
