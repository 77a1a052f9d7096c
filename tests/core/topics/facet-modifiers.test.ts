import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../../src/core/library/open-folder.js';
import { stem } from '../../../src/core/nlp.js';
import { modifiesNextNoun } from '../../../src/core/topics/facet-modifiers.js';

/** Made-up wire copy, one sentence a paragraph. */
const article = (id: string, sentences: readonly string[]) => ({ id, text: sentences.join('\n\n') });

/**
 * A ferry sinking whose outlets write "cargo" before a different noun each time (manifests,
 * insurers, holds, handlers) and "wreckage" alone (docs/quality.md, "Twenty-sixth round (issue
 * 16facets3)", rule M).
 */
const ferry = [
  [
    'The ferry Santa Ria sank off Porto Vell on Monday.',
    'Its cargo manifests listed timber and cement on the lower deck.',
    'Fishermen pulled wreckage from the bay.',
    'The harbour master closed the port.',
    'The wreckage drifted toward the lighthouse.',
    'Families gathered at the quay.',
  ],
  [
    'Divers searched the sunken ferry Santa Ria on Tuesday.',
    'The cargo insurers sent assessors to the harbour.',
    'The wreckage was towed to a dry dock.',
    'The harbour master blamed the weather.',
    'Families waited at the quay for news.',
    'The mayor declared a day of mourning.',
  ],
  [
    'The ferry Santa Ria had sailed with its doors open, divers said on Wednesday.',
    'Its cargo holds were flooded within minutes.',
    'Wreckage washed up on the beach at Santa Ria.',
    'The harbour master resigned.',
    'The mayor visited the families.',
    'The port reopened to fishing boats.',
  ],
  [
    'An inquiry into the Santa Ria ferry began on Thursday.',
    'The cargo shifted in the storm, the owners said.',
    'Local cargo handlers went on strike.',
    'The wreckage will be examined by engineers.',
    'The harbour master gave evidence.',
    'The families asked for a memorial.',
  ],
].map((lines, n) => article(`ferry-${n}.txt`, lines));

const titles = (docs: { id: string; text: string }[]) =>
  createLibrary('set', docs)
    .topics()
    .topics.map((t) => t.title.toLowerCase());

describe('a lone word the set writes mostly before a noun it modifies is no facet (rule M)', () => {
  it('does not list "Cargo", written as cargo manifests, insurers, holds and handlers, and keeps "Wreckage", written alone', () => {
    const listed = titles(ferry);
    expect(listed).not.toContain('cargo');
    expect(listed).toContain('wreckage');
  });

  it('reads a noun before a noun as its modifier, and a noun that heads its phrase as none', () => {
    expect(modifiesNextNoun('The plane was carrying 12 crew members and 216 passengers.', stem('crew'))).toBe(true);
    expect(modifiesNextNoun('Aid groups warned about child trafficking after the quake.', stem('child'))).toBe(true);
    expect(modifiesNextNoun('Search crews will look for the recorders.', stem('crews'))).toBe(false);
    expect(modifiesNextNoun('The crew survived the landing.', stem('crew'))).toBe(false);
    expect(modifiesNextNoun('The harbour master resigned.', stem('crew'))).toBeUndefined();
  });
});
