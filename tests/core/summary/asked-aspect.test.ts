import { describe, expect, it } from 'vitest';
import { answerTypeTest, preferAnswerType } from '../../../src/core/summary/answer-type.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { indexOf } from '../index-of.js';
import { typeOf } from './type-of.js';

describe('the asked aspect: the answer tied to the verb or noun it is asked of', () => {
  it('answers "how many people were at the party" with the count of those there, not of the dead or hurt', () => {
    const found = typeOf('how many people were at the party', {
      a: 'A fire swept through a crowded nightclub in Varlo, killing all 41 people at the party. About 250 people were at the party when the fire broke out, police said.',
      b: 'Officials said 60 people who attended the party were treated in hospital.',
    });
    expect(found['A fire swept through a crowded nightclub in Varlo, killing all 41 people at the party.']).toBe('none');
    expect(found['Officials said 60 people who attended the party were treated in hospital.']).toBe('none');
    expect(found['About 250 people were at the party when the fire broke out, police said.']).toBe('answers');
  });

  it('answers "where were the fishermen held" with the place they were held, not where they were seized', () => {
    const found = typeOf('where were the fishermen held', {
      a: 'The fishermen were seized by coast guards on May 3 in the Gulf of Orsk. The fishermen were held in Tarvik, a naval base, for two weeks.',
      b: 'The fishermen told reporters at a news conference in Dunmore that they had been well fed. Their families spoke at a vigil held in Dunmore.',
    });
    expect(found['Their families spoke at a vigil held in Dunmore.']).toBe('none');
    expect(found['The fishermen were seized by coast guards on May 3 in the Gulf of Orsk.']).toBe('none');
    expect(found['The fishermen told reporters at a news conference in Dunmore that they had been well fed.']).toBe('none');
    expect(found['The fishermen were held in Tarvik, a naval base, for two weeks.']).toBe('answers');
  });

  it('answers "who built the probe" with the verb\'s agent, not with names near the probe', () => {
    const found = typeOf('who built the Kestrel probe', {
      a: 'Mission controller Anna Berg said the Kestrel probe had reached orbit. The Japanese-built Kestrel probe carries four cameras.',
      b: 'The Kestrel probe was built by Halvard Aerospace in Oslo over three years.',
    });
    expect(found['Mission controller Anna Berg said the Kestrel probe had reached orbit.']).toBe('none');
    expect(found['The Japanese-built Kestrel probe carries four cameras.']).toBe('answers');
    expect(found['The Kestrel probe was built by Halvard Aerospace in Oslo over three years.']).toBe('answers');
  });

  it('reads "who is going to design" as asking who designs, not who goes (rule GT)', () => {
    const found = typeOf('who is going to design the next Kestrel probe', {
      a: 'Mission controller Anna Berg said she is going to Oslo to see the next Kestrel probe.',
      b: 'The next Kestrel probe will be designed by Halvard Aerospace in Oslo.',
    });
    expect(found['Mission controller Anna Berg said she is going to Oslo to see the next Kestrel probe.']).toBe('none');
    expect(found['The next Kestrel probe will be designed by Halvard Aerospace in Oslo.']).toBe('answers');
  });

  it('answers "who attended the Lisbon summit" with the names listed with it, not with what was said there', () => {
    const found = typeOf('who attended the Lisbon summit', {
      a: 'Prime Minister Joao Tavares said the Lisbon summit had been frank and friendly. The Lisbon summit with Chancellor Greta Lind and President Paul Arnaud ended on Tuesday.',
    });
    expect(found['Prime Minister Joao Tavares said the Lisbon summit had been frank and friendly.']).toBe('none');
    expect(found['The Lisbon summit with Chancellor Greta Lind and President Paul Arnaud ended on Tuesday.']).toBe('answers');
  });

  it('keeps the best answer of another aspect first when no sentence ties the slot to the asked verb (no false silence)', () => {
    const index = indexOf({
      a: 'The fishermen were seized by coast guards in the Gulf of Orsk. Families of the fishermen gathered outside the ministry.',
    });
    const question = readQuestion('where were the fishermen held')!;
    const test = answerTypeTest(index, question, () => undefined)!;
    const units = index.sentences;
    const typed = preferAnswerType({ units, scores: units.map(() => 1) }, test);
    expect([...typed.bearing].map((u) => u.text)).toEqual(['The fishermen were seized by coast guards in the Gulf of Orsk.']);
  });
  it('answers "where will the talks be held" with a place the talks are written in, though "held" is not (rule WE)', () => {
    const found = typeOf('where will the peace talks be held', {
      a: 'Negotiators agreed Monday to hold peace talks next month, officials said. The talks in Valbruck will open on March 3, the ministry said.',
      b: 'The rebels, who met reporters in Orsk on Sunday, said they would attend.',
    });
    expect(found['Negotiators agreed Monday to hold peace talks next month, officials said.']).toBe('none');
    expect(found['The rebels, who met reporters in Orsk on Sunday, said they would attend.']).toBe('none');
    expect(found['The talks in Valbruck will open on March 3, the ministry said.']).toBe('answers');
  });

  it('does not read where a person is written as where the person was held: hostages are not held as talks are', () => {
    const found = typeOf('where were the hostages held', {
      a: 'The hostages, seized in Orsk on May 3, were freed on Friday. The hostages were held in a cellar in Tarvik, one said.',
    });
    expect(found['The hostages, seized in Orsk on May 3, were freed on Friday.']).toBe('none');
    expect(found['The hostages were held in a cellar in Tarvik, one said.']).toBe('answers');
  });

  it('answers with the name apposed to a place the question already names: "outside Vardania\'s capital, Koltsk" (rule WA)', () => {
    const found = typeOf('where were the bodies found in vardania', {
      a: "The bodies were found Tuesday in Vardania, police said. The bodies were found along a highway outside Vardania's capital, Koltsk.",
    });
    expect(found['The bodies were found Tuesday in Vardania, police said.']).toBe('none');
    expect(found["The bodies were found along a highway outside Vardania's capital, Koltsk."]).toBe('answers');
  });
});
