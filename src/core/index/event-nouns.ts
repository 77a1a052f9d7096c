import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Nouns of things that are held, take place or happen (lexicon/event-nouns.txt, from WordNet's lexicographer classes by
 * scripts/event-nouns.ts): "summit", "talks", "relay", not "hostage". Read on the first "where" question that needs it.
 */
const EVENT_NOUNS = fileURLToPath(new URL('../../../lexicon/event-nouns.txt', import.meta.url));
let nouns: ReadonlySet<string> | undefined;

export function isEventNoun(lemma: string): boolean {
  nouns ??= new Set(existsSync(EVENT_NOUNS) ? readFileSync(EVENT_NOUNS, 'utf8').split('\n').filter(Boolean) : []);
  return nouns.has(lemma);
}
