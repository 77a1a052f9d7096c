import { cappedMemo } from '../capped-memo.js';
import { its, readDoc, stem, writtenStem } from '../nlp.js';

/**
 * A sentence that itself says its sources disagree: "Witness accounts have varied widely, with some reporting …",
 * "there were conflicting statements from witnesses as to …", "disputed U.S. assertions that …", "said the reports
 * 'absolutely do not correspond to reality'" (rule V, issue 16conf7). What the disputed account says follows the cue.
 */
export interface ReportedDispute {
  /** What the disputed account says happened or is so: each predicate (a verb, a predicative adjective) with the nouns it takes. */
  accounts: { predicate: string; takes: Set<string> }[];
}

/** What a source tells, by stem (the Porter stem of singular and plural alike). */
const ACCOUNT = new Set(['account', 'report', 'statement', 'version', 'claim', 'assertion', 'allegation', 'estimate', 'testimony', 'rumor', 'rumour'].map((w) => stem(w)));
/** Adjectives that say accounts disagree with each other ("conflicting reports"). */
const DIFFERING = new Set(['conflicting', 'contradictory', 'differing', 'varying']);
/** Verbs whose subject, accounts, disagree ("accounts have varied widely"). */
const DIVERGE = new Set(['vary', 'varied', 'differ', 'differed', 'conflict', 'conflicted', 'diverge', 'diverged']);
/** Verbs by which a source contests another's account ("disputed U.S. assertions that …"). */
const CONTEST = new Set(['disputed', 'contradicted', 'contested', 'challenged']);
/** Verbs by which a source denies an account ("denied reports that …"). */
const DENY = new Set(['denied', 'dismissed', 'rejected']);
/** Words that call an account untrue, after it: "the reports are baseless". */
const UNTRUE = new Set(['untrue', 'false', 'nonsense', 'baseless', 'groundless', 'unfounded']);
/** Verbs of saying and seeming: they frame an account, they are not what it says. */
const FRAMING = new Set(
  [
    'say',
    'said',
    'says',
    'tell',
    'told',
    'report',
    'reported',
    'reporting',
    'state',
    'stated',
    'add',
    'added',
    'claim',
    'claimed',
    'appear',
    'appeared',
    'seem',
    'seemed',
    'quote',
    'quoted',
    'accord',
    'according',
    'assert',
    'asserted',
    'asserting',
  ].map((w) => stem(w)),
);
/** How many words after a predicate the nouns it takes are looked for (the claim search's OBJECT_WORDS). */
const TAKES_WORDS = 4;
/** How many words a cue reaches to its account noun or verb. */
const CUE_REACH = 3;

/** A noun of what a source tells; the tagger reads one that opens the sentence capitalised ("Accounts have varied") as a name. */
const isAccount = (word: string, tag: string, at: number) => (tag === 'NOUN' || (tag === 'PROPN' && at === 0)) && ACCOUNT.has(stem(word));

/** Whether and how a sentence says that a source's account is disputed; undefined when it does not. */
export const reportedDispute = cappedMemo(reportedDisputeOf);

function reportedDisputeOf(text: string): ReportedDispute | undefined {
  // A cheap look first: most sentences hold none of the cue words.
  if (!/conflict|contradict|differ|vary|varie|diverg|disput|contest|challeng|denied|dismiss|reject|untrue|false|nonsense|baseless|groundless|unfounded|true|correspond/i.test(text)) return undefined;
  const read = readWords(text);
  const from = disputedFrom(read.words, read.tags);
  if (from === undefined) return undefined;
  const accounts = deedsFrom(read, from);
  return accounts.length ? { accounts } : undefined;
}

/** Each predicate of a sentence with the nouns it takes, read once per sentence: the side telling one account. */
export const deedsIn = cappedMemo((text: string) => deedsFrom(readWords(text), 0));

interface Words {
  raw: string[];
  words: string[];
  tags: string[];
}

