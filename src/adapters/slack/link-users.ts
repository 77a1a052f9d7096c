import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { describeError } from './admins.js';

/** Asks with the client of the request's own workspace: a user group's handle names a different group in each. */
export type LinkUserCheck = (client: webApi.WebClient, userId: string) => Promise<boolean>;

/**
 * Who may add links (/set add) without being an admin. Slack has no roles; its equivalent is a
 * user group (@editors), kept by the workspace's admins in Slack itself, so membership is asked
 * of Slack each time (scope usergroups:read) and a change there counts at once. Users can also
 * be listed by id, for workspaces on plans without user groups. Fails closed: an error means no.
 */
export function createLinkUserCheck(entries: readonly string[], log: Logger): LinkUserCheck {
  const users = new Set(entries.filter((e) => /^[UW]/.test(e)));
  const groupIds = entries.filter((e) => /^S/.test(e));
  const handles = entries.filter((e) => e.startsWith('@')).map((e) => e.slice(1).toLowerCase());
  return async function canAddLinks(client, userId) {
    if (users.has(userId)) return true;
    if (groupIds.length + handles.length === 0) return false;
    try {
      const groups = [...groupIds];
      if (handles.length > 0) {
        const listed = (await client.usergroups.list()).usergroups ?? [];
        for (const handle of handles) {
          const found = listed.find((g) => g.handle?.toLowerCase() === handle);
          if (found?.id) groups.push(found.id);
          else log.warn({ handle: `@${handle}` }, 'no Slack user group has this handle; nobody is let in through it');
        }
      }
      for (const usergroup of groups) {
        const members = (await client.usergroups.users.list({ usergroup })).users ?? [];
        if (members.includes(userId)) return true;
      }
      return false;
    } catch (error) {
      log.warn({ userId, err: describeError(error) }, 'could not read the Slack user groups that may add links; treating the user as not in them');
      return false;
    }
  };
}
