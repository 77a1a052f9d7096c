import { randomBytes } from 'node:crypto';
import { type CodedError, codedError } from '../chat/coded-error.js';
import type { ChannelRef, UserRef } from '../chat/refs.js';
import type { Briefing, Length } from '../core/briefing.js';
import type { Article, Library } from '../core/library/library.js';
import { err, ok, type Result } from '../core/result.js';
import type { ErrorReport, Store, StoredBriefing } from '../store/store.js';
import { sameChannel } from '../store/store.js';
import type { LinkSigner } from './link.js';

/** What a posted briefing's buttons need: its id, and the page link when pages are served. */
export interface ShareRef {
  id: string;
  /** The signed page link; absent when PUBLIC_URL or the link secret is not set. */
  link?: string;
  /** Posted to the channel (by `sharedBy`) rather than shown to the asker only. */
  shared: boolean;
  sharedBy?: string;
  length: Length;
}

export interface Sharing {
  /** Stores a briefing about to be posted, with the text of the articles it cites. */
  keep(input: { briefing: Briefing; query: string; channel: ChannelRef; user: UserRef; shared: boolean; articles?: Article[] }): Promise<ShareRef>;
  /**
   * The stored briefing a click names, when the clicker may act on it: not expired, posted in
   * this channel, and (`owner`) asked for by this user. Err: a notice for the user.
   */
  find(id: string, at: { channel: ChannelRef; user: UserRef }, who: 'owner' | 'channel'): Promise<Result<StoredBriefing, CodedError>>;
  /** The same briefing asked again at another length, replacing it in the store under its id. */
  resize(stored: StoredBriefing, length: Length): Promise<Result<{ briefing: Briefing; ref: ShareRef }, CodedError>>;
  report(stored: StoredBriefing, by: UserRef, channel: ChannelRef, item: string): Promise<ErrorReport>;
  listReports(channel: ChannelRef): Promise<ErrorReport[]>;
  refOf(stored: StoredBriefing): ShareRef;
}

export interface SharingOptions {
  store: Store;
  library: Library;
  /** The set a channel is briefed from, when channels may differ (/set use); default: `library` for every channel. */
  libraryFor?: (channel: ChannelRef) => Promise<Library>;
  /** Absent: no page links (buttons still work). */
  signer?: LinkSigner;
  /** How long a stored briefing and its link last. */
  ttlMs: number;
  now?: () => Date;
  /** Counts each error report; for metrics. */
  onReport?: (channel: ChannelRef) => void;
}

export const EXPIRED_NOTICE = 'This briefing has expired or is no longer kept. Run /brief again for a fresh one.';
export const FOREIGN_NOTICE = 'That button belongs to a briefing from another channel or another person, so it does nothing here. Run /brief for your own.';

const newId = () => randomBytes(12).toString('base64url');

export function createSharing(options: SharingOptions): Sharing {
  const now = options.now ?? (() => new Date());
  const refOf = (stored: StoredBriefing): ShareRef => ({
    id: stored.id,
    ...(options.signer ? { link: options.signer.url(stored.id, new Date(stored.expiresAt)) } : {}),
    shared: stored.shared,
    ...(stored.shared ? { sharedBy: stored.userId } : {}),
    length: stored.briefing.length,
  });
  const libraryOf = async (channel: ChannelRef) => (options.libraryFor ? options.libraryFor(channel) : options.library);
  const articlesOf = (library: Library, briefing: Briefing) => library.articles?.(briefing.sources.map((s) => s.docId)) ?? [];

  return {
    refOf,
    async keep({ briefing, query, channel, user, shared, articles }) {
      const at = now();
      const stored: StoredBriefing = {
        id: newId(),
        channel,
        userId: user.id,
        query,
        shared,
        briefing,
        articles: articles ?? articlesOf(await libraryOf(channel), briefing),
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + options.ttlMs).toISOString(),
      };
      await options.store.putBriefing(stored);
      return refOf(stored);
    },
    async find(id, at, who) {
      const stored = await options.store.getBriefing(id);
      if (!stored || Date.parse(stored.expiresAt) <= now().getTime()) return err(codedError('expired', EXPIRED_NOTICE));
      if (!sameChannel(stored.channel, at.channel) || stored.channel.platform !== at.user.platform) return err(codedError('forbidden', FOREIGN_NOTICE));
      if (who === 'owner' && stored.userId !== at.user.id) return err(codedError('forbidden', FOREIGN_NOTICE));
      return ok(stored);
    },
    async resize(stored, length) {
      const library = await libraryOf(stored.channel);
      const result = library.brief(stored.query, { length, now: now() });
      if (!result.ok) return err(codedError('not-found', 'The set no longer has anything on this topic, so the briefing cannot be redone. It stays as it was.'));
      const next: StoredBriefing = { ...stored, briefing: result.briefing, articles: articlesOf(library, result.briefing) };
      await options.store.putBriefing(next);
      return ok({ briefing: result.briefing, ref: refOf(next) });
    },
    async report(stored, by, channel, item) {
      const report: ErrorReport = {
        id: newId(),
        briefingId: stored.id,
        channel,
        userId: by.id,
        item: item.slice(0, 500),
        topic: stored.briefing.topic.title,
        createdAt: now().toISOString(),
      };
      await options.store.addErrorReport(report);
      options.onReport?.(channel);
      return report;
    },
    listReports(channel) {
      return options.store.listErrorReports({ platform: channel.platform, ...(channel.workspace ? { workspace: channel.workspace } : {}) });
    },
  };
}
