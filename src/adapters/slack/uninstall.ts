import type { App, Context } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../log.js';
import { describeError } from './admins.js';
import type { InstallationRecords } from './installation-store.js';

/** Why a workspace's digests stopped, as /digest list shows it to the channel. */
export const UNINSTALLED_REASON = 'Briefbot was removed from this Slack workspace. Reinstall it, then /digest subscribe again to resume.';
export const REVOKED_REASON = "Briefbot's access to this Slack workspace was revoked. Reinstall it, then /digest subscribe again to resume.";

/** tokens_revoked lists the users whose tokens died; `bot` non-empty means ours. */
const TokensRevokedSchema = z.object({ tokens: z.object({ bot: z.array(z.string()).optional() }).optional() });

export interface UninstallDeps {
  records: InstallationRecords;
  log: Logger;
  now?: () => Date;
}

/**
 * app_uninstalled, and tokens_revoked for the bot token: the workspace's installation is deleted
 * (its token is dead) and its subscriptions are paused with the reason. Bolt delivers both events
 * without authorizing them, since the workspace's token may already be gone.
 */
export function registerUninstallEvents(app: App, deps: UninstallDeps): void {
  app.event('app_uninstalled', async ({ context }) => {
    await forget(context, 'app_uninstalled', UNINSTALLED_REASON, deps);
  });
  app.event('tokens_revoked', async ({ event, context }) => {
    const parsed = TokensRevokedSchema.safeParse(event);
    // Only user tokens revoked: we hold none, so nothing changes.
    if (!parsed.success || (parsed.data.tokens?.bot ?? []).length === 0) return;
    await forget(context, 'tokens_revoked', REVOKED_REASON, deps);
  });
}

async function forget(context: Context, event: string, reason: string, deps: UninstallDeps): Promise<void> {
  const workspace = context.isEnterpriseInstall && context.enterpriseId ? context.enterpriseId : context.teamId;
  if (!workspace) {
    deps.log.warn({ event }, 'Slack uninstall event without a team or enterprise id; ignored');
    return;
  }
  try {
    const removed = await deps.records.deleteInstallation('slack', workspace);
    const paused = await deps.records.pauseWorkspaceSubscriptions('slack', workspace, reason, (deps.now?.() ?? new Date()).toISOString());
    deps.log.info({ event, workspace, installationRemoved: removed, subscriptionsPaused: paused }, 'Slack workspace uninstalled: installation removed, its digests paused');
  } catch (error) {
    // Slack does not resend an acked event: say loudly what is left to do by hand.
    deps.log.error({ event, workspace, err: describeError(error) }, 'could not forget an uninstalled Slack workspace; its digests will pause as their posts fail');
  }
}
