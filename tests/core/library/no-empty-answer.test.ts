import { beforeAll, describe, expect, it } from 'vitest';
import { showsNothing } from '../../../src/core/briefing.js';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary } from '../../../src/core/library/open-folder.js';

let seeds: Library;
beforeAll(async () => {
  seeds = await openLibrary('briefings/ukraine-peace-talks', { topicsFile: 'config/topics.yaml' });
});

describe('an answer that would show nothing (rule EB)', () => {
  it('says that nothing matches, with suggestions, instead of an empty briefing', () => {
    // Questions whose few matching sentences each fail the question's own tests: composed, they show no point and no section.
    const questions = ['what would russia hand back in return for donetsk and luhansk', "what did the Kremlin say about Zelensky's idea of swapping land", 'who is steve witkoff'];
    for (const q of questions) {
      const result = seeds.brief(q, { length: 'short', now: new Date('2026-11-29T00:00:00Z') });
      if (result.ok) expect(showsNothing(result.briefing), q).toBe(false);
      else {
        expect(result.noMatch.query).toBe(q);
        expect(result.noMatch.suggestions.length).toBeGreaterThan(0);
      }
    }
  });

  it('leaves a topic with its own briefing', () => {
    const result = seeds.brief('security-guarantees', { length: 'short' });
    expect(result.ok && !showsNothing(result.briefing)).toBe(true);
  });
});
