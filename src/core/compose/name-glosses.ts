import type { NameGloss } from '../briefing.js';
import { fullNameIn } from '../facts/quotes.js';
import { titleBefore } from '../facts/title-before.js';
import { speechAt } from '../index/deferred-readings.js';
import { namesIn } from '../index/introduced.js';
import type { NameWriters } from '../index/name-writers.js';
import { titlesASurname } from '../index/person-titles.js';
import { MONTH_ABBREVIATIONS } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { regExpLiteral } from '../regexp-literal.js';

/**
 * The people a briefing's points name by one word ("Lahoud said…") that no point before them, nor they themselves, names
 * in full, each glossed at its first mention with the full name its document gives (and the title the document writes
 * before that name): "Lahoud: President Emile Lahoud" (docs/quality.md, "Twenty-third round (issue 16names)"). The
 * sentences stay verbatim; the gloss is a field of its own that every renderer prints after them, marked as added.
 *
 * Only when the reading is one person (rules N1–N3): the point's document writes exactly one full name ending on the word
 * (`fullNameIn`, as a speaker's surname is read), or, when it writes none, the briefing's other sources write exactly one
 * between them; and one of the briefing's sources writes that name whole, and one as a person's (`writtenAsPerson`). The
 * title is the point's own document's (amendment A4). `units` are the
 * points in reading order, each as its sentences; `sources` the documents the briefing cites; `writers`, where the caller
 * has the index, which of them write a word, known once per index (docs/quality.md, "Issue 17, twenty-fourth round (17gloss)").
 */
export function nameGlosses(units: readonly (readonly Sentence[])[], ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[], writers?: NameWriters): NameGloss[][] {
  const met = new Set<string>();
  const printed: string[] = [];
  const all = sources.map(ofDocument);
  // Every test below reads a word (or a full name ending on it) in a document's text, so a document that never writes the
  // word, in any case, cannot pass one: reading only those keeps a briefing citing hundreds of wire copies cheap.
  const texts = new Map<readonly Sentence[], string>();
  // With the index's writers, a cited document is looked up rather than read: every test passes only where the word is
  // written with no letter either side, and those documents are among the writers the index knows.
  // The same list for a word however often the call asks (every point that writes the word, and its singular).
  const writersOf = new Map<string, readonly (readonly Sentence[])[]>();
  const docs = (word: string) => {
    const known = writersOf.get(word);
    if (known) return known;
    const writes = writers?.(word);
    const found = writes ? all.filter((_, i) => writes(sources[i]!)) : all.filter((d) => writesWord(d, word, texts));
    writersOf.set(word, found);
    return found;
  };
  return units.map((parts) => {
    const names = parts.map((p) => namesIn(p.text));
    // A point that writes the name in full ("President Lahoud", "Emile Lahoud") introduces it, wherever in the point.
    for (const n of names) for (const word of n.full) met.add(word);
    printed.push(...parts.map((p) => p.text));
    const glosses: NameGloss[] = [];
    names.forEach((n, i) => {
      const doc = ofDocument(parts[i]!.docId);
      for (const word of n.short) {
        const part = parts[i]!;
        const another = keptFor(part, `n\u0000${word}`, () => namesAnother(word, part.text));
        if (met.has(word) || keptFor(part, `d\u0000${word}`, () => afterDeterminer(word, part.text)) || another === 'relative' || [doc, ...docs(word.slice(0, -1))].some((d) => peoplesPlural(word, d))) continue;
        const writing = docs(word);
        if ([doc, ...writing].some((d) => placeWritten(word, d))) continue;
        const full = fullNameOfWord(word, doc) ?? oneAmong(writing, word, doc);
        // "Mahathir" after "Mahathir Mohamad": a name printed whole is met, whichever of its words the point uses.
        if (!full || printed.some((t) => t.includes(full))) continue;
        if (!(writesWhole(full, doc) || writing.some((d) => writesWhole(full, d)))) continue;
        if (![doc, ...writing].some((d) => writtenAsPerson(full, word, d))) continue;
        // Amendment A4: a title is of its article's time, so only the point's own document gives it.
        const title = titleBefore(full, doc);
        // N4′: "Mrs. Yeltsin" is not "President Boris Yeltsin" (glossed at his own first mention); "Ms. Hu" may be "Hu Jiangxia".
        if (another === 'courtesy' && title) continue;
        met.add(word);
        glosses.push({ name: word, full: title ? `${title} ${full}` : full });
      }
    });
    return glosses;
  });
}

