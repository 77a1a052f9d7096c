import type { Sentence } from '../ingest/document.js';
import { partsOf } from './passages.js';

/**
 * Rule NC (docs/quality.md, "Session 49"): "Israeli airport security officials were not available for comment." says nothing
 * of the story, whatever its date, unlike a report that something is not yet known (rule PN), which is a fact about the event.
 * Wire copy's idiom for an absent comment, in the sentence's first clause, with only its subject before it and no other clause
 * after it: "… declined to comment on the report, but said …" and "Its whereabouts are unknown and he could not be reached for
 * comment" say something, and stay.
 */
const NO_COMMENT = new RegExp(
  String.raw`^(?<subject>[^,;:"“”]{1,80}?)\s+` +
    String.raw`(?:(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+for\s+comment` +
    String.raw`|(?:could|can)\s*(?:not|n't)\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?` +
    String.raw`|(?:declined|refused)\s+(?:to\s+)?comment` +
    // Amendment NC′ (docs/quality.md, "Session 72"): "declined to speculate on the cause", "refused to elaborate on the statement".
    String.raw`|(?:declined|refused)\s+to\s+(?:speculate|elaborate)` +
    String.raw`|(?:would|will)\s*(?:not|n't)\s+(?:speculate|elaborate)` +
    String.raw`|(?:would|will)\s*(?:not|n't)\s+comment` +
    String.raw`|did\s*(?:not|n't)\s+return\s+(?:(?:telephone|phone)\s+)?calls` +
    String.raw`|did\s*(?:not|n't)\s+(?:immediately\s+)?respond\s+to\s+(?:an?\s+|several\s+|repeated\s+)?requests?\s+for\s+comment)` +
    String.raw`\b(?<rest>[^;]*)$`,
  'i',
);

/** A clause of its own before the idiom: then what stands before it is no bare subject ("A spokesman said he …", "… are unknown and he …"). */
const CLAUSE_BEFORE = /\b(?:said|says|told|added|that|who|which|because|after|when|while|although|but|is|are|was|were|has|have|had)\b|\band\s+(?:he|she|they|it|we|i)\b/i;
/** Another clause after it, which says what the refusal does not. */
const CLAUSE_AFTER = /\b(?:but|although|though|while|however|yet|except)\b|,\s*and\b|\band\s+(?:said|says|added|told|that)\b/i;

const read = new WeakMap<Sentence, boolean>();

/** Whether a sentence says only that someone did not comment; a passage, by its first sentence, which the rest lean on. */
export function saysOnlyNoComment(unit: Sentence): boolean {
  const first = partsOf(unit)[0]!;
  let found = read.get(first);
  if (found === undefined) read.set(first, (found = onlyNoComment(first.text)));
  return found;
}

/** Amendment NC″ (docs/quality.md, "Session 76"): 'A spokeswoman said the company had "no comment on political matters".' */
const SAID_NO_COMMENT = /^[^,;:"“”]{1,80}?\s+(?:said|says)\s+(?:that\s+)?[^,;:"“”]{1,40}?\s+(?:had|has|have)\s+["“]?no\s+(?:immediate\s+|further\s+)?comment\b(?<rest>[^;]*)$/i;

function onlyNoComment(text: string): boolean {
  const said = SAID_NO_COMMENT.exec(text.trim());
  if (said?.groups) return !CLAUSE_AFTER.test(said.groups.rest!);
  const m = NO_COMMENT.exec(text.trim());
  if (!m?.groups) return false;
  return !CLAUSE_BEFORE.test(m.groups.subject!) && !CLAUSE_AFTER.test(m.groups.rest!);
}
