import { describe, expect, it } from 'vitest';
import { ASKED_ON } from '../../../eval/question-sets.js';
import { isLead, leansAtHead, openedAlone, openingDescription } from '../../../src/core/compose/briefing-opener.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { hasTac, tacCluster } from '../../eval/tac-cluster.js';

/**
 * docs/quality.md, "Twenty-fifth round (issue 16opener)", rule O: a topic briefing opens on a point that needs nothing
 * before it. Made-up wire copy on an airliner lost at sea.
 */
function doc(id: string, text: string) {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document;
}

const LOST = doc(
  'lost.txt',
  [
    'An airliner carrying 190 people crashed into the ocean on Monday after reporting heavy turbulence, the airline said.',
    'The pilots sent an automatic message reporting an electrical fault at 23:10.',
    'Four minutes later, the aircraft sent its last signal.',
    'The cause of the crash is not yet known, investigators said.',
    'The weather over the ocean was calm, forecasters said.',
    'Navy ships from three countries are searching an area of 5,000 square kilometres.',
    'The Brazilian Navy said the search would go on through the night.',
    'The spokesman, Carlos Lima, said rescuers had reached the area by noon.',
    'Ships reached the area where the signal was lost, and two hours later the first wreckage was sighted.',
  ].join(' '),
);
const ofDocument = (docId: string) => (docId === LOST.id ? LOST.sentences : []);
const at = (k: number): Sentence => LOST.sentences[k]!;

describe('rule O: the point a topic briefing opens on', () => {
  it('reads the words of the description a sentence opens on, with its "of the" complement', () => {
    expect(openingDescription('The cause of the crash is not yet known, investigators said.')).toEqual(['cause', 'crash']);
    expect(openingDescription('The debris includes a seat and part of a wing.')).toEqual(['debris', 'includes']);
    expect(openingDescription('The Brazilian Navy said the search would go on.')).toEqual([]);
    expect(openingDescription('Navy ships are searching the area.')).toEqual([]);
  });

  it('reads as leaning a description its document wrote before (the lead too) and a time that points back', () => {
    expect(LOST.sentences.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(leansAtHead(at(0), ofDocument)).toBe(false); // the lead needs nothing
    expect(leansAtHead(at(2), ofDocument)).toBe(true); // "Four minutes later"
    expect(leansAtHead(at(3), ofDocument)).toBe(true); // "the crash": the lead says it crashed
    expect(leansAtHead(at(4), ofDocument)).toBe(false); // "the weather": no sentence before writes it
    expect(leansAtHead(at(5), ofDocument)).toBe(false);
    expect(leansAtHead(at(6), ofDocument)).toBe(false); // a name, not a description
    expect(leansAtHead(at(7), ofDocument)).toBe(false); // a name in apposition identifies "the spokesman" (A2)
    expect(leansAtHead(at(8), ofDocument)).toBe(false); // "two hours later" inside the sentence, after its own event (A1)
  });

  it('moves the first later lead to the front, the rest in their order, nothing dropped (amendment B)', () => {
    const OTHER = doc('other.txt', 'Rescue ships found floating seats on Tuesday where the airliner was lost. The search went on.');
    const both = (docId: string) => (docId === OTHER.id ? OTHER.sentences : ofDocument(docId));
    const leans = (u: Sentence) => leansAtHead(u, both);
    const [lead, search] = OTHER.sentences;
    const order = (units: Sentence[]) => openedAlone(units, leans, isLead).map((s) => s.text.slice(0, 16));
    // "The cause of the crash" opens; the first later lead moves before it; "Navy ships…" (no lead) and the rest keep their order.
    expect(order([at(3), at(5), at(2), lead!, search!])).toEqual(order([lead!, at(3), at(5), at(2), search!]));
    expect(order([at(3), at(5), at(2), lead!, search!])[0]).toBe('Rescue ships fou');
    // A summary that opens on what needs nothing, or has no lead to move, keeps its order.
    expect(order([at(5), at(3), lead!])[0]).toBe('Navy ships from ');
    expect(order([at(3), at(2), at(5)])).toEqual([at(3), at(2), at(5)].map((s) => s.text.slice(0, 16)));
  });
});

describe.skipIf(!hasTac)('rule O on the TAC sets (eval data read at run time)', () => {
  it("a topic whose summary opened on a later sentence taking up its lead's words now opens on a document's lead", () => {
    const cluster = tacCluster('M008');
    const docs = cluster.docs;
    const leads = new Set(
      docs.flatMap((raw) => {
        const built = buildDocument(raw);
        return 'document' in built ? [built.document.sentences[0]!.text] : [];
      }),
    );
    const library = createLibrary(cluster.id, docs);
    library.topics();
    for (const length of ['short', 'standard'] as const) {
      const r = library.brief('debris', { length, now: ASKED_ON });
      if (!r.ok) throw new Error('no briefing');
      const [first] = r.briefing.summary;
      expect(leads.has(first!.parts?.[0] ?? first!.text)).toBe(true);
    }
  });
});
