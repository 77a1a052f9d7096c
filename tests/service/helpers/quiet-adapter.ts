import type { Adapter } from '../../../src/adapters/adapter.js';

/** A Discord stand-in that is connected from the start and posts nothing, for tests of the service around it. */
export const quietAdapter = (): Adapter => ({
  platform: 'discord',
  capabilities: { ephemeral: true, maxMessageChars: 2000, richCards: true },
  start: async () => {},
  stop: async () => {},
  ready: () => true,
  postDigest: async () => ({ messageId: 'm-1' }),
});
