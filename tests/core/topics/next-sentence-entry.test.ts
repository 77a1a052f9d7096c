import { describe, expect, it } from 'vitest';
import { inspectLibrary } from '../../../src/core/library/library.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { readQuestion } from '../../../src/core/topics/read-query.js';
import { enteredAsFollower, enteredOnlyByDocument, queryRelevance, stemsOf } from '../../../src/core/topics/relevance.js';
import type { Topic } from '../../../src/core/topics/topic.js';
import { indexOf } from '../index-of.js';

/**
 * Made-up wire copy: a story says who confessed in one sentence and names him in the next, which holds none of the
 * question's words. The next sentence of a pool sentence enters when it holds the asked kind (docs/quality.md,
 * "Twenty-first round (issue 16pool)").
 */
const index = indexOf({
  'wire-1.txt': [
    'Police in the capital arrested a man who confessed to kidnapping the two aid workers.',
    'The suspect was identified as Omar Haddad, the state news agency said.',
    'Relatives of the victims gathered outside the court.',
  ].join('\n\n'),
  'wire-2.txt': ['The two aid workers were kidnapped in the north in March and freed a month later.', 'Their families had appealed for calm.'].join('\n\n'),
  'wire-3.txt': ['A storm closed the northern highway on Tuesday.', 'Drivers were told to wait for Anna Berg of the road agency to reopen it.'].join('\n\n'),
});
const text = 'who confessed to kidnapping the two aid workers';
const question = readQuestion(text)!;
const topic: Topic = { ref: { kind: 'query', slug: text, title: text }, aliases: [], variants: [stemsOf('confessed kidnapping aid workers', true)] };
const scores = queryRelevance(index, topic, undefined, question);
const idOf = (needle: string) => index.sentences.findIndex((s) => s.text.includes(needle));
const of = (needle: string) => scores.get(idOf(needle)) ?? 0;

describe('the next sentence of a pool sentence, holding the asked kind', () => {
  it('lets in the sentence that names who, after the one that says what was done', () => {
    expect(of('The suspect was identified as Omar Haddad')).toBeGreaterThan(0);
  });

  it('ranks it below every sentence that entered on the question words', () => {
    expect(of('The suspect was identified as Omar Haddad')).toBeLessThan(of('arrested a man who confessed'));
    expect(of('The suspect was identified as Omar Haddad')).toBeLessThan(of('were kidnapped in the north'));
  });

  it('does not let it lead alone', () => {
    expect(enteredOnlyByDocument(scores)?.has(idOf('The suspect was identified as Omar Haddad'))).toBe(true);
    expect(enteredAsFollower(scores)?.has(idOf('The suspect was identified as Omar Haddad'))).toBe(true);
  });

  it('shows a time of another thing after the asked one without letting it lead (a point holding a follower does not lead)', () => {
    const library = createLibrary('wire', [
      {
        id: 'wire-1.md',
        text: ['Police released photographs of the man who set off the bomb on the bus.', 'The first photograph was taken by a station camera at 7:20 on the day of the attack.'].join('\n\n'),
        meta: { published: '2005-07-20' },
      },
      { id: 'wire-2.md', text: 'The bomb on the bus went off in the square, police said on Thursday.', meta: { published: '2005-07-21' } },
    ]);
    const asked = 'what time did the bomb go off on the bus';
    expect(
      inspectLibrary(library)
        .queryPool(asked)
        .map((s) => s.text),
    ).toContain('The first photograph was taken by a station camera at 7:20 on the day of the attack.');
    const result = library.brief(asked, { length: 'short' });
    expect(result.ok && result.briefing.summary[0]?.text).not.toContain('7:20');
  });

  it('does not let in a next sentence without the asked kind, nor a name in a story the question did not reach', () => {
    expect(of('Their families had appealed for calm')).toBe(0);
    expect(of('Relatives of the victims gathered')).toBe(0);
    expect(of('Anna Berg of the road agency')).toBe(0);
  });

  it('leaves a query that is no question as it was', () => {
    const plain = queryRelevance(index, topic);
    expect(plain.has(idOf('The suspect was identified as Omar Haddad'))).toBe(false);
  });
});
