import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { z } from 'zod';
import type { Store } from '../../store/store.js';

/** The store methods installations need; every Store backend has them. */
export type InstallationRecords = Pick<Store, 'putInstallation' | 'getInstallation' | 'deleteInstallation' | 'pauseWorkspaceSubscriptions'>;

/**
 * The fields of Bolt's Installation we rely on, checked when it comes back from the store.
 * Loose: the rest of the object is Bolt's business and is handed back to it whole.
 */
const StoredInstallationSchema = z.looseObject({
  team: z.looseObject({ id: z.string().min(1) }).nullish(),
  enterprise: z.looseObject({ id: z.string().min(1) }).nullish(),
  isEnterpriseInstall: z.boolean().optional(),
  bot: z.looseObject({ token: z.string().min(1), id: z.string().optional(), userId: z.string().optional() }).optional(),
});

/** A stored installation the store could not give back as Bolt's object; its message names no secret. */
export class UnreadableInstallationError extends Error {
  override readonly name = 'UnreadableInstallationError';
}

/**
 * The key an installation is kept under, and the `workspace` of a ChannelRef: the enterprise id
 * for an org-wide install (one install covers every workspace of the org), else the team id.
 */
export function installationKeyOf(installation: { isEnterpriseInstall?: boolean | undefined; enterprise?: { id: string } | null | undefined; team?: { id: string } | null | undefined }): string {
  const key = installation.isEnterpriseInstall && installation.enterprise?.id ? installation.enterprise.id : installation.team?.id;
  if (!key) throw new UnreadableInstallationError('Slack installation has neither a team nor an enterprise id');
  return key;
}

/** The key Bolt's query points at, same rule as installationKeyOf. */
function queryKeyOf(query: InstallationQuery<boolean>): string | undefined {
  return query.isEnterpriseInstall && query.enterpriseId ? query.enterpriseId : (query.teamId ?? query.enterpriseId);
}

/** Reads one workspace's installation from the store; null when there is none. */
export async function readInstallation(records: InstallationRecords, workspace: string): Promise<Installation<'v1' | 'v2', boolean> | null> {
  const row = await records.getInstallation('slack', workspace);
  if (!row) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.data);
  } catch {
    throw new UnreadableInstallationError(`the stored Slack installation for ${workspace} is not JSON; reinstall the app in that workspace`);
  }
  const parsed = StoredInstallationSchema.safeParse(json);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new UnreadableInstallationError(`the stored Slack installation for ${workspace} is missing or has bad fields: ${fields}; reinstall the app in that workspace`);
  }
  return parsed.data as unknown as Installation<'v1' | 'v2', boolean>;
}

/** The workspace's bot token, or null when briefbot is not installed there (or has no bot token). */
export async function botTokenFor(records: InstallationRecords, workspace: string): Promise<string | null> {
  const installation = await readInstallation(records, workspace);
  return installation?.bot?.token ?? null;
}

/**
 * Bolt's InstallationStore over our Store: the OAuth flow saves each workspace's installation
 * here, and Bolt fetches it to authorize every request from that workspace.
 */
export function createInstallationStore(records: InstallationRecords, now: () => Date = () => new Date()): InstallationStore {
  return {
    async storeInstallation(installation) {
      const workspace = installationKeyOf(installation);
      const at = now().toISOString();
      // A reinstall (new scopes, new token) replaces the data but keeps when it was first installed.
      const existing = await records.getInstallation('slack', workspace);
      await records.putInstallation({ platform: 'slack', workspace, data: JSON.stringify(installation), installedAt: existing?.installedAt ?? at, updatedAt: at });
    },
    async fetchInstallation(query) {
      const workspace = queryKeyOf(query);
      const found = workspace ? await readInstallation(records, workspace) : null;
      // A workspace inside an org whose install is org-wide: the org's installation serves it.
      const installation = found ?? (query.enterpriseId && query.enterpriseId !== workspace ? await readInstallation(records, query.enterpriseId) : null);
      if (!installation) throw new Error(`briefbot is not installed in Slack workspace ${workspace ?? '(none given)'}`);
      return installation;
    },
    async deleteInstallation(query) {
      const workspace = queryKeyOf(query);
      if (workspace) await records.deleteInstallation('slack', workspace);
    },
  };
}
