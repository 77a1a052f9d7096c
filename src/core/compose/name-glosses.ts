import type { NameGloss } from '../briefing.js';
import { fullNameIn, titlesASurname, titleWord } from '../facts/quotes.js';
import { FUNCTION_WORDS, namesIn } from '../index/introduced.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';

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
 * points in reading order, each as its sentences; `sources` the documents the briefing cites.
 */
export function nameGlosses(units: readonly (readonly Sentence[])[], ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[]): NameGloss[][] {
  const met = new Set<string>();
  const printed: string[] = [];
  const all = sources.map(ofDocument);
  // Every test below reads a word (or a full name ending on it) in a document's text, so a document that never writes the
  // word, in any case, cannot pass one: reading only those keeps a briefing citing hundreds of wire copies cheap.
  const texts = new Map<readonly Sentence[], string>();
  // What the tests read is kept for the briefing only, by word or full name (docs/quality.md, "16names3", rules C1–C4): a
  // word met in several points, and every test of it over the same documents, is read once.
  const writing = new Map<string, readonly (readonly Sentence[])[]>();
  const docs = (word: string) =>
    remembered(writing, word, () => {
      const lower = word.toLowerCase();
      const key = `w ${lower}`;
      return all.filter((d) => writesWord(d, lower, key, texts));
    });
  const read = new Reader();
  const plurals = new Map<string, boolean>();
  const among = new Map<readonly Sentence[], Map<string, string | undefined>>();
  const whole = new Map<string, boolean>();
  const person = new Map<string, boolean>();
  return units.map((parts) => {
    const names = parts.map((p) => namesIn(p.text));
    // A point that writes the name in full ("President Lahoud", "Emile Lahoud") introduces it, wherever in the point.
    for (const n of names) for (const word of n.full) met.add(word);
    printed.push(...parts.map((p) => p.text));
    const glosses: NameGloss[] = [];
    names.forEach((n, i) => {
      const doc = ofDocument(parts[i]!.docId);
      for (const word of n.short) {
        if (met.has(word) || afterDeterminer(word, parts[i]!.text, read)) continue;
        // Rule C2: a word that cannot be a plural reads no document for its singular.
        if (mayBePlural(word) && (peoplesPlural(word, doc, read) || remembered(plurals, word, () => docs(word.slice(0, -1)).some((d) => peoplesPlural(word, d, read))))) continue;
        const full =
          read.fullName(word, doc) ??
          remembered(
            remembered(among, doc, () => new Map()),
            word,
            () => oneAmong(docs(word), word, doc, read),
          );
        // "Mahathir" after "Mahathir Mohamad": a name printed whole is met, whichever of its words the point uses.
        if (!full || printed.some((t) => t.includes(full))) continue;
        const pair = `${full}\n${word}`;
        if (!(writesWhole(full, doc, read) || remembered(whole, pair, () => docs(word).some((d) => writesWhole(full, d, read))))) continue;
        if (!(asPerson(full, word, doc, read) || remembered(person, pair, () => docs(word).some((d) => asPerson(full, word, d, read))))) continue;
        met.add(word);
        // Amendment A4: a title is of its article's time, so only the point's own document gives it.
        const title = kept(doc, `t ${full}`, () => titleBefore(full, doc));
        glosses.push({ name: word, full: title ? `${title} ${full}` : full });
      }
    });
    return glosses;
  });
}

/** A value kept in a briefing's map by its key, computed the first time it is asked for. */
function remembered<K, T>(kept: Map<K, T>, at: K, compute: () => T): T {
  if (kept.has(at)) return kept.get(at)!;
  const value = compute();
  kept.set(at, value);
  return value;
}

/**
 * Rule G2 (docs/quality.md, "17adhoc5"): what a gloss test reads of one document, by its word or full name, kept between
 * answers. Each test reads only the document's sentences, and the array the index holds for a document is not changed once
 * built (a refreshed file is a new document, a new array), so a kept reading is the one the test would make again; the
 * warm pass's topic briefings and every answer on the same story cite the same documents and name the same people. Small
 * values per document and word asked, gone with the document.
 */
