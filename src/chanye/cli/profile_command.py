"""`chanye profile REGION`: a region's frameworks, industries and metrics over time, with evidence."""

from __future__ import annotations

import argparse
import json
import sys

from chanye.cli.common import add_db_option, db_url


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "profile",
        help="show a region's frameworks, industries (by role) and metrics over time, each with its evidence",
    )
    p.add_argument("region", metavar="REGION", help="a region, zone or body: 扬州, 扬州市, 扬州经开区, 江苏省 …")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print the profile as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chanye.analyse.profile import region_profile, render_text
    from chanye.store.database import StoreError, open_store

    try:
        engine = open_store(db_url(args), read_only=True)
        profile = region_profile(engine, args.region)
    except StoreError as exc:
        print(f"chanye profile: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # unreachable server, not a chanye store
        print(f"chanye profile: cannot read the store ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(profile.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(profile))
    if profile.empty:
        print(f"chanye profile: nothing stored about {profile.region}", file=sys.stderr)
        return 1
    return 0
