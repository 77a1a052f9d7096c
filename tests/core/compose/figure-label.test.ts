import { describe, expect, it } from 'vitest';
import { figureLabel } from '../../../src/core/compose/figure-label.js';

// Issue 16figs2, rule J: a key figure's label is joined as its sentence joins the number and what it counts.
describe('a key figure printed label', () => {
  it('keeps the hyphen of a compound measure the sentence writes', () => {
    expect(figureLabel({ value: '49', counts: 'page indictment', text: 'Prosecutors unsealed a 49-page indictment on Monday.' })).toBe('49-page indictment');
    expect(figureLabel({ value: '3 1/2', counts: 'year conflict', text: 'The court heard crimes of the 3 1/2-year conflict.' })).toBe('3 1/2-year conflict');
  });

  it("joins by a space what the sentence writes apart, and does not take another number's hyphen", () => {
    expect(figureLabel({ value: '54', counts: 'km time trial', text: 'He won the 54 km time trial.' })).toBe('54 km time trial');
    expect(figureLabel({ value: '3', counts: 'page letter', text: 'A 13-page report and a 3 page letter were filed.' })).toBe('3 page letter');
  });

  it('prints the value alone when nothing counted is named', () => {
    expect(figureLabel({ value: '77 feet', counts: '', text: 'The pieces measure 77 feet.' })).toBe('77 feet');
  });
});

// Issue 16figs8, rule N: the size of a noun named before "of" is printed in the sentence's order.
describe('a key figure that is the size of a noun', () => {
  it('prints the noun and "of" before the value', () => {
    expect(figureLabel({ value: '27,000', counts: 'town of', text: 'It occurred outside a bar in the town of 27,000.' })).toBe('town of 27,000');
  });
});

// Session 46, rule FA: a label is a phrase, not a clause with its tense.
describe('a key figure label with a finite auxiliary', () => {
  const label = (value: string, counts: string) => figureLabel({ value, counts, text: `${value} ${counts}.` });

  it('leaves out "were" or "have been" before a participle, an adjective or a preposition', () => {
    expect(label('500', 'villages were destroyed')).toBe('500 villages destroyed');
    expect(label('Fifteen', 'sailors have been captured')).toBe('Fifteen sailors captured');
    expect(label('Three', 'organizers were also detained')).toBe('Three organizers also detained');
    expect(label('20', 'were in intensive care')).toBe('20 in intensive care');
    expect(label('500', 'protesters were present')).toBe('500 protesters present');
  });

  it('keeps an active perfect, a modal, "being" and a copula before a noun', () => {
    expect(label('10 percent', 'of savers have withdrawn')).toBe('10 percent of savers have withdrawn');
    expect(label('9 million', 'voters will participate')).toBe('9 million voters will participate');
    expect(label('two', 'more are being built')).toBe('two more are being built');
    expect(label('three', 'rescuers were volunteers')).toBe('three rescuers were volunteers');
  });

  it('keeps the verb of a relative clause whole (docs/quality.md, "Session 73", rule WR)', () => {
    expect(figureLabel({ value: '214,500', counts: 'number of people whose data was stolen rose', text: 'The number of people whose data was stolen rose to 214,500.' })).toBe('number of people whose data was stolen rose to 214,500');
  });
});

// Session 46, rule FO: a label the sentence writes right before the value keeps the sentence's order.
describe('a key figure whose label the sentence writes before it', () => {
  it('prints the label first, as the sentence does', () => {
    expect(figureLabel({ value: '60.5 million USD', counts: 'China has promised', text: 'China has promised 60.5 million USD in aid.' })).toBe('China has promised 60.5 million USD');
    expect(figureLabel({ value: '7', counts: 'Mobil jumped', text: 'Exxon rose 1 and Mobil jumped 7 on the news.' })).toBe('Mobil jumped 7');
  });

  it('keeps the value first where the sentence writes the label after it', () => {
    expect(figureLabel({ value: '65', counts: 'people killed', text: 'The fire killed 65 people.' })).toBe('65 people killed');
    expect(figureLabel({ value: '52', counts: 'people', text: 'Officials said 52 people died.' })).toBe('52 people');
  });
});

