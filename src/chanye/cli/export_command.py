"""`chanye export`: the store's tables for analysts, as CSV, Parquet or JSON Lines."""

from __future__ import annotations

import argparse
import sys

from chanye.cli.common import add_db_option, db_url

EPILOG = """\
what --out means:
  csv      a directory (created if missing): documents.csv, facts.csv, industries.csv, frameworks.csv
           (UTF-8, header row, empty cell = NULL, JSON columns as JSON text)
  parquet  a directory: documents.parquet, facts.parquet, industries.parquet, frameworks.parquet (typed columns)
  jsonl    one file ('-' = standard output): one JSON object per line, with a "table" field naming its table

facts, industries and frameworks rows carry doc_id (the document's id) beside document_id, so they join
with documents without the store. Rows are streamed in batches: memory stays flat on large stores.
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="export documents, facts, industries and frameworks as csv, parquet or jsonl",
        description="Export the store's tables for analysts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_db_option(p)
    p.add_argument("--format", required=True, choices=["csv", "parquet", "jsonl"], help="output format")
    p.add_argument("--out", required=True, metavar="PATH", help="a directory for csv/parquet; a file (or '-') for jsonl")
    p.add_argument("--tables", default=None, metavar="T,T", help="only these tables (comma-separated; default: all four)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chanye.analyse.export import TABLES, export
    from chanye.store.database import StoreError, open_store

    tables = [t.strip() for t in args.tables.split(",") if t.strip()] if args.tables else None
    unknown = [t for t in tables or [] if t not in TABLES]
    if unknown:
        print(f"chanye export: unknown table {', '.join(unknown)} (one of {', '.join(TABLES)})", file=sys.stderr)
        return 2
    try:
        engine = open_store(db_url(args), read_only=True)
        counts = export(engine, args.format, args.out, tables)
    except StoreError as exc:
        print(f"chanye export: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"chanye export: cannot write {args.out}: {exc}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    where = "standard output" if args.out == "-" else args.out
    print(f"chanye export: wrote {summary} to {where} ({args.format})", file=sys.stderr)
    return 0
