"""JSON Lines dumps (.jsonl, .jsonl.gz): one document per line, streamed; and .json files (an object or a list).

A line is an object with `text` or `html`, and optionally `id`, `url`, `title`, `date`. A broken line is
named `path:LINE` and the file goes on. A file whose first lines are all not JSON is one problem, not
one per line.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from chanye.records import SourceDocument, SourceProblem
from chanye.sources.common import (
    ReadFailure,
    clean_field,
    human_size,
    max_bytes,
    normalize_date,
    os_reason,
    problem,
    sanitize,
)
from chanye.sources.encoding import binary_kind, decode
from chanye.sources.html_pages import read_html_bytes
from chanye.sources.text_files import text_document

# This many lines without a JSON object before any that has one: the file is not JSON Lines at all.
GIVE_UP_AFTER = 5


def iter_jsonl(path: Path, *, origin: str, doc_stem: str, gzipped: bool) -> Iterator[SourceDocument | SourceProblem]:
    opener = gzip.open if gzipped else open
    try:
        fh = opener(path, "rb")
    except OSError as exc:
        yield problem(origin, os_reason(exc))
        return
    with fh:
        yield from iter_jsonl_stream(fh, origin=origin, doc_stem=doc_stem, gzipped=gzipped)


def iter_jsonl_stream(
    fh: BinaryIO, *, origin: str, doc_stem: str, gzipped: bool = False
) -> Iterator[SourceDocument | SourceProblem]:
    held: list[SourceProblem] = []  # problems of lines before the first that looks like JSON Lines
    looks_jsonl = False
    lines_read = 0
    has_content = False
    try:
        for lineno, line in _lines(fh, max_bytes()):
            lines_read = lineno
            if line is not None and not line.strip():
                continue
            has_content = True
            if lineno == 1 and line is not None:
                kind = binary_kind(line[:4096].removeprefix(b"\xef\xbb\xbf"))
                if kind and not line.lstrip().startswith(b"{"):
                    yield problem(origin, kind)
                    return
            item_origin = f"{origin}:{lineno}"
            try:
                if line is None:
                    raise ReadFailure(f"line too long (more than {human_size(max_bytes())})")
                record = _parse(line, lineno, first=lineno == 1)
                item: SourceDocument | SourceProblem = _document(
                    record, origin=item_origin, fallback_id=f"{doc_stem}-{lineno}"
                )
            except ReadFailure as exc:
                item = problem(item_origin, exc.reason)
            if not looks_jsonl:
                if isinstance(item, SourceDocument) or (line or b"").lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
                    looks_jsonl = True
                    yield from held
                    held.clear()
                else:
                    held.append(item)
                    if len(held) >= GIVE_UP_AFTER:
                        yield problem(origin, f"not a JSON Lines file: no JSON object in its first {len(held)} lines")
                        return
                    continue
            yield item
    except EOFError:
        yield from held
        yield problem(origin, f"truncated gzip stream after {lines_read} lines")
        return
    except gzip.BadGzipFile:
        yield problem(origin, "not a gzip file")
        return
    except zlib.error as exc:
        yield from held
        yield problem(origin, f"corrupt gzip stream after {lines_read} lines ({exc})")
        return
    except OSError as exc:
        yield from held
        yield problem(origin, os_reason(exc, f"cannot read after {lines_read} lines"))
        return
    yield from held
    if lines_read == 0:
        yield problem(origin, "empty file")
    elif not has_content:
        yield problem(origin, "no JSON lines (only whitespace)")


def iter_json_document(data: bytes, *, origin: str, doc_stem: str) -> Iterator[SourceDocument | SourceProblem]:
    """A .json file: one object like a JSON Lines line, or a list of them (item N named `path[N]`)."""
    if not data.strip():
        yield problem(origin, "empty file")
        return
    try:
        parsed = json.loads(decode(data.removeprefix(b"\xef\xbb\xbf")).text)
    except json.JSONDecodeError as exc:
        yield problem(origin, f"not valid JSON at line {exc.lineno}: {exc.msg}")
        return
    except RecursionError:
        yield problem(origin, "not valid JSON: nested too deeply")
        return
    if isinstance(parsed, dict):
        items, single = [parsed], True
    elif isinstance(parsed, list):
        items, single = parsed, False
    else:
        yield problem(origin, f"JSON file holds a {type(parsed).__name__}, not an object or a list of objects")
        return
    if not items:
        yield problem(origin, "JSON file holds an empty list")
    for n, record in enumerate(items, 1):
        item_origin = origin if single else f"{origin}[{n}]"
        try:
            if not isinstance(record, dict):
                raise ReadFailure(f"item is not a JSON object (found {type(record).__name__})")
            yield _document(
                record, origin=item_origin, fallback_id=doc_stem if single else f"{doc_stem}-{n}", what="item"
            )
        except ReadFailure as exc:
            yield problem(item_origin, exc.reason)


def _lines(fh: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than `cap`, which is skipped unread."""
    lineno = 0
    while True:
        line = fh.readline(cap + 1)
        if not line:
            return
        lineno += 1
        if len(line) > cap and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                rest = fh.readline(1024 * 1024)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
        else:
            yield lineno, line


def _parse(line: bytes, lineno: int, *, first: bool) -> dict[str, Any]:
    if first:
        line = line.removeprefix(b"\xef\xbb\xbf")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = decode(line).text  # a dump written in GB18030 or with a few bad bytes
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadFailure(f"not valid JSON at line {lineno}: {exc.msg}") from None
    except RecursionError:
        raise ReadFailure(f"not valid JSON at line {lineno}: nested too deeply") from None
    if not isinstance(record, dict):
        raise ReadFailure(f"line is not a JSON object (found {type(record).__name__})")
    return record


def _document(record: dict[str, Any], *, origin: str, fallback_id: str, what: str = "line") -> SourceDocument:
    raw_id = record.get("id")
    doc_id = str(raw_id).strip() if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool) else ""
    doc_id = doc_id or fallback_id
    url = record.get("url") if isinstance(record.get("url"), str) else None
    title = record.get("title")
    date = record.get("date")
    text = record.get("text")
    html = record.get("html")
    if text is not None and not isinstance(text, str):
        raise ReadFailure(f"'text' is not a string (found {type(text).__name__})")
    if html is not None and not isinstance(html, str):
        raise ReadFailure(f"'html' is not a string (found {type(html).__name__})")
    if text is not None and (text.strip() or html is None):
        return text_document(
            text, doc_id=doc_id, origin=origin, encoding="utf_8", format="jsonl", title=title, date=date, url=url
        )
    if html is not None:
        doc = read_html_bytes(
            sanitize(html).encode("utf-8"), doc_id=doc_id, origin=origin, format="jsonl", declared="utf-8", url=url
        )
        return _with_line_metadata(doc, title=title, date=date)
    raise ReadFailure(f"{what} has neither 'text' nor 'html'")


def _with_line_metadata(doc: SourceDocument, *, title: Any, date: Any) -> SourceDocument:
    """The line's own title/date win over what trafilatura found in its HTML."""
    new_title = clean_field(title) or doc.title
    new_date = normalize_date(date) or doc.date
    if new_title == doc.title and new_date == doc.date:
        return doc
    return replace(doc, title=new_title, date=new_date)