// Session 46, rule FP: a label ending on a preposition takes the value as its object.
describe('a key figure label that ends on a preposition', () => {
  it('prints the value after it', () => {
    expect(figureLabel({ value: 'zero', counts: 'budget deficit to', text: 'It would cut its budget deficit from eight percent to zero by 2000.' })).toBe('budget deficit to zero');
    expect(figureLabel({ value: '50 and 100', counts: 'total casualties between', text: 'Total casualties were put between 50 and 100.' })).toBe('total casualties between 50 and 100');
  });
});

// Session 47, rule FO′: the same where the sentence writes other words between the label's.
describe('a key figure whose label the sentence writes before it with words between', () => {
  it('prints the label first when its words come in order and its last word right before the value', () => {
    expect(figureLabel({ value: '3.1 percent', counts: 'Blue chips sank', text: 'Blue chips in London sank 3.1 percent to close at new lows.' })).toBe('Blue chips sank 3.1 percent');
  });

  it('keeps the value first where some of the label is written after it', () => {
    expect(figureLabel({ value: 'dlrs 300 billion', counts: 'in assets represented', text: 'He said the executives in the delegation represented dlrs 300 billion in assets.' })).toBe('dlrs 300 billion in assets represented');
  });

  it("keeps the value first where the label's noun follows it, whatever another clause writes before (rule FW)", () => {
    const text = 'Officials began vaccinating 200,000 people on Thursday, in a campaign against an outbreak that has killed 38 people.';
    expect(figureLabel({ value: '38', counts: 'people killed', text })).toBe('38 people killed');
  });
});

// Session 49, rule FB: the same with a change's preposition between the label's last word and the value.
describe('a key figure whose label the sentence writes before it, a preposition between', () => {
  it('prints the label, the preposition and the value in the sentence’s order', () => {
    expect(figureLabel({ value: 'five', counts: 'death toll rose', text: 'The death toll from the floods rose to five on Tuesday.' })).toBe('death toll rose to five');
    expect(figureLabel({ value: '5 percent', counts: 'stock market dropped', text: "The city's stock market dropped by 5 percent on Monday." })).toBe('stock market dropped by 5 percent');
  });

  it('prints a hedge between the preposition and the value as written (session 62, rule TP)', () => {
    expect(figureLabel({ value: '85', counts: 'death toll has risen', text: 'The death toll from the landslide has risen to about 85.' })).toBe('death toll has risen to about 85');
    expect(figureLabel({ value: '200', counts: 'death toll rose', text: 'The death toll rose to more than 200 on Friday.' })).toBe('death toll rose to more than 200');
  });

  it('keeps the value first where another word stands between', () => {
    expect(figureLabel({ value: '5 percent', counts: 'stock market dropped', text: 'The stock market dropped sharply by 5 percent.' })).toBe('5 percent stock market dropped');
  });
});

// Session 51, rules FU and FU′: a label of one word written right before the change's preposition or particle and the value.
describe('a one-word label written right before "up", "at" or "to" and the value', () => {
  it('prints the label, the word and the value in the sentence’s order', () => {
    expect(figureLabel({ value: '1.2 percent', counts: 'currency', text: 'The decision pushed the currency up 1.2 percent against the euro.' })).toBe('currency up 1.2 percent');
    expect(figureLabel({ value: '4 percent', counts: 'rates', text: 'Two members wanted to hold rates at 4 percent.' })).toBe('rates at 4 percent');
  });

  it('keeps the value first where the word counts another number ("by 3 votes to 2")', () => {
    expect(figureLabel({ value: '2', counts: 'votes', text: 'The council approved the plan by 3 votes to 2.' })).toBe('2 votes');
  });
});

