import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { typeOf } from './type-of.js';

describe('the expected answer type of a question', () => {
  it('answers "how many" with a count of the asked event, not of another one', () => {
    const found = typeOf('how many people were hurt by the bomb in the market', {
      a: 'The bomb in the market injured 30 people on Friday. Police said 176 people have been kidnapped in the region this year. The bomb damaged the market hall.',
    });
    expect(found['The bomb in the market injured 30 people on Friday.']).toBe('answers');
    expect(found['Police said 176 people have been kidnapped in the region this year.']).toBe('misleads');
    expect(found['The bomb damaged the market hall.']).toBe('none');
  });

  it("does not count a figure dated by another year as the story's", () => {
    const found = typeOf('how many died in the dance hall fire', {
      a: 'Forty young people died in the dance hall fire. In 1978, 20 people died in a fire at a hotel in the town of Lund.',
      b: 'The dance hall fire was the deadliest since 1978, when 20 people died in the town of Lund.',
    });
    expect(found['Forty young people died in the dance hall fire.']).toBe('answers');
    expect(found['In 1978, 20 people died in a fire at a hotel in the town of Lund.']).toBe('misleads');
    expect(found['The dance hall fire was the deadliest since 1978, when 20 people died in the town of Lund.']).toBe('misleads');
  });

  it('answers "how strong" with a measure of this event, not a count of things or another instance', () => {
    const found = typeOf('how strong was the earthquake', {
      a: 'A magnitude 7.1 earthquake struck the coast on Monday. Four strong aftershocks shook the coast overnight. Another magnitude 5.2 earthquake hit the coast on Tuesday.',
    });
    expect(found['A magnitude 7.1 earthquake struck the coast on Monday.']).toBe('answers');
    expect(found['Four strong aftershocks shook the coast overnight.']).toBe('none');
    expect(found['Another magnitude 5.2 earthquake hit the coast on Tuesday.']).toBe('misleads');
  });

  it('answers "who" with a named person and "when" with a date', () => {
    const who = typeOf('who was arrested for the bombing', {
      a: 'Police arrested Ronald Tiller for the bombing. Police arrested a local man for the bombing. Police arrested three Liberty Party organizers for the bombing.',
      b: 'The party said its members were innocent.',
    });
    expect(who['Police arrested Ronald Tiller for the bombing.']).toBe('answers');
    expect(who['Police arrested a local man for the bombing.']).toBe('none');
    // A body's name is not a person's: the set writes "party" in lower case too.
    expect(who['Police arrested three Liberty Party organizers for the bombing.']).toBe('none');
    const when = typeOf('when will the airport open', { a: 'The airport will open on Tuesday, officials said. The airport will open soon, officials said.' });
    expect(when['The airport will open on Tuesday, officials said.']).toBe('answers');
    expect(when['The airport will open soon, officials said.']).toBe('none');
  });
});

describe('a question answered by its answer type', () => {
  const copies = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `wire-${i}.txt`,
      text: `The dance hall fire in Lund was the worst in the town's history. In 1978, 20 people died in a fire at a hotel in Lund. Fire crews fought the dance hall fire for hours in Lund. ${i === 0 ? 'Police said 63 people died in the dance hall fire on Thursday night.' : 'Parents gathered at the school near the dance hall.'}`,
      meta: { published: '1998-10-30' },
    }));
  it("leads with the story's count and shows no count of another year's fire", () => {
    const library = createLibrary('lund', copies(5));
    const r = library.brief('how many died in the Lund dance hall fire', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
    expect(shown[0]).toContain('63 people died');
    expect(shown.join(' ')).not.toContain('In 1978, 20 people died');
  });
});

describe('"how much money" is answered by a sum of money (sixteenth round, 16lead2, rule 4)', () => {
  it('reads a sum written with a currency as the money asked for, and a count of people as none', () => {
    const found = typeOf('how much money did Varnia Air offer for the search for the recorders', {
      a: 'Varnia Air said it would contribute between €12 million and €20 million to fund a longer search for the recorders. The search for the recorders involves 400 people. Varnia Air pledged 150,000 euro more on Friday.',
    });
    expect(found['Varnia Air said it would contribute between €12 million and €20 million to fund a longer search for the recorders.']).toBe('answers');
    // Written with the asked subject's name: since rule OS, "The carrier pledged…" is not known to be Varnia Air's sum.
    expect(found['Varnia Air pledged 150,000 euro more on Friday.']).toBe('answers');
    expect(found['The search for the recorders involves 400 people.']).toBe('none');
  });
});

describe('"how far" is answered by a distance (sixteenth round, 16lead2, rule 5)', () => {
  it('reads a figure in a unit of length as the distance asked for, and a count of people as none', () => {
    const found = typeOf('how far inside Varnian waters were the sailors', {
      a: 'The navy said the boat was 1.7 nautical miles inside Varnian waters. The 15 sailors were inside Varnian waters when they were detained.',
    });
    expect(found['The navy said the boat was 1.7 nautical miles inside Varnian waters.']).toBe('answers');
    expect(found['The 15 sailors were inside Varnian waters when they were detained.']).toBe('none');
  });
});

