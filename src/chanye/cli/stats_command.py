"""`chanye stats`: how much the store holds."""

from __future__ import annotations

import argparse
import json
import sys

from chanye.cli.common import add_db_option, db_url


def register(subparsers) -> None:
    p = subparsers.add_parser("stats", help="count documents, facts, industries, frameworks, regions and targets in the store")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help='print {"documents": N, "facts": M, ...}')
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chanye.store.database import StoreError, open_store
    from chanye.store.reading import counts

    try:
        engine = open_store(db_url(args), read_only=True)
        result = counts(engine)
    except StoreError as exc:
        print(f"chanye stats: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # unreachable server, not a chanye store
        print(f"chanye stats: cannot read the store ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result))
    else:
        width = max(len(k) for k in result)
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")
    return 0
