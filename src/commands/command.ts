import type { CodedError, ErrorCode } from '../chat/coded-error.js';
import type { ChannelRef, UserRef } from '../chat/refs.js';
import type { Briefing, Digest, Length, NoMatch, TopicList } from '../core/briefing.js';
import type { SubscriptionRequest, SubscriptionView } from '../digest/digests.js';
import type { ShareRef } from '../share/sharing.js';
import type { ErrorReport } from '../store/records.js';

/** What a button (or a menu, or a follow-up form) on a posted briefing asks for. */
export type ButtonAction = 'share' | 'shorter' | 'longer' | 'report' | 'follow-up';

/** A command as every platform means it, after the platform's own syntax is parsed. */
export type Command =
  | { name: 'brief'; query: string; length: Length; public: boolean }
  | { name: 'topics' }
  /** `topics`: the digest of these topics only (the CLI's `briefbot digest <topic>…`); default the set's top topics. */
  | { name: 'digest'; action: 'now'; topics?: string[] }
  | { name: 'digest'; action: 'subscribe'; request: SubscriptionRequest }
  | { name: 'digest'; action: 'unsubscribe' }
  | { name: 'digest'; action: 'list' }
  | { name: 'reports' }
  /** A click on a posted briefing: carries only the stored briefing's id, and what the user picked or typed. */
  | { name: 'button'; action: ButtonAction; briefingId: string; value?: string }
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
  | {
      kind: 'briefing';
      briefing: Briefing;
      /** Present when the briefing is stored: its buttons and page link. */
      share?: ShareRef;
      /** Where it goes: a new answer (default), in place of the clicked message, or to the whole channel. */
      placement?: 'reply' | 'replace' | 'channel';
    }
  | { kind: 'reports'; reports: ErrorReport[] }
  | { kind: 'topics'; topics: TopicList }
  | { kind: 'no-match'; noMatch: NoMatch }
  /** `links`: each topic's full briefing page by slug, when pages are served. */
  | { kind: 'digest'; digest: Digest; links?: Record<string, string> }
  | { kind: 'subscriptions'; subscriptions: SubscriptionView[] }
  | { kind: 'notice'; tone: 'info' | 'success'; text: string }
  /** A command not done: adapters and tests match on `code`; `text` is what the user reads. */
  | { kind: 'notice'; tone: 'error'; code: ErrorCode; text: string };

/** A command not done: its code for adapters and tests, its text for the user. */
export function refusal(code: ErrorCode, text: string): Answer {
  return { kind: 'notice', tone: 'error', code, text };
}

export function refusalOf(error: CodedError): Answer {
  return refusal(error.code, error.message);
}
