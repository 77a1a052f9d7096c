import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../../src/core/library/library.js';
import { openLibrary } from '../../../src/core/library/open-folder.js';

let dir: string;
let library: Library;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-load-'));
  const good = 'The port of Riverton reopened on Tuesday after a week of repairs. Officials said traffic would return to normal by Friday.\n';
  await writeFile(join(dir, 'good.txt'), good);
  // Another report of the same event, not the same text (a copy would be skipped as one source).
  await writeFile(join(dir, 'also-good.md'), `---\ntitle: Port reopens\npublished: 2024-05-02\n---\n${good}Ferries were the first to dock.\n`);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('First line is fine.\nSecond line has caf'), Buffer.from([0xe9]), Buffer.from(' here.\n')]));
  await writeFile(join(dir, 'huge.txt'), '');
  await truncate(join(dir, 'huge.txt'), 20 * 1024 * 1024);
  await writeFile(join(dir, 'bad-yaml.md'), '---\ntitle: [unclosed\n---\nSome text here that is long enough to be a sentence.\n');
  await writeFile(join(dir, 'bad-field.md'), '---\ntitle: Fine\npublished: yesterday\n---\nSome text here that is long enough to be a sentence.\n');
  await writeFile(join(dir, 'notes.json'), '{"ignored": true}');
  library = await openLibrary(dir, { topicsFile: join(dir, 'none.yaml') });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading a set with broken documents', () => {
  it('skips each broken document with an error naming the file, and serves the rest', () => {
    const problems = Object.fromEntries(library.problems().map((p) => [p.file, p]));
    expect(Object.keys(problems).sort()).toEqual(['bad-field.md', 'bad-yaml.md', 'binary.txt', 'empty.txt', 'huge.txt', 'latin1.txt']);
    expect(problems['empty.txt']!.code).toBe('empty-document');
    expect(problems['binary.txt']!.code).toBe('binary-document');
    expect(problems['latin1.txt']).toMatchObject({ code: 'invalid-utf8', line: 2 });
    expect(problems['huge.txt']!.code).toBe('document-too-large');
    expect(problems['bad-yaml.md']).toMatchObject({ code: 'bad-front-matter', line: 2 });
    expect(problems['bad-field.md']).toMatchObject({ code: 'bad-front-matter', line: 3, field: 'published' });
    expect(library.topics().documents).toBe(2);
    const r = library.brief('port');
    expect(r.ok && r.briefing.sources.map((s) => s.docId).sort()).toEqual(['also-good.md', 'good.txt']);
  });

  it('refuses a folder that does not exist with a message naming it', async () => {
    await expect(openLibrary(join(dir, 'nope'))).rejects.toThrow(/nope: no such document set folder/);
  });

  it('picks up a new file on refresh without re-reading the others', async () => {
    await writeFile(join(dir, 'new.txt'), 'Ferries resumed service to the islands on Wednesday, the port authority said.\n');
    const report = await library.refresh();
    expect(report.added).toEqual(['new.txt']);
    expect(report.changed).toEqual([]);
    expect(library.topics().documents).toBe(3);
    const digest = library.digest({ since: new Date(Date.now() - 60_000) });
    expect(digest.newDocuments.map((d) => d.docId)).toContain('new.txt');
  });
});

