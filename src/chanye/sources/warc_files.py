"""WARC crawls (.warc, .warc.gz, and old .arc): the HTML pages among the response records, streamed.

Requests, metadata, non-HTML payloads and non-2xx responses are skipped silently. A damaged record is
named `path#URL`; a file cut short (a crawl copied while still being written) gives its complete
records, then one problem saying where it stops.
"""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from chanye.records import SourceDocument, SourceProblem
from chanye.sources.common import ReadFailure, human_size, max_bytes, os_reason, problem
from chanye.sources.encoding import header_charset
from chanye.sources.html_pages import looks_like_html, read_html_bytes

# warcio warns on its logger about oddities it repairs; problems are reported here, once.
logging.getLogger("warcio").setLevel(logging.ERROR)

PAGE_RECORD_TYPES = {"response", "resource"}
HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: Path, *, origin: str, doc_stem: str) -> Iterator[SourceDocument | SourceProblem]:
    try:
        fh = open(path, "rb")
        size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        yield problem(origin, os_reason(exc))
        return
    with fh:
        if size == 0:
            yield problem(origin, "empty file")
            return
        yield from _read_records(fh, size, origin=origin, doc_stem=doc_stem, gzipped=fh.read(2) == b"\x1f\x8b")


def _read_records(
    fh, size: int, *, origin: str, doc_stem: str, gzipped: bool
) -> Iterator[SourceDocument | SourceProblem]:
    fh.seek(0)
    cap = max_bytes()
    records = 0  # WARC records read whole
    pages = 0
    truncated = False
    iterator = ArchiveIterator(fh)
    first_format = None
    try:
        for record in iterator:
            if record.format not in ("warc", "arc") or not record.rec_type:
                raise ArchiveLoadFailed("unknown record format")
            first_format = first_format or record.format
            if record.format != first_format:  # warcio takes a stray line in a WARC for an ARC header
                raise ArchiveLoadFailed(f"a {record.format} record inside a {first_format} file")
            records += 1
            target = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri") or ""
            item_origin = f"{origin}#{target}" if target else f"{origin}#{records}"
            if record.rec_type not in PAGE_RECORD_TYPES:
                continue
            content_type = _content_type(record)
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode() or ""
                if not status.startswith("2"):
                    continue
            try:
                body = record.content_stream().read(cap + 1)
            except (zlib.error, OSError, ValueError, EOFError) as exc:
                if _short(record):
                    truncated = True
                    records -= 1
                    break
                yield problem(item_origin, f"damaged record: cannot decode its body ({exc})")
                continue
            if len(body) > cap:
                yield problem(item_origin, f"record too large (more than {human_size(cap)})")
                continue
            if _short(record):  # the file ends inside this record
                truncated = True
                records -= 1
                break
            if content_type:
                if not content_type.lower().startswith(HTML_TYPES):
                    continue
            elif not looks_like_html(body):
                continue
            pages += 1
            if not body.strip():
                yield problem(item_origin, "empty response body")
                continue
            try:
                yield read_html_bytes(
                    body,
                    doc_id=target or f"{doc_stem}-{records}",
                    origin=item_origin,
                    format="warc",
                    declared=header_charset(content_type),
                    url=target or None,
                )
            except ReadFailure as exc:
                yield problem(item_origin, exc.reason)
    except (ArchiveLoadFailed, AttributeError, ValueError, IndexError) as exc:
        # warcio meets bytes that are not a record header
        what = "not a WARC file" if records == 0 else f"damaged WARC file after {_records(records)}"
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if len(detail) > 100:
            detail = detail[:100] + "…"
        yield problem(origin, f"{what} ({detail})")
        return
    except EOFError:
        truncated = True
    except zlib.error as exc:
        yield problem(origin, f"corrupt compressed data after {_records(records)} ({exc})")
        return
    except OSError as exc:
        yield problem(origin, os_reason(exc, f"cannot read after {_records(records)}"))
        return

    if not truncated:
        consumed = getattr(iterator, "offset", size)
        if consumed < size:
            fh.seek(consumed)
            rest = fh.read(1024)
            truncated = bool(rest.strip(b"\x00\r\n\t "))
    if not truncated and gzipped and records:
        truncated = not _gzip_ends_cleanly(fh)
    if truncated:
        where = "truncated gzip stream" if gzipped else "truncated: the file ends inside a record"
        yield problem(origin, f"{where} after {_records(records)}")
    elif records == 0:
        yield problem(origin, "not a WARC file (no records)")
    elif pages == 0:
        yield problem(origin, f"no HTML pages among its {_records(records, 'record')}")


def _gzip_ends_cleanly(fh) -> bool:
    """True when every gzip member of the file is complete, trailer included. A cut inside the last
    member's final bytes leaves every record readable to warcio, so only the stream itself can tell."""
    fh.seek(0)
    member = zlib.decompressobj(31)
    pending = False  # the current member has input but has not reached its end
    try:
        while chunk := fh.read(1 << 20):
            data = chunk
            while data:
                if not pending and not data.strip(b"\x00\r\n\t "):
                    break  # padding after the last member
                member.decompress(data, 1 << 20)  # bounded output: a gzip bomb never expands in memory
                pending = True
                if member.eof:
                    data = member.unused_data
                    member = zlib.decompressobj(31)
                    pending = False
                else:
                    data = member.unconsumed_tail
    except zlib.error:
        return False
    return not pending


def _records(n: int, what: str = "complete record") -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
        if value:
            return value
    if record.rec_type == "resource":
        return record.rec_headers.get_header("Content-Type") or ""
    return ""


def _short(record) -> bool:
    """True when the WARC block ended before its Content-Length: the file was cut inside it."""
    raw = record.raw_stream
    try:
        while raw.read(1024 * 1024):  # whatever the payload reader left (trailing bytes, an unread body)
            pass
    except Exception:
        return True
    return getattr(raw, "limit", 0) > 0
