import type { Installation } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { botTokenFor, createInstallationStore, UnreadableInstallationError } from '../../../src/adapters/slack/installation-store.js';
import { createMemoryStore } from '../../../src/store/memory.js';

const teamInstall = (token: string): Installation<'v2', false> => ({
  team: { id: 'T0ALPHA', name: 'Alpha Gazette' },
  enterprise: undefined,
  user: { token: undefined, scopes: undefined, id: 'U0INSTALLER' },
  bot: { scopes: ['commands', 'chat:write'], token, userId: 'UBOT', id: 'BBOT' },
  isEnterpriseInstall: false,
  authVersion: 'v2',
  appId: 'A0BRIEFBOT',
});

const orgInstall: Installation<'v2', true> = {
  team: undefined,
  enterprise: { id: 'E0ORG', name: 'Org Newsrooms' },
  user: { token: undefined, scopes: undefined, id: 'U0ORGADMIN' },
  bot: { scopes: ['commands'], token: 'xoxb-org-token', userId: 'UBOTORG', id: 'BBOTORG' },
  isEnterpriseInstall: true,
  authVersion: 'v2',
};

describe('the Bolt InstallationStore over our Store', () => {
  it('GIVEN an install, then a reinstall THEN the new token replaces the old, and installedAt stays the first', async () => {
    const store = createMemoryStore();
    const times = ['2025-08-01T10:00:00.000Z', '2025-08-20T10:00:00.000Z'];
    const installations = createInstallationStore(store, () => new Date(times.shift()!));
    await installations.storeInstallation(teamInstall('xoxb-first'));
    await installations.storeInstallation(teamInstall('xoxb-second'));
    const fetched = await installations.fetchInstallation({ teamId: 'T0ALPHA', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched).toEqual(JSON.parse(JSON.stringify(teamInstall('xoxb-second'))));
    expect(await store.getInstallation('slack', 'T0ALPHA')).toMatchObject({ installedAt: '2025-08-01T10:00:00.000Z', updatedAt: '2025-08-20T10:00:00.000Z' });
    expect(await botTokenFor(store, 'T0ALPHA')).toBe('xoxb-second');
  });

  it('GIVEN an org-wide install THEN it is kept under the enterprise id and serves every workspace of the org', async () => {
    const store = createMemoryStore();
    const installations = createInstallationStore(store);
    await installations.storeInstallation(orgInstall);
    expect(await store.getInstallation('slack', 'E0ORG')).not.toBeNull();
    const org = await installations.fetchInstallation({ teamId: undefined, enterpriseId: 'E0ORG', isEnterpriseInstall: true });
    const workspaceOfOrg = await installations.fetchInstallation({ teamId: 'T0MEMBER', enterpriseId: 'E0ORG', isEnterpriseInstall: false });
    expect([org.bot?.token, workspaceOfOrg.bot?.token]).toEqual(['xoxb-org-token', 'xoxb-org-token']);
  });

  it('GIVEN no installation THEN fetch fails naming the workspace, and delete removes one', async () => {
    const store = createMemoryStore();
    const installations = createInstallationStore(store);
    await expect(installations.fetchInstallation({ teamId: 'T0NONE', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow('not installed in Slack workspace T0NONE');
    await installations.storeInstallation(teamInstall('xoxb-gone-soon'));
    await installations.deleteInstallation!({ teamId: 'T0ALPHA', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await botTokenFor(store, 'T0ALPHA')).toBeNull();
  });

  it('GIVEN stored data that is not a usable installation THEN a named error without its values', async () => {
    const store = createMemoryStore();
    const at = '2025-08-20T10:00:00.000Z';
    await store.putInstallation({ platform: 'slack', workspace: 'T0BAD', data: JSON.stringify({ team: { id: 7 }, bot: { token: '' } }), installedAt: at, updatedAt: at });
    await store.putInstallation({ platform: 'slack', workspace: 'T0TORN', data: '{"team":', installedAt: at, updatedAt: at });
    const bad = await botTokenFor(store, 'T0BAD').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(UnreadableInstallationError);
    expect((bad as Error).message).toBe('the stored Slack installation for T0BAD is missing or has bad fields: team.id, bot.token; reinstall the app in that workspace');
    await expect(botTokenFor(store, 'T0TORN')).rejects.toThrow('the stored Slack installation for T0TORN is not JSON');
  });
});
