import { roleBeside, roleGivesWordsOf } from '../facts/role-beside.js';
import { speechAt } from '../index/deferred-readings.js';
import { TITLE_WORDS } from '../index/introduced.js';
import { sentenceIdsOf, type TermIndex } from '../index/term-index.js';
import { stem } from '../nlp.js';
import type { Question } from './read-query.js';

/**
 * Documents of a pool read for quotations of a titled speaker, at most: the pool's most relevant ones, as many as the largest eval
 * set holds; each costs its deferred readings before a set is prepared (docs/quality.md, "Issue 17, session 50: what rule SQ costs").
 */
const TITLED_DOCUMENTS = 10;

/**
 * Rule SQ (docs/quality.md, "Session 50"): a question that asks for the words of someone named by a common noun ("what did
 * the judge say") takes in, from each document the pool holds, the sentences its attribution gives to a person the document
 * titles so ("Judge Ruth Adeyemi"): a wire story titles a person once and quotes them by surname ("…," Adeyemi told Osei),
 * in sentences that write none of the question's words. Each enters as relevant as its document's most relevant sentence.
 * Every word of the asked phrase after its possessor must be in the title (amendment SQ′), or in the role written in apposition
 * after the name where no title stands before it ("Ben Okafor, an analyst at Greystone Securities": rule AR).
 */
export function titledSpeakerQuotes(index: TermIndex, scores: Map<number, number>, question: Question): void {
  const speaker = question.speaker;
  if (question.kind !== 'speech' || !speaker) return;
  const asked = titleWords(speaker.words);
  const named = nameWords(speaker.words);
  if (!asked.length && !named) return;
  const best = new Map<string, number>();
  for (const [id, score] of scores) {
    const docId = index.sentences[id]!.docId;
    best.set(docId, Math.max(best.get(docId) ?? 0, score));
  }
  const documents = [...best].sort((a, b) => b[1] - a[1]).slice(0, TITLED_DOCUMENTS);
  for (const [docId, score] of documents) {
    const sentences = index.documents.get(docId)?.sentences ?? [];
    sentenceIdsOf(index, docId).forEach((id, k) => {
      if (scores.has(id)) return;
      const speech = speechAt(sentences[k]!);
      if (!speech?.named) return;
      // Rule NQ (docs/quality.md, "Session 65"): "what did Kelsey Arnett say" hears her "…," Arnett said, too.
      if (named && sameName(named, speech.speaker)) {
        scores.set(id, score);
        return;
      }
      const role = roleBeside(speech.speaker, sentences);
      if (!role) return;
      // An appositive's head is its noun before any phrase on it: "a former Trump campaign adviser" is an adviser, not Trump (rule AR).
      if ('appositive' in role && !roleGivesWordsOf(role.appositive, speaker.words)) return;
      const written = new Set(titleWords('title' in role ? role.title : role.appositive));
      if (asked.every((w) => written.has(w))) scores.set(id, score);
    });
  }
}

/** A person's name as the question writes it, in capitals ("Kelsey Arnett", "Arnett"), lower-cased; undefined for a common noun. */
function nameWords(phrase: string): string[] | undefined {
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.length && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w.toLowerCase().replace(/['’]s$/, '')) : undefined;
}

/** One person: the same surname, and the same given name where both write one. */
function sameName(asked: readonly string[], speaker: string): boolean {
  const spoken = speaker.toLowerCase().split(/\s+/);
  return asked.at(-1) === spoken.at(-1) && (asked.length === 1 || spoken.length === 1 || asked[0] === spoken[0]);
}

/**
 * The stems of the words that say who someone is, after any possessor ("the tribunal's presiding judge" → presiding, judge): every
 * one must be in the title, so the deputy prime minister is not the prime minister (amendment SQ′).
 */
function titleWords(phrase: string): string[] {
  const words: string[] = phrase.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  let possessor = -1;
  words.forEach((w, i) => {
    if (/['’]s?$/.test(w)) possessor = i;
  });
  const afterPossessor = words.slice(possessor + 1);
  // Rule GV (docs/quality.md, "Session 64"): "Gov." is the governor asked of.
  return afterPossessor.filter((w) => !DETERMINERS.has(w)).map((w) => stem((TITLE_WORDS.get(w) ?? w).replace(/\./g, '')));
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);
