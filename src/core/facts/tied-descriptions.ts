/**
 * The names an article ties a description's head noun to, in its own words (rule N, docs/quality.md, "Thirty-first round
 * (issue 16speaker6)"): by apposition — "the operative, Haroun Fazil," or "Haroun Fazil, an operative for bin Laden," — or by
 * a relative clause with a copula — "The writer, who federal authorities believe was Haroun Fazil". A writer who names a
 * person once and then calls him "the writer" or "the operative" has said who that is; a head tied to two names has not.
 * English grammar of apposition and the copula only: no noun is listed.
 */
export function tiesOf(texts: readonly string[], particles: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  const patterns = patternsFor(particles);
  const ties = new Map<string, Set<string>>();
  const tie = (head: string, name: string) => {
    const names = ties.get(head);
    if (names) names.add(name);
    else ties.set(head, new Set([name]));
  };
  for (const text of texts) {
    for (const m of text.matchAll(patterns.descriptionThenName)) if (!afterPreposition(text, m.index)) tie(m[1]!, m[2]!);
    for (const m of text.matchAll(patterns.nameThenDescription)) if (!afterPreposition(text, m.index)) tie(m[2]!, m[1]!);
    for (const m of text.matchAll(patterns.relativeCopula)) if (!afterPreposition(text, m.index)) tie(m[1]!, m[2]!);
  }
  return ties;
}

/** The one name a head noun is tied to in the article, or undefined when it is tied to none or to more than one. */
export function tiedName(ties: ReadonlyMap<string, ReadonlySet<string>>, head: string): string | undefined {
  const names = ties.get(head);
  return names?.size === 1 ? [...names][0] : undefined;
}

/**
 * The head noun of a description as a speaker is read ("writer of the document", "East African operative"): the word before
 * its of-phrase, else its last word (rule H). Undefined when that word is not a lower-case noun-like word.
 */
export function descriptionHeadOf(description: string): string | undefined {
  const words = description.split(' ');
  const of = words.indexOf('of');
  const head = of > 0 ? words[of - 1]! : words.at(-1)!;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(head) ? head : undefined;
}

/** A definite determiner: the description means one thing the reader already knows of. */
const DEFINITE = '(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)';
/** Up to three modifiers before the head ("East African", "London-based"), then the head: a lower-case word. */
const DESCRIPTION = '(?:[\\p{L}-]+ ){0,3}?(\\p{Ll}[\\p{Ll}-]*)';

function patternsFor(particles: ReadonlySet<string>) {
  const particle = [...particles].join('|');
  // A person's or a body's full name: two capitalised words or more, a surname particle between them ("Khalid al Fawwaz").
  const name = `(\\p{Lu}[\\p{L}'’-]*\\.?(?: (?:(?:${particle}) )?\\p{Lu}[\\p{L}'’-]*\\.?){1,3})`;
  return {
    // "the operative, Haroun Fazil," — the name set off after the description, closed by a comma or a stop.
    descriptionThenName: new RegExp(`(?<![\\p{L}'’-])${DEFINITE} ${DESCRIPTION}, ${name}(?=[,.;])`, 'gu'),
    // "Haroun Fazil, an operative for bin Laden," — the description set off after the name, its head before a comma, a stop or
    // the preposition or relative pronoun that opens what follows the head.
    nameThenDescription: new RegExp(`(?<![\\p{L}'’-])${name}, (?:[Aa]n?|[Tt]he) ${DESCRIPTION}(?=[,.;]| (?:of|for|with|at|in|from|to|on|who|whose|which)\\b)`, 'gu'),
    // "The writer, who federal authorities believe was Haroun Fazil": at most three words (a short subject and its verb of
    // belief or saying) between "who" and the copula.
    relativeCopula: new RegExp(`(?<![\\p{L}'’-])${DEFINITE} ${DESCRIPTION}, who (?:[\\p{L}.'’-]+ ){0,3}?(?:was|is) ${name}(?=[,.;]| who\\b)`, 'gu'),
  };
}

/**
 * "the spokesman for the embassy, John Smith,": a description after a preposition is part of a longer one, and what the name
 * is set off from is that whole phrase, not its last noun; "in Nairobi, Kenya's capital": a name after a preposition is a place.
 * The closed class of English prepositions that take such a phrase.
 */
function afterPreposition(text: string, at: number): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
  return before !== undefined && PREPOSITIONS.has(before);
}
const PREPOSITIONS = new Set('of for to at in on from with by about near into onto over under against among between behind beyond via toward towards'.split(' '));
