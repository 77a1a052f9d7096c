import type { NameWriters } from '../index/name-writers.js';
import type { Sentence } from '../ingest/document.js';
import { partsOf } from '../summary/passages.js';
import type { SummaryInput } from '../summary/select-summary.js';
import { nameGlosses } from './name-glosses.js';

type IntroducedBy = NonNullable<SummaryInput['introducedBy']>;

/**
 * Rule G (docs/quality.md, "Session 40"; rule S2 of "Twenty-fifth round (issue 16empty)" did it for an empty summary only): a
 * unit no longer waits for a name the briefing glosses where the unit shows it ("Hariri" → "Prime Minister Rafik Hariri"),
 * which introduces it. A name the briefing would not gloss (its document gives no full name, or a courtesy title may name
 * someone else of the name: "Ms. Marsh" beside "Commander Ann Marsh"), or a description ("the fire"), still waits.
 */
export function glossedNamesIntroduced(by: IntroducedBy, ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[], writers?: NameWriters): IntroducedBy {
  // Asked of a unit each time selection looks at it, and reading its glosses reads its documents: read once a unit.
  const left = new Map<Sentence, string[] | null>();
  return {
    ...by,
    needs: (s) => {
      let out = left.get(s);
      if (out !== undefined) return out;
      const names = by.needs(s);
      if (names) {
        const glossed = namesGlossedIn(s, ofDocument, sources, writers);
        const missing = names.filter((name) => !glossed.has(name));
        out = missing.length ? missing : null;
      } else out = null;
      left.set(s, out);
      return out;
    },
  };
}

/**
 * The one-word names the briefing glosses when it shows this unit, read by the code that prints the gloss (`nameGlosses`, over
 * the unit, its own document and the briefing's possible `sources`: another source may give a full name the unit's article does
 * not): rules S2 and E36 count a name as introduced only when it is among them, so no point they add names someone by a short
 * form alone (docs/quality.md, "Session 36", landed as amended in session 38).
 */
export function namesGlossedIn(unit: Sentence, ofDocument: (docId: string) => readonly Sentence[], sources: readonly string[], writers?: NameWriters): Set<string> {
  const cited = sources.includes(unit.docId) ? sources : [unit.docId, ...sources];
  return new Set(nameGlosses([partsOf(unit)], ofDocument, cited, writers)[0]!.map((g) => g.name));
}
