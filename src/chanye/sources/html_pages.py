"""HTML pages: decode (declared charset when it holds, else detect), main text, title and date by trafilatura."""

from __future__ import annotations

import logging
import re

import trafilatura

from chanye.records import SourceDocument
from chanye.sources.common import ReadFailure, make_document
from chanye.sources.encoding import decode, declared_html_charset

# trafilatura reports pages it finds thin on its own logger; the problem list is ours to keep.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|head|body|meta|title|div|p|article)[\s>/]", re.I)


def looks_like_html(data: bytes | str) -> bool:
    """A doctype or <html> at the start, or several structural tags in the first 4 KB."""
    head = data[:4096]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    head = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith(b"<") and len(_HTML_TAGS.findall(head)) >= 2


def extract_main(html: str, url: str | None = None) -> tuple[str, str | None, str | None]:
    """(main text with paragraph line breaks, title, date YYYY-MM-DD) of a page; text may be ''."""
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_recall=True,
            include_tables=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            with_metadata=True,
        )
    except Exception:  # trafilatura on hostile markup: fall back below rather than lose the page
        doc = None
    text = (getattr(doc, "text", None) or "").strip()
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    if not text:
        try:
            text = (trafilatura.html2txt(html) or "").strip()
        except Exception:
            text = ""
    if title is None or date is None:
        try:
            meta = trafilatura.extract_metadata(html, default_url=url)
        except Exception:
            meta = None
        if meta is not None:
            title = title or meta.title
            date = date or meta.date
    return text, title, date


def read_html_bytes(
    data: bytes,
    *,
    doc_id: str,
    origin: str,
    format: str = "html",
    declared: str | None = None,
    url: str | None = None,
) -> SourceDocument:
    """One page -> SourceDocument (text = main text, raw = decoded HTML); raises ReadFailure."""
    decoded = decode(data, declared or declared_html_charset(data))
    html = decoded.text
    if not html.strip():
        raise ReadFailure("empty page (only whitespace)")
    text, title, date = extract_main(html, url)
    if not text:
        raise ReadFailure("no text found in the HTML page")
    return make_document(
        doc_id=doc_id,
        origin=origin,
        text=text,
        raw=html,
        encoding=decoded.encoding,
        format=format,
        title=title,
        date=date,
        url=url,
    )
