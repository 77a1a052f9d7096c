import { relatedStemsOfEach } from '../index/related-words.js';
import { stem } from '../nlp.js';
import { RELATED_IN_CONTEXT, RELATED_SHARE } from '../topics/question-focus.js';
import type { Question } from '../topics/read-query.js';

/**
 * An answer told in other words can lead: a common word of the question's asked part that a unit does not write counts part of its weight
 * when the unit writes a word the lexicon holds close to it ("abducted" for "kidnapped"), as relevance counts the stand-ins
 * of the focus and participants (question-focus.ts `askedStandIns`), with the same closeness and share. A name the
 * question gives is never stood in for. docs/quality.md, "Twentieth round (issue 16lead)".
 */

/** For each common stem of the question's asked part, the stems that stand in for it; by question, read once. */
const standInsOf = new WeakMap<Question, Map<string, ReadonlySet<string>>>();

function standIns(question: Question): Map<string, ReadonlySet<string>> {
  let out = standInsOf.get(question);
  if (out) return out;
  const own = new Set([...question.asked, ...question.setting]);
  const names = new Set(question.names);
  // The asked part only: background tells the setting in its own words as readily as the answer does.
  const asked = new Set(question.asked);
  const common = [...question.words].filter((w) => asked.has(stem(w)) && !names.has(stem(w)));
  out = new Map();
  for (const [word, near] of relatedStemsOfEach(common, (s) => !own.has(s))) {
    const close = near.filter((r) => r.similarity >= RELATED_IN_CONTEXT).map((r) => r.stem);
    if (!close.length) continue;
    const s = stem(word);
    out.set(s, new Set([...(out.get(s) ?? []), ...close]));
  }
  standInsOf.set(question, out);
  return out;
}

/** What a unit that lacks the question's stem `lacked` holds of it: RELATED_SHARE when it writes a stand-in, else nothing. */
export function standInShare(lacked: string, held: ReadonlySet<string>, question: Question): number {
  const near = standIns(question).get(lacked);
  if (!near) return 0;
  for (const s of near) if (held.has(s)) return RELATED_SHARE;
  return 0;
}
