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
