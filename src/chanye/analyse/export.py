"""Exports for analysts: the store's four tables as CSV, Parquet or JSON Lines, streamed.

What PATH means:
- `csv`: a directory (created if missing) with one file per table: documents.csv, facts.csv,
  industries.csv, frameworks.csv. UTF-8 (no BOM), a header row, empty cell for NULL; JSON columns
  (documents.masked/removed/warnings, frameworks.parts) hold their JSON text.
- `parquet`: a directory with documents.parquet, facts.parquet, industries.parquet, frameworks.parquet
  (pyarrow, typed columns; JSON columns as JSON text), written in row groups as rows stream in.
- `jsonl`: one file (`-` for standard output): one JSON object per line, each with a `table` field
  ("documents", "facts", "industries", "frameworks"); JSON columns stay nested.

Every row of facts, industries and frameworks carries `doc_id` (the document's id) beside
`document_id` (the store's row id of its document), so the tables join without the store.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Double, Engine, Integer, Table, select

from chanye.store.schema import documents, facts, frameworks, industries

TABLES: dict[str, Table] = {"documents": documents, "facts": facts, "industries": industries, "frameworks": frameworks}
FORMATS = ("csv", "parquet", "jsonl")
BATCH = 1000


def columns(name: str) -> list[str]:
    """The exported columns of a table, in order."""
    table = TABLES[name]
    cols = [c.name for c in table.columns]
    if name != "documents":
        cols.insert(cols.index("document_id") + 1, "doc_id")
    return cols


def iter_rows(engine: Engine, name: str, batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """The rows of one table in id order, fetched in batches (keyset pagination: constant memory)."""
    table = TABLES[name]
    cols = list(table.columns)
    if name != "documents":
        cols.append(documents.c.doc_id)
        base = select(*cols).select_from(table.join(documents, table.c.document_id == documents.c.id))
    else:
        base = select(*cols)
    last = 0
    while True:
        with engine.connect() as conn:
            chunk = [dict(r._mapping) for r in conn.execute(base.where(table.c.id > last).order_by(table.c.id).limit(batch))]
        if not chunk:
            return
        for row in chunk:
            if row.get("ingested_at") is not None and hasattr(row["ingested_at"], "isoformat"):
                row["ingested_at"] = row["ingested_at"].isoformat()
            yield row
        last = chunk[-1]["id"]
        if len(chunk) < batch:
            return


def _json_columns(name: str) -> set[str]:
    return {c.name for c in TABLES[name].columns if isinstance(c.type, JSON)}


def _flat(value: Any, is_json: bool) -> Any:
    if is_json:
        return None if value is None else json.dumps(value, ensure_ascii=False)
    return value


def export_csv(engine: Engine, out: Path, tables: list[str] | None = None) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in tables or list(TABLES):
        cols = columns(name)
        js = _json_columns(name)
        n = 0
        with (out / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            for row in iter_rows(engine, name):
                w.writerow(["" if row.get(c) is None else _flat(row.get(c), c in js) for c in cols])
                n += 1
        counts[name] = n
    return counts


def _arrow_schema(name: str):
    import pyarrow as pa

    fields = []
    for c in columns(name):
        col = TABLES[name].columns.get(c)
        if col is None:  # doc_id
            typ = pa.string()
        elif isinstance(col.type, Integer):
            typ = pa.int64()
        elif isinstance(col.type, Double):
            typ = pa.float64()
        elif isinstance(col.type, Boolean):
            typ = pa.bool_()
        elif isinstance(col.type, DateTime):
            typ = pa.string()  # ISO 8601 text, as in the other formats
        else:
            typ = pa.string()
        fields.append(pa.field(c, typ))
    return pa.schema(fields)


def export_parquet(engine: Engine, out: Path, tables: list[str] | None = None) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in tables or list(TABLES):
        schema = _arrow_schema(name)
        cols = columns(name)
        js = _json_columns(name)
        n = 0
        with pq.ParquetWriter(str(out / f"{name}.parquet"), schema) as writer:
            buf: list[dict[str, Any]] = []

            def flush():
                if buf:
                    data = {c: [_flat(r.get(c), c in js) for r in buf] for c in cols}
                    writer.write_table(pa.Table.from_pydict(data, schema=schema))
                    buf.clear()

            for row in iter_rows(engine, name):
                buf.append(row)
                n += 1
                if len(buf) >= BATCH:
                    flush()
            flush()
        counts[name] = n
    return counts


def export_jsonl(engine: Engine, out: Path | str, tables: list[str] | None = None) -> dict[str, int]:
    counts = {}
    fh = sys.stdout if str(out) == "-" else Path(out).open("w", encoding="utf-8")
    try:
        for name in tables or list(TABLES):
            n = 0
            for row in iter_rows(engine, name):
                fh.write(json.dumps({"table": name, **row}, ensure_ascii=False) + "\n")
                n += 1
            counts[name] = n
    finally:
        if fh is not sys.stdout:
            fh.close()
        else:
            fh.flush()
    return counts


def export(engine: Engine, fmt: str, out: Path | str, tables: list[str] | None = None) -> dict[str, int]:
    """Write the tables in `fmt` to `out` (see the module docstring); returns rows written per table."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    for t in tables or []:
        if t not in TABLES:
            raise ValueError(f"unknown table {t!r} (one of {', '.join(TABLES)})")
    if fmt == "csv":
        return export_csv(engine, Path(out), tables)
    if fmt == "parquet":
        return export_parquet(engine, Path(out), tables)
    return export_jsonl(engine, out, tables)
