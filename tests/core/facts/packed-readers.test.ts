import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/facts/figures.js';
import { findQuotes } from '../../../src/core/facts/quotes.js';
import { splitAfterNameEnd } from '../../../src/core/index/name-ends-sentence.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { sentence } from '../../eval/made-up-cluster.js';

// The lists who said what, figures and cleaning read by position are made by loops, not `.map`, and the first letter of a
// token or the unit after a stop is read only inside its text (docs/quality.md, "Issue 17, twenty-seventh round (17index2)").
// The same answers as before: these pin the answers the rewritten lines give.

function who(...texts: string[]): string[] {
  const doc: Sentence[] = texts.map((text, k) => ({ ...sentence('a', k, text), paragraph: k, index: 0 }));
  return findQuotes(doc, () => doc).map((q) => q.speaker);
}

describe('who said what, over tokens with nothing but marks', () => {
  it('takes a one-word speaker’s full name from a sentence where dashes stand alone beside it', () => {
    expect(who('The harbour master — Karl Ek — spoke first on Monday.', '"We will rebuild every warehouse," Ek said.')).toEqual(['Karl Ek']);
  });

  it('names a role by the person the sentences just before it name', () => {
    const castro = ['"We will not give in," said Cuban President Fidel Castro.', 'He spoke in Havana on Monday.'];
    expect(who(...castro, '"The revolution will go on," the Cuban leader said.')).toEqual(['Fidel Castro', 'Fidel Castro']);
    // Out of reach (more sentences between than a role looks back over), the role stays a role.
    const far = ['The congress went on.', 'Delegates voted.', 'Crowds gathered.', 'Rain fell.', 'Night came.', 'Music played.'];
    expect(who(castro[0]!, ...far, '"The revolution will go on," the Cuban leader said.')).toEqual(['Fidel Castro', 'Cuban leader']);
  });
});

describe('a figure as written', () => {
  it('keeps the spaces between its words and drops the hedge in front', () => {
    expect(findFigures([sentence('a', 0, 'The floods made about 1.5 million people homeless across the delta.')]).map((f) => f.value)).toEqual(['1.5 million']);
  });
});

describe('a stop after a name', () => {
  const pieces = (text: string) => splitAfterNameEnd(text, () => new Set(['Hun Sen']));
  it('keeps a text whose only stop is its last character whole, and still cuts after a name ending a sentence', () => {
    expect(pieces('The king met strongman Hun Sen.')).toEqual(['The king met strongman Hun Sen.']);
    expect(pieces('The king met strongman Hun Sen. Hun Sen complained.')).toEqual(['The king met strongman Hun Sen.', 'Hun Sen complained.']);
  });
});
