import { describe, expect, it } from 'vitest';
import { inspectLibrary } from '../../../src/core/library/library.js';
import { createLibrary } from '../../../src/core/library/open-folder.js';

/** Made-up wire copy in the style of DUC/TAC newswire. */
type Library = ReturnType<typeof createLibrary>;

const items = (library: Library, query: string): string[] => {
  const r = library.brief(query, { length: 'short' });
  if (!r.ok) throw new Error(`no answer to ${query}`);
  return [...r.briefing.summary, ...r.briefing.keyPoints].map((p) => p.text);
};

const cited = (library: Library, query: string): number => {
  const r = library.brief(query, { length: 'short' });
  if (!r.ok) throw new Error(`no answer to ${query}`);
  return new Set([...r.briefing.summary, ...r.briefing.keyPoints].flatMap((p) => p.citations.map((c) => c.source))).size;
};

describe("a question's pool", () => {
  const talks = createLibrary('talks', [
    { id: 'a.txt', text: 'Opposition leaders said they would not return for talks in Phnom Penh because they could not negotiate freely after threats of arrest. They are staying in Bangkok.' },
    { id: 'b.txt', text: 'The opposition refused to return for talks, the king’s office said on Tuesday. The monarch is in Beijing for medical treatment.' },
    { id: 'c.txt', text: 'Hun Sen refused to comment on the weather at the airport. Rice prices rose in the capital.' },
  ]);

  it('takes in the sentence that answers with other words than the question’s verb', () => {
    // "refuse" is said of other things; the answer says "would not return … because".
    const pool = inspectLibrary(talks).queryPool('why did the opposition refuse to return for talks');
    expect(pool.some((s) => s.text.includes('could not negotiate freely'))).toBe(true);
    expect(items(talks, 'why did the opposition refuse to return for talks').join(' ')).toContain('could not negotiate freely');
  });

  const haiti = createLibrary('haiti', [
    { id: 'a.txt', text: 'The United States will help Haiti rebuild, the president said on Wednesday. He spoke at the White House.' },
    { id: 'b.txt', text: 'The United States sent 2,000 troops to Haiti on Thursday to distribute food and water. The first planes landed at dawn.' },
    { id: 'c.txt', text: 'A United States Navy hospital ship anchored off Haiti on Friday with 600 doctors and nurses aboard. Surgeons began work at once.' },
    { id: 'd.txt', text: 'The United States airlifted 300 injured Haitians to hospitals in Miami, officials said. More flights are planned.' },
    { id: 'e.txt', text: 'Rain fell on the capital of Haiti overnight, and the camps flooded. Aid workers handed out tarpaulins.' },
  ]);

  it('answers a question about a name from the several documents that speak of it, not only the one that uses its verb', () => {
    const query = 'how did the United States help Haiti';
    const pool = inspectLibrary(haiti).queryPool(query);
    const docs = new Set(pool.map((s) => s.docId));
    for (const doc of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect(docs.has(doc)).toBe(true);
    expect(cited(haiti, query)).toBeGreaterThanOrEqual(3);
    // The sentence that states the verb with the names still ranks first.
    expect(pool[0]!.text).toContain('will help Haiti rebuild');
  });

  it('ranks a sentence that states the question’s verb and names above one that holds only its names', () => {
    const pool = inspectLibrary(haiti).queryPool('how did the United States help Haiti');
    const rank = (words: string) => pool.findIndex((s) => s.text.includes(words));
    expect(rank('will help Haiti rebuild')).toBeLessThan(rank('2,000 troops'));
    expect(rank('2,000 troops')).toBeGreaterThanOrEqual(0);
  });

  it('weighs a query that is not a question by its words alone', () => {
    // No question, no factors: every sentence holding the words keeps its full score.
    const pool = inspectLibrary(haiti).queryPool('United States Haiti');
    expect(pool.filter((s) => s.relevance === 1).length).toBeGreaterThanOrEqual(3);
  });
});