/**
 * Each test below reads one document (its sentences, and who speaks them) and nothing else, so its verdict is kept with the
 * document's sentence list, and a reading of a point's own text with its sentence (docs/quality.md, "Issue 17, thirty-second
 * round (17adhoc10)", rule G): answers on one story test the same names in the same wire copies, and a word no point glosses
 * is tested again at each point that writes it. The index holds one list (and sentence) per document and version, so an added
 * or replaced document is read afresh, and a dropped one's verdicts go with it.
 */
const verdicts = new WeakMap<object, Map<string, boolean | string | undefined>>();
function keptFor<T extends boolean | string | undefined>(read: readonly Sentence[] | Sentence, key: string, test: () => T): T {
  let kept = verdicts.get(read);
  if (!kept) {
    kept = new Map();
    verdicts.set(read, kept);
  }
  if (kept.has(key)) return kept.get(key) as T;
  const verdict = test();
  kept.set(key, verdict);
  return verdict;
}

/**
 * The one full name a document gives the word (`fullNameIn`), kept with the document: rule N3 asks it of every cited document
 * writing the word, for each point that writes it and is not glossed, and each asking looks through the document's names.
 */
function fullNameOfWord(word: string, doc: readonly Sentence[]): string | undefined {
  return keptFor(doc, `f\u0000${word}`, () => fullNameIn(word, doc));
}

/**
 * Amendment A1: "Serbs" beside "Serb" is a people, not a person, by issue 16u's plural test (`needsOf`): a word in -s whose
 * singular the document writes capitalised, or one in "-es" where English adds it.
 */
