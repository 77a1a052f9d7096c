import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShutdown, onStopSignals, type ShutdownStep } from '../../src/service/shutdown.js';
import { captureLogger } from './helpers/capture-log.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createShutdown', () => {
  it('runs every step in order, once, however often it is asked', async () => {
    const done: string[] = [];
    const step = (name: string): ShutdownStep => ({ name, bounded: true, run: async () => void done.push(name) });
    const shutdown = createShutdown({
      steps: [step('stop taking commands'), step('drain'), step('stop scheduler'), { name: 'close store', run: () => void done.push('close store') }],
      timeoutMs: 10_000,
      logger: captureLogger().logger,
    });
    const [a, b] = await Promise.all([shutdown.run('SIGTERM'), shutdown.run('SIGINT')]);
    expect(a).toEqual({ clean: true });
    expect(b).toBe(a);
    expect(done).toEqual(['stop taking commands', 'drain', 'stop scheduler', 'close store']);
  });

  it('GIVEN a step that hangs THEN it is abandoned when the budget runs out and the store is still closed', async () => {
    vi.useFakeTimers();
    const { logger, lines } = captureLogger();
    const closed = vi.fn();
    const shutdown = createShutdown({
      steps: [
        { name: 'stop scheduler', bounded: true, run: () => new Promise(() => {}) },
        { name: 'close store', run: closed },
      ],
      timeoutMs: 10_000,
      logger,
    });
    const result = shutdown.run('SIGTERM');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(closed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ clean: false });
    expect(closed).toHaveBeenCalledOnce();
    expect(lines().find((line) => line.step === 'stop scheduler')).toMatchObject({ msg: expect.stringContaining('ran out of time') });
  });

  it('GIVEN a step that fails THEN the rest still run', async () => {
    const closed = vi.fn();
    const shutdown = createShutdown({
      steps: [
        {
          name: 'stop adapters',
          bounded: true,
          run: async () => {
            throw new Error('socket already closed');
          },
        },
        { name: 'close store', run: closed },
      ],
      timeoutMs: 1_000,
      logger: captureLogger().logger,
    });
    expect(await shutdown.run('SIGTERM')).toEqual({ clean: false });
    expect(closed).toHaveBeenCalledOnce();
  });

  it('gives each bounded step only what is left of the shared budget', async () => {
    let now = 0;
    const budgets: number[] = [];
    const shutdown = createShutdown({
      steps: [
        {
          name: 'drain',
          bounded: true,
          run: (left) => {
            budgets.push(left);
            now += 4_000;
          },
        },
        { name: 'stop scheduler', bounded: true, run: (left) => void budgets.push(left) },
      ],
      timeoutMs: 10_000,
      logger: captureLogger().logger,
      clock: () => now,
    });
    await shutdown.run('SIGTERM');
    expect(budgets).toEqual([10_000, 6_000]);
  });
});

describe('onStopSignals', () => {
  it('GIVEN SIGTERM THEN stop is called once; a second signal while stopping forces', () => {
    const target = new EventEmitter();
    const stop = vi.fn();
    const force = vi.fn();
    onStopSignals({ stop, force }, target);
    target.emit('SIGTERM');
    expect(stop).toHaveBeenCalledExactlyOnceWith('SIGTERM');
    expect(force).not.toHaveBeenCalled();
    target.emit('SIGINT');
    expect(stop).toHaveBeenCalledOnce();
    expect(force).toHaveBeenCalledExactlyOnceWith('SIGINT');
  });
});
