import type { ChannelRef } from '../chat/refs.js';
import type { Digest } from '../core/briefing.js';
import type { Library } from '../core/library/library.js';
import type { Sharing } from '../share/sharing.js';
import type { LinkDigest } from './deliver.js';

/**
 * A digest's links to each topic's full briefing on the share page: the topic's short briefing is
 * kept as a shared briefing of the channel, and its signed page link returned. No link where
 * pages are not served (no signer).
 */
export function digestLinks(sharing: Sharing, libraryFor: (channel: ChannelRef) => Promise<Library>): LinkDigest {
  return async (channel: ChannelRef, digest: Digest) => {
    const library = await libraryFor(channel);
    const links: Record<string, string> = {};
    for (const { topic } of digest.topics) {
      const result = library.brief(topic.slug, { length: 'short' });
      if (!result.ok) continue;
      const ref = await sharing.keep({ briefing: result.briefing, query: topic.slug, channel, user: { platform: channel.platform, id: 'digest', canManageChannel: false }, shared: true });
      if (ref.link) links[topic.slug] = ref.link;
    }
    return links;
  };
}