function peoplesPlural(word: string, doc: readonly Sentence[]): boolean {
  if (!/[^s'’]s$/.test(word)) return false;
  if (/(?:[sxz]|ch|sh|i)es$/.test(word)) return true;
  return keptFor(doc, `p\u0000${word}`, () => writesSingular(word, doc));
}

function writesSingular(word: string, doc: readonly Sentence[]): boolean {
  const written = word.slice(0, -1);
  const singular = new RegExp(`(?<![\\p{L}])${regExpLiteral(written)}(?![\\p{L}])`, 'u');
  return doc.some((s) => s.text.includes(written) && singular.test(s.text));
}

/**
 * Rule GL (docs/quality.md, "Session 74"): "in Brenhaven", "across Kestavia", "nearby Talmora": a word written alone after a
 * preposition of place is a place's name, not a short form of a longer one ending on it ("Aqualis Brenhaven", a body named after
 * its city); no one is "in" a person.
 */
function placeWritten(word: string, doc: readonly Sentence[]): boolean {
  return keptFor(doc, `l\u0000${word}`, () => {
    const place = new RegExp(`\\b(?:in|across|around|throughout|outside|inside|nearby|near)\\s+${regExpLiteral(word)}(?![\\p{L}\\p{N}'’-])`, 'u');
    return doc.some((s) => s.text.includes(word) && place.test(s.text));
  });
}

/** Amendment A2: the source writes the full name whole, not only put together from a relative's given name ("Shepherd's father, Dennis,"). */
function writesWhole(full: string, doc: readonly Sentence[]): boolean {
  return keptFor(doc, `w\u0000${full}`, () => writesWholeIn(full, doc));
}

function writesWholeIn(full: string, doc: readonly Sentence[]): boolean {
  const whole = new RegExp(`(?<![\\p{L}])${regExpLiteral(full)}(?![\\p{L}])`, 'u');
  return doc.some((s) => s.text.includes(full) && whole.test(s.text));
}

/** Amendment A3: a name after a determiner modifies what follows ("The Nobel committee"); an opening quotation mark before it aside. */
function afterDeterminer(word: string, text: string): boolean {
  const uses = [...text.matchAll(new RegExp(`(\\S*)\\s+${regExpLiteral(word)}(?![\\p{L}])`, 'gu'))];
  return uses.length > 0 && uses.every((m) => DETERMINERS.has(m[1]!.replace(/^[("“‘']+/, '').toLowerCase()));
}
const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Rule N4 (lead, twenty-fourth round): 'relative' when every use of the word names someone else than the one the sources
 * name in full — a relative by a kinship noun before it ("whose son Anthony") — or is the calendar, a month's short form
 * before a full stop or a day ("Jan. 1"); 'courtesy' when every use follows a courtesy title ("Mrs. Yeltsin"), which is
 * another person only when the full name is an office-holder's (N4′, read by the caller).
 */
function namesAnother(word: string, text: string): 'relative' | 'courtesy' | undefined {
  const uses = [...text.matchAll(new RegExp(`(?:^|(\\S*)\\s+)${regExpLiteral(word)}(?![\\p{L}])(\\.|\\s+\\d)?`, 'gu'))];
  if (!uses.length) return undefined;
  const month = MONTH_SHORT.has(word.toLowerCase());
  const before = (m: RegExpMatchArray) => (m[1] ?? '').replace(/^[("“‘']+/, '');
  if (uses.every((m) => (month && m[2] !== undefined) || KIN_BEFORE.test(before(m)))) return 'relative';
  return uses.every((m) => COURTESY_BEFORE.test(before(m))) ? 'courtesy' : undefined;
}
const COURTESY_BEFORE = /^(?:Mrs\.?|Ms\.?|Miss|Mme\.?|Madame)$/;
const KIN_BEFORE = /^(?:(?:grand|great-grand)?(?:son|daughter|father|mother)(?:-in-law)?|(?:wife|husband|brother|sister)(?:-in-law)?)$/i;
const MONTH_SHORT: ReadonlySet<string> = new Set(MONTH_ABBREVIATIONS);

/** Rule N3: the one full name ending on the word that the briefing's other sources write between them, when the point's own writes none. */
function oneAmong(docs: readonly (readonly Sentence[])[], word: string, own: readonly Sentence[]): string | undefined {
  const found = new Set<string>();
  for (const d of docs) {
    if (d === own) continue;
    const full = fullNameOfWord(word, d);
    if (full) found.add(full);
    if (found.size > 1) return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Whether a document writes a full name as a person's, not a place's or a body's ("Air France" for "France"): a title stands
 * right before it or before the word alone ("envoy Richard Holbrooke", "Mr. Lahoud"; not a title's modifier, as in "Foreign
 * Ministry"), a sentence's speech is theirs by that full name (a body speaks too, by the word alone: "France said"), or an
 * age follows it ("Emile Lahoud, 62,"). Closed classes and the document's own reading, no list of names.
 */
export function writtenAsPerson(full: string, word: string, doc: readonly Sentence[]): boolean {
  return keptFor(doc, `a\u0000${full}\u0000${word}`, () => writtenAsPersonIn(full, word, doc));
}

function writtenAsPersonIn(full: string, word: string, doc: readonly Sentence[]): boolean {
  const before = new RegExp(`(\\S+)\\s+(?:${regExpLiteral(full)}|${regExpLiteral(word)})(?![\\p{L}\\p{N}])`, 'gu');
  const aged = new RegExp(`${regExpLiteral(full)}(?:['’]s)?,\\s+\\d{1,3},`, 'u');
  // Amendment W2 (17gloss): a pattern holding a literal is tried only on a sentence holding it; most sentences of a
  // document that writes the word do not, and the pattern before the name tries every place of the sentence.
  return doc.some(
    (s) => speechAt(s)?.speaker === full || (s.text.includes(full) && aged.test(s.text)) || ((s.text.includes(word) || s.text.includes(full)) && [...s.text.matchAll(before)].some((m) => titlesASurname(m[1]!.replace(/^[("“‘']+/, '')))),
  );
}

/** Whether a document writes the word in any case, in its text or as a speaker's name; its text is lowered once a briefing (`texts`), not kept. */
function writesWord(doc: readonly Sentence[], word: string, texts: Map<readonly Sentence[], string>): boolean {
  let text = texts.get(doc);
  if (text === undefined) {
    text = doc
      .map((s) => `${s.text} ${speechAt(s)?.speaker ?? ''}`)
      .join('\n')
      .toLowerCase();
    texts.set(doc, text);
  }
  return text.includes(word.toLowerCase());
}
