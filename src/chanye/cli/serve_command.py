"""`chanye serve`: the browser pages and the JSON/CSV API, read-only, on 127.0.0.1 by default."""

from __future__ import annotations

import argparse
import sys

from chanye import settings
from chanye.cli.common import add_db_option, db_url


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the store in a browser and as a JSON/CSV API (read-only)",
        description="Serve the store read-only: pages at /, the JSON/CSV API under /api, OpenAPI docs at /docs "
        "(/openapi.json). Works offline: every script and style comes from the installed package.",
    )
    add_db_option(p)
    p.add_argument("--host", default=settings.DEFAULT_HOST, help=f"address to bind (default {settings.DEFAULT_HOST}; "
                   "anything else exposes the store to the network)")
    p.add_argument("--port", type=int, default=settings.DEFAULT_PORT, help=f"port (default {settings.DEFAULT_PORT})")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from chanye.serve.app import create_app
    from chanye.store.database import StoreError

    try:
        app = create_app(db_url(args))
    except StoreError as exc:
        print(f"chanye serve: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # unreachable server, not a chanye store
        print(f"chanye serve: cannot open the store ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", file=sys.stderr)
        return 1
    host = args.host
    shown = f"[{host}]" if ":" in host else host
    print(f"Serving chanye on http://{shown}:{args.port}", flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"chanye serve: note: bound to {host}, not only this machine: the store is readable from the network",
              file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=args.port, log_level="warning")
    except OSError as exc:
        print(f"chanye serve: {exc}", file=sys.stderr)
        return 1
    return 0