describe('front matter values that only look right', () => {
  let odd: string;
  beforeAll(async () => {
    odd = await mkdtemp(join(tmpdir(), 'briefbot-load-odd-'));
    const body = 'The port of Riverton reopened on Tuesday after a week of repairs. Officials said traffic would return to normal by Friday.\n';
    await writeFile(join(odd, 'script-url.md'), `---\ntitle: Port reopens\nurl: javascript:alert(document.cookie)\n---\n${body}`);
    await writeFile(join(odd, 'data-url.md'), `---\ntitle: Port reopens\nurl: "data:text/html,<script>alert(1)</script>"\n---\n${body}`);
    await writeFile(join(odd, 'no-such-day.md'), `---\ntitle: Port reopens\npublished: 2025-02-31\n---\n${body}`);
    await writeFile(join(odd, 'month-13.md'), `---\ntitle: Port reopens\npublished: "2025-13-45"\n---\n${body}`);
    await writeFile(join(odd, 'year-zero.md'), `---\ntitle: Port reopens\npublished: "0000-00-00"\n---\n${body}`);
    await writeFile(join(odd, 'fine.md'), `---\ntitle: Port reopens\nurl: https://example.com/port\npublished: 2024-02-29\nupdated: 2024-03-01T08:15:00+02:00\n---\n${body}`);
    await writeFile(join(odd, 'updated-day.md'), `---\ntitle: Port reopens\nupdated: 2024-03-01\n---\n${body}`);
  });
  afterAll(() => rm(odd, { recursive: true, force: true }));

  it('refuses a non-http(s) URL and a date not on the calendar, naming the file, line and field', async () => {
    const library = await openLibrary(odd, { topicsFile: join(odd, 'none.yaml') });
    const problems = Object.fromEntries(library.problems().map((p) => [p.file, p]));
    expect(problems['script-url.md']).toMatchObject({ code: 'bad-front-matter', line: 3, field: 'url', message: expect.stringMatching(/http\(s\) URL/) });
    expect(problems['data-url.md']).toMatchObject({ code: 'bad-front-matter', line: 3, field: 'url' });
    for (const file of ['no-such-day.md', 'month-13.md', 'year-zero.md']) expect(problems[file], file).toMatchObject({ code: 'bad-front-matter', line: 3, field: 'published' });
    // "updated" is an instant (a correction's time), not a day.
    expect(problems['updated-day.md']).toMatchObject({ code: 'bad-front-matter', line: 3, field: 'updated', message: expect.stringMatching(/a time like/) });
    expect(problems['fine.md']).toBeUndefined();
    const r = library.brief('port');
    expect(r.ok && r.briefing.sources.map((s) => [s.docId, s.url, s.published, s.updatedAt])).toEqual([['fine.md', 'https://example.com/port', '2024-02-29', '2024-03-01T06:15:00.000Z']]);
  });
});

describe('a set with more files than one set serves', () => {
  it('serves the first by name and reports the rest, without reading them', async () => {
    const big = await mkdtemp(join(tmpdir(), 'briefbot-load-big-'));
    try {
      for (const name of ['a', 'b', 'c', 'd', 'e']) await writeFile(join(big, `${name}.txt`), `The ferry to ${name.toUpperCase()} Island sailed on Tuesday after the storm passed.\n`);
      const library = await openLibrary(big, { topicsFile: join(big, 'none.yaml'), maxDocuments: 3 });
      expect(library.topics().documents).toBe(3);
      expect(library.problems()).toEqual([expect.objectContaining({ code: 'too-many-documents', message: expect.stringMatching(/^5 document files; only the first 3 by name are served \(from d\.txt on/) })]);
    } finally {
      await rm(big, { recursive: true, force: true });
    }
  });
});

describe('front matter written with the names site generators use (docs/quality.md, "Session 62")', () => {
  it('reads `date` as the published day and `source` as the outlet, or as the link when it is an address', async () => {
    const gen = await mkdtemp(join(tmpdir(), 'briefbot-load-alias-'));
    try {
      const body = 'The port of Riverton reopened on Tuesday after a week of repairs. Officials said traffic would return to normal by Friday.\n';
      await writeFile(join(gen, 'hugo.md'), `---\ntitle: Port reopens\ndate: 2025-04-02\nsource: Riverton Herald\n---\n${body}`);
      await writeFile(join(gen, 'feed.md'), `---\ntitle: Port reopens again\ndate: 2025-04-03T09:30:00Z\nsource: https://example.com/port\n---\n${body}Ferries were the first to dock.\n`);
      await writeFile(join(gen, 'both.md'), `---\ntitle: Port reopens at last\npublished: 2025-04-04\ndate: 2025-01-01\n---\n${body}Cargo ships followed on Wednesday.\n`);
      await writeFile(join(gen, 'bad-date.md'), `---\ntitle: Port reopens\nauthor: Ana Lind\ndate: yesterday\n---\n${body}`);
      const library = await openLibrary(gen, { topicsFile: join(gen, 'none.yaml') });
      const problems = Object.fromEntries(library.problems().map((p) => [p.file, p]));
      // The error names the field and line as the writer wrote them.
      expect(problems['bad-date.md']).toMatchObject({ code: 'bad-front-matter', line: 4, field: 'date' });
      const r = library.brief('port');
      const sources = r.ok ? Object.fromEntries(r.briefing.sources.map((s) => [s.docId, s])) : {};
      expect(sources['hugo.md']).toMatchObject({ published: '2025-04-02', outlet: 'Riverton Herald' });
      expect(sources['feed.md']).toMatchObject({ published: '2025-04-03', url: 'https://example.com/port' });
      expect(sources['both.md']).toMatchObject({ published: '2025-04-04' });
    } finally {
      await rm(gen, { recursive: true, force: true });
    }
  });
});
