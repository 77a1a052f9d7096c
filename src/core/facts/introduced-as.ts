import { its, readDoc } from '../nlp.js';
import { regExpLiteral } from '../regexp-literal.js';

/**
 * The description an article introduces a one-word name with, as it first writes it: a person's possessive and one or two
 * nouns right before the name ("Hickey's sister Deborah", "Clinton's daughter, Chelsea,", "the mayor's younger brother Tom")
 * gives "Hickey's sister". A reader cannot place a given name alone; with who the person is to someone the article names, they
 * can (docs/quality.md, "Twenty-fifth round (issue 16speaker)", rule S2). Undefined when the article writes no such phrase.
 */
export function introducedAs(name: string, texts: readonly string[]): string | undefined {
  const word = regExpLiteral(name);
  // The name ends there: a capitalised word after it would make it a given name of a full one ("sister Deborah Hickey"). Set
  // off by a comma, it is an apposition closed by a comma or a stop: "Malaysia's policy, Jomo and others said" describes no
  // one (amendment A1).
  let phrase: RegExp | undefined;
  for (const text of texts) {
    // Made only for a text that can hold a match: compiling a fresh unicode pattern for every call was most of its cost.
    if (!writesAfterPossessive(text, name)) continue;
    phrase ??= new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}-]*['’]s) (\\p{Ll}+(?: \\p{Ll}+)?)(?: ${word}(?![\\p{L}'’-]| \\p{Lu})|, ${word}[,.])`, 'gu');
    for (const m of text.matchAll(phrase)) {
      const nouns = m[2]!.split(' ');
      if (nounPhrase(`${m[1]} ${m[2]}`, nouns)) return `${m[1]} ${m[2]}`;
    }
  }
  return undefined;
}

/** What a match of introducedAs's pattern holds before the name: a possessive, one or two lower-case words, a space or a comma and a space. */
const BEFORE_NAME = /['’]s \p{Ll}+(?: \p{Ll}+)?,? $/u;

/** Whether the text writes the name somewhere after what BEFORE_NAME reads: a text that does not has no match. */
function writesAfterPossessive(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (BEFORE_NAME.test(text.slice(0, at))) return true;
  return false;
}

/**
 * "sister", "younger sister": the words after the possessive are a noun, with a noun or an adjective before it, by the tagger;
 * "Hickey's father told Deborah" has a verb there and describes no one.
 */
function nounPhrase(text: string, nouns: readonly string[]): boolean {
  const tokens = readDoc(text).tokens();
  const words = tokens.out() as string[];
  const tags = tokens.out(its.pos) as string[];
  const tagOf = (w: string) => tags[words.lastIndexOf(w)];
  const head = tagOf(nouns.at(-1)!);
  const modifier = nouns.length === 2 ? tagOf(nouns[0]!) : 'NOUN';
  return head === 'NOUN' && (modifier === 'NOUN' || modifier === 'ADJ');
}
