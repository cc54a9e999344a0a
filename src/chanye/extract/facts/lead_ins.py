"""A paragraph's role for the paragraphs after it: list items, colon-ended lead-ins, time lines, headings.
"""

from __future__ import annotations

import re

from chanye.extract import modality
from chanye.extract.clauses import Paragraph
from chanye.extract.period_assignment import find_time_spans
from chanye.extract.facts.drafts import Doc
from chanye.extract.facts.periods import PLAN_HEADING
from chanye.extract.facts.openings import SECTION_HEADING

ENUMERATOR = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]是|——|[-•·●■◆▲★○□◇◎※])")

_HEADING_MARKS = re.compile(r"[。！？，,%]")


def list_item(doc: Doc, para: Paragraph) -> bool:
    """A paragraph that reads as an item of a list: short or opened by an enumerator, with no time
    word of its own (`过去一年，…` opens a new stretch, not an item)."""
    body = doc.text[para.start : para.end]
    if BULLET.match(body):
        return True  # `●在速度指标上，…2027年…`: a bulleted goal under its heading, its own years or not
    return (len(body) <= 60 or bool(ENUMERATOR.match(body))) and not doc.times_in(para.start, para.end)


BULLET = re.compile(r"[•·●■◆▲★]")


def _lead_in(doc: Doc, para: Paragraph) -> tuple[str, str | None] | None:
    """`今年主要预期目标是：` (its line may have been joined to the first item): the status and period
    the list items in the following short paragraphs inherit."""
    at = max(doc.text.rfind("：", para.start, para.end), doc.text.rfind(":", para.start, para.end))
    if (at < 0 and para.end - para.start > 30) or (at >= 0 and para.end - (at + 1) > 80):
        return None  # (most paragraphs: no heading, no closing list; read without copying them)
    body = doc.text[para.start : para.end]
    colon = at - para.start if at >= 0 else -1  # the paragraph's last colon
    if colon < 0 and len(body) <= 30 and not _HEADING_MARKS.search(body) and PLAN_HEADING.search(body):
        # a heading (■ 2025年主要预期目标) over a bullet list
        at = para.end
        sent = para.sentences[-1] if para.sentences else None
        if sent is None:
            return None
        times = [t for t in doc.times_in(sent.start, at) if t.period]
        if not times and not doc.times_in(para.start, para.end):  # a figure-less heading: its time words not read yet
            times = [t for t in find_time_spans(body, doc.pub_year, doc.pub_month) if t.period]  # (■ 未来五年主要目标任务)
        period = times[-1].period if times else None
        return modality.status_at(sent.text, len(sent.text), period=period, pub_year=doc.pub_year, pub_month=doc.pub_month), period
    if colon < 0 or len(body) - (colon + 1) > 80:
        return None  # a colon that opens the paragraph's last short stretch: the list begins there
    at = para.start + colon
    sent = next((s for s in para.sentences if s.start <= at < s.end), None)
    if sent is None:
        return None
    times = [t for t in doc.times_in(sent.start, at) if t.period]
    period = times[-1].period if times else _heading_after_colon(doc, para, at)
    status = modality.status_at(
        sent.text, at - sent.start, period=period, pub_year=doc.pub_year, pub_month=doc.pub_month
    )
    return status, period


def time_line(doc: Doc, para: Paragraph) -> tuple[str, str] | None:
    """A short line of a list that is only a time word (`过去5年`, `2025年`): the status and period of
    the items below it."""
    body = doc.text[para.start : para.end].strip()
    if len(body) > 12 or re.search(r"[，。；,;：:\d%％]", re.sub(r"\d+年", "", body)):
        return None
    times = [t for t in find_time_spans(body, doc.pub_year, doc.pub_month) if t.period]  # (a figure-less line: not read before)
    if len(times) != 1 or len(times[0].text) < len(body) - 4:
        return None
    period = times[0].period
    return modality.status_at(body, len(body), period=period, pub_year=doc.pub_year, pub_month=doc.pub_month), period


def _heading_after_colon(doc: Doc, para: Paragraph, at: int) -> str | None:
    """`要点如下：\n一、2025年工作回顾` (the heading joined to its lead-in): the heading's year."""
    after = doc.text[at + 1 : para.end].strip()
    if not after or len(after) > SECTION_HEADING or not re.match(r"[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]", after):
        return None
    times = [t for t in doc.times_in(at + 1, para.end) if t.period and re.fullmatch(r"\d{4}(?:-\d{4})?", t.period)]
    return times[0].period if times else None
