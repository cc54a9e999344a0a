"""The year a page's lead makes certain where the page gives no date.

`1至2月份，全省规上工业增加值…增速比2015全年回落0.9个百分点` (or `…延续2014年四季度走势`): figures to date from the
start of a year, set against the whole or the last part of the year before, are of the year after it; after a span
since a year's start (`2024年以来，…。上半年，…`) they are of that year. A headline
about a part of a year that closes before December (山西省装备制造业2013年前两个月增势强劲, 2020上半年…) is
published in that year. (A lead opening with the day of an event named with its year dates the page in the clean
stage: clean.metadata.lead_event_date.) Nothing else is inferred: a page with none of them keeps its periods null.
"""

from __future__ import annotations

import re

from chanye.extract.time import find_time_expressions
from chanye.extract.wordlists import load

LEAD_REACH = 600  # characters of the body's opening the two cues must both stand in

_WORDS = load("time.yaml")["page_year"]
_TO_DATE = re.compile(_WORDS["to_date"])
_LAST_PART_OF_YEAR = re.compile(_WORDS["last_part_of_year"])
_SINCE_YEAR = re.compile(_WORDS["since_year"], re.M)
HEAD_LINE_MAX = 40  # characters: a line this short before the body is a headline or a dateline, no paragraph


def lead_year(text: str) -> int | None:
    """The year of the figures to date that the lead compares with the year before it, or that it opens with a
    span since that year's start (`2024年以来，…。上半年，…增长8.5%`); None where it does neither."""
    lead = text[:LEAD_REACH]
    if not _TO_DATE.search(lead):
        return None
    years = {int(m.group("year")) for m in _LAST_PART_OF_YEAR.finditer(lead)}
    if years:
        return years.pop() + 1 if len(years) == 1 else None
    since = _SINCE_YEAR.search(lead)
    if since is None or _after_first_paragraph(lead, since.start()):
        return None  # (a span leading a clause of a later paragraph: one the page recalls, not the lead's)
    end = lead.find("\n", since.end())
    # (the part of the year to date in the same paragraph: 2021年以来 over several years has none)
    return int(since.group("year")) if _TO_DATE.search(lead, since.end(), end if end >= 0 else len(lead)) else None


def _after_first_paragraph(lead: str, at: int) -> bool:
    """Does `at` stand after the body's first paragraph (a line longer than a headline or a dateline before it)?"""
    return any(len(line) > HEAD_LINE_MAX for line in lead[: lead.rfind("\n", 0, at) + 1].split("\n"))


# the parts of a year whose figures are published within that year (a report on 12月, 1-12月, 下半年 or 四季度
# comes out in the next)
_LATEST_CLOSING_MONTH = 11


def headline_year(title: str | None) -> int | None:
    """The year of the part of a year the headline reports on, where that part closes before December."""
    for expr in find_time_expressions(title or ""):
        if expr.year is None or expr.end_year is not None or expr.baseline:
            continue  # (较2019年一季度增长: a base, not the headline's part)
        closes = {"half": 6 if expr.half == 1 else 12, "quarter": 3 * (expr.quarter or 4)}.get(expr.kind, expr.month)
        if expr.kind in ("half", "quarter", "to_month", "month") and closes and closes <= _LATEST_CLOSING_MONTH:
            return expr.year
        return None  # (the headline's first written year decides)
    return None
