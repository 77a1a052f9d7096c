import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';

// Session 46, rule ST: a speaker asked for by title speaks in the quotations of the one the set introduces with that title.
describe('a speech question that names the speaker by title', () => {
  const docs = [
    {
      id: 'a.txt',
      text: [
        'Police detained two activists in Beijing on Monday.',
        'Foreign Ministry spokesman Li Wenhua refused to say which laws they had broken.',
        'The detentions came a week after China signed a rights covenant.',
        '"There is no contradiction at all between China\'s support for the covenant and the arrests," Li told reporters at a twice-weekly briefing.',
      ].join(' '),
      meta: { published: '1998-12-03' },
    },
    {
      id: 'b.txt',
      text: 'Rights groups condemned the arrests. "This is a dark day," said Mara Quinn, a campaigner in London.',
      meta: { published: '1998-12-03' },
    },
  ];

  it("answers with the words of the person the set introduces by that title, not that nobody's words are given", () => {
    const library = createLibrary('arrests', docs);
    const r = library.brief("what did china's foreign ministry spokesman say about the arrests and the covenant", { length: 'short' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.unsaid).toBeUndefined();
    expect(r.briefing.summary[0]!.text).toContain('no contradiction at all');
  });
});
