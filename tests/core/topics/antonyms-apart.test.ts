import { describe, expect, it } from 'vitest';
import { mayBeRelated, relatedStems } from '../../../src/core/index/related-words.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';

/** Made-up court copy: one defendant convicted, another acquitted, on the same day by the same court. */
const ARTICLES = [
  'The war crimes court on Monday convicted camp commander Ivo Marek of murdering nine prisoners held at the camp in 1992. Judges sentenced Marek to seven years in prison.',
  "The court also acquitted the camp's former deputy, Luka Horvat, of war crimes against prisoners, the judges ruled on Monday. Defense lawyers said the verdict showed Horvat had no command over the guards.",
  'Prosecutors said they would study the verdicts before deciding whether to appeal. The trial lasted two years and heard more than a hundred witnesses.',
];

describe("a word's opposite is not a related word (docs/quality.md, session 44, rule AN)", () => {
  it('keeps WordNet antonyms out of the neighbours word vectors give, irregular forms included', () => {
    const near = (word: string) => relatedStems(word, () => true).map((r) => r.stem);
    expect(near('acquitted')).not.toContain(stem('convicted'));
    expect(near('acquitted')).toContain(stem('indicted'));
    expect(near('won')).not.toContain(stem('lose'));
    expect(near('won')).toContain(stem('victory'));
    expect(near('rose')).not.toContain(stem('fell'));
    expect(near('rose')).toContain(stem('climbed'));
    expect(mayBeRelated('acquitted', stem('convicted'))).toBe(false);
  });

  it('answers "who got acquitted" with the acquittal, not the conviction beside it', () => {
    const library = createLibrary(
      'court',
      ARTICLES.map((text, i) => ({ id: `${i}.txt`, text })),
    );
    const r = library.brief('who got acquitted in the war crimes case');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.briefing.summary[0]!.text).toContain('acquitted the camp');
    expect(r.briefing.summary.map((s) => s.text).join(' ')).not.toContain('convicted camp commander');
  });
});
