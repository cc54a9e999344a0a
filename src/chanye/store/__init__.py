"""Stage 4 — store: DocumentResults into SQLAlchemy (SQLite by default, PostgreSQL by URL)."""
