-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- When a set first held each document, by a hash of its content: "new since the last digest"
-- then survives a copy or redeploy that resets file times. Instants are ISO-8601 UTC text.
CREATE TABLE first_seen (
  set_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  PRIMARY KEY (set_name, content_hash)
);

-- A digest's word budget and what a day with nothing new posts; NULL: the defaults (250 words, one line).
ALTER TABLE subscriptions ADD COLUMN word_budget INTEGER;
ALTER TABLE subscriptions ADD COLUMN quiet_days TEXT;