describe('"how much" with no thing named asks for a measure, a price or a payment (session 41, rule M)', () => {
  it('reads a sum of money as the answer to "how much is X offering", and a count of passengers X carried as none', () => {
    const found = typeOf('how much is Varnia Air offering toward the search for the recorders', {
      a: 'Varnia Air will contribute between €12 million and €20 million to fund an extended search for the recorders. The jet was a Varnia Air A330 carrying 216 passengers when it vanished.',
    });
    expect(found['Varnia Air will contribute between €12 million and €20 million to fund an extended search for the recorders.']).toBe('answers');
    expect(found['The jet was a Varnia Air A330 carrying 216 passengers when it vanished.']).toBe('none');
  });

  it('reads the price written before the thing as what "how much did it cost" asks, and still "fell by 200 points" as how far an index fell', () => {
    const cost = typeOf('how much did the Lund airport cost', {
      a: 'The dlrs 75 million Lund airport will open on Tuesday. The Lund airport has two runways and 40 gates.',
    });
    expect(cost['The dlrs 75 million Lund airport will open on Tuesday.']).toBe('answers');
    expect(cost['The Lund airport has two runways and 40 gates.']).toBe('none');
    const fall = typeOf('how much did the Kelso index fall', { a: 'The Kelso index fell by 200 points on Thursday.' });
    expect(fall['The Kelso index fell by 200 points on Thursday.']).toBe('answers');
  });
});

describe('"how much did X pledge" asks for X\'s figure (session 41, rule O)', () => {
  it("reads the asked subject's sum as the answer and another donor's, written beside X's name, as none", () => {
    const found = typeOf('how much did Varnia promise to give for flood relief', {
      a: 'Kelso has promised 60.5 million USD, after Varnia and Lund, for flood relief. In comparison, there was a $500 million pledge made recently by the government of Varnia for flood relief.',
    });
    expect(found['In comparison, there was a $500 million pledge made recently by the government of Varnia for flood relief.']).toBe('answers');
    expect(found['Kelso has promised 60.5 million USD, after Varnia and Lund, for flood relief.']).toBe('none');
  });

  it("leads the answer with the subject's pledge, not another donor's told beside its name", () => {
    const library = createLibrary('relief', [
      { id: 'a.txt', text: 'Kelso has promised 60.5 million USD for flood relief, after Varnia and Lund. Flood relief reached the coast on Friday.', meta: { published: '1998-10-30' } },
      { id: 'b.txt', text: 'Aid workers said flood relief was slow. In comparison, there was a $500 million pledge made recently by the government of Varnia.', meta: { published: '1998-10-30' } },
    ]);
    const r = library.brief('how much did Varnia promise to give for flood relief', { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]?.text).toContain('$500 million pledge');
  });

  it('reads "His 15 seats" as the subject\'s count when the passage names him first, and a party\'s common name as no subject', () => {
    const library = createLibrary('assembly', [
      { id: 'a.txt', text: 'Sam Varn, under investigation by a court in Lund, has remained abroad. His 15 seats in the 122-seat assembly are irrelevant to forming a working government.', meta: { published: '1998-10-30' } },
      { id: 'b.txt', text: "Kelso's party won 64 of the 122 seats in the assembly in July's election. The party will lead the assembly.", meta: { published: '1998-10-30' } },
    ]);
    const r = library.brief("how many seats did Sam Varn's party win in the assembly", { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]?.text).toContain('His 15 seats');
    expect(r.briefing.summary.map((p) => p.text).join(' ')).not.toContain('won 64 of the 122 seats');
  });
});

describe('a pair of name words the set writes as a place is no person (session 41, rule P2)', () => {
  it('reads "Fort Lund" as a place once the set writes "in Fort Lund", and two named men as people', () => {
    const found = typeOf('who has been charged in the beating of the student', {
      a: 'While the student lay comatose from a beating, a parade passed his hospital bed in Fort Lund. Ray Henders and Aaron Kinney were charged in the beating of the student.',
      b: 'Doctors in Fort Lund said the student was still in a coma.',
    });
    expect(found['While the student lay comatose from a beating, a parade passed his hospital bed in Fort Lund.']).toBe('none');
    expect(found['Ray Henders and Aaron Kinney were charged in the beating of the student.']).toBe('answers');
  });
});

describe('rule OR: a figure in a relative clause is the noun its clause follows', () => {
  it('does not give "a builder who won $18 million" to the mayor the sentence is about, and gives "Osei, who received" to Osei', () => {
    const found = typeOf('how much did Osei receive', {
      a: 'Former mayor Daniel Osei was sentenced on Tuesday for accepting bribes from a builder who won more than $18 million in city work.',
      b: 'The court heard from Daniel Osei, who received $240,000 from the firm.',
    });
    expect(found['Former mayor Daniel Osei was sentenced on Tuesday for accepting bribes from a builder who won more than $18 million in city work.']).toBe('none');
    expect(found['The court heard from Daniel Osei, who received $240,000 from the firm.']).toBe('answers');
  });
});

describe('rule OS: "how many years did Varga get" asks for Varga\'s figure, with no focus verb', () => {
  it('takes the names right after the auxiliary as the subject whose figure answers', () => {
    const found = typeOf('how many years in prison did Varga get', {
      a: 'The court sentenced Ana Varga to ten years in prison on Friday.',
      b: 'Her co-defendant Tomas Brandt faces up to 16 years in prison.',
    });
    expect(found['The court sentenced Ana Varga to ten years in prison on Friday.']).toBe('answers');
    expect(found['Her co-defendant Tomas Brandt faces up to 16 years in prison.']).not.toBe('answers');
  });
});
