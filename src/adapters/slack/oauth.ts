import type { ServerResponse } from 'node:http';
import type { AppOptions } from '@slack/bolt';
import type { SlackOAuthEnv } from '../../config/slack-env.js';
import type { Logger } from '../../log.js';
import { escapeHtml } from '../../share/html.js';
import { createInstallationStore, type InstallationRecords, installationKeyOf } from './installation-store.js';

/**
 * The bot scopes an install asks for; manifest.yml lists the same.
 * channels:history / groups:history let a retried digest find its own earlier post (digest-post.ts).
 */
export const SLACK_BOT_SCOPES = ['commands', 'chat:write', 'users:read', 'usergroups:read', 'channels:history', 'groups:history', 'app_mentions:read'] as const;
/** Where an install starts, and where Slack sends the browser back with the code: Bolt's defaults. */
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export interface SlackOAuthOptions extends SlackOAuthEnv {
  /** Where installations are kept: the same store as subscriptions. */
  records: InstallationRecords;
}

/** State and code problems are the visitor's (400); anything else is ours (500). */
const VISITOR_ERRORS = new Set(['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code']);

/**
 * Bolt App options for installing in many workspaces: /slack/install sends the browser straight
 * to Slack's consent page with a signed `state` (also set as a cookie), /slack/oauth_redirect
 * verifies it, exchanges the code (oauth.v2.access) and saves the installation in our store.
 */
export function oauthAppOptions(oauth: SlackOAuthOptions, log: Logger): Partial<AppOptions> {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...SLACK_BOT_SCOPES],
    installationStore: createInstallationStore(oauth.records),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // No landing page of our own: the visitor goes straight to Slack's consent screen.
      directInstall: true,
      stateVerification: true,
      callbackOptions: {
        success(installation, _options, _req, res) {
          const workspace = installationKeyOf(installation);
          const name = installation.isEnterpriseInstall ? installation.enterprise?.name : installation.team?.name;
          log.info({ event: 'installed', workspace, workspaceName: name, orgWide: Boolean(installation.isEnterpriseInstall) }, 'Slack workspace installed');
          page(res, 200, 'Briefbot is installed', `Briefbot is now in ${name ?? workspace}. Go back to Slack and try /brief or /topics.`);
        },
        failure(error, _options, _req, res) {
          const status = VISITOR_ERRORS.has(error.code) ? 400 : 500;
          log.warn({ event: 'install-refused', status, code: error.code, reason: error.message }, 'refused a Slack install');
          page(res, status, 'Briefbot was not installed', status === 400 ? 'This install link expired or did not start here. Start again from the install link.' : 'Slack did not complete the install. Please try again in a moment.');
        },
      },
    },
  };
}

function page(res: ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`);
}
