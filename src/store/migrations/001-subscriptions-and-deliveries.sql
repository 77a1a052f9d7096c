-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Instants are ISO-8601 UTC text, which
-- both compare correctly as strings; weekdays are "1,2,3"; topics a JSON array.

CREATE TABLE subscriptions (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL DEFAULT '',
  channel_id TEXT NOT NULL,
  local_time TEXT NOT NULL,
  timezone TEXT NOT NULL,
  weekdays TEXT NOT NULL,
  topics TEXT NOT NULL,
  digest_length TEXT NOT NULL,
  status TEXT NOT NULL,
  paused_reason TEXT,
  last_digest_at TEXT,
  active_since TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- One subscription per channel: /digest subscribe on a subscribed channel changes it.
CREATE UNIQUE INDEX subscriptions_channel ON subscriptions (platform, workspace, channel_id);

-- The delivery log. Its primary key is what makes a digest post once: a run is claimed by
-- inserting its row, and a second insert for the same (subscription, local date) does nothing.
CREATE TABLE deliveries (
  subscription_id TEXT NOT NULL,
  local_date TEXT NOT NULL,
  scheduled_for TEXT NOT NULL,
  status TEXT NOT NULL,
  late INTEGER NOT NULL DEFAULT 0,
  idempotency_key TEXT NOT NULL,
  claimed_by TEXT,
  lease_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  message_id TEXT,
  reason TEXT,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (subscription_id, local_date)
);

CREATE INDEX deliveries_status ON deliveries (status);
CREATE INDEX deliveries_scheduled_for ON deliveries (scheduled_for);
