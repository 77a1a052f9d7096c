import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { pendingMigrations, readMigrations } from './migrations.js';
import {
  type ChannelSetRow,
  channelSetFromRow,
  channelSetParams,
  type DeliveryRow,
  deliveryFromRow,
  ERROR_REPORT_COLUMNS,
  type ErrorReportRow,
  errorReportFromRow,
  errorReportParams,
  type InstallationRow,
  installationFromRow,
  STORED_BRIEFING_COLUMNS,
  type StoredBriefingRow,
  type SubscriptionRow,
  storedBriefingFromRow,
  storedBriefingParams,
  subscriptionFromRow,
  subscriptionParams,
} from './sql-rows.js';
import type { Store } from './store.js';

export const DEFAULT_SQLITE_PATH = 'data/briefbot.sqlite';

export interface SqliteStoreOptions {
  /** Database file; created with its folder on first start. ":memory:" for a throwaway database. */
  path?: string;
  /** How long a write waits for another process's lock before failing. */
  busyTimeoutMs?: number;
}

/**
 * The embedded store. better-sqlite3 is synchronous; each method runs its statements at once and
 * resolves, so callers see the same async Store as with a networked database. Writes that must
 * happen together run in one IMMEDIATE transaction, which takes the write lock up front so two
 * processes on one file queue instead of failing half-way.
 */
