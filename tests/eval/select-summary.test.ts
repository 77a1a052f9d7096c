import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine } from '../../src/core/index/similarity.js';
import type { Sentence } from '../../src/core/ingest/document.js';
import { selectSummary } from '../../src/core/summary/select-summary.js';
import { harbourFire, sentence } from './made-up-cluster.js';

const VOCABULARY = 'fire harbour warehouses police guard arrested night port shipping monday friday three destroyed investigators cause city council vote stadium costs water main burst residents mayor budget the a of in on and'.split(' ');

const documentsOf = (sentences: readonly Sentence[], published?: ReadonlyMap<string, string>) => {
  const docs = new Map<string, { published?: string; sentenceCount: number }>();
  for (const s of sentences) {
    const d = docs.get(s.docId) ?? { sentenceCount: 0, ...(published?.get(s.docId) ? { published: published.get(s.docId)! } : {}) };
    d.sentenceCount++;
    docs.set(s.docId, d);
  }
  return docs;
};

/** Made-up sets: up to six documents of up to twelve sentences drawn from a small vocabulary, so pairs and repeats abound. */
const sets = fc
  .array(fc.array(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 40 }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 })
  .map((docs) => docs.flatMap((doc, d) => doc.map((words, i) => sentence(`doc${d}`, i, `${words.join(' ')}.`))));

