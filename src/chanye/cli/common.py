"""Options and helpers shared by several subcommands."""

from __future__ import annotations

import argparse

from chanye import settings


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help=f"SQLAlchemy database URL (env CHANYE_DB; default {settings.DEFAULT_DB_URL})",
    )


def db_url(args: argparse.Namespace) -> str:
    return settings.db_url(getattr(args, "db", None))
