import { describe, expect, it } from 'vitest';
import { clusterDocuments } from '../../../src/core/topics/cluster-documents.js';
import { discover, sharedActor } from '../../../src/core/topics/discover-topics.js';
import { indexOf } from '../index-of.js';
import { article } from '../made-up-stories.js';

/** One story told in two threads: the eruption itself, and the fight over paying its farmers. Every article names Kesra and Tavoli. */
const ERUPTION = [
  'Mount Kesra erupted on Thursday near Tavoli, sending ash ten kilometres into the sky. Flights over the valley were cancelled as the ash cloud spread. Pilots were told to keep clear of the plume.',
  'Ash from Mount Kesra fell on roofs in Tavoli on Friday, and airlines kept cancelling flights. The plume drifted east over the valley. Airports along the coast closed their runways to jets.',
  'The Kesra volcano threw up a second plume of ash near Tavoli, grounding flights for a third day. Air traffic controllers rerouted jets around the cloud. Airlines counted the cost of empty planes.',
  'Flights resumed on Sunday once the ash cloud from Mount Kesra drifted out to sea past Tavoli. Airports reopened their runways. Pilots reported clear skies over the valley.',
];
const COMPENSATION = [
  'Farmers near Tavoli demanded compensation from parliament for crops ruined by Kesra. Lawmakers argued over how much the treasury could pay. The finance minister promised a bill within a month.',
  'Parliament debated a compensation bill for Tavoli farmers whose harvest Kesra ruined. The opposition said the payments were too small. The finance minister defended the budget.',
  'The Tavoli farmers union marched on parliament, saying the Kesra compensation bill left out orchards. Lawmakers delayed the vote. The treasury said payments would start in spring.',
  'Lawmakers passed the Kesra compensation bill after the finance minister raised payments for Tavoli orchards. The farmers union welcomed the vote. The treasury will pay within weeks.',
];

describe('a set that is one story told in threads', () => {
  const docs = Object.fromEntries([...ERUPTION, ...COMPENSATION].map((text, i) => [`kesra-${i}.txt`, text]));

  it('is one story, with facets, although its articles cluster in two threads', () => {
    const index = indexOf(docs);
    // The threads share only the names every article holds, which tf-idf weighs at nothing.
    expect(clusterDocuments(index).clusters.filter((c) => c.ids.length >= 2).length).toBeGreaterThanOrEqual(2);
    const found = discover(index);
    expect(found.stories).toBeUndefined();
    expect(found.topics.length).toBeGreaterThan(0);
  });

  it('keeps stories apart that share no name', () => {
    const index = indexOf(
      Object.fromEntries(
        [0, 1, 2, 3].flatMap((n) => [
          [`ferry-${n}.txt`, article('ferry', n)],
          [`volcano-${n}.txt`, article('volcano', n)],
        ]),
      ),
    );
    expect(discover(index).stories?.topicOf.size).toBe(2);
  });

  it('needs a thread’s actor in at least half the documents of every thread', () => {
    const index = indexOf(docs);
    const eruption = ERUPTION.map((_, i) => `kesra-${i}.txt`);
    const compensation = COMPENSATION.map((_, i) => `kesra-${i + ERUPTION.length}.txt`);
    expect(sharedActor(index, [{ ids: eruption }, { ids: compensation }])).toBeDefined();
    // "Parliament" is written with a capital nowhere, "Flights" only at a sentence's start: neither is a name.
    const withoutNames = indexOf(Object.fromEntries(Object.entries(docs).map(([id, text]) => [id, text.replace(/Mount Kesra|The Kesra volcano|Kesra|Tavoli/g, 'the mountain')])));
    expect(sharedActor(withoutNames, [{ ids: eruption }, { ids: compensation }])).toBeUndefined();
  });

  it('keeps two stories apart that both mention their country, each with its own actor', () => {
    const flood = [
      'Floods swept through Varna on Monday after the river burst its banks, the Ostland weather office said. Rescue boats carried families from flooded homes.',
      'Varna pumped water from its flooded streets on Tuesday as the Ostland army sent rescue boats. The river kept rising past the old bridge.',
      'The river fell in Varna on Wednesday and families returned to flooded homes, Ostland officials said. Mud covered the streets.',
      'Varna counted the cost of the floods on Thursday, and the Ostland government promised money for flooded homes. Boats still ferried food.',
    ];
    const election = [
      'Brel won the presidential election in Ostland on Sunday with a clear majority of the vote. Voters lined up for hours at polling stations.',
      'Brel promised lower taxes in his victory speech, the Ostland electoral commission said after counting the ballots. Turnout reached a record.',
      'Opposition parties accepted the result as Brel took the oath in the Ostland capital. The electoral commission published the final count of votes.',
      'Brel named a new cabinet on Friday, and the Ostland parliament will vote on it next week. Ministers of the old government left their offices.',
    ];
    const index = indexOf(Object.fromEntries([...flood, ...election].map((text, i) => [`ostland-${i}.txt`, text])));
    expect(discover(index).stories?.topicOf.size).toBe(2);
  });
});