function readWords(text: string): Words {
  const tokens = readDoc(text).tokens();
  const raw = tokens.out() as string[];
  return { raw, words: raw.map((w) => w.toLowerCase().replace(/’/g, "'")), tags: tokens.out(its.pos) as string[] };
}

/**
 * The predicates from `from` on (a verb, a predicative adjective) with the nouns each takes right after it, through one
 * preposition, past determiners, adjectives and names ("start in the ceiling", "buying U.S. dollars"): what the words say
 * happened or is so, and where, what or whom of. It stops where a second deed of the main clause is joined on ("rejected
 * allegations of intimidation and recently guaranteed …"): that deed is the speaker's, not the disputed account's.
 */
function deedsFrom({ raw, words, tags }: Words, from: number): ReportedDispute['accounts'] {
  // A name places the account, it is not what the account says: a common noun only.
  const common = (k: number) => tags[k] === 'NOUN' && !/^\p{Lu}/u.test(raw[k]!);
  const accounts: ReportedDispute['accounts'] = [];
  for (let k = from; k < words.length; k++) {
    const tag = tags[k]!;
    if (from > 0 && tag === 'CCONJ') {
      let next = k + 1;
      while (tags[next] === 'ADV') next++;
      if (tags[next] === 'VERB' || tags[next] === 'AUX') break;
    }
    const predicative = tag === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(tags[k + 1] ?? '');
    if (tag !== 'VERB' && !predicative) continue;
    const predicate = writtenStem(words[k]!);
    if (FRAMING.has(predicate) || FRAMING.has(stem(words[k]!))) continue;
    const takes = new Set<string>();
    let at = k + 1;
    if (tags[at] === 'ADP') at++;
    for (const end = Math.min(words.length, at + TAKES_WORDS); at < end; at++) {
      if (common(at)) takes.add(writtenStem(words[at]!));
      else if (takes.size || !['DET', 'ADJ', 'PROPN', 'NUM'].includes(tags[at]!)) break;
    }
    if (takes.size) accounts.push({ predicate, takes });
  }
  return accounts;
}

/** Where the disputed account's words begin, when one of the four shapes of rule V holds. */
function disputedFrom(words: readonly string[], tags: readonly string[]): number | undefined {
  const accountWithin = (from: number, reach: number) => {
    for (let k = from; k < Math.min(words.length, from + reach); k++) if (isAccount(words[k]!, tags[k]!, k)) return k;
    return undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // 1. "conflicting statements", "contradictory accounts".
    if (DIFFERING.has(word)) {
      const at = accountWithin(i + 1, 2);
      if (at !== undefined) return at + 1;
    }
    // 3. "disputed U.S. assertions"; 4. "denied reports that".
    if ((CONTEST.has(word) && tags[i] === 'VERB') || (DENY.has(word) && tags[i] === 'VERB')) {
      const at = accountWithin(i + 1, DENY.has(word) ? 2 : CUE_REACH);
      if (at !== undefined) return at + 1;
    }
    if (isAccount(word, tags[i]!, i)) {
      // 2. "accounts have varied widely".
      if (/s$/.test(word)) {
        for (let k = i + 1; k <= Math.min(words.length - 1, i + CUE_REACH); k++) if (DIVERGE.has(words[k]!)) return k + 1;
      }
      // 4. "the reports 'absolutely do not correspond to reality'", "the rumors … is nonsense".
      if (untrueAfter(words, i + 1)) return i + 1;
    }
  }
  return undefined;
}

/** Whether the words from `from` on call an account untrue. */
function untrueAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    const word = words[k]!;
    if (UNTRUE.has(word)) return true;
    if (word === 'not' || word === "n't") {
      // "not true", "not entirely true", "do not correspond to reality".
      if (words.slice(k + 1, k + 3).some((w) => w === 'true' || w === 'correspond')) return true;
    }
  }
  return false;
}
