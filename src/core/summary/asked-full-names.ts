import type { Sentence } from '../ingest/document.js';
import { stem, WRITTEN_WORD } from '../nlp.js';
import type { Question } from '../topics/read-query.js';
import { partsOf } from './passages.js';

/** A capitalised word as a name's part is written ("Xu", "McKinney", "O'Neill"); not "UN", which is initials. */
const CAPITALISED = /^\p{Lu}[\p{Ll}'’.-]/u;
/** A clause ends after a word: a full stop, semicolon, colon or dash, or a comma (a name's parts are not split by one). */
const CLAUSE_END = /^\s*[.;:!?,—–]/;

function stemOf(word: string): string {
  return stem(word.toLowerCase().replace(/['’]s$/, ''));
}

/**
 * The full names a question writes, as the set writes them (docs/quality.md, "Twenty-seventh round (issue 16lead8)", B2):
 * runs of two or more words the question writes side by side ("Xu Wenli", "sam rainsy") that some of the units writes as
 * capitalised words side by side. The question's own capitals are not needed: a reader types "sam rainsy" as often as
 * "Sam Rainsy", and the set's copy tells a name from two common words. Each name as its words' stems, in order.
 */
export function askedFullNames(question: Question, units: readonly Sentence[]): string[][] {
  const asked = (question.text.match(WRITTEN_WORD) ?? []).map(stemOf);
  if (asked.length < 2) return [];
  const wanted = new Set(asked.slice(1).map((w, i) => `${asked[i]} ${w}`));
  const written = new Set<string>();
  for (const unit of units) {
    for (const part of partsOf(unit)) {
      const matches = [...part.text.matchAll(WRITTEN_WORD)];
      for (let i = 1; i < matches.length; i++) {
        const a = matches[i - 1]!;
        const b = matches[i]!;
        if (!CAPITALISED.test(a[0]) || !CAPITALISED.test(b[0])) continue;
        if (CLAUSE_END.test(part.text.slice(a.index + a[0].length, b.index))) continue;
        const pair = `${stemOf(a[0])} ${stemOf(b[0])}`;
        if (wanted.has(pair)) written.add(pair);
      }
    }
  }
  const names: string[][] = [];
  let run: string[] = [];
  for (let i = 0; i < asked.length; i++) {
    if (i > 0 && written.has(`${asked[i - 1]} ${asked[i]}`)) {
      if (!run.length) run = [asked[i - 1]!];
      run.push(asked[i]!);
    } else if (run.length) {
      names.push(run);
      run = [];
    }
  }
  if (run.length) names.push(run);
  return names;
}
