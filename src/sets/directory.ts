import { type CodedError, codedError } from '../chat/coded-error.js';
import type { ChannelRef, UserRef } from '../chat/refs.js';
import type { SetConfig } from '../config/schema.js';
import type { Library } from '../core/library/library.js';
import { err, ok, type Result } from '../core/result.js';
import type { Store } from '../store/store.js';

/** One served set: its configuration and its loaded library. */
export interface ServedSet {
  config: SetConfig;
  library: Library;
}

/** A channel's set, and whether the channel chose it (/set use) or has the default. */
export interface ChannelSetChoice {
  set: ServedSet;
  bound: boolean;
}

/** Every set one process serves, and which channel is briefed from which. */
export interface SetDirectory {
  /** In configuration order; the first is the default. */
  readonly sets: readonly ServedSet[];
  readonly defaultSet: ServedSet;
  get(name: string): ServedSet | undefined;
  /** The set bound to the channel; the default set when none is, or the bound one is no longer configured. */
  forChannel(channel: ChannelRef): Promise<ChannelSetChoice>;
  /** Binds the channel to a set by name; an Err is a message for the user. */
  bind(channel: ChannelRef, name: string, by: UserRef, now?: Date): Promise<Result<ServedSet, CodedError>>;
}

export function createSetDirectory(sets: readonly ServedSet[], store: Pick<Store, 'getChannelSet' | 'putChannelSet'> | undefined): SetDirectory {
  if (sets.length === 0) throw new Error('a set directory needs at least one set');
  const byName = new Map(sets.map((s) => [s.config.name, s]));
  const defaultSet = sets[0]!;
  return {
    sets,
    defaultSet,
    get: (name) => byName.get(name),
    async forChannel(channel) {
      // One set: nothing to look up, and the console without a store works as it always did.
      if (sets.length === 1 || !store) return { set: defaultSet, bound: false };
      const binding = await store.getChannelSet(channel);
      const bound = binding ? byName.get(binding.set) : undefined;
      return bound ? { set: bound, bound: true } : { set: defaultSet, bound: false };
    },
    async bind(channel, name, by, now = new Date()) {
      const wanted = byName.get(name.trim().toLowerCase());
      if (!wanted) return err(codedError('not-found', `There is no set called "${name}". Sets on offer: ${sets.map((s) => s.config.name).join(', ')}.`));
      if (!store) return err(codedError('unavailable', 'Binding a channel to a set needs a store, and none is configured here.'));
      await store.putChannelSet({ channel, set: wanted.config.name, boundBy: by.id, boundAt: now.toISOString() });
      return ok(wanted);
    },
  };
}
