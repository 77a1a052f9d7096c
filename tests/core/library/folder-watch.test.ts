import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FULL_REREAD_MINUTES, type StartWatcher, watchFolder } from '../../../src/core/library/folder-watch.js';

/** A stand-in for Node's watcher: the test says which events it reports, and when it fails. */
function fakeWatcher(fails = false) {
  const started: { listener: Parameters<StartWatcher>[1]; emitter: EventEmitter & { close(): void; closed: boolean } }[] = [];
  const start: StartWatcher = (_folder, listener) => {
    if (fails) throw new Error('ENOSPC: System limit for number of file watchers reached');
    const emitter = Object.assign(new EventEmitter(), {
      closed: false,
      close() {
        emitter.closed = true;
      },
    });
    started.push({ listener, emitter });
    return emitter;
  };
  return { start, started };
}

const at = (minutes: number) => new Date(Date.UTC(2025, 7, 21, 9, 0) + minutes * 60_000);

describe('a folder watch tells a refresh which files changed', () => {
  it('says whole on its first call, then names the files the watcher reported since the call before', () => {
    const { start, started } = fakeWatcher();
    const watch = watchFolder('/set', { warn: () => {}, now: () => at(0), start });
    expect(watch.changes()).toBe('whole');
    expect(started).toHaveLength(1);
    started[0]!.listener('rename', 'monitors-1.txt');
    started[0]!.listener('change', 'ferry-2.txt');
    started[0]!.listener('change', 'ferry-2.txt');
    expect(watch.changes()).toEqual(new Set(['monitors-1.txt', 'ferry-2.txt']));
    expect(watch.changes()).toEqual(new Set());
  });

  it('says whole after an event that names no file', () => {
    const { start, started } = fakeWatcher();
    const watch = watchFolder('/set', { warn: () => {}, now: () => at(0), start });
    watch.changes();
    started[0]!.listener('rename', null);
    expect(watch.changes()).toBe('whole');
    expect(watch.changes()).toEqual(new Set());
  });

  it('logs a watcher that fails, closes it, and has the next refresh re-read whole with a new watcher', () => {
    const { start, started } = fakeWatcher();
    const logged: string[] = [];
    const watch = watchFolder('/set', { warn: (message) => logged.push(message), now: () => at(0), start });
    watch.changes();
    started[0]!.emitter.emit('error', new Error('EMFILE: too many open files'));
    expect(logged).toEqual(['watching the document folder failed; the next refresh re-reads it whole']);
    expect(started[0]!.emitter.closed).toBe(true);
    expect(watch.changes()).toBe('whole');
    expect(started).toHaveLength(2);
    started[1]!.listener('change', 'ferry-2.txt');
    expect(watch.changes()).toEqual(new Set(['ferry-2.txt']));
  });

  it('re-reads whole at every refresh while no watcher can start, and logs it once', () => {
    const { start } = fakeWatcher(true);
    const logged: string[] = [];
    const watch = watchFolder('/set', { warn: (message) => logged.push(message), now: () => at(0), start });
    expect([watch.changes(), watch.changes(), watch.changes()]).toEqual(['whole', 'whole', 'whole']);
    expect(logged).toEqual(['the document folder cannot be watched; each refresh re-reads it whole']);
  });

  it('re-reads whole once the last whole re-read is old enough, as a file system may drop events', () => {
    const { start, started } = fakeWatcher();
    let minutes = 0;
    const watch = watchFolder('/set', { warn: () => {}, now: () => at(minutes), start });
    watch.changes();
    minutes = FULL_REREAD_MINUTES - 1;
    started[0]!.listener('change', 'ferry-2.txt');
    expect(watch.changes()).toEqual(new Set(['ferry-2.txt']));
    minutes = FULL_REREAD_MINUTES;
    started[0]!.listener('change', 'ferry-3.txt');
    expect(watch.changes()).toBe('whole');
    minutes = FULL_REREAD_MINUTES + 1;
    expect(watch.changes()).toEqual(new Set());
  });
});
