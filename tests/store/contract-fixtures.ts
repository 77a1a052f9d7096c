import type { ChannelRef } from '../../src/chat/refs.js';
import type { DeliveryClaim, Installation, SubscriptionInput } from '../../src/store/store.js';

/** The records the store contract writes: one subscription, its claims, one Slack installation. */

export const T0 = '2025-03-01T06:00:00.000Z';
export const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
export const newsroom: ChannelRef = { platform: 'discord', id: 'c-100', workspace: 'g-1' };
export const desk: ChannelRef = { platform: 'slack', id: 'C200', workspace: 'T9' };

export function subscriptionInput(overrides: Partial<SubscriptionInput> = {}): SubscriptionInput {
  return {
    id: 'sub-1',
    channel: newsroom,
    time: '07:00',
    timezone: 'Europe/Kyiv',
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    topics: [],
    length: 'short',
    status: 'active',
    pausedReason: null,
    activeSince: T0,
    createdBy: 'u-1',
    now: T0,
    ...overrides,
  };
}

export function installationOf(overrides: Partial<Installation> = {}): Installation {
  return {
    platform: 'slack',
    workspace: 'T9',
    data: JSON.stringify({ team: { id: 'T9', name: 'Desk' }, bot: { token: 'xoxb-secret', userId: 'UB1' } }),
    installedAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function claimOf(overrides: Partial<DeliveryClaim> = {}): DeliveryClaim {
  return {
    subscriptionId: 'sub-1',
    localDate: '2025-03-01',
    scheduledFor: '2025-03-01T05:00:00.000Z',
    late: false,
    idempotencyKey: 'key-1',
    owner: 'proc-a',
    now: at(0),
    leaseUntil: at(5),
    ...overrides,
  };
}
