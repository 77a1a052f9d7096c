import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { at, installationOf, subscriptionInput, T0 } from './contract-fixtures.js';

/** Part of the store contract: Slack installations, and pausing a workspace's subscriptions on uninstall. */
export function describeInstallationContract(open: () => Promise<Store>): void {
  describe('installations', () => {
    it('keeps an installation per workspace, reading back the SDK data unchanged', async () => {
      const store = await open();
      const desk = installationOf();
      const enterprise = installationOf({ workspace: 'E1', data: '{"enterprise":{"id":"E1"},"isEnterpriseInstall":true,"note":"«ünïcode» \\u0000"}' });
      await store.putInstallation(desk);
      await store.putInstallation(enterprise);
      expect(await store.getInstallation('slack', 'T9')).toEqual(desk);
      expect(await store.getInstallation('slack', 'E1')).toEqual(enterprise);
      expect(await store.getInstallation('slack', 'T-other')).toBeNull();
    });

    it("replaces a reinstalled workspace's installation", async () => {
      const store = await open();
      await store.putInstallation(installationOf());
      const again = installationOf({ data: '{"bot":{"token":"xoxb-new"}}', installedAt: at(60), updatedAt: at(60) });
      await store.putInstallation(again);
      expect(await store.getInstallation('slack', 'T9')).toEqual(again);
    });

    it('deletes an installation once, leaving other workspaces installed', async () => {
      const store = await open();
      await store.putInstallation(installationOf());
      await store.putInstallation(installationOf({ workspace: 'T2' }));
      expect(await store.deleteInstallation('slack', 'T9')).toBe(true);
      expect(await store.deleteInstallation('slack', 'T9')).toBe(false);
      expect(await store.getInstallation('slack', 'T9')).toBeNull();
      expect(await store.getInstallation('slack', 'T2')).not.toBeNull();
    });

    it('pauses the active subscriptions of one workspace only, keeping an earlier pause reason', async () => {
      const store = await open();
      await store.putSubscription(subscriptionInput({ id: 'a', channel: { platform: 'slack', id: 'C1', workspace: 'T9' } }));
      await store.putSubscription(subscriptionInput({ id: 'b', channel: { platform: 'slack', id: 'C2', workspace: 'T9' } }));
      await store.putSubscription(subscriptionInput({ id: 'c', channel: { platform: 'slack', id: 'C3', workspace: 'T9' } }));
      await store.putSubscription(subscriptionInput({ id: 'other-team', channel: { platform: 'slack', id: 'C1', workspace: 'T2' } }));
      await store.putSubscription(subscriptionInput({ id: 'discord-same-id', channel: { platform: 'discord', id: 'c1', workspace: 'T9' } }));
      await store.pauseSubscription('c', 'not in channel', at(1));
      expect(await store.pauseWorkspaceSubscriptions('slack', 'T9', 'briefbot was removed from this workspace', at(5))).toBe(2);
      const all = await store.listSubscriptions();
      expect(all.map((s) => [s.id, s.status, s.pausedReason, s.updatedAt])).toEqual([
        ['a', 'paused', 'briefbot was removed from this workspace', at(5)],
        ['b', 'paused', 'briefbot was removed from this workspace', at(5)],
        ['c', 'paused', 'not in channel', at(1)],
        ['discord-same-id', 'active', null, T0],
        ['other-team', 'active', null, T0],
      ]);
      expect(await store.pauseWorkspaceSubscriptions('slack', 'T9', 'again', at(6))).toBe(0);
      expect(await store.pauseWorkspaceSubscriptions('slack', 'T-none', 'x', at(6))).toBe(0);
    });
  });
}
