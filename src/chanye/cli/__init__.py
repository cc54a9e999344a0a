"""The `chanye` command line: a thin shell over library calls.

Each subcommand lives in its own module here and exposes `register(subparsers)`, which adds
its parser and sets `run=callable(args) -> int` as the default.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Order is the order of `chanye --help`.
COMMAND_MODULES = [
    "ingest",
    "clean",
    "extract",
    "eval",
    "stats",
    "profile",
    "taxonomy",
    "serve",
    "export",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chanye",
        description="Read Chinese regional industrial-policy texts into a sourced model of each region's industrial system.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"chanye.cli.{name}_command")
        except ModuleNotFoundError as exc:
            if exc.name != f"chanye.cli.{name}_command":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("chanye: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
