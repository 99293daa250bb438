-- Settings an admin changes on the server (forecast stage probabilities, …): one JSON value
-- per key. Not documents: they do not sync; clients read them through their own endpoints.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
