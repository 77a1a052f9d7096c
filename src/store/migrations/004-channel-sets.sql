-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Which document set a channel is briefed from (/set use <name>). A channel without a row uses the
-- default set, the first one in the configuration; a row naming a set no longer configured does too.
CREATE TABLE channel_sets (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL DEFAULT '',
  channel_id TEXT NOT NULL,
  set_name TEXT NOT NULL,
  bound_by TEXT,
  bound_at TEXT NOT NULL,
  PRIMARY KEY (platform, workspace, channel_id)
);
