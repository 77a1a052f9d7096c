import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/adapters/console/render.js';
import { dayGlosses } from '../../../src/core/compose/day-glosses.js';
import { buildDocument } from '../../../src/core/index/build-document.js';
import type { Sentence } from '../../../src/core/ingest/document.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy (docs/quality.md, "Twenty-fourth round (issue 16editor), rule D"): 2026-03-06 is a Friday. */
function doc(id: string, text: string): readonly Sentence[] {
  const built = buildDocument({ id, text });
  if (!('document' in built)) throw new Error(built.error.message);
  return built.document.sentences;
}
const published: Record<string, string> = { 'fri.txt': '2026-03-06', 'tue.txt': '2026-03-10' };
const publishedOf = (id: string) => published[id];
const FRI = doc(
  'fri.txt',
  'Firefighters reached the burning ridge above the town on Tuesday. The council will vote on the rebuilding plan on Tuesday. The fire started last month in a dry gully. Crews cleared the road on March 3. The town was evacuated last week. Officials said yesterday that 40 homes were lost.',
);
const TUE = doc('tue.txt', 'Firefighters reached the burning ridge above the town on Tuesday, a day of heavy rain.');
const undated = doc('undated.txt', 'Firefighters reached the burning ridge above the town on Tuesday.');
const starting = (d: readonly Sentence[], words: string) => [d.find((s) => s.text.startsWith(words))!];

describe('a day named relative to its article is given its date', () => {
  it('gives a weekday the date before the article for a past event and after it for a future one', () => {
    expect(dayGlosses([starting(FRI, 'Firefighters'), starting(FRI, 'The council')], publishedOf)).toEqual([[{ words: 'Tuesday', date: '3 March 2026' }], [{ words: 'Tuesday', date: '10 March 2026' }]]);
  });

  it('gives "last month" its month and "yesterday" its day', () => {
    expect(dayGlosses([starting(FRI, 'The fire'), starting(FRI, 'Officials said')], publishedOf)).toEqual([[{ words: 'last month', date: 'February 2026' }], [{ words: 'yesterday', date: '5 March 2026' }]]);
  });

  it('leaves a written date and "last week" as written', () => {
    expect(dayGlosses([starting(FRI, 'Crews cleared'), starting(FRI, 'The town was')], publishedOf)).toEqual([[], []]);
  });

  it('glosses a day once per briefing, but the same word of another article’s day again', () => {
    const first = starting(FRI, 'Firefighters');
    expect(dayGlosses([first, first, starting(TUE, 'Firefighters')], publishedOf)).toEqual([[{ words: 'Tuesday', date: '3 March 2026' }], [], [{ words: 'Tuesday', date: '10 March 2026' }]]);
  });

  it('gives no date to a day of an undated article', () => {
    expect(dayGlosses([starting(undated, 'Firefighters')], () => undefined)).toEqual([[]]);
  });
});

describe('a briefing prints the date after a summary sentence that names a weekday', () => {
  it('prints "(Tuesday: 3 March 2026)" after the verbatim sentence', () => {
    const library = createLibrary('fire', [
      { id: 'a.txt', meta: { title: 'Ridge fire contained', published: '2026-03-06' }, text: 'Firefighters contained the Alder Creek ridge fire on Tuesday. Rain helped crews hold the fire lines above the town.' },
      { id: 'b.txt', meta: { title: 'Ridge fire forces families out', published: '2026-03-05' }, text: 'The Alder Creek ridge fire forced families from their homes. Investigators said the ridge fire started in a dry gully.' },
      { id: 'c.txt', meta: { title: 'Ridge fire held', published: '2026-03-06' }, text: 'Crews held the Alder Creek ridge fire after it was contained. Residents began returning to the town.' },
    ]);
    const r = library.brief('ridge fire', { length: 'standard' });
    if (!r.ok) throw new Error('no briefing');
    const point = r.briefing.summary.find((p) => p.text.includes('on Tuesday'));
    expect(point?.days).toEqual([{ words: 'Tuesday', date: '3 March 2026' }]);
    expect(renderText({ kind: 'briefing', briefing: r.briefing })).toContain('Firefighters contained the Alder Creek ridge fire on Tuesday. (Tuesday: 3 March 2026)');
  });
});

describe('amendment D′: one point, one note a date', () => {
  it('glosses "Thursday … Thursday night" in one point once', () => {
    const d = doc('thu.txt', 'Talks resumed on Thursday, and it was unclear Thursday night what the outcome might be.');
    expect(dayGlosses([d], () => '2026-03-05')).toEqual([[{ words: 'Thursday', date: '5 March 2026' }]]);
  });
});