export function openSqliteStore(options: SqliteStoreOptions = {}): Store {
  const path = options.path ?? DEFAULT_SQLITE_PATH;
  const db = openDatabase(path, options.busyTimeoutMs ?? 5000);

  // Listing builds its WHERE from the filter; a handful of shapes exist, each prepared once.
  const prepared = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const sub = (sql: string) => prepare(sql) as Database.Statement<unknown[], SubscriptionRow>;
  const del = (sql: string) => prepare(sql) as Database.Statement<unknown[], DeliveryRow>;
  const keyWhere = 'subscription_id = @subscriptionId AND local_date = @localDate';
  /**
   * The one row a write … RETURNING gives back. Not `.get()`: it stops after the first row and
   * drops the error of the commit that follows (a full disk), so a write that was never saved
   * would be reported done. `.all()` runs the statement to its end and throws that error.
   */
  const written = <Row>(statement: Database.Statement<unknown[], Row>, params: Record<string, unknown>): Row | undefined => statement.all(params)[0];

  const upsertSubscription = sub(`
    INSERT INTO subscriptions (id, platform, workspace, channel_id, local_time, timezone, weekdays, topics, digest_length,
      word_budget, quiet_days, status, paused_reason, last_digest_at, active_since, created_by, created_at, updated_at)
    VALUES (@id, @platform, @workspace, @channel_id, @local_time, @timezone, @weekdays, @topics, @digest_length,
      @word_budget, @quiet_days, @status, @paused_reason, NULL, @active_since, @created_by, @created_at, @updated_at)
    ON CONFLICT (platform, workspace, channel_id) DO UPDATE SET
      local_time = excluded.local_time, timezone = excluded.timezone, weekdays = excluded.weekdays,
      topics = excluded.topics, digest_length = excluded.digest_length, word_budget = excluded.word_budget,
      quiet_days = excluded.quiet_days, status = excluded.status,
      paused_reason = excluded.paused_reason, active_since = excluded.active_since,
      created_by = excluded.created_by, updated_at = excluded.updated_at
    RETURNING *`);
  const claimStatement = del(`
    INSERT INTO deliveries (subscription_id, local_date, scheduled_for, status, late, idempotency_key, claimed_by,
      lease_until, attempts, created_at)
    VALUES (@subscriptionId, @localDate, @scheduledFor, 'claimed', @late, @idempotencyKey, @owner, @leaseUntil, 1, @now)
    ON CONFLICT (subscription_id, local_date) DO NOTHING
    RETURNING *`);
  const skipStatement = db.prepare(`
    INSERT INTO deliveries (subscription_id, local_date, scheduled_for, status, late, idempotency_key, attempts, reason,
      created_at, finished_at)
    VALUES (@subscriptionId, @localDate, @scheduledFor, 'skipped', 0, @idempotencyKey, 0, @reason, @now, @now)
    ON CONFLICT (subscription_id, local_date) DO NOTHING`);
  const reclaimStatement = del(`
    UPDATE deliveries SET claimed_by = @owner, lease_until = @leaseUntil, attempts = attempts + 1
    WHERE ${keyWhere} AND status = 'claimed' AND (claimed_by = @owner OR lease_until IS NULL OR lease_until <= @now)
    RETURNING *`);
  const sentStatement = db.prepare(`
    UPDATE deliveries SET status = 'sent', message_id = @messageId, late = @late, finished_at = @now, lease_until = NULL
    WHERE ${keyWhere} AND status = 'claimed'`);
  const lastDigestStatement = db.prepare(`
    UPDATE subscriptions SET last_digest_at = @digestAt
    WHERE id = @subscriptionId AND (last_digest_at IS NULL OR last_digest_at < @digestAt)`);
  const closeStatement = db.prepare(`
    UPDATE deliveries SET status = @status, reason = @reason, finished_at = @now, lease_until = NULL
    WHERE ${keyWhere} AND status = 'claimed'`);

  const markSent = db.transaction((params: Record<string, unknown>) => {
    if (sentStatement.run(params).changes === 0) return false;
    lastDigestStatement.run(params);
    return true;
  });
  const deleteChannel = db.transaction((params: Record<string, unknown>) => {
    prepare(`DELETE FROM deliveries WHERE subscription_id IN
      (SELECT id FROM subscriptions WHERE platform = @platform AND workspace = @workspace AND channel_id = @id)`).run(params);
    return prepare('DELETE FROM subscriptions WHERE platform = @platform AND workspace = @workspace AND channel_id = @id').run(params).changes;
  });
  const channelParams = (c: { platform: string; id: string; workspace?: string }) => ({ platform: c.platform, id: c.id, workspace: c.workspace ?? '' });

  return {
    kind: 'sqlite',

    async integrity() {
      try {
        const found = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).filter((r) => r !== 'ok');
        return found.length ? `${path}: the database is damaged: ${found.slice(0, 3).join('; ')}` : undefined;
      } catch (error) {
        return `${path}: the database is damaged: ${(error as Error).message}`;
      }
    },

    async putSubscription(input) {
      const row = written(upsertSubscription, subscriptionParams(input));
      if (!row) throw new Error('upsert returned no row');
      return subscriptionFromRow(row);
    },

    async getSubscription(id) {
      const row = sub('SELECT * FROM subscriptions WHERE id = ?').get(id);
      return row ? subscriptionFromRow(row) : null;
    },

    async listSubscriptions(filter = {}) {
      const where: string[] = [];
      const params: Record<string, unknown> = {};
      if (filter.channel) {
        where.push('platform = @platform AND workspace = @workspace AND channel_id = @id');
        Object.assign(params, channelParams(filter.channel));
      }
      if (filter.status) {
        where.push('status = @status');
        params.status = filter.status;
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      return sub(`SELECT * FROM subscriptions ${clause} ORDER BY created_at, id`).all(params).map(subscriptionFromRow);
    },

    async deleteSubscriptions(channel) {
      return deleteChannel.immediate(channelParams(channel));
    },

    async pauseSubscription(id, reason, now) {
      const result = prepare(`UPDATE subscriptions SET status = 'paused', paused_reason = ?, updated_at = ? WHERE id = ?`).run(reason, now, id);
      return result.changes > 0;
    },

    async claimDelivery(claim) {
      const row = written(claimStatement, { ...claim, late: claim.late ? 1 : 0 });
      return row ? deliveryFromRow(row) : null;
    },

    async reclaimDelivery(key, claim) {
      const row = written(reclaimStatement, { subscriptionId: key.subscriptionId, localDate: key.localDate, ...claim });
      return row ? deliveryFromRow(row) : null;
    },

    async markDeliverySent(key, sent) {
      return markSent.immediate({ subscriptionId: key.subscriptionId, localDate: key.localDate, ...sent, late: sent.late ? 1 : 0 });
    },

    async closeDelivery(key, end) {
      return closeStatement.run({ subscriptionId: key.subscriptionId, localDate: key.localDate, ...end }).changes > 0;
    },

    async recordSkippedDelivery(skip) {
      return skipStatement.run(skip).changes > 0;
    },

    async listDeliveries(filter = {}) {
      const where: string[] = [];
      if (filter.subscriptionId) where.push('subscription_id = @subscriptionId');
      if (filter.status) where.push('status = @status');
      if (filter.scheduledFrom) where.push('scheduled_for >= @scheduledFrom');
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      return del(`SELECT * FROM deliveries ${clause} ORDER BY scheduled_for, subscription_id`).all(filter).map(deliveryFromRow);
    },

    async putInstallation(installation) {
      prepare(`
        INSERT INTO installations (platform, workspace, data, installed_at, updated_at)
        VALUES (@platform, @workspace, @data, @installedAt, @updatedAt)
        ON CONFLICT (platform, workspace) DO UPDATE SET
          data = excluded.data, installed_at = excluded.installed_at, updated_at = excluded.updated_at`).run(installation);
    },

    async getInstallation(platform, workspace) {
      const row = (prepare('SELECT * FROM installations WHERE platform = ? AND workspace = ?') as Database.Statement<unknown[], InstallationRow>).get(platform, workspace);
      return row ? installationFromRow(row) : null;
    },

    async deleteInstallation(platform, workspace) {
      return prepare('DELETE FROM installations WHERE platform = ? AND workspace = ?').run(platform, workspace).changes > 0;
    },

    async pauseWorkspaceSubscriptions(platform, workspace, reason, now) {
      return prepare(`UPDATE subscriptions SET status = 'paused', paused_reason = ?, updated_at = ?
        WHERE platform = ? AND workspace = ? AND status = 'active'`).run(reason, now, platform, workspace).changes;
    },

    async putBriefing(briefing) {
      const columns = STORED_BRIEFING_COLUMNS.join(', ');
      const values = STORED_BRIEFING_COLUMNS.map((c) => `@${c}`).join(', ');
      const updates = STORED_BRIEFING_COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = excluded.${c}`)
        .join(', ');
      prepare(`INSERT INTO shared_briefings (${columns}) VALUES (${values}) ON CONFLICT (id) DO UPDATE SET ${updates}`).run(storedBriefingParams(briefing));
    },

    async getBriefing(id) {
      const row = (prepare('SELECT * FROM shared_briefings WHERE id = ?') as Database.Statement<unknown[], StoredBriefingRow>).get(id);
      return row ? storedBriefingFromRow(row) : null;
    },

    async deleteExpiredBriefings(now) {
      return prepare('DELETE FROM shared_briefings WHERE expires_at < ?').run(now).changes;
    },

    async addErrorReport(report) {
      const columns = ERROR_REPORT_COLUMNS.join(', ');
      prepare(`INSERT INTO error_reports (${columns}) VALUES (${ERROR_REPORT_COLUMNS.map((c) => `@${c}`).join(', ')})`).run(errorReportParams(report));
    },

    async listErrorReports({ platform, workspace }) {
      return (prepare('SELECT * FROM error_reports WHERE platform = ? AND workspace = ? ORDER BY created_at DESC, id DESC') as Database.Statement<unknown[], ErrorReportRow>).all(platform, workspace ?? '').map(errorReportFromRow);
    },

    async putChannelSet(binding) {
      prepare(`
        INSERT INTO channel_sets (platform, workspace, channel_id, set_name, bound_by, bound_at)
        VALUES (@platform, @workspace, @channel_id, @set_name, @bound_by, @bound_at)
        ON CONFLICT (platform, workspace, channel_id) DO UPDATE SET
          set_name = excluded.set_name, bound_by = excluded.bound_by, bound_at = excluded.bound_at`).run(channelSetParams(binding));
    },

    async getChannelSet(channel) {
      const row = (prepare('SELECT * FROM channel_sets WHERE platform = @platform AND workspace = @workspace AND channel_id = @id') as Database.Statement<unknown[], ChannelSetRow>).get(channelParams(channel));
      return row ? channelSetFromRow(row) : null;
    },

    async listChannelSets() {
      return (prepare('SELECT * FROM channel_sets ORDER BY bound_at, platform, workspace, channel_id') as Database.Statement<unknown[], ChannelSetRow>).all().map(channelSetFromRow);
    },

    async recordFirstSeen(set, seen) {
      const insert = prepare('INSERT INTO first_seen (set_name, content_hash, first_seen_at) VALUES (?, ?, ?) ON CONFLICT (set_name, content_hash) DO NOTHING');
      const read = prepare('SELECT first_seen_at FROM first_seen WHERE set_name = ? AND content_hash = ?') as Database.Statement<unknown[], { first_seen_at: string }>;
      return db.transaction(() =>
        seen.map(({ hash, at }) => {
          insert.run(set, hash, at);
          return { hash, at: read.get(set, hash)!.first_seen_at };
        }),
      )();
    },

    async close() {
      db.close();
    },
  };
}

/**
 * Opens the file and brings its schema up to date. SQLite's own messages ("file is not a
 * database", "unable to open database file") do not say which file: this one does.
 */
function openDatabase(path: string, busyTimeoutMs: number): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    const message = (error as Error).message;
    if (message.includes(path)) throw error;
    throw new Error(`the SQLite store at ${path} cannot be used: ${message}`, { cause: error });
  }
}

/** Applies the pending migrations in one transaction; a second process starting at once waits, then finds nothing to do. */
function migrate(db: Database.Database): void {
  const all = readMigrations();
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((r) => r.version);
    for (const m of pendingMigrations(all, applied)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}
