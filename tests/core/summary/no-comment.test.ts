import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/core/index/build-document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { saysOnlyNoComment } from '../../../src/core/summary/no-comment.js';

function sentence(text: string) {
  const built = buildDocument({ id: 'a.txt', text });
  if (!('document' in built)) throw new Error('no document');
  return built.document.sentences[0]!;
}

describe('"officials were not available for comment" is no point (docs/quality.md, "Session 49", rule NC)', () => {
  it('reads a sentence that says only that someone did not comment, and keeps one that says more', () => {
    for (const text of [
      'Harbour authority officials were not available for comment.',
      'Kessler was not immediately available for comment.',
      'A spokesman for the ministry could not be reached on Sunday.',
      'The shipping company did not respond to requests for comment.',
      "The embassy wouldn't comment.",
      'He and other officials declined to comment on whether a faster response could have saved the crew.',
    ])
      expect(saysOnlyNoComment(sentence(text)), text).toBe(true);
    for (const text of [
      'Kessler declined to comment on the report, but said the ferry had passed its last inspection.',
      "The captain's whereabouts are unknown and he could not be reached for comment.",
      'Executives at both lines did not return calls for comment, and it was unclear what the outcome might be.',
      'Police said the suspect declined to comment.',
      'The cause of the sinking was not immediately known.',
    ])
      expect(saysOnlyNoComment(sentence(text)), text).toBe(false);
  });

  it('leaves the sentence out of a briefing even where its source is the newest', () => {
    const docs = [
      {
        id: 'a.txt',
        text: 'A ferry sank off the coast of Varnia on Thursday, and coast guard boats rescued 40 passengers. The ferry was carrying 52 passengers when it sank in heavy seas. Divers searched the wreck of the ferry on Thursday night.',
        meta: { published: '2031-10-30' },
      },
      {
        id: 'b.txt',
        text: 'Investigators said on Saturday the ferry that sank off Varnia had been overloaded with cargo. Officials of the ferry company were not available for comment. The coast guard said 12 passengers of the ferry are still missing.',
        meta: { published: '2031-11-01' },
      },
    ];
    const r = createLibrary('ferry', docs).brief('ferry', { length: 'standard' });
    if (!r.ok) throw new Error('no briefing');
    const shown = [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text).join(' ');
    expect(shown).toContain('overloaded with cargo');
    expect(shown).not.toContain('not available for comment');
  });
});

describe('"declined to speculate on the cause" is no point either (docs/quality.md, "Session 72", amendment NC′)', () => {
  it('reads a refusal to speculate or elaborate, and keeps one that goes on', () => {
    for (const text of ['Holst declined to speculate on the cause.', "The ministry's spokesman refused to elaborate on the statement.", 'The fire chief would not speculate about what started the blaze.'])
      expect(saysOnlyNoComment(sentence(text)), text).toBe(true);
    expect(saysOnlyNoComment(sentence('Holst declined to speculate on the cause, but said the blaze began at the rear of the hall.'))).toBe(false);
  });
});

describe('"said it had no comment" is no point either (docs/quality.md, "Session 76", amendment NC″)', () => {
  it('reads a no-comment told through "said", and keeps one that goes on', () => {
    for (const text of ['A Tarnwick Water spokeswoman said the company had "no comment on political matters".', 'The ministry said it had no immediate comment.']) expect(saysOnlyNoComment(sentence(text)), text).toBe(true);
    for (const text of ['A spokesman said he had no comment, but added that talks would resume on Monday.', 'The mayor said the city had no comment and that the budget was final.'])
      expect(saysOnlyNoComment(sentence(text)), text).toBe(false);
  });
});
