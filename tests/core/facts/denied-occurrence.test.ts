import { describe, expect, it } from 'vitest';
import { findDeniedOccurrences, findDifferences } from '../../../src/core/facts/differences.js';
import { sentence } from '../../eval/made-up-cluster.js';

const differences = (a: string, b: string) => findDifferences([sentence('a.md', 1, a), sentence('b.md', 1, b)], () => 2, 3);
const DENIAL = 'The interior ministry said there had been no looting in the northern district of Marden since Sunday.';

describe('a denied occurrence against a report of it (rule E)', () => {
  it('pairs "there was no looting" with another source reporting looting at the same place', () => {
    const found = differences(DENIAL, 'Residents of Marden reported widespread looting near the old market on Monday night.');
    expect(found).toHaveLength(1);
    expect(found[0]!.sides.map((s) => s.docId).sort()).toEqual(['a.md', 'b.md']);
  });

  it('reads nouns joined by "or" after "no" as denied too', () => {
    expect(differences('Police said there were no arrests or injuries in Marden during the march.', 'Witnesses in Marden described several arrests outside the town hall.')).toHaveLength(1);
  });

  it('does not pair a report of the same thing at a place the denial does not name', () => {
    expect(differences(DENIAL, 'Residents of Tollcross reported widespread looting near the old market on Monday night.')).toEqual([]);
  });

  it('does not read a noun with a complement ("no sign that", "no reports of") as an occurrence denied', () => {
    expect(differences('Officials in Marden said there was no sign that looting had spread.', 'Residents of Marden reported widespread looting near the old market.')).toEqual([]);
  });

  it('does not read a denial inside a condition as a denial', () => {
    expect(differences('The mayor of Marden said that if there is no looting tonight the curfew will be lifted.', 'Residents of Marden reported widespread looting near the old market.')).toEqual([]);
  });

  it('does not read a verb of the same stem, or the occurrence ending, as a report of it', () => {
    expect(differences(DENIAL, 'Gangs in Marden, who had been looting for food, were dispersed by the army.')).toEqual([]);
    expect(differences(DENIAL, 'The mayor of Marden said the looting had ended on Saturday.')).toEqual([]);
  });

  it('finds the report of a denied occurrence in a wider pool, one pair per sentence', () => {
    const denial = sentence('a.md', 1, DENIAL);
    const wide = [sentence('b.md', 1, 'Residents of Marden reported widespread looting near the old market on Monday night.'), sentence('c.md', 1, 'Shopkeepers in Marden reported more looting on Tuesday.')];
    const found = findDeniedOccurrences([denial], wide, () => 2, 3);
    expect(found).toHaveLength(1);
    expect(found[0]!.sides[0]).toBe(denial);
  });
});