const readings = new WeakMap<readonly Sentence[], Map<string, unknown>>();
function readingsOf(doc: readonly Sentence[]): Map<string, unknown> {
  let byKey = readings.get(doc);
  if (!byKey) readings.set(doc, (byKey = new Map()));
  return byKey;
}
function kept<T>(doc: readonly Sentence[], key: string, read: () => T): T {
  const byKey = readingsOf(doc);
  const value = byKey.get(key) as T;
  if (value !== undefined || byKey.has(key)) return value;
  const made = read();
  byKey.set(key, made);
  return made;
}

/**
 * Rule C3: a briefing's regexes, compiled once per pattern, and the full names `fullNameIn` reads per word and document
 * (its table is the document's own, kept in `quotes.ts`; what is kept here is the answer, for the briefing only).
 */
class Reader {
  private readonly patterns = new Map<string, RegExp>();
  private readonly texts = new Map<readonly Sentence[], string>();
  regex(source: string, flags: string): RegExp {
    return remembered(this.patterns, `${flags}/${source}`, () => new RegExp(source, flags));
  }
  fullName(word: string, doc: readonly Sentence[]): string | undefined {
    return kept(doc, `f ${word}`, () => this.readFullName(word, doc));
  }
  private readFullName(word: string, doc: readonly Sentence[]): string | undefined {
    // Rule C6: every full name `fullNameIn` reads is made of the document's written words, and the one it gives for a word
    // ends on it or opens on it; a document whose sentences never write the word as it is spelt gives none, so its table of
    // full names is not built for it.
    const text = remembered(this.texts, doc, () => doc.map((s) => s.text).join('\n'));
    return text.includes(word) ? fullNameIn(word, doc) : undefined;
  }
}

/**
 * Amendment A1: "Serbs" beside "Serb" is a people, not a person, by issue 16u's plural test (`needsOf`): a word in -s whose
 * singular the document writes capitalised, or one in "-es" where English adds it.
 */
