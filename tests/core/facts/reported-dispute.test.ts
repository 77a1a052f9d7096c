import { describe, expect, it } from 'vitest';
import { findDifferences, findDisputesTold } from '../../../src/core/facts/differences.js';
import { reportedDispute } from '../../../src/core/facts/reported-dispute.js';
import { sentence } from '../../eval/made-up-cluster.js';

const weight = () => 1;
const pairsOf = (found: ReturnType<typeof findDisputesTold>) => found.map((d) => d.sides.map((s) => s.docId).join(' / '));

describe('a dispute the article itself reports (rule V, 16conf7)', () => {
  it('reads the four shapes in which copy says a source told is contested, and no other', () => {
    expect(reportedDispute('Passenger accounts have varied, with some saying the bus struck the barrier on the bridge.')).toBeDefined();
    expect(reportedDispute('There were conflicting reports on whether the ferry sank near the harbor.')).toBeDefined();
    expect(reportedDispute('The ministry disputed opposition claims that troops fired on the crowd in the square.')).toBeDefined();
    expect(reportedDispute('The mayor said the reports that the council would close the library were "simply untrue."')).toBeDefined();
    expect(reportedDispute('The council closed the library on Monday after a vote.')).toBeUndefined();
    expect(reportedDispute('Two reports on the budget were released by the council.')).toBeUndefined();
  });

  it("pairs the report of differing accounts with another article's sentence telling one of them", () => {
    const set = [
      sentence('a.md', 1, 'Guest accounts differed sharply, with some saying the fire started in the kitchen of the hotel.'),
      sentence('b.md', 1, '"I saw it start in the kitchen and spread to the lobby," a porter said.'),
      sentence('b.md', 2, 'The hotel had 40 rooms and a restaurant on the ground floor.'),
    ];
    expect(pairsOf(findDisputesTold(set, weight, 3))).toEqual(['a.md / b.md']);
    // The claim search finds it too when both stand in its pool: the two share no denial or opposite word.
    expect(pairsOf(findDifferences(set, weight, 3))).toEqual(['a.md / b.md']);
  });

  it('does not pair a sentence that shares only the setting, or tells the deed of something else', () => {
    const set = [
      sentence('a.md', 1, 'Guest accounts differed sharply, with some saying the fire started in the kitchen of the hotel.'),
      sentence('b.md', 1, 'The kitchen of the hotel was rebuilt in 2019.'),
      sentence('c.md', 1, 'Cooks in the kitchen of the hotel started their shift at dawn.'),
      sentence('d.md', 1, 'Guests in the lobby started to panic when the alarm sounded.'),
    ];
    expect(findDisputesTold(set, weight, 3)).toEqual([]);
  });

  it('takes a side told the other way round, or as what may happen, as no account of the report denied', () => {
    const denied = sentence('a.md', 1, 'The minister dismissed reports that the new plan would prohibit farmers from selling grain abroad.');
    const against = sentence('b.md', 1, 'The plan says farmers would be able to sell grain abroad under a license.');
    const maybe = sentence('c.md', 1, 'Traders fear the plan could halt selling of grain abroad.');
    const told = sentence('d.md', 1, 'Under the draft, the government would prohibit farmers from selling grain abroad for a year, officials said.');
    expect(findDisputesTold([denied, against, maybe], weight, 3)).toEqual([]);
    expect(pairsOf(findDisputesTold([denied, against, maybe, told], weight, 3))).toEqual(['a.md / d.md']);
  });

  it('does not pair two reports of the dispute, nor sentences of one article', () => {
    const report = sentence('a.md', 1, 'Guest accounts differed sharply, with some saying the fire started in the kitchen of the hotel.');
    const sameArticle = sentence('a.md', 2, '"It started in the kitchen," one guest said.');
    const reportAgain = sentence('b.md', 1, 'There were conflicting accounts from guests, some saying the fire started in the kitchen.');
    expect(findDisputesTold([report, sameArticle], weight, 3)).toEqual([]);
    expect(findDisputesTold([report, reportAgain], weight, 3)).toEqual([]);
  });
});
