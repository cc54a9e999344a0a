"""`chanye extract PATH... --out DIR | --jsonl`: the contract object of every document.

Reads with the source readers (text, HTML, JSONL, WARC, directories), cleans, extracts. `--out DIR`
writes one `<doc>.json` per document; `--jsonl` writes the same objects to stdout, one per line. A
bad input gets one line on stderr naming it and the reason; the batch goes on. Exit 0 when anything
was extracted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from chanye.records import SourceProblem


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="extract facts, industries and frameworks as contract JSON")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (- for stdin)")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="DIR", help="write one <doc>.json per document into DIR")
    where.add_argument("--jsonl", action="store_true", help="write one JSON object per line to stdout")
    parser.set_defaults(run=run)


def _file_name(doc_id: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", doc_id).strip("._") or "document"


def run(args: argparse.Namespace) -> int:
    from chanye.clean.document import clean_document
    from chanye.extract.document import extract_document
    from chanye.sources.reader import iter_sources

    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    seen: dict[str, int] = {}
    for item in iter_sources(args.paths, stdin=sys.stdin.buffer):
        if isinstance(item, SourceProblem):
            print(f"chanye extract: {item.message()}", file=sys.stderr)
            continue
        try:
            result = extract_document(clean_document(item))
        except Exception as exc:  # one bad document must not end the batch
            print(f"chanye extract: {item.origin}: could not extract ({type(exc).__name__}: {exc})", file=sys.stderr)
            continue
        obj = result.contract()
        if out_dir is None:
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            name = _file_name(result.doc)
            n = seen.get(name, 0)
            seen[name] = n + 1
            target = out_dir / (f"{name}.json" if n == 0 else f"{name}-{n + 1}.json")
            target.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += 1
    if written == 0:
        print("chanye extract: nothing was extracted", file=sys.stderr)
        return 1
    return 0
