import type { DigestPoster } from '../../src/chat/digest-poster.js';
import type { ChannelRef, Platform } from '../../src/chat/refs.js';
import type { Digest, Length } from '../../src/core/briefing.js';
import type { DigestOptions, Library, RefreshReport } from '../../src/core/library/library.js';
import type { Clock } from '../../src/digest/clock.js';
import type { DigestEvent, DigestHooks } from '../../src/digest/events.js';

/** A clock the test moves; sleeping moves it too, so a 429's wait costs no real time. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current: number) {}
  static at(iso: string): FakeClock {
    return new FakeClock(Date.parse(iso));
  }
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = Date.parse(iso);
  }
  advance(ms: number): void {
    this.current += ms;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
  }
}

export interface ReceivedPost {
  channel: string;
  /** When the platform accepted it, by the test clock. */
  at: string;
  nonce: string;
  late: boolean;
  since: string | null;
  newDocuments: string[];
  messageId: string;
}

/**
 * What the platform ends up showing: posts it accepted, with Discord's enforce_nonce behaviour
 * (a second post with a nonce it has seen returns the first message instead of a new one).
 */
export class FakePlatform {
  readonly received: ReceivedPost[] = [];
  /** The digests behind `received`, in the same order. */
  readonly digests: Digest[] = [];
  private readonly byNonce = new Map<string, string>();
  accept(channel: ChannelRef, digest: Digest, nonce: string, at: Date): string {
    const seen = this.byNonce.get(nonce);
    if (seen) return seen;
    const messageId = `msg-${this.received.length + 1}`;
    this.byNonce.set(nonce, messageId);
    this.received.push({
      channel: channel.id,
      at: at.toISOString(),
      nonce,
      late: digest.late,
      since: digest.since,
      newDocuments: digest.newDocuments.map((d) => d.docId),
      messageId,
    });
    this.digests.push(digest);
    return messageId;
  }
}

export type Script = Error | 'hang' | 'hang-after-accept';

/** A DigestPoster whose answers the test scripts: errors to throw, or a hang standing in for a crash. */
export class RecordingPoster implements DigestPoster {
  readonly attempts: { channel: string; nonce: string; at: string }[] = [];
  private readonly script: Script[] = [];
  private waiters: (() => void)[] = [];
  constructor(
    readonly platform: Platform,
    readonly target: FakePlatform,
    private readonly clock: Clock,
  ) {}

  /** The next posts answer with these, in order; after that every post succeeds. */
  // biome-ignore lint/suspicious/noThenProperty: reads as "post fails, then…" in tests; a RecordingPoster is never awaited.
  then(...answers: Script[]): this {
    this.script.push(...answers);
    return this;
  }

  /** Resolves once a post has been attempted. */
  attempted(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async postDigest(channel: ChannelRef, digest: Digest, options: { idempotencyKey: string }): Promise<{ messageId: string }> {
    this.attempts.push({ channel: channel.id, nonce: options.idempotencyKey, at: this.clock.now().toISOString() });
    this.waiters.splice(0).forEach((w) => w());
    const next = this.script.shift();
    if (next === 'hang') return new Promise(() => {});
    if (next === 'hang-after-accept') {
      this.target.accept(channel, digest, options.idempotencyKey, this.clock.now());
      return new Promise(() => {});
    }
    // Yield like a real network call, so concurrent schedulers interleave.
    await new Promise((resolve) => setImmediate(resolve));
    if (next instanceof Error) throw next;
    return { messageId: this.target.accept(channel, digest, options.idempotencyKey, this.clock.now()) };
  }
}

export interface FakeDocument {
  id: string;
  title: string;
  addedAt: string;
}

/**
 * A Library that answers digest() from its documents, the way the core promises to: documents
 * added after `since` are new. Files "dropped in the folder" show only after refresh().
 */
export class FakeLibrary implements Library {
  readonly set = 'test-set';
  readonly digestCalls: DigestOptions[] = [];
  refreshes = 0;
  private documents: FakeDocument[] = [];
  private onDisk: FakeDocument[] = [];
  failDigest: Error | undefined;

  constructor(documents: FakeDocument[] = []) {
    this.documents = [...documents];
    this.onDisk = [...documents];
  }
  dropFile(doc: FakeDocument): void {
    this.onDisk.push(doc);
  }
  async refresh(): Promise<RefreshReport> {
    this.refreshes++;
    const added = this.onDisk.filter((d) => !this.documents.includes(d));
    this.documents = [...this.onDisk];
    return { added: added.map((d) => d.id), changed: [], removed: [], problems: [] };
  }
  digest(options: DigestOptions = {}): Digest {
    this.digestCalls.push(options);
    if (this.failDigest) throw this.failDigest;
    const since = options.since ?? null;
    return {
      set: this.set,
      generatedAt: (options.now ?? new Date()).toISOString(),
      since: since ? since.toISOString() : null,
      late: options.late ?? false,
      newDocuments: this.documents.filter((d) => since === null || d.addedAt > since.toISOString()).map((d) => ({ docId: d.id, title: d.title })),
      wordBudget: options.maxWords ?? 250,
      topics: [],
      sources: [],
    };
  }
  topics(): never {
    throw new Error('not used by digests');
  }
  brief(): never {
    throw new Error('not used by digests');
  }
  suggest(): never {
    throw new Error('not used by digests');
  }
  headline(): never {
    throw new Error('not used by digests');
  }
  problems() {
    return [];
  }
}

/** Hooks that write down every event, by name, for assertions. */
export function recordingHooks(): { hooks: DigestHooks; events: [keyof DigestHooks, DigestEvent][] } {
  const events: [keyof DigestHooks, DigestEvent][] = [];
  const names: (keyof DigestHooks)[] = ['sent', 'late', 'skipped', 'quiet', 'failed', 'paused', 'retry'];
  const hooks = Object.fromEntries(names.map((n) => [n, (e: DigestEvent) => events.push([n, e])])) as DigestHooks;
  return { hooks, events };
}

export const discordChannel = (id: string): ChannelRef => ({ platform: 'discord', id, workspace: 'guild-1' });

export function subscriptionRequest(time: string, timezone: string, extra: { weekdays?: number[]; topics?: string[]; length?: Length; wordBudget?: number; quietDays?: 'line' | 'skip' } = {}) {
  return { time, timezone, ...extra };
}

/** Every minute from `from` (inclusive) to `to` (exclusive), as the minute trigger would fire. */
export function* minutes(from: string, to: string): Generator<string> {
  for (let t = Date.parse(from); t < Date.parse(to); t += 60_000) yield new Date(t).toISOString();
}
