import type { ChannelRef, UserRef } from '../adapters/adapter.js';
import type { Digest, Length, NoMatch, TopicList, Briefing } from '../core/briefing.js';
import type { SubscriptionRequest, SubscriptionView } from '../digest/digests.js';

/** A command as every platform means it, after the platform's own syntax is parsed. */
export type Command =
  | { name: 'brief'; query: string; length: Length; public: boolean }
  | { name: 'topics' }
  | { name: 'digest'; action: 'now' }
  | { name: 'digest'; action: 'subscribe'; request: SubscriptionRequest }
  | { name: 'digest'; action: 'unsubscribe' }
  | { name: 'digest'; action: 'list' }
  | { name: 'set'; action: 'show' }
  | { name: 'set'; action: 'use'; set: string }
  | { name: 'set'; action: 'add'; url: string }
  | { name: 'help' };

export interface Invocation {
  command: Command;
  channel: ChannelRef;
  user: UserRef;
  /** Correlates every log line about this command. */
  requestId: string;
}

/** What a command answers: data for a renderer, never platform markup. */
export type Answer =
  | { kind: 'briefing'; briefing: Briefing }
  | { kind: 'topics'; topics: TopicList }
  | { kind: 'no-match'; noMatch: NoMatch }
  | { kind: 'digest'; digest: Digest }
  | { kind: 'subscriptions'; subscriptions: SubscriptionView[] }
  | { kind: 'notice'; tone: 'info' | 'success' | 'error'; text: string };
