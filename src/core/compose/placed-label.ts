import { namesSeveral } from '../facts/quotes.js';
import { roleBeside } from '../facts/role-beside.js';
import type { NameWriters } from '../index/name-writers.js';
import type { Sentence } from '../ingest/document.js';
import { nameGlosses } from './name-glosses.js';

/**
 * A quote's speaker label as a reader can place it (docs/quality.md, "Twenty-sixth round (issue 16speaker2)"): an acronym with
 * the full name the set writes beside it ("USGS (US Geological Survey)", rule A), and a one-word person's name with the full
 * name and title the surname gloss reads for it ("Primakov" → "Prime Minister Yevgeny Primakov", rule S). Any other label,
 * and one the set gives no such reading, is shown as it is. Only the printed form changes: a voice keeps its key.
 */
export function placedLabels(ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[], setDocuments: () => Iterable<string>, writers: NameWriters): (label: string, quote: Sentence) => string {
  const expanded = new Map<string, string | null>();
  return (label, quote) => {
    if (ACRONYM.test(label)) {
      let full = expanded.get(label);
      if (full === undefined) expanded.set(label, (full = acronymWritten(label, quote.docId, ofDocument, setDocuments, writers) ?? null));
      // The acronym leads and the name follows in brackets, as a described name's label does ("Deborah (Hickey's sister)"):
      // the label keys the same voice (speakerKey) as the bare acronym (amendment A′, written after the suite ran).
      return full ? `${label} (${full})` : label;
    }
    // Amendment S′, written after measuring: an article that names two people by the word ("Wang Youcai", "Dr. Wang
    // Bingzhang") leaves it to no other article to say which one speaks.
    if (!ONE_NAME_WORD.test(label) || namesSeveral(label, ofDocument(quote.docId))) return label;
    // The surname gloss's own reading, of the label as a point on its own in the quote's document.
    const [glosses] = nameGlosses([[{ ...quote, text: label, speech: null }]], ofDocument, sources, writers);
    return glosses?.find((g) => g.name === label)?.full ?? label;
  };
}

/**
 * Rule R (docs/quality.md, "Twenty-seventh round (issue 16speaker4)"): "Felix Carman" → "Lieutenant Felix Carman", "Mikhail
 * Mityukov" → "Mikhail Mityukov (the presidential representative on the Constitutional Court)", when nothing the briefing
 * prints writes a role beside the name (`printed`: the sentences it prints). The appositive stands in brackets, as a described name's does, so the key stays.
 */
export function withRole(label: string, quote: Sentence, ofDocument: (docId: string) => readonly Sentence[], printed: () => readonly Sentence[]): string {
  if (!FULL_NAME.test(label) || roleBeside(label, printed())) return label;
  const role = roleBeside(label, ofDocument(quote.docId));
  if (!role) return label;
  return 'title' in role ? `${role.title} ${label}` : `${label} (${role.appositive})`;
}

/** A person's full name as a label: two to four capitalised words, initials or a particle among them ("B.J. Habibie", "Jan de Boer"). */
const FULL_NAME = /^(?:(?:\p{Lu}[\p{L}'’-]*|(?:\p{Lu}\.)+|de|van|von|der|la|le|bin|al) ){1,3}\p{Lu}[\p{L}'’-]*$/u;

/** Two to six capitals: "BEA", "USGS"; "UN" too, though few sets write it beside its name. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** One capitalised word: a surname or a body's one-word name ("Primakov", "Oxfam"); the gloss's rules tell a person. */
const ONE_NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** The full name written right before "(ACR)": the quotation's own document first, then the set's others that write the acronym. */
function acronymWritten(acronym: string, own: string, ofDocument: (docId: string) => readonly Sentence[], setDocuments: () => Iterable<string>, writers: NameWriters): string | undefined {
  const writes = writers(acronym);
  const found = fullNameBefore(acronym, ofDocument(own));
  if (found || !writes) return found;
  for (const docId of setDocuments()) {
    if (docId === own || !writes(docId)) continue;
    const full = fullNameBefore(acronym, ofDocument(docId));
    if (full) return full;
  }
  return undefined;
}

/** Words that join the capitalised words of a body's name: "Bureau of Enquiry and Analysis", "Bureau d'Enquêtes et d'Analyses". */
const JOINING = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'et', 'du', 'des', 'la', 'le', 'y']);

/**
 * "The French Bureau of Enquiry and Analysis for Civil Aviation Safety (BEA)" → "Bureau of Enquiry and Analysis for Civil
 * Aviation Safety": the capitalised and joining words right before the bracket, from the first whose initial is the
 * acronym's first letter and from which the words' capitals hold the acronym's letters in order (an all-capitals word gives
 * each of its letters: "US Geological Survey" for USGS). At least two words.
 */
export function fullNameBefore(acronym: string, doc: readonly Sentence[]): string | undefined {
  const bracket = `(${acronym})`;
  for (const s of doc) {
    const at = s.text.indexOf(bracket);
    if (at <= 0) continue;
    const words = s.text.slice(0, at).trimEnd().split(/\s+/);
    let from = words.length;
    while (from > 0 && (capitalisedWord(words[from - 1]!) || JOINING.has(words[from - 1]!.toLowerCase()))) from--;
    const run = words.slice(from);
    for (let i = 0; i < run.length - 1; i++) {
      if (capitalsOf(run[i]!)[0] !== acronym[0] || !holdsInOrder(run.slice(i).flatMap(capitalsOf).join(''), acronym)) continue;
      // A joining word ends no name: "Bureau of the".
      const name = run.slice(i);
      if (name.length >= 2 && !JOINING.has(name.at(-1)!.toLowerCase())) return name.join(' ');
    }
  }
  return undefined;
}

/** A word of a name: it opens on a capital, after an elided article ("d'Analyses"). */
const capitalisedWord = (word: string) => /^(?:[dl]['’])?\p{Lu}[\p{L}'’.-]*$/u.test(word);
/** The capitals a word gives an acronym: each letter of one written in capitals ("US"), else its initial ("d'Enquêtes" → E). */
const capitalsOf = (word: string): string[] => {
  const bare = word.replace(/^[dl]['’]/u, '').replace(/[.'’-]/g, '');
  if (!/^\p{Lu}/u.test(bare)) return [];
  return /^\p{Lu}+$/u.test(bare) ? [...bare] : [bare[0]!];
};
const holdsInOrder = (capitals: string, acronym: string) => {
  let k = 0;
  for (const c of capitals) if (c === acronym[k]) k++;
  return k === acronym.length;
};
