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

  it('reads no judgment in an auxiliary: "will become" is not "willing" against "refused"', () => {
    expect(differences('Striking dockers at the harbour have refused to return to work until their pay claim is settled.', "In a late compromise, the dockers' leader Mara Voss will become chair of the harbour pay board.")).toEqual([]);
  });

  it('pairs two stances only when they are taken by one subject ("the council agreed" against "the operators refused")', () => {
    expect(differences('The port director said the council agreed with the ferry operators on two extra sailings a day.', 'Last week the ferry operators refused to let council inspectors board the ferry for the extra sailings.')).toEqual(
      [],
    );
    expect(differences('The ferry operators agreed to the pay offer late on Friday after a long night of talks with the harbour board.', 'The ferry operators rejected the pay offer, saying it left out overtime for crews.')).toHaveLength(1);
  });

  it('pairs a denial only with the same predicate said of the same subject ("a step that" against "such disputes did not")', () => {
    expect(differences('The council closed the ferry terminal over a safety breach, a step that further undermined the fragile harbour truce.', 'The port director said such disputes did not undermine the harbour truce.')).toEqual([]);
  });

  it('pairs a denial only with the same predicate taking the same argument, read through a possessive or a preposition', () => {
    const ending = 'Officials said the harbour deal was ending the long dock strike at last, after a vote on the quay.';
    expect(differences(ending, 'Dockers hoped the harbour deal would not end in more unrest on the quay.')).toEqual([]);
    expect(differences(ending, 'Dockers warned the harbour deal would not end the dock strike, as unrest grew on the quay.')).toHaveLength(1);
  });

  it('reads what may happen as no statement that it did ("could undermine" against "did not undermine")', () => {
    expect(differences('The mayor warned that the ferry closure could undermine the fragile harbour truce agreed last spring.', 'The ferry closure did not undermine the harbour truce, dockers said as the boats sailed again.')).toEqual([]);
    expect(differences('The mayor said that the ferry closure had undermined the fragile harbour truce agreed last spring.', 'The ferry closure did not undermine the harbour truce, dockers said as the boats sailed again.')).toHaveLength(1);
  });

  it('reads what someone asks or aims for as no statement that it happened ("urged the council to reopen", "the objective of reaching")', () => {
    const closed = 'The council has not reopened the old terminal, citing the cost of repairs to its flooded piers.';
    expect(differences('Angry ferry passengers and two unions urged the council to reopen the old terminal before summer.', closed)).toEqual([]);
    expect(differences('Angry ferry passengers said the council reopened the old terminal before summer.', closed)).toHaveLength(1);
    expect(
      differences(
        '"The talks continue with the objective of reaching agreement soon on the harbour budget," said a joint statement by the council.',
        "Newspapers published a joint statement from the council, although a final agreement on the harbour budget hasn't been reached yet.",
      ),
    ).toEqual([]);
  });
});
