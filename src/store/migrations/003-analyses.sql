-- Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Each document's analysis (sentences, tokens, stems, phrases) and each set's topics, keyed by a
-- content hash and the analysis format version, so a restart, and every other replica, reads them
-- instead of running the NLP pass again. A cache: deleting rows costs only the time to rebuild them.
-- With SQLite the analyses live in a file of their own (store.analysisPath) and this table stays empty.
CREATE TABLE analyses (
  key TEXT PRIMARY KEY,
  data BYTEA NOT NULL,
  stored_at TEXT NOT NULL
);
