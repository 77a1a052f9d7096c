import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createConsoleAdapter } from '../../src/adapters/console/index.js';
import { handleCommand } from '../../src/commands/handle.js';
import { parseConfig } from '../../src/config/load.js';
import { type RunningService, startService } from '../../src/service/start.js';
import { captureLogger } from './helpers/capture-log.js';

/**
 * The bundled set with the shipped defaults (no sets, no feeds) and no network at all: the
 * service starts, indexes, answers /brief, /topics and /set, and never opens a connection.
 */
const root = mkdtempSync(join(tmpdir(), 'briefbot-offline-'));
let service: RunningService | undefined;
const connect = Socket.prototype.connect;
const attempts: unknown[] = [];
afterAll(async () => {
  Socket.prototype.connect = connect;
  await service?.shutdown.run('test over');
  rmSync(root, { recursive: true, force: true });
});

describe('GIVEN the bundled set, no feeds configured and no network', () => {
  it('THEN it starts, briefs and lists topics without a single outbound connection', async () => {
    // Any connection anywhere fails, as on a machine with no network; each attempt is kept.
    Socket.prototype.connect = function (this: Socket, ...args: unknown[]) {
      attempts.push(args[0]);
      process.nextTick(() => this.destroy(new Error('no network in this test')));
      return this;
    } as typeof Socket.prototype.connect;
    const parsed = parseConfig(null, null, { METRICS_PORT: '0', BRIEFBOT_STORE_PATH: join(root, 'briefbot.sqlite') });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.sets).toBeUndefined();
    const { logger, lines } = captureLogger('warn');
    service = await startService({ config: parsed.value, logger, createAdapters: (services) => [createConsoleAdapter({ services, interactive: false })], trigger: { start() {}, stop() {} } });
    const documents = readdirSync('briefings/ukraine-peace-talks').filter((f) => /\.(md|txt)$/.test(f) && f.toLowerCase() !== 'readme.md').length;
    await vi.waitFor(() => expect(service!.library.topics().documents).toBe(documents), { timeout: 60_000, interval: 100 });

    const channel = { platform: 'console' as const, id: 'main' };
    const user = { platform: 'console' as const, id: 'me', canManageChannel: true };
    const services = { library: service.library, sets: service.sets };
    const brief = await handleCommand({ command: { name: 'brief', query: 'security-guarantees', length: 'short', public: false }, channel, user, requestId: 'r1' }, services);
    expect(brief.kind).toBe('briefing');
    const topics = await handleCommand({ command: { name: 'topics' }, channel, user, requestId: 'r2' }, services);
    expect(topics.kind === 'topics' && topics.topics.topics.map((t) => t.slug)).toContain('security-guarantees');
    const set = await handleCommand({ command: { name: 'set', action: 'show' }, channel, user, requestId: 'r3' }, services);
    expect(set.kind === 'notice' && set.text).toContain('This channel is briefed from ukraine-peace-talks');

    expect(attempts).toEqual([]);
    expect(lines().filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
