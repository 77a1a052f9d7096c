import type { Library } from '../core/library.js';
import type { Digests } from '../digest/digests.js';
import type { Answer, Invocation } from './command.js';
import type { RateLimiter } from './rate-limit.js';
import type { Sharing } from '../share/sharing.js';
import { answerButton } from './buttons.js';
import { helpText } from './help.js';

export interface CommandServices {
  library: Library;
  /** Absent where no store is configured: /digest then says so. */
  digests?: Digests;
  rateLimiter?: RateLimiter;
  /** Absent where no store is configured (the console): briefings then have no buttons. */
  sharing?: Sharing;
  /**
   * Runs around every command, whichever adapter calls: the service's logging, metrics and
   * "restarting, not taking commands" gate (src/service/observe.ts). Absent in tests and the CLI.
   */
  observe?: CommandObserver;
}

export type CommandObserver = (invocation: Invocation, answer: () => Promise<Answer>) => Promise<Answer>;

/**
 * Runs one command for any platform and answers with data. Never throws: whatever goes wrong
 * becomes an error notice, so no user command can bring the bot down.
 */
export async function handleCommand(invocation: Invocation, services: CommandServices): Promise<Answer> {
  try {
    return await (services.observe ? services.observe(invocation, () => answer(invocation, services)) : answer(invocation, services));
  } catch {
    // The observer has logged it with the request id; the user gets a short answer, not a stack.
    return { kind: 'notice', tone: 'error', text: `Sorry, something went wrong answering that (request ${invocation.requestId}). Please try again.` };
  }
}

async function answer(invocation: Invocation, services: CommandServices): Promise<Answer> {
  const { command, channel, user } = invocation;
  if (services.rateLimiter && !services.rateLimiter.take(`${user.platform}:${user.id}`)) {
    return { kind: 'notice', tone: 'info', text: 'You are sending commands faster than I can brief. Please slow down and try again in a few seconds.' };
  }
  switch (command.name) {
    case 'help':
      return { kind: 'notice', tone: 'info', text: helpText() };
    case 'topics':
      return { kind: 'topics', topics: services.library.topics() };
    case 'brief': {
      const result = services.library.brief(command.query, { length: command.length });
      if (!result.ok) return { kind: 'no-match', noMatch: result.noMatch };
      const share = await services.sharing?.keep({ briefing: result.briefing, query: command.query, channel, user, shared: command.public });
      return { kind: 'briefing', briefing: result.briefing, ...(share ? { share } : {}) };
    }
    case 'button':
      if (!services.sharing) return { kind: 'notice', tone: 'error', text: 'Briefings are not kept here, so their buttons do nothing.' };
      return answerButton(command, invocation, services.sharing);
    case 'reports':
      if (!user.canManageChannel) return { kind: 'notice', tone: 'error', text: 'Only admins can list error reports.' };
      if (!services.sharing) return { kind: 'notice', tone: 'error', text: 'Error reports are not available here: no store is configured.' };
      return { kind: 'reports', reports: await services.sharing.listReports(channel) };
    case 'digest': {
      const digests = services.digests;
      if (!digests) {
        if (command.action === 'now') return { kind: 'digest', digest: services.library.digest() };
        return { kind: 'notice', tone: 'error', text: 'Scheduled digests are not available here: no store is configured.' };
      }
      switch (command.action) {
        case 'now':
          return { kind: 'digest', digest: await digests.now(channel) };
        case 'list':
          return { kind: 'subscriptions', subscriptions: await digests.list(channel) };
        case 'subscribe': {
          if (!user.canManageChannel) return forbidden();
          const result = await digests.subscribe(channel, command.request, user);
          return result.ok ? { kind: 'subscriptions', subscriptions: [result.value] } : { kind: 'notice', tone: 'error', text: result.error };
        }
        case 'unsubscribe': {
          if (!user.canManageChannel) return forbidden();
          const result = await digests.unsubscribe(channel, user);
          if (!result.ok) return { kind: 'notice', tone: 'error', text: result.error };
          return result.value > 0
            ? { kind: 'notice', tone: 'success', text: 'This channel will get no more scheduled digests.' }
            : { kind: 'notice', tone: 'info', text: 'This channel has no scheduled digest.' };
        }
      }
    }
  }
}

function forbidden(): Answer {
  return {
    kind: 'notice',
    tone: 'error',
    text: "Only people who manage this channel can change its digests. Ask a channel manager or an admin.",
  };
}
