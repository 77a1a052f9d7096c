import { cpSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIntake } from '../../src/intake/intake.js';
import { applyRetention } from '../../src/intake/retention.js';
import { createLogger } from '../../src/log.js';
import { openSets } from '../../src/sets/open.js';

const LIMITS = { allowHosts: [], maxBytes: 5_000_000, timeoutSeconds: 1, maxRedirects: 5, perHostConcurrency: 2, minWords: 80 };

describe('GIVEN a set that keeps articles for 14 days by their published date', () => {
  it('THEN older ones move to archive/, none is deleted, and the library drops them in place', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-retention-')), 'city');
    cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
    const [set] = await openSets([{ name: 'city', dir, feeds: [], retentionDays: 14 }]);
    const published = Object.fromEntries(readdirSync(dir).map((f) => [f, f]));
    expect(set!.library.topics().documents).toBe(4);
    const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }) });
    // water-main.md is published 2024-03-12; the others carry no date, so their file time (just now) counts.
    const moved = await applyRetention(set!, intake, new Date('2024-04-01T00:00:00Z'), createLogger({ level: 'silent' }));
    expect(moved).toEqual(['water-main.md']);
    const kept = readdirSync(dir).filter((f) => f !== 'archive');
    const archived = readdirSync(join(dir, 'archive'));
    expect(kept.length + archived.length).toBe(Object.keys(published).length);
    expect(archived).toEqual(['water-main.expired.md']);
    expect(set!.library.topics().documents).toBe(kept.length);
  });
});

describe('GIVEN an article dropped into the folder by hand after intake first read it', () => {
  it('THEN retention sees it too', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-retention-')), 'city');
    cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
    const [set] = await openSets([{ name: 'city', dir, feeds: [], retentionDays: 14 }]);
    const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }) });
    await intake.folderOf(set!);
    writeFileSync(join(dir, 'late-arrival.md'), '---\ntitle: Old news\npublished: 2024-01-02\n---\nThe ferry timetable changed in January, the harbor office said on Tuesday.\n');
    const moved = await applyRetention(set!, intake, new Date('2024-04-01T00:00:00Z'), createLogger({ level: 'silent' }));
    expect(moved.sort()).toEqual(['late-arrival.md', 'water-main.md']);
  });
});

describe('GIVEN an article whose published date is corrected by hand after intake first read it', () => {
  it('THEN retention goes by the corrected date', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-retention-')), 'city');
    cpSync('tests/fixtures/sets/city-news', dir, { recursive: true });
    const [set] = await openSets([{ name: 'city', dir, feeds: [], retentionDays: 14 }]);
    const intake = createIntake({ limits: LIMITS, logger: createLogger({ level: 'silent' }) });
    const file = join(dir, 'ferry.md');
    writeFileSync(file, '---\ntitle: Ferry timetable\npublished: 2024-01-02\n---\nThe ferry timetable changes next week, the harbor office said on Tuesday.\n');
    await intake.folderOf(set!);
    // The date was wrong: the article is from late March.
    writeFileSync(file, '---\ntitle: Ferry timetable\npublished: 2024-03-28\n---\nThe ferry timetable changes next week, the harbor office said on Tuesday.\n');
    utimesSync(file, new Date('2024-03-28T12:00:00Z'), new Date('2024-03-28T12:00:00Z'));
    const moved = await applyRetention(set!, intake, new Date('2024-04-01T00:00:00Z'), createLogger({ level: 'silent' }));
    expect(moved).toEqual(['water-main.md']);
    expect(readdirSync(dir)).toContain('ferry.md');
  });
});
