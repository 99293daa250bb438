-- The sync server's tables. Timestamps are epoch milliseconds (bigint).

-- One row per document: the JSON beside the metadata the server keeps about it, so the
-- document itself stays exactly in the shape the client's schema describes.
CREATE TABLE documents (
  collection text NOT NULL,
  id text NOT NULL,
  owner_id text NULL,
  seq bigint NOT NULL UNIQUE,
  deleted boolean NOT NULL,
  doc jsonb NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX documents_collection_seq ON documents (collection, seq);
-- A rep's pull filters by owner before the limit; this index keeps that a range scan.
CREATE INDEX documents_collection_owner_seq ON documents (collection, owner_id, seq);

-- The change sequence. Its single row is also the lock that serializes write transactions,
-- which is what makes sequences follow commit order (see postgres-store.ts).
CREATE TABLE change_counter (
  id int PRIMARY KEY CHECK (id = 1),
  value bigint NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

CREATE TABLE users (
  id text PRIMARY KEY,
  -- Lowercased by the store (in JavaScript, so lookup and insert agree whatever the
  -- database's locale), which makes uniqueness and lookup case-insensitive.
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('rep', 'manager', 'marketing', 'admin')),
  password_hash text NOT NULL,
  created_at bigint NOT NULL,
  disabled_at bigint NULL
);

CREATE TABLE tokens (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  revoked_at bigint NULL
);
CREATE INDEX tokens_user_live ON tokens (user_id) WHERE revoked_at IS NULL;

-- Collateral blobs, content-addressed; the caller verifies the hash before storing.
CREATE TABLE files (
  sha256 text PRIMARY KEY,
  size bigint NOT NULL,
  mime_type text NOT NULL,
  created_at bigint NOT NULL,
  data bytea NOT NULL
);
