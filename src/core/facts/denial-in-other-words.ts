/**
 * A denial told in other words (docs/quality.md, "Twentieth round (issue 16deny)"): one source denies what another
 * states of the same thing, each in its own form of the word ("is taking steps to comply" against "the compliance is not
 * yet in place"). The two sides share too few words for the shared-words test; the denied and the stated predicate are
 * paired through their word family instead, and must be said of one subject.
 *
 * Word vectors are not used to pair them: they put a word's opposite among its nearest ("approve" → "reject",
 * "win" → "lose"), which would read "did not approve" against "rejected" as a disagreement. A word family holds no
 * opposite: a negative prefix ("non-", "un-") never shares the other word's first letters.
 */

/** What the pairing reads of a sentence's polarity (differences.ts's reading, per sentence). */
export interface PolarityReading {
  denied: ReadonlySet<string>;
  stated: ReadonlySet<string>;
  objects: ReadonlyMap<string, ReadonlySet<string>>;
  subjects: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The shorter of two stems one family holds: a 5-letter stem is too often another word ("state" / "statement"). */
const FAMILY_STEM = 6;

/** Two stems of one word family: equal, or one begins the other and is long enough to be that word's own stem. */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= FAMILY_STEM && long.startsWith(short);
}

/** The stems of `x` that meet a stem of `y` in one word family. */
function meeting(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): string[] {
  if (!x || !y) return [];
  return [...x].filter((v) => [...y].some((w) => sameFamily(v, w)));
}

/**
 * The strongest denial of one side against a statement of the other in one word family, said of one subject (and of one
 * object when both take one): its score (1.5 × the weight of the predicate and the shared subject) and the stems it is
 * about; undefined when there is none.
 */
export function denialInOtherWords(a: PolarityReading, b: PolarityReading, weight: (stem: string) => number): { score: number; shared: string[] } | undefined {
  let best: { score: number; shared: string[] } | undefined;
  for (const [deny, state] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const d of deny.denied) {
      for (const s of state.stated) {
        if (state.denied.has(s) || !sameFamily(d, s)) continue;
        // Said of one thing as differences.ts's sameParticipants reads it, with a word family in place of one word: the
        // subjects meet, or one side's subject is the other's object; and when both take an object, the objects meet.
        const objectD = deny.objects.get(d);
        const objectS = state.objects.get(s);
        const subject = [...meeting(deny.subjects.get(d), state.subjects.get(s)), ...meeting(deny.subjects.get(d), objectS), ...meeting(objectD, state.subjects.get(s))];
        if (!subject.length) continue;
        if (objectD?.size && objectS?.size && !meeting(objectD, objectS).length) continue;
        const score = 1.5 * (weight(d) + [...new Set(subject)].reduce((sum, w) => sum + weight(w), 0));
        if (!best || score > best.score) best = { score, shared: [...new Set([...subject, d])] };
      }
    }
  }
  return best;
}
