import type { ChannelRef } from '../chat/refs.js';
import type { Library } from '../core/library/library.js';
import type { Digests } from '../digest/digests.js';
import type { IntakeOutcome } from '../intake/outcome.js';
import type { ServedSet, SetDirectory } from '../sets/directory.js';
import type { Sharing } from '../share/sharing.js';
import { answerButton } from './buttons.js';
import { type Answer, type Command, type Invocation, refusal, refusalOf } from './command.js';
import { helpText } from './help.js';
import type { RateLimiter } from './rate-limit.js';

export interface CommandServices {
  /** The one set, when there is no set directory (tests, the CLI). */
  library: Library;
  /** Several sets, each channel briefed from its own (/set use); absent: every channel uses `library`. */
  sets?: SetDirectory;
  /** Fetches one article into a set (/set add); absent where intake is not running. */
  addLink?: (set: ServedSet, url: string) => Promise<IntakeOutcome>;
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
  } catch (error) {
    // An observer logs it with the request id; without one nobody would hear of it, so stderr does.
    if (!services.observe) process.stderr.write(`answering request ${invocation.requestId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    // The user gets a short answer, not a stack.
    return refusal('failed', `Sorry, something went wrong answering that (request ${invocation.requestId}). Please try again.`);
  }
}

/** The library a channel is briefed from: its bound set's, or the default. */
export async function libraryFor(services: Pick<CommandServices, 'library' | 'sets'>, channel: ChannelRef): Promise<Library> {
  return services.sets ? (await services.sets.forChannel(channel)).set.library : services.library;
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
      return { kind: 'topics', topics: (await libraryFor(services, channel)).topics() };
    case 'brief': {
      const library = await libraryFor(services, channel);
      const result = library.brief(command.query, { length: command.length });
      if (!result.ok) return { kind: 'no-match', noMatch: { ...result.noMatch, set: library.set } };
      const share = await services.sharing?.keep({ briefing: result.briefing, query: command.query, channel, user, shared: command.public });
      return { kind: 'briefing', briefing: result.briefing, ...(share ? { share } : {}) };
    }
    case 'set':
      return answerSet(invocation, command, services);
    case 'button':
      if (!services.sharing) return refusal('unavailable', 'Briefings are not kept here, so their buttons do nothing.');
      return answerButton(command, invocation, services.sharing);
    case 'reports':
      if (!user.canManageChannel) return refusal('forbidden', 'Only admins can list error reports.');
      if (!services.sharing) return refusal('unavailable', 'Error reports are not available here: no store is configured.');
      return { kind: 'reports', reports: await services.sharing.listReports(channel) };
    case 'digest': {
      const digests = services.digests;
      if (!digests) {
        if (command.action === 'now') return { kind: 'digest', digest: (await libraryFor(services, channel)).digest(command.topics?.length ? { topics: command.topics } : {}) };
        return refusal('unavailable', 'Scheduled digests are not available here: no store is configured.');
      }
      switch (command.action) {
        case 'now': {
          const digest = await digests.now(channel);
          // Links are a convenience: a digest without them still answers.
          const links = digest.topics.length && digests.links ? await digests.links(channel, digest).catch(() => undefined) : undefined;
          return { kind: 'digest', digest, ...(links && Object.keys(links).length ? { links } : {}) };
        }
        case 'list':
          return { kind: 'subscriptions', subscriptions: await digests.list(channel) };
        case 'subscribe': {
          if (!user.canManageChannel) return forbidden();
          const result = await digests.subscribe(channel, command.request, user);
          return result.ok ? { kind: 'subscriptions', subscriptions: [result.value] } : refusalOf(result.error);
        }
        case 'unsubscribe': {
          if (!user.canManageChannel) return forbidden();
          const result = await digests.unsubscribe(channel, user);
          if (!result.ok) return refusalOf(result.error);
          return result.value > 0 ? { kind: 'notice', tone: 'success', text: 'This channel will get no more scheduled digests.' } : { kind: 'notice', tone: 'info', text: 'This channel has no scheduled digest.' };
        }
      }
    }
  }
}

async function answerSet(invocation: Invocation, command: Extract<Command, { name: 'set' }>, services: CommandServices): Promise<Answer> {
  const { channel, user } = invocation;
  const sets = services.sets;
  switch (command.action) {
    case 'show': {
      if (!sets) return { kind: 'notice', tone: 'info', text: `This channel is briefed from ${services.library.set}, the only set here.` };
      const { set, bound } = await sets.forChannel(channel);
      const lines = sets.sets.map((s) => {
        const notes = [`${s.library.topics().documents} documents`, ...(s === sets.defaultSet ? ['default'] : []), ...(s === set ? ['this channel'] : [])];
        return `• ${s.config.name} (${notes.join(', ')})`;
      });
      const how = bound ? 'chosen with /set use' : 'the default, as no set was chosen with /set use';
      return { kind: 'notice', tone: 'info', text: [`This channel is briefed from ${set.config.name} (${how}).`, 'Sets on offer:', ...lines].join('\n') };
    }
    case 'use': {
      if (!user.canManageChannel) return forbidden('choose the set this channel is briefed from');
      if (!sets) return refusal('unavailable', `There is only one set here, ${services.library.set}. More sets are listed under sets: in the configuration.`);
      const bound = await sets.bind(channel, command.set, user);
      if (!bound.ok) return refusalOf(bound.error);
      const documents = bound.value.library.topics().documents;
      return { kind: 'notice', tone: 'success', text: `This channel is now briefed from ${bound.value.config.name} (${documents} documents): /brief, /topics and digests here use it.` };
    }
    case 'add': {
      if (!user.canManageChannel && !user.canAddLinks) {
        return refusal('forbidden', "Only people who manage this channel, or hold a role allowed to add links, can add articles to this channel's set. Ask a channel manager or an admin.");
      }
      const set = sets ? (await sets.forChannel(channel)).set : undefined;
      if (!services.addLink || !set) return refusal('unavailable', 'Adding links is not available here.');
      const outcome = await services.addLink(set, command.url);
      if (!outcome.ok) return refusal('add-link-failed', `Could not add ${command.url} to ${set.config.name}: ${outcome.reason}`);
      const verb = { added: 'Added', updated: 'Updated', 'already-stored': 'Already in the set:' }[outcome.status];
      const language = outcome.language === 'en' ? '' : ` It is not in English (${outcome.language}), so it is stored but left out of briefings.`;
      return { kind: 'notice', tone: outcome.status === 'already-stored' ? 'info' : 'success', text: `${verb} “${outcome.title}” — ${outcome.outlet}, in ${set.config.name}.${language}` };
    }
  }
}

function forbidden(what = 'change its digests'): Answer {
  return refusal('forbidden', `Only people who manage this channel can ${what}. Ask a channel manager or an admin.`);
}