const bytes = (s: Sentence) => Buffer.byteLength(s.text, 'utf8');
const stems = (s: Sentence) => {
  const m = new Map<string, number>();
  for (const x of s.stems) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

describe('selectSummary properties', () => {
  it('every sentence it returns is one of the inputs, returned once', () => {
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 2000 }), (sentences, maxBytes) => {
        const chosen = selectSummary({ sentences, documents: documentsOf(sentences), maxBytes });
        expect(chosen.every((s) => sentences.includes(s))).toBe(true);
        expect(new Set(chosen).size).toBe(chosen.length);
      }),
    );
  });

  it('keeps the byte budget in the order shown: every sentence but the last starts within it', () => {
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 2000 }), fc.boolean(), (sentences, maxBytes, dated) => {
        // Dates that run against the documents' order make the reading order differ from the order of choice.
        const published = new Map([0, 1, 2, 3, 4, 5].map((d) => [`doc${d}`, `1998-10-${String(20 - d).padStart(2, '0')}`]));
        const chosen = selectSummary({ sentences, documents: documentsOf(sentences, dated ? published : undefined), maxBytes });
        const beforeLast = chosen.slice(0, -1).reduce((n, s, i) => n + bytes(s) + (i > 0 ? 1 : 0), 0);
        expect(beforeLast).toBeLessThan(maxBytes);
      }),
    );
  });

  it('filling the budget, takes whole sentences within it and one last that crosses it at most', () => {
    const wordModel = [-4.2, -1.5, -2.5, 1.3, 0.6, 1.8, -0.1, 0, 1.4];
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 2000 }), fc.constantFrom(0, 0.5, 1), (sentences, maxBytes, wordWeight) => {
        const chosen = selectSummary({ sentences, documents: documentsOf(sentences), maxBytes, params: { fillToBudget: true, wordWeight, wordModel } });
        expect(chosen.every((s) => sentences.includes(s))).toBe(true);
        expect(new Set(chosen).size).toBe(chosen.length);
        // Every sentence but the one that crosses the budget fits whole, in the order shown.
        const whole = chosen.slice(0, -1).reduce((n, s, i) => n + bytes(s) + (i > 0 ? 1 : 0), 0);
        if (chosen.length > 1) expect(whole).toBeLessThanOrEqual(maxBytes);
      }),
    );
  });

  it('keeps word and sentence budgets the same way', () => {
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 6 }), (sentences, maxWords, maxSentences) => {
        const chosen = selectSummary({ sentences, documents: documentsOf(sentences), maxWords, maxSentences });
        const words = chosen.map((s) => s.words.length);
        expect(chosen.length).toBeLessThanOrEqual(maxSentences);
        expect(words.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(maxWords);
      }),
    );
  });

  it('shows a sentence held back for a name only after a unit that writes the name in full, in the order shown', () => {
    // Made up: "mayor" stands for a surname, "council" in a sentence for its full form.
    const has = (s: Sentence, word: string) => s.words.includes(word);
    const needs = (s: Sentence) => (has(s, 'mayor') && !has(s, 'council') ? ['mayor'] : null);
    const introducedBy = { needs, introduces: (unit: Sentence, _name: string, s: Sentence) => has(unit, 'council') && (unit.docId !== s.docId || unit.position < s.position) };
    fc.assert(
      fc.property(sets, fc.integer({ min: 1, max: 2000 }), fc.boolean(), fc.boolean(), (sentences, maxBytes, dated, fill) => {
        const published = new Map([0, 1, 2, 3, 4, 5].map((d) => [`doc${d}`, `1998-10-${String(20 - d).padStart(2, '0')}`]));
        const chosen = selectSummary({ sentences, documents: documentsOf(sentences, dated ? published : undefined), maxBytes, introducedBy, params: { fillToBudget: fill } });
        chosen.forEach((s, i) => {
          if (needs(s)) expect(chosen.slice(0, i).some((u) => introducedBy.introduces(u, 'mayor', s))).toBe(true);
        });
        const beforeLast = chosen.slice(0, -1).reduce((n, s, i) => n + bytes(s) + (i > 0 ? 1 : 0), 0);
        expect(beforeLast).toBeLessThan(maxBytes);
      }),
    );
  });

  it('takes a sentence held back for a name once the summary has introduced the person, and not before', () => {
    const story = [
      sentence('a', 0, 'Mayor council leader Ann Ruiz said the harbour fire destroyed three warehouses at the port on Friday night.'),
      sentence('b', 0, 'Harbour police arrested a night guard at the shipping office on Saturday morning.'),
      sentence('b', 1, 'Ruiz mayor said investigators found the cause of the harbour fire in a shipping office at the port.'),
    ];
    const held = story[2]!;
    const documents = documentsOf(
      story,
      new Map([
        ['a', '1998-10-01'],
        ['b', '1998-10-02'],
      ]),
    );
    const introducedBy = { needs: (s: Sentence) => (s === held ? ['Ruiz'] : null), introduces: (unit: Sentence) => unit === story[0] };
    const all = selectSummary({ sentences: story, documents, maxBytes: 10_000, introducedBy });
    expect(all).toEqual(story);
    // Without the sentence that introduces her, the one naming her by surname is not shown.
    const without = selectSummary({ sentences: story.slice(1), documents, maxBytes: 10_000, introducedBy });
    expect(without).toEqual([story[1]]);
    // A sentence `mentionOnly` names is never chosen, introduced or not.
    expect(selectSummary({ sentences: story, documents, maxBytes: 10_000, introducedBy, mentionOnly: (s) => s === held })).toEqual(story.slice(0, 2));
  });

  it('takes a sentence held back for a name when a later article introduces the person, and shows it after that article', () => {
    // Made-up wire copy: the older article names the mayor by surname only (its own lead is not offered), the newer one in full.
    const older = sentence('a', 1, 'Ruiz said investigators found the cause of the harbour fire in a shipping office at the port.');
    const newer = sentence('b', 0, 'Mayor Ann Ruiz said the harbour fire destroyed three warehouses at the port on Friday night.');
    const documents = documentsOf(
      [older, newer],
      new Map([
        ['a', '1998-10-01'],
        ['b', '1998-10-02'],
      ]),
    );
    const introducedBy = { needs: (s: Sentence) => (s === older ? ['Ruiz'] : null), introduces: (unit: Sentence, name: string) => unit.text.includes(`Ann ${name}`) };
    // The older article comes first in the order shown, but the reader meets the mayor in the newer one's point.
    expect(selectSummary({ sentences: [older, newer], documents, maxBytes: 10_000, introducedBy })).toEqual([newer, older]);
    // Without the newer article, no point introduces her: the surname sentence is not shown.
    expect(selectSummary({ sentences: [older], documents, maxBytes: 10_000, introducedBy })).toEqual([]);
  });

  it('never returns two sentences that say the same thing', () => {
    fc.assert(
      fc.property(sets, (sentences) => {
        const withCopies = [...sentences, ...sentences.map((s) => ({ ...s, docId: `${s.docId}-copy` }))];
        const chosen = selectSummary({ sentences: withCopies, documents: documentsOf(withCopies), maxBytes: 2000 });
        for (let i = 0; i < chosen.length; i++) {
          for (let j = i + 1; j < chosen.length; j++) expect(cosine(stems(chosen[i]!), stems(chosen[j]!))).toBeLessThanOrEqual(0.5);
        }
      }),
    );
  });

  it('never returns a sentence the topic gives no relevance', () => {
    fc.assert(
      fc.property(sets, fc.integer({ min: 0, max: 1000 }), (sentences, seed) => {
        const relevance = (s: Sentence) => ((s.position * 7 + s.words.length + seed) % 3) / 2;
        const chosen = selectSummary({ sentences, documents: documentsOf(sentences), relevance, maxBytes: 1500 });
        expect(chosen.every((s) => relevance(s) > 0)).toBe(true);
      }),
    );
  });
});

