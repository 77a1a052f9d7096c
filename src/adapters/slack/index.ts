import { PlatformError } from '../../chat/platform-error.js';
import type { ChannelRef } from '../../chat/refs.js';
import type { Adapter } from '../adapter.js';
import { createSlackApp, type SlackApp, type SlackAppOptions } from './app.js';
import { botTokenFor, type InstallationRecords, UnreadableInstallationError } from './installation-store.js';
import { SLACK_LIMITS } from './limits.js';
import { createDigestPoster, type PostDigest } from './post-digest.js';

export type SlackAdapterOptions = SlackAppOptions;
export { readSlackEnv, type SlackEnv, type SlackOAuthEnv } from '../../config/slack-env.js';
export { INSTALL_PATH, REDIRECT_PATH, SLACK_BOT_SCOPES } from './oauth.js';
export { renderAnswer, type SlackBlock, type SlackMessage } from './render.js';

export interface SlackAdapter extends Adapter {
  /** HTTP mode, once started: the port Slack's requests go to. */
  port(): number | undefined;
}

/** The Slack adapter: slash commands through Bolt, digests through chat.postMessage. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const slack: SlackApp = createSlackApp(options);
  const log = options.logger.child({ module: 'slack' });
  const records = options.oauth?.records;
  const postDigest: PostDigest = createDigestPoster({
    client: slack.app.client,
    // One workspace: the client's own token. Many: the channel's workspace's, from the store.
    tokenFor: records ? (channel) => installedToken(records, channel) : async () => undefined,
    log,
  });
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
    ready: () => ready && slack.connected(),
    port: () => slack.port(),
    postDigest,
  };
}

/** The bot token of the workspace the channel is in; a workspace without one can never be posted to. */
async function installedToken(records: InstallationRecords, channel: ChannelRef): Promise<string> {
  const method = 'installation-store';
  if (!channel.workspace) {
    throw new PlatformError({ platform: 'slack', kind: 'permanent', method, code: 'no_workspace', message: `Slack channel ${channel.id} has no workspace recorded, so no installation's token can post to it` });
  }
  let token: string | null;
  try {
    token = await botTokenFor(records, channel.workspace);
  } catch (error) {
    if (error instanceof UnreadableInstallationError) {
      throw new PlatformError({ platform: 'slack', kind: 'permanent', method, code: 'unreadable_installation', message: `Slack: ${error.message}` });
    }
    // The store is down or slow: the installation is probably fine, try again later.
    throw new PlatformError({ platform: 'slack', kind: 'transient', method, message: `Slack: could not read the installation for workspace ${channel.workspace}: ${error instanceof Error ? error.message : String(error)}` });
  }
  if (!token) {
    throw new PlatformError({ platform: 'slack', kind: 'permanent', method, code: 'not_installed', message: `Slack: briefbot is not installed in workspace ${channel.workspace} (uninstalled, or never installed through /slack/install)` });
  }
  return token;
}
