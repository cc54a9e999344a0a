"""Periods that a paragraph's opening sentence or a section heading carries to the paragraphs after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chanye.extract import modality
from chanye.extract.clauses import Paragraph
from chanye.extract.period_assignment import TimeSpan, find_time_spans
from chanye.extract.wordlists import any_of
from chanye.extract.facts.drafts import Doc
from chanye.extract.facts.cues import LEX, PAST_YEAR_WORDS, YEAR, YEAR_SPAN
from chanye.extract.facts.periods import (
    DAY_AFTER,
    PLAN_HEADING,
    in_governing_year,
    leads_clause,
    opening_sentences,
    opening_time,
    para_times,
    usable_time,
)

NARRATIVE_PARAGRAPH = 80  # characters: a paragraph of prose, not a heading or a goal's line


TOPIC_INTRODUCED = re.compile(r"\s*[^，。；：:\d“”]{2,20}" + any_of(LEX["word_lists"]["introduced_bodies"]) + "是")


def introduces_topic(doc: Doc, para: Paragraph) -> bool:
    """`璧山生态工业园区是重庆特色工业园区的代表之一，占地面积约20平方公里…` after a plan's `到2022年，…`: a
    paragraph introducing a zone or firm of its own describes it as it is; the plan carried before ends."""
    return TOPIC_INTRODUCED.match(doc.text, para.start, para.end) is not None


def narrative_break(doc: Doc, para: Paragraph, q_starts: list[int]) -> bool:
    """A long paragraph of prose with no figure (`近年来，新疆锚定…`) after a horizon's lead (`到2030年，…`):
    the goals end there, and the figures after it are not the horizon's."""
    if para.end - para.start < NARRATIVE_PARAGRAPH or bisect_left(q_starts, para.start) < bisect_left(q_starts, para.end):
        return False
    return doc.text.find("：", para.start, para.end) < 0 and doc.text.find(":", para.start, para.end) < 0


NO_OPENING = object()
HEADING_HEAD = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?")
SECTION_HEADING = 40  # characters: a heading line (`一、2024年工作回顾`) may open a section's period
NUMERALS = "一二三四五"
CLAUSE_MARK = re.compile(r"[，。；,;：:]")
PLAN_AND_YEAR = re.compile(
    HEADING_HEAD.pattern + r"(?:[“\"]?十(?:([一二三四五])五)[”\"]?(?:时期|期间)?|过去五年|五年来)[和及与暨、]"
)


_HEADING_PERIOD = re.compile(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])?")  # a year or a part of it
_OPENING_PERIOD = re.compile(r"\d{4}(?:-\d{2}|Q[1-4]|H[12]|-\d{4})?")  # …or a span of years


def heading_line(doc: Doc, para: Paragraph) -> bool:
    """A short line with no clause mark: a section heading (`一、2024年工作回顾`, `“十四五”时期工作回顾`)."""
    return 0 < para.end - para.start <= SECTION_HEADING and not CLAUSE_MARK.search(doc.text, para.start, para.end)


