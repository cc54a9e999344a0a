"""`chanye clean FILE`: print a document's cleaned text (`--json`: with meta, masked spans, removed furniture)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from chanye.records import CleanDocument, SourceProblem


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("clean", help="print the cleaned text of one document")
    parser.add_argument("file", metavar="FILE", help="a text, HTML, JSONL or WARC file (- for stdin)")
    parser.add_argument("--json", action="store_true", help="print meta, masked spans and removed blocks as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from chanye.clean.document import clean_document
    from chanye.sources.reader import iter_sources

    status = 0
    documents = []
    for item in iter_sources([args.file]):
        if isinstance(item, SourceProblem):
            print(f"chanye clean: {item.message()}", file=sys.stderr)
            status = 1
            continue
        documents.append(clean_document(item))
    if not documents and status == 0:
        print(f"chanye clean: {args.file}: no document in it", file=sys.stderr)
        return 1
    for doc in documents:
        if args.json:
            print(json.dumps(as_json(doc), ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(doc.text if doc.text.endswith("\n") else doc.text + "\n")
    return status


def as_json(doc: CleanDocument) -> dict:
    meta = asdict(doc.meta)
    return {
        "doc": doc.doc_id,
        "meta": meta,
        "text": doc.text,
        "masked": [
            {"start": s, "end": e, "text": doc.text[s:e], "span": list(doc.original_span(s, e))} for s, e in doc.masked
        ],
        "removed": [asdict(block) for block in doc.removed],
        "warnings": doc.warnings,
    }
