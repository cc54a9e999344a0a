"""Settings in one place: defaults, overridable by environment variables."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DEFAULT_DB_URL = "sqlite:///chanye.db"

# Documents written per store transaction: a kill loses at most one uncommitted batch,
# and a rerun completes it (idempotent by content hash).
BATCH_SIZE = int(os.environ.get("CHANYE_BATCH_SIZE", "64"))

# Files larger than this are refused by the readers with a clear message.
MAX_FILE_BYTES = int(os.environ.get("CHANYE_MAX_FILE_BYTES", str(64 * 1024 * 1024)))

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def db_url(explicit: str | None = None) -> str:
    """--db beats CHANYE_DB beats the default."""
    return explicit or os.environ.get("CHANYE_DB") or DEFAULT_DB_URL


def data_path(name: str) -> Path:
    """A data file shipped in the package (taxonomy, glossary, regions, schemas)."""
    return Path(str(resources.files("chanye") / "data" / name))
