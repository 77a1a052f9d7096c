import { describe, expect, it } from 'vitest';
import { leansOnPrevious, standsAlone } from '../../../src/core/index/stands-alone.js';

describe('standsAlone', () => {
  it('takes a sentence that states its own subject', () => {
    expect(standsAlone('Police arrested a night guard over the harbour fire on Sunday.')).toBe(true);
    expect(standsAlone('He was arrested on Sunday.')).toBe(true);
    expect(standsAlone('Thatcher resigned in 1990.')).toBe(true);
    expect(standsAlone('Butler said the port would reopen.')).toBe(true);
  });

  it('refuses one that opens on a connective, a demonstrative or a quotation', () => {
    expect(standsAlone('However, there are two obstacles to a peace agreement.')).toBe(false);
    expect(standsAlone('But the envoy said the situation was as bad as before.')).toBe(false);
    expect(standsAlone('  This was the first time the two modules touched.')).toBe(false);
    expect(standsAlone('"We will rebuild," the mayor said.')).toBe(false);
    expect(standsAlone('“We will rebuild,” the mayor said.')).toBe(false);
  });
});

describe('leansOnPrevious', () => {
  it('catches a definite count and a time counted from the sentence before', () => {
    for (const text of ['The two leaders met again in Geneva.', 'Both men were charged on Friday.', 'Three days later, the talks resumed.', 'Hours later the truce collapsed.', 'The next day, officials denied it.']) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of ['Two men were charged with murder.', 'The two-party opposition bloc met.', 'Two days of talks ended on Friday.', 'The talks resumed three days later.']) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a pronoun after a fronted phrase, more "other" of a count, and a demonstrative a few words in', () => {
    for (const text of [
      'In a speech on Friday, he attacked the currency traders.',
      'Asked about the vote, they declined to comment.',
      'Four other organizers were also detained.',
      'A total of six other guards were convicted.',
      'In making those pledges, the envoy asked for time.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of ['"We will not leave," he said.', 'In 1978, twenty people died in a hotel fire.', 'Among those killed were three children.', 'Police said they found the truck on Friday.', 'Other ministers resigned in protest.']) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });

  it('catches a definite shell noun with no content of its own, and "this" before a noun a few words in', () => {
    for (const text of ['The decision was made at the summit in Brest.', 'The surprise move angered the unions.', 'The report said 20 guests died.', 'By presenting this process as a first step, the envoy sought time.']) {
      expect(leansOnPrevious(text), text).toBe(true);
    }
    for (const text of [
      'The decision to close the harbour was made on Monday.',
      'The move by the council angered the unions.',
      'The news agency said so.',
      'The deal is worth 70 million euros.',
      'The council said this year would be hard.',
    ]) {
      expect(leansOnPrevious(text), text).toBe(false);
    }
  });
});
