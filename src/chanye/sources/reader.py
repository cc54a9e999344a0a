"""Stage 1 entry points: paths (and stdin) -> a stream of SourceDocument | SourceProblem.

`iter_sources` never raises for bad input and never holds more than one file (or one JSONL line, or
one WARC record) in memory; every item that cannot be read becomes one SourceProblem that names it.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from chanye.records import SourceDocument, SourceProblem
from chanye.sources.common import ReadFailure, human_size, max_bytes, os_reason, problem, too_large
from chanye.sources.discover import Target, discover
from chanye.sources.html_pages import looks_like_html, read_html_bytes
from chanye.sources.jsonl_files import iter_json_document, iter_jsonl
from chanye.sources.text_files import read_text_bytes
from chanye.sources.warc_files import iter_warc

Item = SourceDocument | SourceProblem


def iter_sources(paths: Iterable[str | os.PathLike[str]], *, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Read every path in order ("-" is stdin): files, directory trees, JSONL dumps, WARC crawls."""
    for target in discover(paths):
        if isinstance(target, SourceProblem):
            yield target
        else:
            yield from read_target(target, stdin)


def read_target(target: Target, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Everything in one discovered target (a file, a JSONL dump, a WARC, stdin); never raises for bad input.

    `discover` and `read_target` split `iter_sources` so a pipeline can read targets in worker processes
    (a Target pickles).
    """
    try:
        yield from _read_target(target, stdin)
    except ReadFailure as exc:
        yield problem(target.origin, exc.reason)
    except OSError as exc:
        yield problem(target.origin, os_reason(exc))
    except MemoryError:
        yield problem(target.origin, "out of memory while reading")
    except Exception as exc:  # a reader bug must not end the batch; say what happened
        yield problem(target.origin, f"internal error while reading ({type(exc).__name__}: {exc})")


def read_source_bytes(
    data: bytes,
    *,
    doc_id: str,
    origin: str,
    format_hint: str | None = None,
    declared_charset: str | None = None,
    url: str | None = None,
) -> Item:
    """One document's bytes -> SourceDocument, or SourceProblem saying why not.

    format_hint: "text", "html", or None to sniff (HTML if it looks like HTML, else text).
    """
    try:
        if len(data) > max_bytes():
            raise ReadFailure(too_large(len(data)))
        if format_hint == "html" or (format_hint in (None, "auto") and looks_like_html(data)):
            return read_html_bytes(data, doc_id=doc_id, origin=origin, declared=declared_charset, url=url)
        if format_hint not in (None, "auto", "text"):
            raise ReadFailure(f"unknown format {format_hint!r}")
        return read_text_bytes(data, doc_id=doc_id, origin=origin)
    except ReadFailure as exc:
        return problem(origin, exc.reason)
    except Exception as exc:  # noqa: BLE001 - hostile bytes must come back as a problem, never an exception
        return problem(origin, f"internal error while reading ({type(exc).__name__}: {exc})")


def _read_target(target: Target, stdin: BinaryIO | None) -> Iterator[Item]:
    if target.kind == "stdin":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = _read_capped(stream)
        if not data:
            yield problem(target.origin, "empty input")
            return
        yield read_source_bytes(data, doc_id=target.doc_id, origin=target.origin)
        return
    assert target.path is not None
    if target.kind == "jsonl":
        yield from iter_jsonl(target.path, origin=target.origin, doc_stem=target.doc_id, gzipped=target.gzipped)
        return
    if target.kind == "warc":
        # warcio reads .warc.gz itself, member by member
        yield from iter_warc(target.path, origin=target.origin, doc_stem=target.doc_id)
        return
    data = _read_file(target)
    if target.kind == "json":
        yield from iter_json_document(data, origin=target.origin, doc_stem=target.doc_id)
        return
    yield read_source_bytes(data, doc_id=target.doc_id, origin=target.origin, format_hint=target.kind)


def _read_file(target: Target) -> bytes:
    assert target.path is not None
    cap = max_bytes()
    if target.gzipped:
        try:
            with gzip.open(target.path, "rb") as fh:
                data = _read_capped(fh, compressed=True)
        except EOFError:
            raise ReadFailure("truncated gzip stream") from None
        except gzip.BadGzipFile:
            raise ReadFailure("not a gzip file") from None
        except zlib.error as exc:
            raise ReadFailure(f"corrupt gzip stream ({exc})") from None
        return data
    if not target.stream:
        size = target.path.stat().st_size
        if size > cap:
            raise ReadFailure(too_large(size))
        if size == 0:
            raise ReadFailure("empty file")
    with open(target.path, "rb") as fh:
        return _read_capped(fh)


def _read_capped(fh: BinaryIO, *, compressed: bool = False) -> bytes:
    """Read a stream whole, refusing one longer than MAX_FILE_BYTES without reading it all."""
    cap = max_bytes()
    data = fh.read(cap + 1)
    if len(data) > cap:
        what = "decompressed size " if compressed else ""
        raise ReadFailure(f"file too large ({what}more than {human_size(cap)})")
    return data
