import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/core/library/open-folder.js';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

const ferry = (n: number) =>
  [
    '---',
    `published: 2024-03-0${n}`,
    '---',
    `A ferry fire off the port of Oskarby forced 120 passengers into lifeboats on Tuesday night, the coast guard said.`,
    'Of the injured, 57 were in intensive care at the county hospital, a spokesman said.',
    'Investigators said the ferry fire started in the engine room of the vessel.',
  ].join('\n\n');

const hospital = [
  '---',
  'published: 2024-03-05',
  '---',
  'The county hospital has called in extra staff from two neighbouring towns this week.',
  'Of the injured, 20 were in intensive care at the county hospital, officials said.',
  'Visiting hours at the hospital have been cut until further notice.',
].join('\n\n');

const values = (r: Awaited<ReturnType<Awaited<ReturnType<typeof openLibrary>>['brief']>>) => (r.ok ? (r.briefing.figuresThatDiffer ?? []).map((d) => d.values.map((v) => v.value).sort()) : undefined);

describe("the set's figures, kept between answers", () => {
  it('an article added after an answer lends the next answer its figures', async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefbot-set-figures-'));
    for (const n of [1, 2, 3]) await writeFile(join(dir, `ferry-${n}.md`), ferry(n));
    const library = await openLibrary(dir, { topics: [] });
    expect(values(library.brief('ferry fire'))).toEqual([]);
    // Not about the ferry: its other count of the injured comes only from the set's figures.
    await writeFile(join(dir, 'hospital.md'), hospital);
    expect((await library.refresh()).added).toEqual(['hospital.md']);
    expect(values(library.brief('ferry fire'))).toEqual([['20', '57']]);
  });
});