def opening_period(doc: Doc, para: Paragraph):
    """The period a paragraph opens with, for the paragraphs after it that name no time of their own:
    a clause-leading year, month range, quarter or half (`上半年，全市…`, `1-10月，…`, a heading
    `一、2024年工作回顾`). None where it opens with a span (十四五以来), an unresolved word (目前) or a
    word that stops the search; NO_OPENING where it opens with no time word (the carried one stays)."""
    if para.end - para.start > SECTION_HEADING and not doc.times_in(para.start, para.end):
        return NO_OPENING  # no heading and no time word (most paragraphs)
    spans = [t for t in para_times(doc, para)[0] if not DAY_AFTER.match(doc.text, t.end)]  # a dateline opens no period
    body = doc.text[para.start : para.end] if para.end - para.start <= SECTION_HEADING else ""
    if heading_line(doc, para):
        if not doc.times_in(para.start, para.end):
            spans = [t for t in find_time_spans(body, doc.pub_year, doc.pub_month, offset=para.start) if usable_time(doc, t)]
            spans = [t for t in spans if not DAY_AFTER.match(doc.text, t.end)]
        if not spans:
            return NO_OPENING
        if len(spans) > 1 and PLAN_AND_YEAR.fullmatch(doc.text[para.start : spans[1].start]):
            spans = spans[1:]  # `十三五时期和2020年`: the plan is read from the words before the year
        head = doc.text[para.start : spans[0].start]
        plan = PLAN_AND_YEAR.fullmatch(head)
        if plan and not spans[0].needs_year and YEAR.fullmatch(spans[0].period or ""):
            # `一、十三五时期和2020年工作回顾`: the review's figures are the closing year's, its 年均/累计
            # figures the plan period's (only where that period ends with the year)
            year = int(spans[0].period)
            n = NUMERALS.index(plan.group(1)) + 1 if plan.group(1) else None
            first = 2006 + 5 * (n - 1) if n else year - 4
            if first + 4 == year:
                doc.heading_span = f"{first}-{year}"
                _note_opening(doc, para.start, para.end, spans[0].period, heading=True)
                return spans[0].period
        if HEADING_HEAD.fullmatch(head):
            t = spans[0]
            reviewed = _reviewed_plan(doc, t, body)
            if reviewed is not None:
                # `“十四五”时期工作回顾` in a report of the next January: the closing year's figures, the
                # plan's span for its 年均/累计 ones (as `十三五时期和2020年工作回顾`)
                doc.heading_span = t.period
                _note_opening(doc, para.start, para.end, reviewed, heading=True)
                return reviewed
            if t.needs_year and t.expr is None and YEAR.fullmatch(doc.carried or ""):
                return NO_OPENING  # a `全年GDP` heading over its figure: the year carried before goes on
            period = t.period if not t.needs_year else None
            year = getattr(t.expr, "year", None)
            if getattr(t.expr, "since", False) and year and doc.pub_year and year == doc.pub_year - 1:
                period = str(year)  # `一、2023年以来工作回顾` in a report of early 2024: the year reviewed
            if period and _HEADING_PERIOD.fullmatch(period):
                _note_opening(doc, para.start, para.end, period, heading=True)  # `二、2025年工作安排`
                return period
            return None
    if not spans:
        return NO_OPENING
    for first in opening_sentences(doc, para):
        leading = [t for t in spans if first.start <= t.start and t.end <= first.end and leads_clause(doc, t, first)]
        for t in opening_time(leading):
            period = in_governing_year(doc, spans, para, t) if t.needs_year else t.period
            period = _reviewed_since(doc, t) or period
            if period and _OPENING_PERIOD.fullmatch(period):
                _note_opening(doc, first.start, t.end, period, sentence_end=first.end)
                return period
            if period is None and doc.pub_year is None and t.text in PAST_YEAR_WORDS and YEAR.fullmatch(doc.carried or ""):
                return NO_OPENING  # 回首2024年，…。\n在过去的一年里，…: on an undated page the past year is the one under review
            return None
    return NO_OPENING


def _reviewed_since(doc: Doc, t: TimeSpan) -> str | None:
    """`2020年以来，…` (or `去年以来，…`) opening a review in a report of the next January-March: the year reviewed."""
    year = getattr(t.expr, "year", None)
    if year is None and getattr(t.expr, "offset", None) == -1 and doc.pub_year:
        year = doc.pub_year - 1
    if getattr(t.expr, "since", False) and year and doc.pub_year and year == doc.pub_year - 1 and (doc.pub_month or 12) <= 3:
        return str(year)
    return None


REVIEW_WORD = re.compile(any_of(LEX["word_lists"]["review_word"]))


def _reviewed_plan(doc: Doc, t: TimeSpan, heading: str) -> str | None:
    """The last year of a five-year plan that a heading reviews just after it closed, else None."""
    if getattr(t.expr, "kind", "") != "plan" or getattr(t.expr, "part", None) not in (None, "during"):
        return None
    if not (t.period and YEAR_SPAN.fullmatch(t.period) and doc.pub_year and REVIEW_WORD.search(heading)):
        return None
    last = int(t.period[5:])
    return str(last) if last in (doc.pub_year - 1, doc.pub_year) else None


def _note_opening(doc: Doc, start: int, at: int, period: str, heading: bool = False, sentence_end: int | None = None) -> None:
    """A plan the later paragraphs that carry the period go on with: a heading that reads as one (a
    January `二、2025年工作安排`), or a horizon opening a paragraph of goals (`（二）发展目标。到2027年，`;
    in a page of the year's first months only under a goal word: there a later year is one target among
    the year's plans)."""
    text = doc.text[start:at]
    cues = modality.find_cues(text)
    if heading:
        status = modality.status_at(text, len(text), period=period, pub_year=doc.pub_year, pub_month=doc.pub_month, cues=cues)
        doc.opening_status = status if status == "target" else None
        return
    if sentence_end is not None and _plans_own_year(doc, at, sentence_end, period):
        doc.opening_status = "target"
        return
    if not cues or cues[-1][2] != "horizon":
        return
    early = doc.pub_month is not None and doc.pub_month <= 4
    if early and not PLAN_HEADING.search(doc.text[max(0, start - SECTION_HEADING) : at]):
        return
    doc.opening_status = "target"


def _plans_own_year(doc: Doc, at: int, end: int, period: str) -> bool:
    """`…在政府工作报告中提出：2022年，全省将聚焦振兴实体经济…` (a page of January 2022): the page's own year
    opening a sentence whose first cue after it is a plan's (将, 要, 力争 …), in a page of the year's first
    months — the paragraphs it carries to list that year's plans."""
    if not doc.pub_year or not doc.pub_month or doc.pub_month > 4 or period != str(doc.pub_year):
        return False
    after = modality.find_cues(doc.text[at:end])
    return bool(after) and after[0][2] in ("will", "target", "horizon")
