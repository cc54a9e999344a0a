"""`chanye taxonomy unmapped`: industry names the taxonomy does not map yet, by frequency."""

from __future__ import annotations

import argparse
import json
import sys

from chanye.cli.common import add_db_option, db_url


def register(subparsers) -> None:
    p = subparsers.add_parser("taxonomy", help="inspect how stored industry mentions map onto the industry taxonomy")
    sub = p.add_subparsers(dest="taxonomy_command", metavar="SUBCOMMAND")
    u = sub.add_parser("unmapped", help="list unmapped industry mentions by frequency")
    add_db_option(u)
    u.add_argument("--json", action="store_true", help="print a JSON list")
    u.add_argument("--limit", type=int, default=None, help="show at most N names")
    u.set_defaults(run=run_unmapped)
    p.set_defaults(run=_usage(p))


def _usage(parser: argparse.ArgumentParser):
    def run(args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return 2

    return run


def unmapped_mentions(engine) -> list[dict]:
    """Unmapped names with their mention count, document count, roles, an example, and whether the
    current taxonomy maps them now (stored before it learned them)."""
    from sqlalchemy import func, select

    from chanye.knowledge.taxonomy import map_industry
    from chanye.store.schema import documents, industries

    stmt = (
        select(
            industries.c.name,
            func.count().label("mentions"),
            func.count(func.distinct(industries.c.document_id)).label("documents"),
            func.min(documents.c.doc_id).label("example_doc"),
        )
        .select_from(industries.join(documents, industries.c.document_id == documents.c.id))
        .where(industries.c.industry_id.is_(None))
        .group_by(industries.c.name)
        .order_by(func.count().desc(), industries.c.name)
    )
    roles_stmt = (
        select(industries.c.name, industries.c.role)
        .where(industries.c.industry_id.is_(None))
        .group_by(industries.c.name, industries.c.role)
    )
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        roles: dict[str, list[str]] = {}
        for name, role in conn.execute(roles_stmt):
            roles.setdefault(name, []).append(role)
    for row in rows:
        row["roles"] = sorted(roles.get(row["name"], []))
        row["maps_now"] = map_industry(row["name"])
    return rows


def run_unmapped(args: argparse.Namespace) -> int:
    from chanye.store.database import StoreError, open_store

    try:
        engine = open_store(db_url(args), read_only=True)
        rows = unmapped_mentions(engine)
    except StoreError as exc:
        print(f"chanye taxonomy: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        print(f"chanye taxonomy: cannot read the store ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", file=sys.stderr)
        return 1
    if args.limit is not None:
        rows = rows[: args.limit]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("every stored industry mention maps onto the taxonomy")
        return 0
    width = max(len(r["name"]) for r in rows)
    print(f"{'name':<{width}}  mentions  documents  roles  (maps now)")
    for r in rows:
        now = f"  → {r['maps_now']}" if r["maps_now"] else ""
        print(f"{r['name']:<{width}}  {r['mentions']:>8}  {r['documents']:>9}  {','.join(r['roles'])}{now}")
    return 0
