import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command, Invocation } from '../../src/commands/command.js';
import { type CommandServices, handleCommand } from '../../src/commands/handle.js';
import type { Digests } from '../../src/digest/digests.js';
import { createMetrics } from '../../src/service/metrics.js';
import { observeCommands, RESTARTING_NOTICE } from '../../src/service/observe.js';
import { captureLogger } from './helpers/capture-log.js';
import { stubLibrary } from './helpers/stub-library.js';

function invocation(command: Command, requestId = 'req-1'): Invocation {
  return {
    command,
    channel: { platform: 'discord', id: 'c-1', workspace: 'g-1' },
    user: { platform: 'discord', id: 'u-1', canManageChannel: true },
    requestId,
  };
}

/** A /digest now that answers only when the test says so: an answer in flight. */
function heldDigests() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const digests = {
    now: vi.fn(async () => {
      await held;
      return stubLibrary().digest();
    }),
  } as unknown as Digests;
  return { digests, release };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('observeCommands around handleCommand', () => {
  it('GIVEN a command on any platform THEN one log line carries platform, command, requestId and duration, and the metrics count it', async () => {
    const { logger, lines } = captureLogger();
    const metrics = createMetrics({ processMetrics: false });
    const observed = observeCommands({ logger, metrics });
    const services: CommandServices = { library: stubLibrary(), observe: observed.around };

    const answer = await handleCommand(invocation({ name: 'topics' }, 'req-42'), services);
    expect(answer.kind).toBe('topics');
    await handleCommand(invocation({ name: 'brief', query: 'nothing', length: 'short', public: false }), services);

    const commandLines = lines().filter((line) => line.msg === 'command answered');
    expect(commandLines).toHaveLength(2);
    expect(commandLines[0]).toMatchObject({ platform: 'discord', command: 'topics', requestId: 'req-42', outcome: 'topics' });
    expect(commandLines[0]!.durationMs).toEqual(expect.any(Number));
    expect(commandLines[1]).toMatchObject({ command: 'brief', outcome: 'no-match' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('briefbot_commands_total{platform="discord",command="topics",outcome="topics"} 1');
    expect(text).toContain('briefbot_answer_duration_seconds_count{platform="discord",command="brief"} 1');
  });

  it('GIVEN the core throws THEN the user gets an error notice, the error is logged once, and nothing is thrown', async () => {
    const { logger, lines } = captureLogger();
    const observed = observeCommands({ logger });
    const library = stubLibrary({
      topics: () => {
        throw new Error('index corrupted');
      },
    });
    const answer = await handleCommand(invocation({ name: 'topics' }), { library, observe: observed.around });
    expect(answer).toMatchObject({ kind: 'notice', tone: 'error' });
    expect(lines().filter((line) => line.level === 50)).toHaveLength(1);
    expect(lines().find((line) => line.msg === 'command answered')).toMatchObject({ outcome: 'failed' });
  });

  it('GIVEN it is closed THEN new commands get the restarting notice and never reach the core', async () => {
    const { logger, lines } = captureLogger();
    const topics = vi.fn(() => stubLibrary().topics());
    const observed = observeCommands({ logger });
    observed.close();
    const answer = await handleCommand(invocation({ name: 'topics' }), { library: stubLibrary({ topics }), observe: observed.around });
    expect(answer).toEqual(RESTARTING_NOTICE);
    expect(topics).not.toHaveBeenCalled();
    expect(lines().find((line) => line.msg === 'command answered')).toMatchObject({ outcome: 'refused' });
  });

  it('GIVEN an answer in flight WHEN closed and drained THEN drain waits for it and it is still answered', async () => {
    const observed = observeCommands({ logger: captureLogger().logger });
    const { digests, release } = heldDigests();
    const pending = handleCommand(invocation({ name: 'digest', action: 'now' }), { library: stubLibrary(), digests, observe: observed.around });
    expect(observed.inFlight()).toBe(1);
    observed.close();
    let drained = false;
    const drain = observed.drain(60_000).then((result) => {
      drained = true;
      return result;
    });
    await Promise.resolve();
    expect(drained).toBe(false);
    release();
    expect(await drain).toEqual({ unfinished: 0 });
    expect((await pending).kind).toBe('digest');
  });

  it('GIVEN an answer that never finishes THEN drain gives up after its bound and says how many were left', async () => {
    vi.useFakeTimers();
    const observed = observeCommands({ logger: captureLogger().logger });
    const { digests } = heldDigests();
    void handleCommand(invocation({ name: 'digest', action: 'now' }), { library: stubLibrary(), digests, observe: observed.around });
    const drain = observed.drain(10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await drain).toEqual({ unfinished: 1 });
  });
});
