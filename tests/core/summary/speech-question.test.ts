import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { answerTypeTest } from '../../../src/core/summary/answer-type.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { indexOf } from '../index-of.js';

describe('a question that asks what someone said', () => {
  it('is read as a speech question with its speaker, by any reporting verb in its dictionary form', () => {
    expect(readQuestion('what did the mayor say about the bridge')).toMatchObject({ kind: 'speech', speaker: { words: 'the mayor' } });
    expect(readQuestion('what did Louise Arbour ask for')).toMatchObject({ kind: 'speech', speaker: { words: 'Louise Arbour' } });
    expect(readQuestion('what did the tribunal prosecutor demand')).toMatchObject({ kind: 'speech', speaker: { words: 'the tribunal prosecutor' } });
    // Not speech: the verb reports none, or the question asks for a person.
    expect(readQuestion('what did the council build')?.kind).toBe('object');
    expect(readQuestion('who said the bridge would close')?.kind).toBe('person');
  });

  it("answers with the asked speaker's words, not a sentence that only names the speaker", () => {
    const index = indexOf({
      a: 'The mayor said the bridge would reopen in May. A columnist wrote that the mayor had failed the bridge. "The bridge is safe," the mayor told reporters.',
    });
    const test = answerTypeTest(index, readQuestion('what did the mayor say about the bridge')!, () => undefined)!;
    const found = Object.fromEntries(index.sentences.map((s) => [s.text, test.of(s)]));
    expect(found['The mayor said the bridge would reopen in May.']).toBe('answers');
    expect(found['"The bridge is safe," the mayor told reporters.']).toBe('answers');
    expect(found['A columnist wrote that the mayor had failed the bridge.']).toBe('none');
  });

  it('answers "what did X demand" with X\'s demands written as a noun, not with another name\'s (rule SD)', () => {
    const index = indexOf({
      a: "Talks with Kovac resumed on Monday. Kovac has other demands for a deal. Kovac's main demand is a vote on the border. Reports of the talks with Kovac suggest Varnia is demanding a new port.",
    });
    const test = answerTypeTest(index, readQuestion('what did Kovac demand')!, () => undefined)!;
    const found = Object.fromEntries(index.sentences.map((s) => [s.text, test.of(s)]));
    expect(found['Kovac has other demands for a deal.']).toBe('answers');
    expect(found["Kovac's main demand is a vote on the border."]).toBe('answers');
    expect(found['Reports of the talks with Kovac suggest Varnia is demanding a new port.']).toBe('none');
    expect(found['Talks with Kovac resumed on Monday.']).toBe('none');
  });

  // The columnist's and the critics' sentences hold the question's words ("mayor", "say", "bridge"); the mayor's own words do not say "bridge".
  const wire = () =>
    [
      'The old bridge over the river closed in March. A columnist wrote that the mayor had said little about the bridge and its repairs. Engineers inspected the bridge again on Monday.',
      'The old bridge over the river closed in March. Residents crossed the river by ferry. The mayor told residents on Monday that the crossing would open again in June.',
      'The old bridge over the river closed in March. Critics say the mayor ignored warnings about the bridge for years. Shops near the bridge lost trade.',
      'The old bridge over the river closed in March. Residents crossed the river by ferry. Shops near the bridge lost trade.',
    ].map((text, i) => ({ id: `wire-${i}.txt`, text, meta: { published: '2026-05-04' } }));

  const leadOf = (question: string) => {
    const r = createLibrary('bridge', wire()).brief(question, { length: 'short' });
    return r.ok ? r.briefing.summary[0]?.text : undefined;
  };

  it("leads a briefing with the mayor's words, not a columnist's sentence naming the mayor and the bridge", () => {
    expect(leadOf('what did the mayor say about the bridge')).toBe('The mayor told residents on Monday that the crossing would open again in June.');
  });

  it('leaves a question that asks for no speech as it was', () => {
    expect(leadOf('when did the bridge close')).toBe('The old bridge over the river closed in March.');
  });
});
