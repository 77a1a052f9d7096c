import { fullNameIn } from '../facts/quotes.js';
import type { NameWriters } from '../index/name-writers.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import type { SummaryInput } from '../summary/select-summary.js';
import { nameGlosses } from './name-glosses.js';

type IntroducedBy = NonNullable<SummaryInput['introducedBy']>;

/**
 * Rule S2 (docs/quality.md, "Twenty-fifth round (issue 16empty)"): a summary that would otherwise be empty no longer waits
 * for a name the unit's own document gives in full ("Hariri" → "Rafik Hariri"): the briefing glosses such a name at its
 * first mention with that full name (`nameGlosses`, rule N1 of 16names, reads it the same way), which introduces it. A
 * name the document gives no full name for, or a description ("the fire"), still waits.
 */
export function glossedNamesIntroduced(by: IntroducedBy, ofDocument: (docId: string) => readonly Sentence[]): IntroducedBy {
  return {
    ...by,
    needs: (s) => {
      const names = by.needs(s);
      if (!names) return null;
      const left = names.filter((name) => !isGlossable(name, ofDocument(s.docId)));
      return left.length ? left : null;
    },
  };
}

/**
 * The one-word names the briefing glosses when it shows this unit, read by the code that prints the gloss (`nameGlosses`, over
 * the unit and its own document): rule E36 offers a unit only when each name it needs is among them (or the question writes
 * it), so no point it adds names someone by a short form alone (docs/quality.md, "Session 36", landed as amended).
 */
export function namesGlossedIn(unit: Sentence, ofDocument: (docId: string) => readonly Sentence[], writers?: NameWriters): Set<string> {
  return new Set(nameGlosses([partsOf(unit)], ofDocument, [unit.docId], writers)[0]!.map((g) => g.name));
}

/** A one-word name its document writes in full; a description's need ("the fire") is written in lower case and never is. */
function isGlossable(name: string, document: readonly Sentence[]): boolean {
  return !name.includes(' ') && fullNameIn(name, document) !== undefined;
}
