/** The one help text of `npm run admin`, printed by --help and after every usage error. */
export const USAGE = `Fieldcase admin: users, content import and reports, straight against the server's store.

Usage: npm run admin -- <command> [options]

Users
  user add --email E --name N --role R [--password-stdin]
      Create an account. R is rep, manager, marketing or admin. Without
      --password-stdin a strong password is generated and printed once.
  user list
      List accounts: email, name, role, created, disabled.
  user set-password --email E
      Set a new password read from stdin, and sign the user out everywhere.
  user set-role --email E --role R
  user revoke --email E [--disable]
      Revoke every sign-in token of the user; --disable also switches the
      account off so it cannot sign in again.
  user enable --email E
      Switch a disabled account back on.

Content
  import FOLDER
      Publish battle cards, demo scripts, collateral and enablement kits from
      FOLDER (format: server/cli/IMPORT_FORMAT.md). Changed documents get a new
      version; unchanged ones are left alone. If any file has a problem, every problem
      is listed and nothing is written.

Reports
  report feedback [--since YYYY-MM-DD] [--format md|csv|json]
      What the field logged for product and marketing: counts by kind,
      status, competitor and product, with recent quotes (md, the default),
      one row per item (csv) or the summary as data (json). --since is a UTC date.
  report forecast [--quarter 2026-Q4] [--time-zone ZONE] [--format md|csv|json]
      Commit, best case and pipeline (totals and weighted by the stage
      probabilities) per rep and for the team, per currency, with what changed
      since last week. Default: the current quarter, close dates read in UTC
      (or ZONE, an IANA name like Europe/Lisbon).
  report readiness [--kit ID] [--format md|csv|json]
      Launch readiness: for each enablement kit (or only kit ID), every rep's
      items done out of those required, the knowledge check and whether the
      kit is complete or overdue, from the activities their laptops synced.

Feedback
  feedback set-status ID STATUS [--response TEXT]
      Answer a feedback item: STATUS is received, planned, shipped, declined
      or answered; --response sets the text the rep reads ("" clears it).
      The rep sees both once their laptop syncs. IDs are in the csv report.
  feedback answer ID --response TEXT
      The same as set-status ID answered: an answer to a question asked from an
      enablement kit also joins that kit's questions and answers, for every rep.

Forecast
  forecast show
      The probability of closing the forecast gives each deal stage.
  forecast set-probabilities STAGE=VALUE...
      Set some stages (0 to 1, e.g. demo=0.3 proposal=0.55); the others keep
      their value. Every laptop picks them up after its next sync.

Passwords are never accepted as arguments (shell history and ps would show
them). Pipe one in, or type it at the hidden prompt:
  printf '%s\\n' "$NEW_PASSWORD" | npm run admin -- user set-password --email E

Environment: DATABASE_URL (PostgreSQL), else the embedded store in
FIELDCASE_DATA_DIR (default: the per-user data folder).
Exit status: 0 done, 1 error, 2 usage error.
`;
