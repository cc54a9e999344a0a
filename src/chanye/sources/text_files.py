"""Plain text (.txt, .md, stdin, text lines of JSONL): decoded as they are."""

from __future__ import annotations

from chanye.records import SourceDocument
from chanye.sources.common import ReadFailure, make_document
from chanye.sources.encoding import decode


def text_document(
    text: str,
    *,
    doc_id: str,
    origin: str,
    encoding: str,
    format: str = "text",
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> SourceDocument:
    """A decoded text -> SourceDocument (raw == text); raises ReadFailure for a text with nothing in it."""
    if not text.strip():
        raise ReadFailure("no text (only whitespace)")
    return make_document(
        doc_id=doc_id,
        origin=origin,
        text=text,
        raw=text,
        encoding=encoding,
        format=format,
        title=title,
        date=date,
        url=url,
    )


def read_text_bytes(data: bytes, *, doc_id: str, origin: str) -> SourceDocument:
    """Bytes of a text file -> SourceDocument; raises ReadFailure (empty, binary, undecodable, blank)."""
    decoded = decode(data)
    return text_document(decoded.text, doc_id=doc_id, origin=origin, encoding=decoded.encoding)
