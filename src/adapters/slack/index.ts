import type { Adapter, ChannelRef } from '../adapter.js';
import type { Digest } from '../../core/briefing.js';
import { type SlackApp, type SlackAppOptions, createSlackApp } from './app.js';
import { SLACK_LIMITS } from './limits.js';
import { renderDigest } from './render.js';
import { toPlatformError } from './slack-error.js';

export type SlackAdapterOptions = SlackAppOptions;
export { readSlackEnv, type SlackEnv } from './env.js';
export { renderAnswer, type SlackMessage, type SlackBlock } from './render.js';

export interface SlackAdapter extends Adapter {
  /** HTTP mode, once started: the port Slack's requests go to. */
  port(): number | undefined;
}

/** The Slack adapter: slash commands through Bolt, digests through chat.postMessage. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const slack: SlackApp = createSlackApp(options);
  const log = options.logger.child({ module: 'slack' });
  let ready = false;
  return {
    platform: 'slack',
    capabilities: { ephemeral: true, maxMessageChars: SLACK_LIMITS.messageText, richCards: true },
    async start() {
      await slack.start();
      ready = true;
    },
    async stop() {
      ready = false;
      await slack.stop();
    },
    ready: () => ready,
    port: () => slack.port(),
    async postDigest(channel: ChannelRef, digest: Digest, { idempotencyKey }: { idempotencyKey: string }) {
      // Slack has no idempotency key for chat.postMessage; exactly-once is the scheduler's store's job.
      const messages = renderDigest(digest);
      let first: string | undefined;
      for (const message of messages) {
        try {
          const result = await slack.app.client.chat.postMessage({
            channel: channel.id,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            unfurl_media: false,
          });
          first ??= result.ts;
        } catch (error) {
          const platformError = toPlatformError(error, 'chat.postMessage');
          log.warn({ channelId: channel.id, idempotencyKey, kind: platformError.kind, code: platformError.code, status: platformError.status }, 'digest post failed');
          throw platformError;
        }
      }
      log.info({ channelId: channel.id, idempotencyKey, messages: messages.length }, 'digest posted');
      return { messageId: first ?? '' };
    },
  };
}
