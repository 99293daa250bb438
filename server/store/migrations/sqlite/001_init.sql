-- Documents of every collection, keyed by (collection, id). seq is the server change sequence
-- of the document's last write: unique, and increasing in commit order (writes serialize).
CREATE TABLE documents (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  owner_id TEXT,
  seq INTEGER NOT NULL UNIQUE,
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  doc TEXT NOT NULL,
  PRIMARY KEY (collection, id)
) WITHOUT ROWID;
CREATE INDEX documents_collection_seq ON documents (collection, seq);
CREATE INDEX documents_collection_owner_seq ON documents (collection, owner_id, seq);

CREATE TABLE change_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  disabled_at INTEGER
);

CREATE TABLE tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX tokens_user ON tokens (user_id);

CREATE TABLE files (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mime_type TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  data BLOB NOT NULL
);
