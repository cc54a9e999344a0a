"""The period a figure speaks of: the nearest governing time expression.

Order of search: the figure's own stretch of clause (the time words right before it, else after it
in the clause: `入围2021年中国制造业企业500强`), then earlier in the sentence (nearest first), then the
paragraph's opening sentence (a year that opens a paragraph carries to its later sentences).
Expressions that do not fix a period (目前, 近年来, 今年 on an undated page) stop the search: null.
Day dates (1月12日, 12日) are event dates, not periods; they are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from chanye.extract.time import _scan, find_time_expressions, resolve_period
from chanye.extract.wordlists import load


@dataclass(frozen=True, slots=True)
class TimeSpan:
    start: int
    end: int
    text: str
    period: str | None  # resolved against the page's date; None where it does not fix one
    blocks: bool  # unresolved (目前, 近年来, 今年 on an undated page): stops the search, gives null
    expr: Any = None  # the recognizer's TimeExpression, to resolve again against another year
    needs_year: bool = False  # 一季度, 上半年, 1-9月, 全年 written without a year: a governing year gives it
    year: int | None = None  # the year this expression names itself (2024年, 今年 on a dated page)

    def shifted(self, offset: int) -> "TimeSpan":
        # built directly: dataclasses.replace costs several times more, and spans are shifted per paragraph
        return TimeSpan(self.start + offset, self.end + offset, self.text, self.period, self.blocks, self.expr,
                        self.needs_year, self.year)

    def in_year(self, year: int) -> str | None:
        """This expression's period when the year it leaves open is `year`."""
        if self.expr is not None:
            from chanye.extract.time import resolve_period

            try:
                return resolve_period(self.expr, year, 12)
            except Exception:
                return self.period
        return str(year)


_DAY = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号]|月\d{1,2}[日号]|日$|号$|[上下]午|晚|时(?!期)")  # 十四五时期 is a plan
_YEAR_OR_MONTH = re.compile(r"年|月(?:份|末|底)?$")
_DAY_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def find_time_spans(text: str, pub_year: int | None, pub_month: int | None, offset: int = 0) -> list[TimeSpan]:
    """Time expressions of `text` with their resolved periods (the time recognizer underneath);
    spans are shifted by `offset`, the text's place in its document."""
    spans = _time_spans(text, pub_year, pub_month)
    if offset:
        return [s.shifted(offset) for s in spans]
    return list(spans)


# the plan right before a year's stage, in the same clause (…“十四五”规划目标任务的关键一年, “十五五”开局之年)
_YEAR_STAGE = re.compile(r"[^，。；,;]{0,16}?(?:" + "|".join(load("time.yaml")["year_stages"]) + ")")


@lru_cache(maxsize=4096, typed=True)  # pure (spans are frozen; typed: a year 2024.0 would print otherwise)
def _time_spans(text: str, pub_year: int | None, pub_month: int | None) -> tuple[TimeSpan, ...]:
    spans: list[TimeSpan] = []
    for expr in find_time_expressions(text):
        t = text[expr.start : expr.end]
        if getattr(expr, "baseline", False):
            continue  # 比上年, 去年同期: a comparison base, not the figure's period
        if _DAY.search(t) and not _YEAR_OR_MONTH.search(t.replace("日", "").replace("号", "")) and not getattr(expr, "by", False):
            continue  # (a day a stock is counted to, 截至6月30日, dates it: that month)
        if getattr(expr, "kind", "") == "plan" and getattr(expr, "part", None) is None and _YEAR_STAGE.match(text, expr.end):
            continue  # (是实现“十四五”规划目标任务的关键一年: the plan names the year's stage, not a period)
        try:
            period = resolve_period(expr, pub_year, pub_month)
        except Exception:
            period = None
        if period and _DAY_DATE.fullmatch(period):
            period = period[:7]
        blocks = period is None  # an unresolved time word (今年 on an undated page, 目前) leaves the period open
        needs_year = (
            getattr(expr, "year", None) is None
            and (getattr(expr, "implicit", False) or getattr(expr, "offset", None) is None)
            and getattr(expr, "kind", "") in ("half", "quarter", "to_month", "month")
        )
        own_year = _own_year(expr, pub_year)
        spans.append(TimeSpan(expr.start, expr.end, t, period, blocks, expr, needs_year, own_year))
    spans.extend(_year_words(text, spans, pub_year, pub_month))
    spans.sort(key=lambda s: s.start)
    return tuple(spans)


def _own_year(expr, pub_year: int | None) -> int | None:
    """The single year an expression names (2024年, 今年 on a dated page), else None."""
    if getattr(expr, "kind", "") not in ("year", "relative_year") or getattr(expr, "since", False):
        return None
    if getattr(expr, "end_year", None):
        return None
    if getattr(expr, "year", None):
        return expr.year
    if getattr(expr, "offset", None) is not None and pub_year and not getattr(expr, "implicit", False):
        return pub_year + expr.offset
    return None


# Year words the recognizer leaves to the assembler: 过去(的)一年 is the year before the page's (一年来 too,
# in a report of the year's first months); 全年 (not 去年全年, a base) and
# 年内 are the page's own year when it is written far enough into it to speak of it (else unknown).
_YEAR_WORDS = re.compile(
    r"过去的?一年|(?<![\u4e00-\u9fff])一年来|(?<![去上前今明本])(?<!去年|上年|前年)(?<!\d年)全年(?!目标|任务|计划|各月)|年内|本年度|(?:到|至|截至|截止)?(?<![去今明本]年)(?<!\d)年(?:底|末)"
    r"|(?:截至|截止)?(?:目前|当前|现阶段|如今)"
    r"|近年来|近几年来?|近些年来?|多年来|这些年来?"
)
_PRESENT = re.compile(r"目前|当前|现阶段|如今|近年来|近几年|近些年|多年来|这些年")


# Every year word holds 年 or a present word at most 4 characters after its start (过去的一年, 截至目前).
_YEAR_WORDS_CORE = (re.compile(r"年|目前|当前|现阶段|如今"), 4)  # (近年来, 多年来: 年 within 4 too)


def _year_words(text: str, known: list[TimeSpan], pub_year: int | None, pub_month: int | None) -> list[TimeSpan]:
    out = []
    for m in _scan(_YEAR_WORDS, text, _YEAR_WORDS_CORE):
        if any(k.start < m.end() and m.start() < k.end for k in known):
            continue
        period = None
        if _PRESENT.search(m.group(0)):
            # 目前, 近年来: the page's present or recent years, not a period the text fixes; it stops a paragraph's year
            out.append(TimeSpan(m.start(), m.end(), m.group(0), None, blocks=True))
            continue
        if m.group(0) == "一年来" and not (pub_month and pub_month <= 3):
            continue  # 一年来 in a report of the year's first months is the year before; later, a rolling year
        if m.group(0) in ("过去一年", "过去的一年", "一年来"):
            period = str(pub_year - 1) if pub_year else None
            out.append(TimeSpan(m.start(), m.end(), m.group(0), period, False, None, False, pub_year - 1 if pub_year else None))
            continue
        if pub_year and pub_month and pub_month >= 6:
            period = str(pub_year)
        # unresolved: transparent, unless a governing year gives it (2024年，…全年增长5.6%)
        out.append(TimeSpan(m.start(), m.end(), m.group(0), period, False, None, True))
    return out