function peoplesPlural(word: string, doc: readonly Sentence[], read: Reader): boolean {
  if (!mayBePlural(word)) return false;
  if (/(?:[sxz]|ch|sh|i)es$/.test(word)) return true;
  const stem = word.slice(0, -1);
  return kept(doc, `p ${stem}`, () => {
    const singular = read.regex(`(?<![\\p{L}])${literal(stem)}(?![\\p{L}])`, 'u');
    // Rule C5: a sentence without the singular's letters is not given to the regex (the same answer, far cheaper).
    return doc.some((s) => s.text.includes(stem) && singular.test(s.text));
  });
}
/** A word in -s, not "-ss" nor a possessive: the only shape the plural test reads. */
const mayBePlural = (word: string) => /[^s'’]s$/.test(word);

/** Amendment A2: the source writes the full name whole, not only put together from a relative's given name ("Shepherd's father, Dennis,"). */
function writesWhole(full: string, doc: readonly Sentence[], read: Reader): boolean {
  return kept(doc, `h ${full}`, () => {
    const whole = read.regex(`(?<![\\p{L}])${literal(full)}(?![\\p{L}])`, 'u');
    return doc.some((s) => s.text.includes(full) && whole.test(s.text));
  });
}

/** Amendment A3: a name after a determiner modifies what follows ("The Nobel committee"); an opening quotation mark before it aside. */
function afterDeterminer(word: string, text: string, read: Reader): boolean {
  const uses = [...text.matchAll(read.regex(`(\\S*)\\s+${literal(word)}(?![\\p{L}])`, 'gu'))];
  return uses.length > 0 && uses.every((m) => DETERMINERS.has(m[1]!.replace(/^[("“‘']+/, '').toLowerCase()));
}
const DETERMINERS = new Set(['the', 'a', 'an']);

/** Rule N3: the one full name ending on the word that the briefing's other sources write between them, when the point's own writes none. */
function oneAmong(docs: readonly (readonly Sentence[])[], word: string, own: readonly Sentence[], read: Reader): string | undefined {
  const found = new Set<string>();
  for (const d of docs) {
    if (d === own) continue;
    const full = read.fullName(word, d);
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
  return asPerson(full, word, doc, new Reader());
}
function asPerson(full: string, word: string, doc: readonly Sentence[], read: Reader): boolean {
  return kept(doc, `a ${full}\n${word}`, () => readAsPerson(full, word, doc, read));
}
function readAsPerson(full: string, word: string, doc: readonly Sentence[], read: Reader): boolean {
  const before = read.regex(`(\\S+)\\s+(?:${literal(full)}|${literal(word)})(?![\\p{L}\\p{N}])`, 'gu');
  const aged = read.regex(`${literal(full)}(?:['’]s)?,\\s+\\d{1,3},`, 'u');
  // The full name ends on the word or opens on it (`fullNameIn`), so a sentence without the word holds neither pattern.
  return doc.some((s) => s.speech?.speaker === full || (s.text.includes(word) && (aged.test(s.text) || [...s.text.matchAll(before)].some((m) => titlesASurname(m[1]!.replace(/^[("“‘']+/, ''))))));
}

/** At most this many words of a title before a name: "Kosovo Liberation Army commander". */
const TITLE_WORDS = 4;
/** A lower-case word that stays with the title after it: "former President". */
const TITLE_TIME = new Set(['former']);

/**
 * The title the document writes right before a full name, in the same noun phrase, at the first place it writes one:
 * "Lebanese President" of "Lebanese President Emile Lahoud", "U.N. envoy" of "U.N. envoy Richard Holbrooke". Words
 * before the name are taken back while each is capitalised, an abbreviation or a title word, with no punctuation after it;
 * what is taken is a title only when it holds a title word, and it starts at a title word when it fills the limit.
 */
export function titleBefore(full: string, doc: readonly Sentence[]): string | undefined {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${literal(full)}(?![\\p{L}\\p{N}])`, 'u');
  for (const s of doc) {
    const m = s.text.includes(full) ? at.exec(s.text) : null;
    if (!m) continue;
    const words = s.text.slice(0, m.index).trim().split(/\s+/).filter(Boolean);
    const taken: string[] = [];
    for (let i = words.length - 1; i >= 0 && taken.length < TITLE_WORDS; i--) {
      const w = words[i]!;
      // A word with punctuation after it ends another phrase ("On Monday,"); an abbreviation's full stop does not.
      if (/[^\p{L}\p{N}.'’]$/u.test(w) || (/\.$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !titleWord(w))) break;
      const lower = w.toLowerCase();
      // "Yesterday President…", "On Monday President…": a function word or a day's name opens no title.
      if (!titleWord(w) && (FUNCTION_WORDS.has(lower) || CALENDAR_NAMES.has(lower))) break;
      if (!(/^\p{Lu}/u.test(w) || titleWord(w) || TITLE_TIME.has(w))) break;
      taken.unshift(w);
    }
    let from = 0;
    if (taken.length === TITLE_WORDS) from = taken.findIndex((w) => titleWord(w) || TITLE_TIME.has(w));
    const title = from < 0 ? [] : taken.slice(from);
    // Capitalised words with no title word among them are a name's, not a title ("Mother Teresa's", "Beirut's"), or a sentence's opening.
    while (title.length && !titleWord(title[0]!) && !TITLE_TIME.has(title[0]!) && !/^\p{Lu}\p{L}*$/u.test(title[0]!) && !/^(?:\p{Lu}\.)+$/u.test(title[0]!)) title.shift();
    // Amendment A5: "ousted deputy prime minister": a participle before the title says the office may be past; read the next place.
    const before = words[words.length - taken.length - 1];
    if (from === 0 && before && /^\p{Ll}+ed$/u.test(before)) continue;
    if (title.some(titleWord)) return title.join(' ');
  }
  return undefined;
}

/**
 * Whether a document writes a word in any case (`lower`, the word lowered; `key`, its kept reading's), in its text or as a
 * speaker's name; its text is lowered once a briefing (`texts`), not kept (the answer is, rule G2).
 */
function writesWord(doc: readonly Sentence[], lower: string, key: string, texts: Map<readonly Sentence[], string>): boolean {
  // Rule G3: asked of every cited document for every word, so read without a closure made each time (the answer never undefined).
  const byKey = readingsOf(doc);
  let writes = byKey.get(key) as boolean | undefined;
  if (writes === undefined) byKey.set(key, (writes = lowered(doc, texts).includes(lower)));
  return writes;
}
function lowered(doc: readonly Sentence[], texts: Map<readonly Sentence[], string>): string {
  let text = texts.get(doc);
  if (text === undefined) {
    text = doc
      .map((s) => `${s.text} ${s.speech?.speaker ?? ''}`)
      .join('\n')
      .toLowerCase();
    texts.set(doc, text);
  }
  return text;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
