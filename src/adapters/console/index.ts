import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChannelRef, UserRef } from '../../chat/refs.js';
import { type CommandServices, handleCommand } from '../../commands/handle.js';
import { parseCommandLine } from '../../commands/parse-text.js';
import type { Digest } from '../../core/briefing.js';
import type { Adapter } from '../adapter.js';
import { renderText } from './render.js';

export interface ConsoleOptions {
  services: CommandServices;
  input?: Readable;
  output?: Writable;
  /** Show a prompt and a greeting: on for a person at a terminal, off when piped. */
  interactive?: boolean;
}

export const CONSOLE_CHANNEL: ChannelRef = { platform: 'console', id: 'console' };
export const CONSOLE_USER: UserRef = { platform: 'console', id: 'local', canManageChannel: true };

/**
 * The local console: the same commands as Discord and Slack, typed at a prompt, answered from
 * the same core and rendered for a terminal. Needs no token; it is also the end-to-end smoke test.
 */
export function createConsoleAdapter(options: ConsoleOptions): Adapter & { closed: Promise<void> } {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const write = (text: string) => output.write(`${text}\n`);
  let rl: ReturnType<typeof createInterface> | undefined;
  let inFlight = Promise.resolve();
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));

  const run = async (line: string) => {
    const text = line.trim();
    if (!text) return;
    if (/^(?:\\q|exit|quit)$/i.test(text)) {
      rl?.close();
      return;
    }
    const parsed = parseCommandLine(text);
    if (!parsed.ok) {
      write(parsed.error);
      return;
    }
    const answer = await handleCommand({ command: parsed.value, channel: CONSOLE_CHANNEL, user: CONSOLE_USER, requestId: randomUUID() }, options.services);
    write(renderText(answer));
  };

  return {
    platform: 'console',
    capabilities: { ephemeral: false, maxMessageChars: Number.POSITIVE_INFINITY, richCards: false },
    closed,
    async start() {
      rl = createInterface({ input, output, terminal: false });
      if (options.interactive) {
        write(`briefbot — ${options.services.library.set}. Type /topics, /brief <topic>, /digest now, /help; \\q to quit.`);
        output.write('> ');
      }
      rl.on('line', (line) => {
        // One command at a time, in the order typed.
        inFlight = inFlight
          .then(() => run(line))
          .then(() => {
            if (options.interactive) output.write('> ');
          });
      });
      rl.on('close', () => void inFlight.then(resolveClosed));
    },
    async stop() {
      rl?.close();
      await inFlight;
    },
    ready: () => rl !== undefined,
    async postDigest(_channel, digest: Digest) {
      write(renderText({ kind: 'digest', digest }));
      return { messageId: `console-${Date.now()}` };
    },
  };
}
