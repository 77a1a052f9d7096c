import { TITLES } from '../index/person-titles.js';
import type { Sentence } from '../ingest/document.js';
import { stem, taggedWords } from '../nlp.js';
import { isReportingStem } from './quotes.js';
import { titleBefore } from './title-before.js';

/** At most this many words of an appositive shown as a role: a short noun phrase with one prepositional phrase (stated before measuring). */
const APPOSITIVE_WORDS = 8;

/**
 * The role an article writes beside a full name (docs/quality.md, "Twenty-seventh round (issue 16speaker4)", rule R): a title
 * right before it ("Lieutenant" of "Lieutenant Felix Carman", the name glosses' own reading) or an appositive right after it
 * ("the presidential representative on the Constitutional Court" of "Mikhail Mityukov, the presidential representative on
 * the Constitutional Court, said"), at the first place the article writes one.
 */
export function roleBeside(full: string, doc: readonly Sentence[]): { title: string } | { appositive: string } | undefined {
  const read = titleBefore(full, doc);
  const title = read && wholeTitle(read, full, doc);
  if (title) return { title };
  for (const s of doc) {
    const appositive = appositiveAfter(full, s.text);
    if (appositive) return { appositive };
  }
  return undefined;
}

/** The role beside a name as one phrase, title or appositive: what a question asking for a speaker by a common noun is matched against (rule AR). */
export function roleOf(full: string, doc: readonly Sentence[]): string | undefined {
  const role = roleBeside(full, doc);
  return role && ('title' in role ? role.title : role.appositive);
}

/**
 * Whether a role written in apposition after a name is the asked speaker's: its head (the noun before any prepositional
 * phrase: "an analyst at Greystone Securities" → analyst; "a former Trump campaign adviser" → adviser) is the asked phrase's
 * last word, in any form (rule AR′). The attribution has already said who speaks, so the sentence's grammar is not asked again.
 */
export function roleGivesWordsOf(role: string, askedWords: string): boolean {
  const head = role.split(/\s+(?:at|of|for|with|in|on|from|to|and)\s+/)[0]!;
  const asked = lastWordStem(askedWords);
  if (lastWordStem(head) === asked) return true;
  // Rule OH (docs/quality.md, "Session 70"): an office speaks for the body it is held in, "the union's regional secretary" or
  // "the chair of the board" for the union or the board; a role that holds no office ("the mother of the victim") does not.
  const office = lastWord(head);
  if (!TITLES.has(office) && !TITLES.has(`${office}.`)) return false;
  const possessor = /^(?:the\s+|a\s+|an\s+)?(.+?)['’]s?\s+\S/u.exec(head)?.[1];
  const body = role.slice(head.length).match(/^\s+(?:of|for)\s+(.+?)(?:\s+(?:at|in|on|from|to|and|with)\s|$)/u)?.[1];
  return [possessor, body].some((named) => !!named && lastWordStem(named) === asked);
}

/** A phrase's last word, lower-cased, without a possessive ending or stops ("Gen." → gen, "union's" → union). */
const lastWord = (phrase: string) =>
  (phrase.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.at(-1) ?? '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\./g, '');
const lastWordStem = (phrase: string) => stem(lastWord(phrase));

/** At most this many words of a title taken back across "of": "U.S. Secretary of Defense" (amendment R′). */
const OFFICE_WORDS = 6;

/**
 * Amendment R′, written after measuring: the title reading stops at "of" and at a lower-case word, so what it takes may be
 * the tail of a longer title. Across "of" the office's name is taken back whole ("Secretary of State" of "Secretary of State
 * Madeleine Albright", not "State"); after a lower-case noun or adjective, by the tagger ("business council chairman", "permanent
 * secretary"), the noun phrase is longer than the title reading takes, and no title is shown.
 */
function wholeTitle(title: string, full: string, doc: readonly Sentence[]): string | undefined {
  const written = `${title} ${full}`;
  const s = doc.find((x) => x.text.includes(written));
  if (!s) return undefined;
  const before = s.text.slice(0, s.text.indexOf(written)).trim().split(/\s+/).filter(Boolean);
  const last = before.at(-1);
  if (!last || /[^\p{L}\p{N}.]$/u.test(last)) return title;
  if (last === 'of') {
    const taken = title.split(' ');
    const office = ['of', ...taken];
    for (let i = before.length - 2; i >= 0 && office.length < OFFICE_WORDS; i--) {
      const w = before[i]!;
      if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(w) || /[,;:]$/.test(w)) break;
      office.unshift(w);
    }
    return office[0] === 'of' ? undefined : office.join(' ');
  }
  return /^\p{Ll}/u.test(last) && inNounPhrase(s.text, last, title.split(' ')[0]!) ? undefined : title;
}

/** Whether the tagger reads the word right before the title as a noun or an adjective, so of the title's own noun phrase. */
function inNounPhrase(text: string, word: string, next: string): boolean {
  const tokens = taggedWords(text);
  for (let k = 0; k < tokens.length - 1; k++) if (tokens[k]!.word === word && tokens[k + 1]!.word === next) return tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ';
  return false;
}

/** Words that open a relative clause: a verb after one is the clause's (rule RE). */
const RELATIVE_WORD = /^(?:who|whom|whose|which|that)$/i;

/**
 * "Name, a spokesman for the ministry, said": the noun phrase set off after the name, opened by a determiner or a possessive
 * name ("Russia's"), to the comma, semicolon or stop that closes it, or, where the article leaves the comma out ("Name, an
 * employee for the charity described …"), to the sentence's reporting verb. Longer than the cap, or never closed, it is none.
 */
export function appositiveAfter(full: string, text: string): string | undefined {
  const at = text.indexOf(`${full}, `);
  // The name whole: no letter right before it ("Ali Khan" is not in "Bali Khan").
  if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!))) return undefined;
  const words = text
    .slice(at + full.length + 2)
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || !(/^(?:a|an|the)$/.test(words[0]!) || /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[0]!))) return undefined;
  const taken: string[] = [];
  for (let i = 0; i < words.length && taken.length <= APPOSITIVE_WORDS; i++) {
    const w = words[i]!;
    // Words inside a quotation, or brackets, are another's phrase: no role is read across them.
    if (/["“”‘()]/u.test(w)) return undefined;
    // The verb of saying the missing comma would have closed the phrase before: "… charity described the conditions".
    if (i > 0 && /^\p{Ll}/u.test(w) && isReportingStem(stem(w.replace(/[^\p{L}]+$/u, ''))) && !/^(?:a|an|the)$/.test(words[i - 1]!) && !/['’]s$/.test(words[i - 1]!)) {
      // Rule RE (docs/quality.md, "Session 77"): "a 71-year-old retired teacher who has said …": the verb is the relative clause's.
      const relative = taken.findIndex((t) => RELATIVE_WORD.test(t));
      const role = relative >= 0 ? taken.slice(0, relative) : taken;
      return role.length >= 2 && role.length <= APPOSITIVE_WORDS ? role.join(' ') : undefined;
    }
    // Rule AV: inside one sentence, a stop before a capitalised word is an abbreviation's ("a nurse at St. Brendan's").
    const closed = /[,;:]$/.test(w) || (/\.$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !/^\p{Lu}/u.test(words[i + 1] ?? ''));
    taken.push(closed ? w.slice(0, -1) : w);
    if (closed) return taken.length >= 2 && taken.length <= APPOSITIVE_WORDS ? taken.join(' ') : undefined;
  }
  return undefined;
}
