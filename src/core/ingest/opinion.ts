import type { Sentence } from './document.js';
import { readQuotations } from './quotation.js';
import { transcriptTurns } from './transcript-turns.js';

/** A stance the writer takes in their own voice. */
const STANCE =
  /\b(?:I|we)\s+(?:(?:have\s+long|have\s+always|strongly|firmly|do\s+not|don['’]t|would|also)\s+)?(?:believe|think|argue|contend|suspect|fear|doubt|oppose|opposed|support|urge|propose|recommend|disagree|agree)\b|\bin\s+my\s+(?:view|opinion|judgment)\b|\bmy\s+(?:view|opinion|judgment)\s+is\b/i;
const FIRST_PERSON = /\b(?:I|my|me|mine|myself)\b/;
const FIRST_PERSON_PLURAL = /\b(?:we|us|our|ours|ourselves)\b/i;
/** Speech the sentence credits to someone else, without quotation marks ("We will rebuild, the mayor told reporters"). */
const CREDITED = /\b(?:said|says|told|according to)\b/i;
/** First-person sentences needed: one "I" may be an aside, a piece argued in the first person has several. */
const MIN_FIRST_PERSON = 3;

/**
 * Whether a document is an opinion piece: its writer takes a stance in the first person ("I believe", "in my view") and
 * speaks in the first person, singular or plural ("we should"), in several of its own sentences, not only inside
 * quotations of others or in speech it credits to them (docs/quality.md, "Session 53", rule PF).
 * English function words, not words of any story.
 */
export function isOpinion(sentences: readonly Sentence[], hasAuthorBio = false): boolean {
  let firstPerson = 0;
  let stances = 0;
  // Rule TT: a transcript's turns are its speakers' words, not a writer's voice.
  const turns = transcriptTurns(sentences);
  for (const [i, { own }] of readQuotations(sentences).entries()) {
    if (turns.has(sentences[i]!)) continue;
    // A stance counts only in the first person: the longer pattern is tried on those alone.
    if ((!FIRST_PERSON.test(own) && !FIRST_PERSON_PLURAL.test(own)) || CREDITED.test(own)) continue;
    firstPerson++;
    if (FIRST_PERSON.test(own) && STANCE.test(own)) stances++;
  }
  return stances > 0 && (firstPerson >= MIN_FIRST_PERSON || (hasAuthorBio && firstPerson >= 1));
}

/**
 * The label a publisher gives its opinion section, opening a headline ("Opinion: …", "Op-Ed | …", "COMMENTARY — …"): the piece
 * is opinion by its publisher's word, as if its front matter said so (docs/quality.md, "Session 55", rule OL). English
 * section labels, no story word; "Analysis" and "Perspective" also head reported pieces, so they are not read as opinion.
 */
const OPINION_LABEL = /^\s*(?:opinion|op-?ed|commentary|editorial|column|viewpoint|guest\s+(?:column|essay|opinion)|our\s+view|the\s+[a-z.-]+(?:\s+[a-z.-]+)?['’]s\s+view)\s*(?::|\||[—–]|-\s)/i;

/** Whether a headline opens with an opinion section's label. */
export function labelledOpinion(title: string | undefined): boolean {
  return !!title && OPINION_LABEL.test(title);
}

/**
 * Rule OU (docs/quality.md, "Session 71"): an article filed under its publisher's opinion section ("/opinion/2025/03/17/…") is
 * opinion by the publisher's word, as a headline's label is. English section names, no story word.
 */
export function filedAsOpinion(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname.split('/').some((segment) => OPINION_SECTION.test(segment));
  } catch {
    return false;
  }
}
const OPINION_SECTION = /^(?:opinions?|op-?ed|commentary|editorials?|columns?|viewpoints?|letters)$/i;

/**
 * A byline that names no writer but the paper's own editorial voice ("By the Editorial Board", "The Editors"): the piece is
 * an editorial, opinion by its publisher's word (docs/quality.md, "Session 56", rule ED). English masthead words, no story word.
 */
const EDITORIAL_VOICE = /^\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(?:editorial\s+(?:board|staff|team|committee|writers)|editors)\s*$/iu;

/** Whether an author is a publication's editorial voice. */
export function signedByEditors(author: string | undefined): boolean {
  return !!author && EDITORIAL_VOICE.test(author);
}

/** How a briefing attributes a point from an opinion piece: "writes Fred Fleitz, in an opinion piece". */
export function attributionOf(meta: { author?: string; opinion?: boolean }): string | undefined {
  if (!meta.opinion) return undefined;
  return meta.author ? `writes ${meta.author}, in an opinion piece` : 'from an opinion piece';
}

/**
 * The attribution an item from this document carries, as a field to spread into it: every section and the digest say whose
 * view a sentence from an opinion piece is, not only the summary and key points (docs/quality.md, "Fifteenth round (issue 16fix)").
 */
export function attributionField(meta: { author?: string; opinion?: boolean } | undefined): { attribution?: string } {
  const attribution = attributionOf(meta ?? {});
  return attribution ? { attribution } : {};
}
