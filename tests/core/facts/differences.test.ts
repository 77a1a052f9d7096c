import { describe, expect, it } from 'vitest';
import { findDifferences } from '../../../src/core/facts/differences.js';
import { sentence } from '../../eval/made-up-cluster.js';

const differences = (a: string, b: string) => findDifferences([sentence('a.md', 1, a), sentence('b.md', 1, b)], () => 2, 3);

describe('where sources differ', () => {
  it('pairs a denied predicate with the same predicate affirmed', () => {
    expect(
      differences('The ferry terminal has not reopened, the harbour authority said, citing damage to its piers.', 'Passengers crowded the quay as the ferry terminal reopened on Tuesday, according to the harbour authority.'),
    ).toHaveLength(1);
  });

  it('does not pair a sentence that lacks something with one that only mentions it', () => {
    expect(differences('Six coastal towns still have no ferry terminal of their own after the storm damage.', 'Debates over a new ferry terminal for the coastal towns grew louder after the storm damage.')).toEqual([]);
  });

  it('does not read an adjective before its noun as the thing denied ("no armed patrols")', () => {
    expect(differences('Villagers near the border have seen no armed patrols since the talks began last month.', 'The talks on the border have so far produced armed patrols by both sides near the villages.')).toEqual([]);
  });

  it('does not pair two places, each named by its own sentence, as one thing disputed ("Marden" against "Tollcross")', () => {
    expect(
      differences(
        'Volunteers from Marden spent the weekend helping to clean up the damage caused by the storm in the town centre.',
        'The town centre of Tollcross was not severely damaged by the storm, but the flooding caused most of the destruction.',
      ),
    ).toEqual([]);
    expect(
      differences('The Marden ferry terminal has not reopened, the harbour authority said, citing damage to its piers.', 'Passengers crowded the quay as the Marden ferry terminal reopened on Tuesday, according to the harbour authority.'),
    ).toHaveLength(1);
  });

  it('does not read "including" as a statement that a denial of "include" contradicts', () => {
    expect(
      differences('Several provinces do not include tenants in the housing relief scheme, officials said.', 'The housing relief scheme drew complaints from several provinces, including tenants in rural districts, officials said.'),
    ).toEqual([]);
  });

  it('reads "failed to inform" and "declined to identify" as denials, so they agree with "not keeping informed" and "not identified"', () => {
    expect(
      differences(
        'The skipper had received three warnings from the harbour board for failing to inform it of his whereabouts.',
        'There has been no fine, but the harbour board warning was issued for not keeping officials informed of his whereabouts.',
      ),
    ).toEqual([]);
    expect(
      differences(
        'The marina had rented the pier for the night to six boat clubs, the coastguard said but declined to identify the clubs.',
        'They had come for a regatta organised by six boat clubs whom the coastguard has not identified; the pier was rented from the marina.',
      ),
    ).toEqual([]);
    // A real denial by "failed to" still pairs with its affirmation.
    expect(
      differences('The ferry terminal has failed to reopen, the harbour authority said, citing damage to its piers.', 'Passengers crowded the quay as the ferry terminal reopened on Tuesday, according to the harbour authority.'),
    ).toHaveLength(1);
  });

  it('reads "would prohibit X from doing" against "X would be able to do" as one side barring what the other allows', () => {
    expect(
      differences(
        'Reports said a draft decree in the works would prohibit farmers from selling grain abroad and set other strict controls.',
        'The draft decree also implies that farmers would be able to sell grain abroad through licensed traders.',
      ),
    ).toHaveLength(1);
    // Barring a deed is no denial that it was done: "bars boats from mooring" against "boats were mooring" says what the rule is, and what happened.
    expect(differences('A harbour rule introduced in May bars fishing boats from mooring at the old quay during the festival.', 'Dozens of fishing boats were mooring at the old quay during the festival, the harbour master said.')).toEqual(
      [],
    );
  });

  it('pairs a denial only with the same word stated as a predicate, not named as a thing ("was not home" against "his home")', () => {
    expect(
      differences(
        'Lund was not home at the time of the attack, which was followed by a police crackdown on striking dockers.',
        "The ruling party supported the police crackdown, noting that grenades were thrown at Lund's home after the attack by striking dockers.",
      ),
    ).toEqual([]);
  });

  it('does not pair a verb denied of one thing with the verb stated of another ("does not include ways" against "includes targets")', () => {
    expect(differences('The current Harbour Accord includes reduction targets for the member ports, the communique says.', 'The current Harbour Accord does not include ways to clean the water, an official says.')).toEqual([]);
  });
});