describe('selectSummary on a made-up story', () => {
  const documents = documentsOf(harbourFire.sentences, harbourFire.published);

  it('tells the story and leaves out the aside on the weather', () => {
    const texts = selectSummary({ sentences: harbourFire.sentences, documents, maxWords: 40 }).map((s) => s.text);
    expect(texts.some((t) => /harbour fire/.test(t))).toBe(true);
    expect(texts.some((t) => /weather/.test(t))).toBe(false);
  });

  it('says once what two sources report in nearly the same words', () => {
    const texts = selectSummary({ sentences: harbourFire.sentences, documents, maxBytes: 10_000 }).map((s) => s.text);
    const sameFact = texts.filter((t) => /destroyed three warehouses/.test(t));
    expect(sameFact).toHaveLength(1);
  });

  it('returns the chosen sentences oldest source first, each source in its own order', () => {
    const chosen = selectSummary({ sentences: harbourFire.sentences, documents, maxBytes: 10_000 });
    const order = chosen.map((s) => `${harbourFire.published.get(s.docId)} ${String(s.position).padStart(3, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('leaves out a sentence that leans on the one before it, unless nothing else is left', () => {
    const leaning = [sentence('d', 0, 'But the harbour fire destroyed three warehouses at the port on Friday night.'), sentence('e', 0, '"The harbour fire destroyed three warehouses," the port authority said on Friday.')];
    const sentences = [...harbourFire.sentences, ...leaning];
    const chosen = selectSummary({ sentences, documents: documentsOf(sentences, harbourFire.published), maxBytes: 10_000 });
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.some((s) => leaning.includes(s))).toBe(false);
    expect(selectSummary({ sentences: leaning, documents: documentsOf(leaning), maxBytes: 10_000 }).length).toBeGreaterThan(0);
  });

  it('gives the same summary for the same set whatever was summarised before it', () => {
    const first = selectSummary({ sentences: harbourFire.sentences, documents, maxBytes: 300 }).map((s) => s.text);
    // Other sets bring words the harbour story has never seen, in another order.
    fc.assert(
      fc.property(sets, (sentences) => {
        selectSummary({ sentences, documents: documentsOf(sentences), maxBytes: 500 });
      }),
      { numRuns: 30 },
    );
    const novel = [0, 1, 2].map((d) => sentence(`x${d}`, 0, `Zebra quorum ${d} vexed the jovial harbour quartermaster near xylophone warehouses.`));
    selectSummary({ sentences: novel, documents: documentsOf(novel), maxBytes: 500 });
    expect(selectSummary({ sentences: harbourFire.sentences, documents, maxBytes: 300 }).map((s) => s.text)).toEqual(first);
  });

  it("weighs each sentence's quality against coverage: a quality model that prefers leads, or the sentences after them, decides between sentences telling the same story", () => {
    // bias, lead, logPosition, logWords, recency, contentShare, weightPerWord
    const leads = { coefficients: [0.1, 0.9, 0, 0, 0, 0, 0], power: 4 };
    const later = { coefficients: [1, -0.9, 0, 0, 0, 0, 0], power: 4 };
    const pick = (sentenceQuality: typeof leads) => selectSummary({ sentences: harbourFire.sentences, documents, maxWords: 30, params: { sentenceQuality } });
    const leadCount = (chosen: Sentence[]) => chosen.filter((s) => s.position === 0).length;
    expect(leadCount(pick(leads))).toBeGreaterThanOrEqual(2);
    expect(pick(later).length).toBeGreaterThan(0);
    expect(leadCount(pick(later))).toBe(0);
  });

  it('answers nothing for nothing', () => {
    expect(selectSummary({ sentences: [], documents: new Map(), maxBytes: 665 })).toEqual([]);
  });

  it('leaves out what `exclude` names exactly as if it had never been given, past the candidate cap of a broad query too', () => {
    // Many documents of prose sentences from the small vocabulary.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const made = (count: number) =>
      Array.from({ length: count }, (_, k) => {
        const words = Array.from({ length: 8 + Math.floor(next() * 20) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
        // Later sentences are the more relevant (in steps, so ties occur): a pool cut in the wrong order would show it.
        return { s: sentence(`doc${Math.floor(k / 15)}`, k % 15, `${words.join(' ')}.`), r: Math.ceil((50 * (k + 1)) / count) / 50 };
      });
    for (const [count, share] of [
      [7000, 3],
      [5000, 2],
      [900, 2],
    ] as const) {
      const all = made(count);
      const excluded = new Set(all.filter((_, k) => k % share === 0).map((x) => x.s));
      const kept = all.filter((x) => !excluded.has(x.s));
      for (const standAlone of [true, false]) {
        const common = { maxWords: 120, maxSentences: 6, standAlone };
        const lazily = selectSummary({ sentences: all.map((x) => x.s), documents: documentsOf(all.map((x) => x.s)), relevance: (_, i) => all[i]!.r, exclude: (x) => excluded.has(x), ...common });
        const before = selectSummary({ sentences: kept.map((x) => x.s), documents: documentsOf(all.map((x) => x.s)), relevance: (_, i) => kept[i]!.r, ...common });
        expect(lazily.length).toBeGreaterThan(0);
        expect(lazily).toEqual(before);
      }
    }
  });
});
