"""Helpers every reader shares: building records, sizes, dates, sanitising decoded text."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re

from chanye import settings
from chanye.records import SourceDocument, SourceProblem

# Lone surrogates (from JSON "\ud800" escapes) and NUL cannot be stored as UTF-8 / in PostgreSQL text:
# they become U+FFFD, which the cleaner masks like any other damage.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?")

REPLACEMENT = "\ufffd"


class ReadFailure(Exception):
    """Raised inside a reader when one item cannot be read; carries the human reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def max_bytes() -> int:
    """Read at call time so tests and the environment can change it."""
    return settings.MAX_FILE_BYTES


def human_size(n: int) -> str:
    mb = n / (1024 * 1024)
    if mb >= 0.1 or n == 0:
        text = f"{mb:.1f}"
        if text.endswith(".0"):
            text = text[:-2]
        return f"{text} MB"
    return f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} bytes"


def too_large(size: int, limit: int | None = None) -> str:
    limit = max_bytes() if limit is None else limit
    shown = human_size(size)
    if shown == human_size(limit):  # just over the limit: say it in bytes so the message is not "64 MB > 64 MB"
        return f"file too large ({size} bytes > {limit} bytes)"
    return f"file too large ({shown} > {human_size(limit)})"


def normalize_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def sanitize(text: str) -> str:
    """Newlines as \\n; NUL and lone surrogates as U+FFFD; a leading BOM dropped."""
    text = normalize_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    return _UNSTORABLE.sub(REPLACEMENT, text)


def content_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def make_document(
    *,
    doc_id: str,
    origin: str,
    text: str,
    raw: str,
    encoding: str,
    format: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> SourceDocument:
    raw = sanitize(raw)
    text = sanitize(text)
    return SourceDocument(
        doc_id=doc_id,
        origin=origin,
        text=text,
        raw=raw,
        content_hash=content_hash(raw),
        encoding=encoding,
        format=format,
        title=clean_field(title),
        date=normalize_date(date),
        url=clean_field(url),
    )


def clean_field(value: object) -> str | None:
    """A short metadata field as one trimmed line, or None."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = sanitize(str(value))
    text = " ".join(text.split())
    return text or None


# A full date: 年/月/日, or one separator used twice ("2024年1-9月" is a period, not 2024-01-09).
DATE = re.compile(
    r"(?<!\d)(?:(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|(\d{4})([-/.])(\d{1,2})\5(\d{1,2})(?![\d月]))"
)
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月|[-/.]\s*(\d{1,2}))\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*年?\s*$")


def date_from_match(m: re.Match[str]) -> str | None:
    """A DATE match as YYYY-MM-DD, or None for an impossible day (2024-13-45)."""
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(6), m.group(7))
    try:
        return _dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def normalize_date(value: object) -> str | None:
    """"2023-09-15", "2023/9/15 10:00", "2023年9月15日", "20230915", ISO timestamps -> "YYYY-MM-DD";
    a year and month ("2024-12", "2024年12月") -> "YYYY-MM" (the month says what 今年/全年 mean on a
    January or December page); a bare year -> "YYYY"; anything else -> None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    m = DATE.match(value.strip())
    if m:
        return date_from_match(m)
    m = _COMPACT_DATE.match(value)
    if m:
        try:
            return _dt.date(*(int(g) for g in m.groups())).isoformat()
        except ValueError:
            return None
    m = _YEAR_MONTH.match(value)
    if m and 1000 <= int(m.group(1)) <= 2999:
        month = int(m.group(2) or m.group(3))
        return f"{m.group(1)}-{month:02d}" if 1 <= month <= 12 else m.group(1)
    m = _YEAR.match(value)
    if m and 1000 <= int(m.group(1)) <= 2999:
        return m.group(1)
    return None


def os_reason(exc: OSError, what: str = "cannot read") -> str:
    """An OSError as a short reason: "no such file or directory", "cannot read: permission denied"."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return f"{what}: permission denied"
    return f"{what}: {(exc.strerror or str(exc)).lower()}"


def problem(origin: str, reason: str) -> SourceProblem:
    return SourceProblem(origin=origin, reason=reason)
