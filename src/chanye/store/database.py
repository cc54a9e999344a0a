"""Opening a store: one SQLAlchemy engine for SQLite or PostgreSQL, tables created when missing.

SQLite is opened in WAL mode (readers never block the writer), with a busy timeout and foreign keys
on. Transactions really begin at BEGIN (the pysqlite driver's own implicit-transaction handling is
switched off), so a batch written by `chanye.store.writer` is one atomic transaction: a process killed
mid-ingest leaves the store as it was after the last committed batch.

`open_store(url, read_only=True)` is the web server's opener: SQLite is opened with the `mode=ro` URI,
PostgreSQL sessions are set read-only; no tables are created.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool, StaticPool

from chanye.store.schema import metadata

SQLITE_BUSY_TIMEOUT_MS = 60_000

class StoreError(Exception):
    """The store could not be opened (bad URL, missing database, unreachable server)."""


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def open_store(url: str, *, read_only: bool = False, echo: bool = False) -> Engine:
    """An engine on the store at `url`; creates the tables unless `read_only`."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError and friends
        raise StoreError(f"not a database URL: {url!r} ({exc})") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = _open_sqlite(parsed, read_only=read_only, echo=echo)
    else:
        if backend == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # the driver we depend on
        try:
            engine = create_engine(parsed, echo=echo, pool_pre_ping=True, future=True)
        except Exception as exc:
            raise StoreError(f"cannot open {parsed.render_as_string(hide_password=True)}: {exc}") from exc
        if read_only and backend == "postgresql":

            @event.listens_for(engine, "connect")
            def _pg_read_only(dbapi_conn, _record):  # pragma: no cover - trivial
                with dbapi_conn.cursor() as cur:
                    cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                dbapi_conn.commit()

    if not read_only:
        create_tables(engine)
    return engine


def create_tables(engine: Engine) -> None:
    """Create the store's tables where missing (idempotent)."""
    try:
        metadata.create_all(engine, checkfirst=True)
    except Exception as exc:
        # Two processes creating the same PostgreSQL tables at once: the loser sees a duplicate; retry once.
        try:
            metadata.create_all(engine, checkfirst=True)
        except Exception:
            raise StoreError(f"cannot create tables in {engine.url.render_as_string(hide_password=True)}: {exc}") from exc


def _open_sqlite(url, *, read_only: bool, echo: bool) -> Engine:
    database = url.database or ""
    memory = database in ("", ":memory:") or database.startswith("file::memory:")
    kwargs: dict = {"echo": echo, "future": True}
    if memory:
        # One shared connection, so every user of the engine sees the same in-memory database.
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"] = {"check_same_thread": False}
        engine = create_engine("sqlite://", **kwargs)
    else:
        path = Path(database)
        if read_only:
            if not path.exists():
                raise StoreError(f"no store at {path} (run `chanye ingest` first)")
            uri = f"file:{quote(str(path.resolve()))}?mode=ro"
            # A "sqlite://" URL would get SingletonThreadPool (one connection per thread, closed
            # unpredictably): the web server answers from a thread pool, so use a real pool.
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                poolclass=QueuePool,
                pool_size=8,
                max_overflow=56,
                **kwargs,
            )
        else:
            if path.parent and not path.parent.exists():
                raise StoreError(f"cannot create the store {path}: directory {path.parent} does not exist")
            kwargs["connect_args"] = {"check_same_thread": False}
            engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see "begin" below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only and not memory:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        if read_only:
            cur.execute("PRAGMA query_only = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # Writers take the write lock up front (BEGIN IMMEDIATE) so two writers wait on the busy
        # timeout instead of failing on a lock upgrade; readers begin a plain deferred transaction.
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine
