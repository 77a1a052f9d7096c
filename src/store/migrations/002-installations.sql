-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- One row per workspace the app is installed in through OAuth. `data` is the platform SDK's
-- installation object as JSON text (it holds tokens); instants are ISO-8601 UTC text.
CREATE TABLE installations (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  data TEXT NOT NULL,
  installed_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, workspace)
);

-- Pausing a workspace's subscriptions (on uninstall) uses subscriptions_channel's (platform, workspace) prefix.
