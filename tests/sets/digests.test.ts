import { describe, expect, it } from 'vitest';
import type { SetConfig } from '../../src/config/schema.js';
import { createScheduler } from '../../src/digest/scheduler.js';
import { createDigestService } from '../../src/digest/service.js';
import { createSetDirectory } from '../../src/sets/directory.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { discordChannel, FakeClock, FakeLibrary, FakePlatform, RecordingPoster } from '../digest/harness.js';

/** Scheduled and on-demand digests come from the set each channel is bound to. */
class NamedLibrary extends FakeLibrary {
  constructor(readonly name: string) {
    super([{ id: `${name}.txt`, title: `${name} story`, addedAt: '2025-03-01T00:00:00.000Z' }]);
  }
  override digest(options?: Parameters<FakeLibrary['digest']>[0]) {
    return { ...super.digest(options), set: this.name };
  }
}

const config = (name: string): SetConfig => ({ name, dir: `briefings/${name}`, feeds: [] });

describe('GIVEN two channels, one bound to the economy set', () => {
  const setup = async () => {
    const store = createMemoryStore();
    const [ukraine, economy] = [new NamedLibrary('ukraine'), new NamedLibrary('economy')];
    const sets = createSetDirectory(
      [
        { config: config('ukraine'), library: ukraine },
        { config: config('economy'), library: economy },
      ],
      store,
    );
    const admin = { platform: 'discord' as const, id: 'u1', canManageChannel: true };
    expect((await sets.bind(discordChannel('desk'), 'economy', admin)).ok).toBe(true);
    const libraryFor = async (channel: Parameters<typeof sets.forChannel>[0]) => (await sets.forChannel(channel)).set.library;
    return { store, sets, ukraine, economy, admin, libraryFor };
  };

  it('THEN /digest now in each channel is a digest of its own set', async () => {
    const { store, ukraine, libraryFor } = await setup();
    const digests = createDigestService({ store, library: ukraine, libraryFor });
    expect((await digests.now(discordChannel('desk'))).set).toBe('economy');
    expect((await digests.now(discordChannel('newsroom'))).set).toBe('ukraine');
  });

  it('THEN the scheduled digest of each channel comes from its own set, and both sets are refreshed first', async () => {
    const { store, ukraine, economy, admin, libraryFor } = await setup();
    const clock = FakeClock.at('2025-03-01T05:00:30.000Z');
    const digests = createDigestService({ store, library: ukraine, libraryFor, now: () => clock.now() });
    for (const channel of ['desk', 'newsroom']) await digests.subscribe(discordChannel(channel), { time: '07:00', timezone: 'Europe/Kyiv' }, admin);
    clock.set('2025-03-02T05:00:10.000Z');
    const platform = new FakePlatform();
    const scheduler = createScheduler({
      store,
      library: ukraine,
      libraryFor,
      libraries: () => [ukraine, economy],
      posters: [new RecordingPoster('discord', platform, clock)],
      clock,
    });
    await scheduler.tick();
    await scheduler.stop();
    const byChannel = Object.fromEntries(platform.received.map((r, i) => [r.channel, platform.digests[i]!.set]));
    expect(byChannel).toEqual({ desk: 'economy', newsroom: 'ukraine' });
    expect([ukraine.refreshes, economy.refreshes]).toEqual([1, 1]);
  });

  it('THEN a channel bound to a set no longer configured falls back to the default', async () => {
    const { store, ukraine } = await setup();
    const fewer = createSetDirectory(
      [
        { config: config('ukraine'), library: ukraine },
        { config: config('local'), library: new NamedLibrary('local') },
      ],
      store,
    );
    expect(await fewer.forChannel(discordChannel('desk'))).toMatchObject({ bound: false, set: { config: { name: 'ukraine' } } });
  });
});
