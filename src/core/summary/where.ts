import { CALENDAR_NAMES } from '../ingest/calendar-words.js';

/**
 * "Where" is answered by a place a locative preposition introduces ("in Oporto", "at a hotel in
 * Lund", "in northern Portugal"), not by any capitalised word: a sentence that lists the nations taking
 * part does not say where they met. English prepositions and compass adjectives.
 */
const PLACE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?(\p{Lu}[\p{L}'’.-]*)/gu;

export function namesPlace(text: string, questionWords: ReadonlySet<string>): boolean {
  return [...text.matchAll(PLACE)].some((m) => {
    const word = m[1]!.toLowerCase().replace(/['’]s$|\.$/, '');
    return !questionWords.has(word) && !CALENDAR_NAMES.has(word);
  });
}
