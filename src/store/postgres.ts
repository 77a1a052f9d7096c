import pg from 'pg';
import { describePostgresUrl, migratePostgres } from './postgres-migrate.js';
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

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database; a secret, never logged. */
  url: string;
  /** Connections this process keeps at most (default 10). */
  maxConnections?: number;
  /** How long to wait for a connection before failing (default 10 s). */
  connectTimeoutMs?: number;
  /** Told about a pooled connection that broke while idle (the server restarted, say); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

/**
 * The shared store for several replicas. Every change that must happen once is decided by the
 * database in one statement (INSERT … ON CONFLICT DO NOTHING, UPDATE … WHERE … RETURNING) or in
 * one transaction, never by reading in this process and writing after; so any number of processes
 * on one database agree on who claimed what. Resolves once the schema is migrated.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'briefbot',
  });
  // Without a listener an idle connection's error would crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`could not open the store at ${describePostgresUrl(options.url)}: ${reasonOf(error)}`, { cause: error });
  }
  return postgresStore(pool);
}

function postgresStore(pool: pg.Pool): Store {
  const rows = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await pool.query<R>(sql, params)).rows;
  const count = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rowCount ?? 0;
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const channelWhere = 'platform = $1 AND workspace = $2 AND channel_id = $3';
  const channelParams = (c: { platform: string; id: string; workspace?: string }) => [c.platform, c.workspace ?? '', c.id];
  // Byte order, as SQLite sorts text; the instants are fixed-width ISO text, so any collation compares them right.
  const bytes = (column: string) => `${column} COLLATE "C"`;

  return {
    kind: 'postgres',

    async putSubscription(input) {
      const p = subscriptionParams(input);
      const [row] = await rows<SubscriptionRow>(
        `
        INSERT INTO subscriptions (id, platform, workspace, channel_id, local_time, timezone, weekdays, topics, digest_length,
          status, paused_reason, last_digest_at, active_since, created_by, created_at, updated_at, word_budget, quiet_days)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, $12, $13, $14, $15, $16, $17)
        ON CONFLICT (platform, workspace, channel_id) DO UPDATE SET
          local_time = excluded.local_time, timezone = excluded.timezone, weekdays = excluded.weekdays,
          topics = excluded.topics, digest_length = excluded.digest_length, word_budget = excluded.word_budget,
          quiet_days = excluded.quiet_days, status = excluded.status,
          paused_reason = excluded.paused_reason, active_since = excluded.active_since,
          created_by = excluded.created_by, updated_at = excluded.updated_at
        RETURNING *`,
        [p.id, p.platform, p.workspace, p.channel_id, p.local_time, p.timezone, p.weekdays, p.topics, p.digest_length, p.status, p.paused_reason, p.active_since, p.created_by, p.created_at, p.updated_at, p.word_budget, p.quiet_days],
      );
      if (!row) throw new Error('upsert returned no row');
      return subscriptionFromRow(row);
    },

    async getSubscription(id) {
      const [row] = await rows<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
      return row ? subscriptionFromRow(row) : null;
    },

    async listSubscriptions(filter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.channel) {
        params.push(...channelParams(filter.channel));
        where.push(channelWhere);
      }
      if (filter.status) {
        params.push(filter.status);
        where.push(`status = $${params.length}`);
      }
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      return (await rows<SubscriptionRow>(`SELECT * FROM subscriptions ${clause} ORDER BY ${bytes('created_at')}, ${bytes('id')}`, params)).map(subscriptionFromRow);
    },

    async deleteSubscriptions(channel) {
      // One statement: the log and its subscriptions go together or not at all.
      const [row] = await rows<{ removed: string }>(
        `
        WITH gone AS (DELETE FROM subscriptions WHERE ${channelWhere} RETURNING id),
          gone_log AS (DELETE FROM deliveries WHERE subscription_id IN (SELECT id FROM gone))
        SELECT count(*) AS removed FROM gone`,
        channelParams(channel),
      );
      return Number(row?.removed ?? 0);
    },

    async pauseSubscription(id, reason, now) {
      return (await count(`UPDATE subscriptions SET status = 'paused', paused_reason = $1, updated_at = $2 WHERE id = $3`, [reason, now, id])) > 0;
    },

    async claimDelivery(claim) {
      const [row] = await rows<DeliveryRow>(
        `
        INSERT INTO deliveries (subscription_id, local_date, scheduled_for, status, late, idempotency_key, claimed_by,
          lease_until, attempts, created_at)
        VALUES ($1, $2, $3, 'claimed', $4, $5, $6, $7, 1, $8)
        ON CONFLICT (subscription_id, local_date) DO NOTHING
        RETURNING *`,
        [claim.subscriptionId, claim.localDate, claim.scheduledFor, claim.late ? 1 : 0, claim.idempotencyKey, claim.owner, claim.leaseUntil, claim.now],
      );
      return row ? deliveryFromRow(row) : null;
    },

    async reclaimDelivery(key, { owner, now, leaseUntil }) {
      // A concurrent reclaim re-checks this WHERE against the row the other one committed, so one wins.
      const [row] = await rows<DeliveryRow>(
        `
        UPDATE deliveries SET claimed_by = $3, lease_until = $4, attempts = attempts + 1
        WHERE subscription_id = $1 AND local_date = $2 AND status = 'claimed'
          AND (claimed_by = $3 OR lease_until IS NULL OR lease_until <= $5)
        RETURNING *`,
        [key.subscriptionId, key.localDate, owner, leaseUntil, now],
      );
      return row ? deliveryFromRow(row) : null;
    },

    async markDeliverySent(key, { messageId, now, digestAt, late }) {
      return transaction(async (client) => {
        const sent = await client.query(
          `
          UPDATE deliveries SET status = 'sent', message_id = $3, late = $4, finished_at = $5, lease_until = NULL
          WHERE subscription_id = $1 AND local_date = $2 AND status = 'claimed'`,
          [key.subscriptionId, key.localDate, messageId, late ? 1 : 0, now],
        );
        if (sent.rowCount === 0) return false;
        await client.query(
          `
          UPDATE subscriptions SET last_digest_at = $2
          WHERE id = $1 AND (last_digest_at IS NULL OR last_digest_at < $2)`,
          [key.subscriptionId, digestAt],
        );
        return true;
      });
    },

    async closeDelivery(key, { status, reason, now }) {
      return (
        (await count(
          `
        UPDATE deliveries SET status = $3, reason = $4, finished_at = $5, lease_until = NULL
        WHERE subscription_id = $1 AND local_date = $2 AND status = 'claimed'`,
          [key.subscriptionId, key.localDate, status, reason, now],
        )) > 0
      );
    },

    async recordSkippedDelivery(skip) {
      return (
        (await count(
          `
        INSERT INTO deliveries (subscription_id, local_date, scheduled_for, status, late, idempotency_key, attempts, reason,
          created_at, finished_at)
        VALUES ($1, $2, $3, 'skipped', 0, $4, 0, $5, $6, $6)
        ON CONFLICT (subscription_id, local_date) DO NOTHING`,
          [skip.subscriptionId, skip.localDate, skip.scheduledFor, skip.idempotencyKey, skip.reason, skip.now],
        )) > 0
      );
    },

    async listDeliveries(filter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (condition: string, value: unknown) => {
        params.push(value);
        where.push(`${condition} $${params.length}`);
      };
      if (filter.subscriptionId) add('subscription_id =', filter.subscriptionId);
      if (filter.status) add('status =', filter.status);
      if (filter.scheduledFrom) add('scheduled_for >=', filter.scheduledFrom);
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      return (await rows<DeliveryRow>(`SELECT * FROM deliveries ${clause} ORDER BY ${bytes('scheduled_for')}, ${bytes('subscription_id')}`, params)).map(deliveryFromRow);
    },

    async putInstallation(installation) {
      await pool.query(
        `
        INSERT INTO installations (platform, workspace, data, installed_at, updated_at) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (platform, workspace) DO UPDATE SET
          data = excluded.data, installed_at = excluded.installed_at, updated_at = excluded.updated_at`,
        [installation.platform, installation.workspace, installation.data, installation.installedAt, installation.updatedAt],
      );
    },

    async getInstallation(platform, workspace) {
      const [row] = await rows<InstallationRow>('SELECT * FROM installations WHERE platform = $1 AND workspace = $2', [platform, workspace]);
      return row ? installationFromRow(row) : null;
    },

    async deleteInstallation(platform, workspace) {
      return (await count('DELETE FROM installations WHERE platform = $1 AND workspace = $2', [platform, workspace])) > 0;
    },

    async pauseWorkspaceSubscriptions(platform, workspace, reason, now) {
      return count(
        `
        UPDATE subscriptions SET status = 'paused', paused_reason = $3, updated_at = $4
        WHERE platform = $1 AND workspace = $2 AND status = 'active'`,
        [platform, workspace, reason, now],
      );
    },

    async putBriefing(briefing) {
      const params = storedBriefingParams(briefing);
      const updates = STORED_BRIEFING_COLUMNS.filter((c) => c !== 'id')
        .map((c) => `${c} = excluded.${c}`)
        .join(', ');
      await pool.query(
        `INSERT INTO shared_briefings (${STORED_BRIEFING_COLUMNS.join(', ')}) VALUES (${placeholders(STORED_BRIEFING_COLUMNS.length)})
         ON CONFLICT (id) DO UPDATE SET ${updates}`,
        STORED_BRIEFING_COLUMNS.map((c) => params[c]),
      );
    },

    async getBriefing(id) {
      const [row] = await rows<StoredBriefingRow>('SELECT * FROM shared_briefings WHERE id = $1', [id]);
      return row ? storedBriefingFromRow(row) : null;
    },

    async deleteExpiredBriefings(now) {
      return count(`DELETE FROM shared_briefings WHERE ${bytes('expires_at')} < $1`, [now]);
    },

    async addErrorReport(report) {
      const params = errorReportParams(report);
      await pool.query(
        `INSERT INTO error_reports (${ERROR_REPORT_COLUMNS.join(', ')}) VALUES (${placeholders(ERROR_REPORT_COLUMNS.length)})`,
        ERROR_REPORT_COLUMNS.map((c) => params[c]),
      );
    },

    async listErrorReports({ platform, workspace }) {
      return (await rows<ErrorReportRow>(`SELECT * FROM error_reports WHERE platform = $1 AND workspace = $2 ORDER BY ${bytes('created_at')} DESC, ${bytes('id')} DESC`, [platform, workspace ?? ''])).map(errorReportFromRow);
    },

    async putChannelSet(binding) {
      const p = channelSetParams(binding);
      await pool.query(
        `
        INSERT INTO channel_sets (platform, workspace, channel_id, set_name, bound_by, bound_at) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (platform, workspace, channel_id) DO UPDATE SET
          set_name = excluded.set_name, bound_by = excluded.bound_by, bound_at = excluded.bound_at`,
        [p.platform, p.workspace, p.channel_id, p.set_name, p.bound_by, p.bound_at],
      );
    },

    async getChannelSet(channel) {
      const [row] = await rows<ChannelSetRow>(`SELECT * FROM channel_sets WHERE ${channelWhere}`, channelParams(channel));
      return row ? channelSetFromRow(row) : null;
    },

    async listChannelSets() {
      return (await rows<ChannelSetRow>(`SELECT * FROM channel_sets ORDER BY ${bytes('bound_at')}, ${bytes('platform')}, ${bytes('workspace')}, ${bytes('channel_id')}`)).map(channelSetFromRow);
    },

    async recordFirstSeen(set, seen) {
      if (!seen.length) return [];
      const hashes = seen.map((s) => s.hash);
      await count(
        `INSERT INTO first_seen (set_name, content_hash, first_seen_at) SELECT $1, h, a FROM unnest($2::text[], $3::text[]) AS t(h, a)
        ON CONFLICT (set_name, content_hash) DO NOTHING`,
        [set, hashes, seen.map((s) => s.at)],
      );
      const found = await rows<{ content_hash: string; first_seen_at: string }>('SELECT content_hash, first_seen_at FROM first_seen WHERE set_name = $1 AND content_hash = ANY($2::text[])', [set, hashes]);
      const byHash = new Map(found.map((r) => [r.content_hash, r.first_seen_at]));
      return seen.map(({ hash, at }) => ({ hash, at: byHash.get(hash) ?? at }));
    },

    async close() {
      await pool.end();
    },
  };
}

/** "$1, $2, …, $n" */
function placeholders(n: number): string {
  return Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
}

/** The driver's words, without anything from the connection string. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
