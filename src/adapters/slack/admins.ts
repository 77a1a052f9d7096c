import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';

/** Asks with the client of the request's own workspace: with many workspaces, each has its token. */
export type AdminCheck = (client: webApi.WebClient, userId: string) => Promise<boolean>;

/**
 * Who may change a channel's digests: anyone on the configured allow-list, else a workspace
 * admin or owner as users.info reports (scope users:read). Fails closed: an error means no.
 */
export function createAdminCheck(adminUserIds: readonly string[], log: Logger): AdminCheck {
  const allowed = new Set(adminUserIds);
  return async function canManageChannel(client, userId) {
    if (allowed.has(userId)) return true;
    try {
      const result = await client.users.info({ user: userId });
      const user = result.user;
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      log.warn({ userId, err: describeError(error) }, 'users.info failed; treating the user as not an admin');
      return false;
    }
  };
}

/** What a Slack SDK error says, without the request it carried. */
export function describeError(error: unknown): { code?: string; message: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { ...(typeof code === 'string' ? { code } : {}), message: error.message };
  }
  return { message: String(error) };
}
