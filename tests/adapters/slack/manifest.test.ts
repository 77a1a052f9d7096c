import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_BOT_SCOPES } from '../../../src/adapters/slack/index.js';

/** manifest.yml is what people create the app from: it must ask for what the code uses. */
const manifest = parse(readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8')) as {
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity?: { is_enabled: boolean } };
};

describe('manifest.yml', () => {
  it('GIVEN the install flow THEN the manifest asks for exactly the bot scopes the OAuth install requests', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([...SLACK_BOT_SCOPES]);
  });

  it('GIVEN uninstalls and follow-up questions THEN the manifest subscribes to app_uninstalled, tokens_revoked and app_mention', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_uninstalled', 'tokens_revoked', 'app_mention']);
  });

  it('GIVEN buttons on briefings THEN the manifest turns interactivity on', () => {
    expect(manifest.settings.interactivity?.is_enabled).toBe(true);
  });
});
