import { its, readDoc } from '../nlp.js';

/**
 * The description an article introduces a one-word name with, as it first writes it: a person's possessive and one or two
 * nouns right before the name ("Hickey's sister Deborah", "Clinton's daughter, Chelsea,", "the mayor's younger brother Tom")
 * gives "Hickey's sister". A reader cannot place a given name alone; with who the person is to someone the article names, they
 * can (docs/quality.md, "Twenty-fifth round (issue 16speaker)", rule S2). Undefined when the article writes no such phrase.
 */
export function introducedAs(name: string, texts: readonly string[]): string | undefined {
  const word = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The name ends there: a capitalised word after it would make it a given name of a full one ("sister Deborah Hickey"). Set
  // off by a comma, it is an apposition closed by a comma or a stop: "Malaysia's policy, Jomo and others said" describes no
  // one (amendment A1).
  const phrase = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}-]*['’]s) (\\p{Ll}+(?: \\p{Ll}+)?)(?: ${word}(?![\\p{L}'’-]| \\p{Lu})|, ${word}[,.])`, 'gu');
  for (const text of texts) {
    // Every match writes the name as it stands (the pattern has no `i` flag): a text without it is not scanned, since the
    // pattern's lookbehind and unicode classes at every position of every sentence were most of who said what's cost here.
    if (!text.includes(name)) continue;
    for (const m of text.matchAll(phrase)) {
      const nouns = m[2]!.split(' ');
      if (nounPhrase(`${m[1]} ${m[2]}`, nouns)) return `${m[1]} ${m[2]}`;
    }
  }
  return undefined;
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
