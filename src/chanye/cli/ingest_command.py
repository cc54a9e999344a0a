"""`chanye ingest PATH...`: read, clean, extract and store, with a summary line at the end."""

from __future__ import annotations

import argparse
import sys

from chanye import settings
from chanye.cli.common import add_db_option, db_url


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ingest",
        help="read documents (text, HTML, JSONL, WARC; files, directories, - for stdin) into the store",
        description="Read documents, clean and extract them, and store documents and facts. "
        "Content already stored is skipped, so an interrupted ingest can simply be run again.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory (read recursively), or - for stdin")
    add_db_option(p)
    p.add_argument("--workers", type=int, default=1, metavar="N", help="processes on this machine (0: one per core; default 1)")
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (started with `dask scheduler` / `dask worker`)",
    )
    p.add_argument("--batch-size", type=int, default=settings.BATCH_SIZE, metavar="N", help=f"documents per store transaction (default {settings.BATCH_SIZE})")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_const", const="always", help="show the progress bar even when stderr is not a terminal")
    bar.add_argument("--no-progress", dest="progress", action="store_const", const=False, help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.set_defaults(run=run, progress=True)


def run(args: argparse.Namespace) -> int:
    from chanye.pipeline.ingest import ingest
    from chanye.store.database import StoreError

    if args.workers is not None and args.workers < 0:
        print("chanye ingest: --workers must be 0 or more", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("chanye ingest: --batch-size must be at least 1", file=sys.stderr)
        return 2
    try:
        summary = ingest(
            args.paths,
            db_url=db_url(args),
            workers=args.workers,
            scheduler=args.scheduler,
            batch_size=args.batch_size,
            progress=args.progress,
            stdin=sys.stdin.buffer if "-" in args.paths else None,
            echo=True,
        )
    except StoreError as exc:
        print(f"chanye ingest: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. the Dask scheduler cannot be reached
        print(f"chanye ingest: {exc}", file=sys.stderr)
        return 1
    except RuntimeError as exc:
        print(f"chanye ingest: {exc}", file=sys.stderr)
        return 1
    if args.json:
        import json

        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    print(summary.line(), file=sys.stderr)
    return 0 if summary.read > 0 else 1
