"""The period a figure speaks of: the nearest governing time expression.

Order of search: the figure's own stretch of clause (the time words right before it, else after it
in the clause: `入选2023年《财富》世界500强`), then earlier in the sentence (nearest first), then the
paragraph's opening sentence (a year that opens a paragraph carries to its later sentences).
Expressions that name a present without fixing it (目前, 近年来) stop the search and give null.
Day dates (1月12日, 12日) are event dates, not periods; they are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TimeSpan:
    start: int
    end: int
    text: str
    period: str | None  # resolved against the page's date; None where it does not fix one
    blocks: bool  # an unresolved present (目前, 近年来): stops the search, gives null


_DAY = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|月\d{1,2}[日号]|日$|号$|[上下]午|晚|时")
_BLOCKING = re.compile(r"目前|当前|现在|近年|近几年|近些年|此前|日前|如今|截至目前|截止目前|当下")


def find_time_spans(text: str, pub_year: int | None, pub_month: int | None) -> list[TimeSpan]:
    """Time expressions of `text` with their resolved periods (H3's recognizer underneath)."""
    try:
        from chanye.extract.time import find_time_expressions, resolve_period
    except ImportError:  # recognizer not available: no periods
        return []
    spans: list[TimeSpan] = []
    for expr in find_time_expressions(text):
        t = text[expr.start : expr.end]
        if _DAY.search(t) and not re.search(r"年|月(?:份|末|底)?$", t.replace("日", "").replace("号", "")):
            continue
        try:
            period = resolve_period(expr, pub_year, pub_month) if pub_year or True else None
        except Exception:
            period = None
        if period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
            period = period[:7]
        blocks = period is None and bool(_BLOCKING.search(t))
        if period is None and not blocks:
            continue
        spans.append(TimeSpan(expr.start, expr.end, t, period, blocks))
    return spans


def nearest_before(spans: list[TimeSpan], lo: int, pos: int) -> TimeSpan | None:
    best = None
    for s in spans:
        if lo <= s.start and s.end <= pos:
            best = s
    return best


def first_in(spans: list[TimeSpan], lo: int, hi: int) -> TimeSpan | None:
    for s in spans:
        if lo <= s.start and s.end <= hi:
            return s
    return None
