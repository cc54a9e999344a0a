"""HTML pages: decode (declared charset when it holds, else detect), main text, title and date by trafilatura."""

from __future__ import annotations

import copy
import functools
import html as htmllib
import logging
import re

import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
from trafilatura.settings import Extractor, set_date_params
from trafilatura.utils import line_processing, load_html

from chanye.records import SourceDocument
from chanye.sources.common import DATE, ReadFailure, date_from_match, make_document
from chanye.sources.encoding import decode, declared_html_charset

# trafilatura reports pages it finds thin on its own logger; the problem list is ours to keep.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

# Above this many characters a page is read as its visible text: trafilatura would take minutes.
LARGE_HTML_CHARS = 1_000_000
# How far down the visible lines a byline date is looked for.
BYLINE_LINES = 40

# sniffing
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|head|body|meta|title|div|p|article)[\s>/]", re.I)

# visible text
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
}
_INVISIBLE = "//script|//style|//noscript|//template|//head|//iframe|//svg|//object|//select|//button"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|tr|h[1-6]|table|section|article)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SENTENCE_END = re.compile(r"[。！？；.!?;]")

# paragraph breaks and bylines
# A sentence end, a space, more text: paragraphs trafilatura ran into one line (Chinese puts no space there).
_RUN_TOGETHER = re.compile(r"[。！？；”」』）)] \S")
_SPACE_OR_PIPE = re.compile(r"[\s|]+")
_BYLINE_WORDS = re.compile("发布|发表|时间|日期|来源|來源|編輯|编辑|作者|稿源")


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
    """(main text with paragraph line breaks, title, date YYYY-MM-DD) of a page; text may be ''.

    trafilatura finds the main text. Pages too big for it in reasonable time (it takes seconds per MB)
    and hostile markup it cannot parse (nesting thousands deep) fall back to all visible text.
    """
    doc = None
    title = date = None
    if len(html) <= LARGE_HTML_CHARS:
        try:
            # title and date as trafilatura's metadata step finds them, on a tree of their own (that step
            # only reads the tree); the main text without that step, which also looks for author, site
            # name, categories, tags and licence (most of its time), none of which we keep.
            tree = load_html(html)
            if tree is not None:
                title, date = _title_and_date(tree, url)
                # the tree already parsed (the metadata step only read it): trafilatura copies a tree it is
                # given, which costs less than parsing the page again
                doc = trafilatura.bare_extraction(tree, options=_extractor(url))
        except Exception:  # trafilatura on hostile markup: fall back below rather than lose the page
            doc = None
    text = (getattr(doc, "text", None) or "").strip()
    if doc is None:
        title = date = None
    visible = functools.cache(lambda: visible_text(html))  # an lxml parse: only when needed
    if not text:
        # trafilatura found no main text: it failed on the markup (nesting thousands deep), the page was
        # too big for it, or there is none (an index of links). Only prose is worth keeping.
        text = next((t for t in (visible(), stripped_text(html)) if _has_prose(t)), "")
    elif _RUN_TOGETHER.search(text):
        text = _restore_lines(text, visible())
    if doc is None:  # trafilatura did not run or failed: its metadata step did not either
        try:
            meta = trafilatura.extract_metadata(_head(html), default_url=url, extensive=False)
        except Exception:
            meta = None
        if meta is not None:
            title, date = meta.title, meta.date
    return text, title, date or byline_date(visible())


@functools.cache
def _base_extractor() -> Extractor:
    # reading trafilatura's configuration for every page costs as much as a parse; one Extractor,
    # copied per page with its URL (what bare_extraction would build from these arguments)
    return Extractor(
        output_format="python",
        recall=True,
        comments=False,
        links=False,
        images=False,
        tables=True,
        dedup=False,
    )


def _extractor(url: str | None) -> Extractor:
    options = copy.copy(_base_extractor())
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _title_and_date(tree, url: str | None) -> tuple[str | None, str | None]:
    """trafilatura.metadata.extract_metadata, only the steps its title and date depend on.

    htmldate's extensive search (dateparser over the text) is most of the time spent on a page; a
    byline date is found by `byline_date` instead.
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # as extract_metadata does, before the JSON-LD step
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # bugs in trafilatura's JSON-LD reader: it logs them and goes on
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    date_config = set_date_params(extensive=False)
    date_config["url"] = metadata.url
    date = find_date(tree, **date_config)
    return _trimmed(metadata.title), _trimmed(date)


def _trimmed(value):
    """Document.clean_and_trim on one field."""
    if not isinstance(value, str):
        return value
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(htmllib.unescape(value))


def byline_date(visible: str) -> str | None:
    """The date of a byline near the top ("发布时间：2025-03-18 来源：..."), as YYYY-MM-DD.

    Lines that say what the date is (发布, 来源, 日期, ...) first, then any short line with a date; a
    line with a weekday is the site's clock in a top bar, never the article's date.
    """
    lines = [line for line in visible.splitlines()[:BYLINE_LINES] if len(line) <= 80 and "星期" not in line]
    for candidates in ([line for line in lines if _BYLINE_WORDS.search(line)], lines):
        for line in candidates:
            for m in DATE.finditer(line):
                date = date_from_match(m)
                if date and date[:2] in ("19", "20"):
                    return date
    return None


def _restore_lines(main: str, visible: str) -> str:
    """trafilatura sometimes runs a whole article into one line; put its paragraph breaks back.

    The page's visible lines (one per block element) that spell out `main` in order, ignoring
    whitespace and table pipes, are used instead of `main` when they cover all of it.
    """
    target = _SPACE_OR_PIPE.sub("", main)
    if not target:
        return main
    kept: list[str] = []
    pos = 0
    for line in visible.splitlines():
        key = _SPACE_OR_PIPE.sub("", line)
        if key and target.startswith(key, pos):
            kept.append(line)
            pos += len(key)
            if pos == len(target):
                break
    if pos == len(target) and len(kept) > main.count("\n") + 1:
        return "\n".join(kept)
    return main


def _has_prose(text: str) -> bool:
    """A line that reads as running text, not a menu item or a headline link."""
    return any(
        len(line) >= 80 or (len(line) >= 30 and _SENTENCE_END.search(line)) for line in text.splitlines()
    )


def _head(html: str) -> str:
    """Enough of the page for its metadata (title, meta tags) without parsing megabytes again."""
    if len(html) <= 65536:
        return html
    end = html.lower().find("</head>", 0, 1 << 20)
    return html[: end + 7] + "</html>" if end >= 0 else html[:65536]


def visible_text(html: str) -> str:
    """All text outside scripts, styles and the head, one line per block element."""
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        # lxml takes no str that declares an encoding; the bytes are decoded already
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1), parser=parser)
        for element in root.xpath(_INVISIBLE):
            element.drop_tree()
        for element in root.iter():
            if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
                element.tail = "\n" + (element.tail or "")
        text = root.text_content()
    except Exception:  # lxml refuses some hostile documents outright
        return ""
    return _tidy(text)


def stripped_text(html: str) -> str:
    """The last resort for markup no parser takes: drop scripts, styles and tags by pattern."""
    text = _SCRIPT_OR_STYLE.sub(" ", html)
    text = _BLOCK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    return _tidy(htmllib.unescape(text))


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


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
        raise ReadFailure("no main text in the HTML page (only navigation, links or scripts)")
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
