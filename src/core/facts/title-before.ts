import { FUNCTION_WORDS } from '../index/introduced.js';
import { CALENDAR_NAMES } from '../ingest/calendar-words.js';
import type { Sentence } from '../ingest/document.js';
import { regExpLiteral } from '../regexp-literal.js';
import { titleWord } from './quotes.js';

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
  let kept = titles.get(doc);
  if (!kept) titles.set(doc, (kept = new Map()));
  if (kept.has(full)) return kept.get(full);
  const title = titleBeforeIn(full, doc);
  kept.set(full, title);
  return title;
}

/** Each document's titles by full name, kept with its sentence list: a briefing's glosses and a question's speech test ask the same names again. */
const titles = new WeakMap<readonly Sentence[], Map<string, string | undefined>>();

function titleBeforeIn(full: string, doc: readonly Sentence[]): string | undefined {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${regExpLiteral(full)}(?![\\p{L}\\p{N}])`, 'u');
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
