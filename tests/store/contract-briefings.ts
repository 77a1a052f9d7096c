import { describe, expect, it } from 'vitest';
import type { ErrorReport, Store, StoredBriefing } from '../../src/store/store.js';
import { securityGuarantees } from '../fixtures/slack/briefings.js';
import { at, desk, newsroom, T0 } from './contract-fixtures.js';

export function storedBriefingOf(overrides: Partial<StoredBriefing> = {}): StoredBriefing {
  return {
    id: 'b-1',
    channel: desk,
    userId: 'U1',
    query: 'security guarantees',
    shared: false,
    briefing: securityGuarantees,
    articles: [
      { docId: '000_1c555dc60daa8f41.txt', paragraphs: [['European leaders pressed for guarantees.', 'Kyiv «welcomed» it — \u0000 too.'], []] },
      { docId: '001_22f4dfbdb29f33cc.txt', paragraphs: [['Washington ruled out troops.']] },
    ],
    createdAt: T0,
    expiresAt: at(7 * 24 * 60),
    ...overrides,
  };
}

const reportOf = (overrides: Partial<ErrorReport> = {}): ErrorReport => ({
  id: 'r-1',
  briefingId: 'b-1',
  channel: desk,
  userId: 'U2',
  item: 'summary 2',
  topic: 'Security guarantees',
  createdAt: at(1),
  ...overrides,
});

/** Part of the store contract: briefings kept behind buttons and links, and readers' error reports. */
export function describeBriefingContract(open: () => Promise<Store>): void {
  describe('stored briefings', () => {
    it('keeps a briefing with the text of its articles, reading back field for field', async () => {
      const store = await open();
      const kept = storedBriefingOf();
      await store.putBriefing(kept);
      expect(await store.getBriefing('b-1')).toEqual(kept);
      expect(await store.getBriefing('b-other')).toBeNull();
    });

    it('replaces a briefing re-rendered in place, keeping one row per id', async () => {
      const store = await open();
      await store.putBriefing(storedBriefingOf());
      const longer = storedBriefingOf({ briefing: { ...securityGuarantees, length: 'long' }, shared: true, channel: newsroom });
      await store.putBriefing(longer);
      expect(await store.getBriefing('b-1')).toEqual(longer);
    });

    it('forgets only the briefings that expired before now', async () => {
      const store = await open();
      await store.putBriefing(storedBriefingOf({ id: 'old', expiresAt: at(10) }));
      await store.putBriefing(storedBriefingOf({ id: 'new', expiresAt: at(30) }));
      expect(await store.deleteExpiredBriefings(at(20))).toBe(1);
      expect(await store.getBriefing('old')).toBeNull();
      expect(await store.getBriefing('new')).not.toBeNull();
    });
  });

  describe('error reports', () => {
    it("lists a workspace's reports newest first, and no other workspace's", async () => {
      const store = await open();
      await store.addErrorReport(reportOf());
      await store.addErrorReport(reportOf({ id: 'r-2', item: 'quote 1', createdAt: at(5) }));
      await store.addErrorReport(reportOf({ id: 'r-3', channel: newsroom }));
      expect((await store.listErrorReports({ platform: 'slack', workspace: 'T9' })).map((r) => r.id)).toEqual(['r-2', 'r-1']);
      expect(await store.listErrorReports({ platform: 'discord', workspace: 'g-1' })).toEqual([reportOf({ id: 'r-3', channel: newsroom })]);
      expect(await store.listErrorReports({ platform: 'slack', workspace: 'T-other' })).toEqual([]);
    });

    it('refuses a second report with the same id', async () => {
      const store = await open();
      await store.addErrorReport(reportOf());
      await expect(store.addErrorReport(reportOf({ item: 'again' }))).rejects.toThrow();
    });
  });
}