// Session 51, rule SP: one side of a score or tally is printed with the other.
describe('a figure that is one side of a score written with a hyphen', () => {
  it('prints the whole score, whichever side it reads', () => {
    const text = 'Rovendale led 2-0 at half-time through two goals from their striker.';
    expect(figureLabel({ value: '2', counts: 'Rovendale led', text })).toBe('Rovendale led 2-0');
    expect(figureLabel({ value: '0', counts: 'Rovendale led', text })).toBe('Rovendale led 2-0');
  });

  it('leaves a span of years and an ambiguous pair as they are', () => {
    expect(figureLabel({ value: '2 million', counts: 'people', text: 'As many as 2 million people died during the 1975-79 rule.' })).toBe('2 million people');
    expect(figureLabel({ value: '2', counts: 'City won', text: 'City won 3-2 after leading 2-1.' })).toBe('2 City won');
  });
});

// Session 51, rule CP: the copula's subject, written right before it, is printed before the value.
describe('a label that is the subject of "was" or "is" before the value', () => {
  it('prints the label first, without the copula', () => {
    expect(figureLabel({ value: '68 percent', counts: 'Turnout', text: 'Turnout was 68 percent, the highest since 1990.' })).toBe('Turnout 68 percent');
    expect(figureLabel({ value: '1,200', counts: 'death toll', text: 'The death toll is 1,200, officials said.' })).toBe('death toll 1,200');
  });
});

// Session 53, rule DO: a label written before the value across a hedge is printed with the hedge, as written.
describe('a label written before a hedged value', () => {
  it('prints the clause, the hedge and the value in the sentence’s order', () => {
    const text = 'The storm cost the airline about 30 million euros in lost flights.';
    expect(figureLabel({ value: '30 million euros', counts: 'storm cost the airline', text })).toBe('storm cost the airline about 30 million euros');
    expect(figureLabel({ value: '250', counts: 'hall held', text: 'The old hall held at least 250 when the fire began.' })).toBe('hall held at least 250');
  });
});

// Session 70, rule YR: a rate's period is printed with its amount, where the sentence writes them together.
describe('a key figure that is a rate', () => {
  it('joins the period back to the amount and prints what comes before it in the sentence’s order', () => {
    const text = 'A spokesman said the stoppage was costing the local economy about 12 million euros a day in lost fees.';
    expect(figureLabel({ value: '12 million euros', counts: 'a day stoppage was costing the local economy', text })).toBe('stoppage was costing the local economy about 12 million euros a day');
    expect(figureLabel({ value: '12 percent', counts: 'a year Mortgage rates were raised', text: 'Mortgage rates were raised to 12 percent a year.' })).toBe('Mortgage rates raised to 12 percent a year');
  });

  it('prints the period as the label where it is all the label says, and as before where the sentence cannot place the rest', () => {
    expect(figureLabel({ value: '$45,000', counts: 'a year', text: 'Dockers regularly make $45,000 or $50,000 a year.' })).toBe('$45,000 a year');
    expect(figureLabel({ value: '50 percent', counts: 'a year interest', text: 'Interest of 50 percent a year was charged.' })).toBe('50 percent a year interest');
  });
});

describe('a unit read with what the value counts (docs/quality.md, "Session 74", rule WO)', () => {
  it('prints "level has dropped eight points" as the sentence writes it, not "eight points level has dropped"', () => {
    const text = 'The level has dropped eight points since the utility announced its restrictions on July 7.';
    expect(figureLabel({ value: 'eight', counts: 'points level has dropped', text })).toBe('level has dropped eight points');
    // A count whose noun the sentence writes after the value keeps the value first.
    expect(figureLabel({ value: '38', counts: 'people killed', text: 'The attack killed 38 people.' })).toBe('38 people killed');
  });
});

describe('a hyphenated word in a label (docs/quality.md, "Session 74", rule HJ)', () => {
  it('prints "food-poisoning" as its sentence writes it, and a dash between words as it was', () => {
    const text = 'The families of 58 children sickened in a food-poisoning outbreak filed a class action on Monday.';
    expect(figureLabel({ value: '58', counts: 'children sickened in a food - poisoning outbreak', text })).toBe('58 children sickened in a food-poisoning outbreak');
    const dashed = 'The families of 58 children - most of them under ten - filed a class action on Monday.';
    expect(figureLabel({ value: '58', counts: 'children - most', text: dashed })).toBe('58 children - most');
  });
});
