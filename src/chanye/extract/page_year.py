"""The year a page's lead makes certain where the page gives no date.

`1至2月份，全省规上工业增加值…增速比2015全年回落0.9个百分点` (or `…延续2014年四季度走势`): figures to date from the
start of a year, set against the whole or the last part of the year before, are of the year after it; after a span
since a year's start (`2024年以来，…。上半年，…`) they are of that year. A headline
about a part of a year that closes before December (山西省装备制造业2013年前两个月增势强劲, 2020上半年…) is
published in that year. A lead that opens with the day of an event named with its year (11月24日，…发布《2023先进
制造业百强市研究报告》) is of that year (the year after, for an event in the first half that reviews a year). Nothing
else is inferred: a page with none of them keeps its periods null.
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
_LEAD_DATE = re.compile(_WORDS["lead_dates"])
_EVENT_NAME = re.compile(_WORDS["event_names"])
_EVENT_VERB = re.compile(_WORDS["event_verbs"])
_REVIEW_EVENT = re.compile(_WORDS["review_events"])
_PART_OF_YEAR = re.compile(_WORDS["part_year_names"])
LEAD_DATE_AT = 40  # characters a lead's date may stand after its line's start (a dateline: 某某日报客户端讯(通讯员…))
REVIEW_MONTHS = 6  # an event reviewing a year is held within this many months of the year after


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


def event_year(text: str) -> tuple[int, int | None] | None:
    """The year (and month) of the event whose day opens the lead, where the event's name or full date gives it."""
    lead = text[:LEAD_REACH]
    m = _LEAD_DATE.search(lead)
    if m is None:
        return None
    line_start = lead.rfind("\n", 0, m.start()) + 1
    if (m.start() - line_start > LEAD_DATE_AT or "。" in lead[line_start : m.start()]
            or _after_first_paragraph(lead, m.start())):
        return None  # (a date later in the lead, or in a paragraph after the first: an event it recalls)
    ends = [i for i in (lead.find("。", m.end()), lead.find("\n", m.end())) if i >= 0]
    sentence = lead[line_start : min(ends) if ends else len(lead)]  # (the name may stand before the day: “…研讨会2024”近日召开)
    month = int(m.group("month")) if m.group("month") else None
    if m.group("year"):
        return (int(m.group("year")), month) if _EVENT_VERB.search(sentence, m.end() - line_start) else None
    names = list(_EVENT_NAME.finditer(sentence))
    years = {int(e.group("year") or e.group("suffix_year")) for e in names}
    if len(years) != 1:
        return None
    (year,) = years
    # (only the event's own name says it reviews a year, and not one of a part of it: 2024年一季度经济运行情况发布会)
    if any(_REVIEW_EVENT.search(e.group(0)) and not _PART_OF_YEAR.search(e.group(0)) for e in names):
        if month is None:
            return None  # (近日，…2023年经济发展成就发布会: held in that year or the next)
        if month <= REVIEW_MONTHS:
            year += 1  # (2月23日，…2022年经济社会发展成就新闻发布会: the review of the year before)
    return year, month


def _after_first_paragraph(lead: str, at: int) -> bool:
    """Does `at` stand after the body's first paragraph (a line longer than a headline or a dateline before it)?"""
    return any(len(line) > LEAD_DATE_AT for line in lead[: lead.rfind("\n", 0, at) + 1].split("\n"))


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
