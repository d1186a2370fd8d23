"""Storage: an embedded DuckDB file with numbered migrations and idempotent writes.

- :mod:`.db` opens a database and applies pending migrations;
- :mod:`.migrations` holds the numbered schema migrations;
- :mod:`.writer` writes articles, analysis records and problems (idempotent: keys are content
  hashes, a re-run replaces rows instead of adding them);
- :mod:`.queries` holds the read functions the CLI, the HTTP API and the web UI share.
"""

from .db import open_db  # noqa: F401
