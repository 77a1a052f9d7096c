import type { Logger } from 'pino';
import type { Answer, Command, Invocation } from '../commands/command.js';
import type { CommandObserver } from '../commands/handle.js';
import type { ServiceMetrics } from './metrics.js';

/**
 * What the service puts around every command, on any platform. Set `around` as
 * CommandServices.observe and handleCommand runs each command through it: one log line with
 * platform, command, requestId and duration; the command metrics; and, once closed, a polite
 * refusal instead of an answer, so a stopping bot takes no new work.
 */
export interface ObservedCommands {
  around: CommandObserver;
  /** Stop taking commands: from now on each gets a "restarting" notice instead of an answer. */
  close(): void;
  /** Resolves when every command already taken has its answer, or after timeoutMs; says how many had not. */
  drain(timeoutMs: number): Promise<{ unfinished: number }>;
  inFlight(): number;
}

export interface ObserveOptions {
  logger: Logger;
  metrics?: ServiceMetrics;
  /** Milliseconds, monotonic. */
  clock?: () => number;
}

export const RESTARTING_NOTICE: Answer = {
  kind: 'notice',
  tone: 'info',
  text: 'briefbot is restarting and is not taking commands right now. Please try again in a minute.',
};

const FAILED_NOTICE: Answer = {
  kind: 'notice',
  tone: 'error',
  code: 'failed',
  text: 'Something went wrong while answering. It has been logged; please try again.',
};

export function observeCommands(options: ObserveOptions): ObservedCommands {
  const { logger, metrics } = options;
  const clock = options.clock ?? (() => performance.now());
  const running = new Set<Promise<unknown>>();
  let closed = false;

  async function observe(invocation: Invocation, answer: () => Promise<Answer>): Promise<Answer> {
    const started = clock();
    const fields = { platform: invocation.channel.platform, command: commandName(invocation.command), requestId: invocation.requestId };
    let result: Answer;
    let outcome: string;
    if (closed) {
      result = RESTARTING_NOTICE;
      outcome = 'refused';
    } else {
      try {
        result = await answer();
        outcome = outcomeOf(result);
      } catch (error) {
        // A command must never take the adapter, or the process, down with it.
        logger.error({ ...fields, err: error }, 'command failed');
        result = FAILED_NOTICE;
        outcome = 'failed';
      }
    }
    const seconds = (clock() - started) / 1000;
    logger.info({ ...fields, durationMs: Math.round(seconds * 10_000) / 10, outcome }, 'command answered');
    metrics?.commands.inc({ platform: fields.platform, command: fields.command, outcome });
    metrics?.answerSeconds.observe({ platform: fields.platform, command: fields.command }, seconds);
    return result;
  }

  return {
    around(invocation, answer) {
      const promise = observe(invocation, answer);
      running.add(promise);
      void promise.finally(() => running.delete(promise));
      return promise;
    },
    close() {
      closed = true;
    },
    async drain(timeoutMs) {
      if (running.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
        });
        await Promise.race([Promise.allSettled([...running]), timeout]);
        clearTimeout(timer);
      }
      return { unfinished: running.size };
    },
    inFlight: () => running.size,
  };
}

/** A label with few values: the command, with the digest action since they cost very different amounts. */
export function commandName(command: Command): string {
  return command.name === 'digest' || command.name === 'button' || command.name === 'set' ? `${command.name}.${command.action}` : command.name;
}

function outcomeOf(answer: Answer): string {
  return answer.kind === 'notice' ? `notice-${answer.tone}` : answer.kind;
}
