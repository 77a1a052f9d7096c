-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Briefings posted with buttons and behind signed links, each with the text of the articles it
-- cites (JSON), so a link shows what was posted until it expires. Instants are ISO-8601 UTC text.
CREATE TABLE shared_briefings (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL DEFAULT '',
  channel_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  query TEXT NOT NULL,
  shared INTEGER NOT NULL DEFAULT 0,
  briefing TEXT NOT NULL,
  articles TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE INDEX shared_briefings_expires_at ON shared_briefings (expires_at);

-- Readers' reports of an error in a briefing, listed to admins per workspace.
CREATE TABLE error_reports (
  id TEXT PRIMARY KEY,
  briefing_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL DEFAULT '',
  channel_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  item TEXT NOT NULL,
  topic TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE INDEX error_reports_workspace ON error_reports (platform, workspace, created_at);
