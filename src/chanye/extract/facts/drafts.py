"""Records of the assembler: a fact under construction (Draft), what a sentence has said so far (State), and the
per-document state and memo (Doc).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from chanye.extract.clauses import Clause, Sentence
from chanye.extract.period_assignment import TimeSpan


@dataclass(slots=True)
class Draft:
    """A fact under construction (spans index the cleaned text)."""

    value: float
    unit: str
    unit_text: str
    kind: str
    comparator: str
    metric: str
    pos: int  # where the figure's number starts
    end: int  # where the figure (with its cues) ends
    sentence: Sentence
    clause: Clause
    value_max: float | None = None
    period: str | None = None
    period_fixed: bool = False  # a distributive reading fixed the period
    change_base: bool = False  # the starting value of 从…的X增长到…的Y
    status: str | None = None
    subject: Any = None  # knowledge.regions.Region
    industry: str | None = None
    title: bool = False
    quote_start: int | None = None  # evidence starts earlier than the clause (a leading clause)


@dataclass(slots=True)
class State:
    """What a sentence has said so far: antecedents for figures that do not repeat their metric."""

    drafts: list[Draft] = field(default_factory=list)
    prev_noun: str | None = None  # noun a figure-less clause ended on (valid for the next clause)
    change_periods: tuple[str | None, str | None] | None = None  # the last 从…到… pair's periods
    pending: list[Draft] = field(default_factory=list)  # drafts of the clause being read, not yet in `drafts`

    def _latest(self):
        yield from reversed(self.pending)
        yield from reversed(self.drafts)

    def last_named(self, skip_shares: bool = False, skip_gaps: bool = False) -> Draft | None:
        """The latest draft with a metric of its own that is no rank (nor a share or a gap, when asked)."""
        for d in self._latest():
            if skip_gaps and d.unit == "pp":
                continue  # 增长16.3%，高出全国5.1个百分点，居全国第10位: the rank is the rate's, not the gap's
            if d.unit == "rank" or d.unit == "other" and d.unit_text in ("位", "位次"):
                continue  # 营收突破4万亿元，较上年前进一位至全国第12位: the rank is the amount's (a move names none)
            if d.metric and d.kind != "rank" and not (skip_shares and d.kind == "share"):
                return d
        return None

    def last_metric(self, skip_shares: bool = False, skip_gaps: bool = False) -> tuple[str | None, str | None]:
        d = self.last_named(skip_shares, skip_gaps)
        return (d.metric, d.unit) if d else (None, None)

    def last_kind(self) -> str | None:
        d = self.last_named()
        return d.kind if d else None

    def last_clause_drafts(self) -> list[Draft]:
        if not self.drafts:
            return []
        last = self.drafts[-1].clause.index
        return [d for d in self.drafts if d.clause.index == last]


@dataclass(slots=True)
class Doc:
    text: str
    times: list[TimeSpan]
    mentions: list[tuple[int, int, Any]]
    doc_region: Any
    pub_year: int | None
    pub_month: int | None
    title_span: tuple[int, int] | None
    region_names: tuple[str, ...] = ()  # every name the mentions go by, longest first
    time_starts: list[int] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    cues: dict[int, list] = field(default_factory=dict)  # status cues per sentence start
    q_starts: list[int] = field(default_factory=list)  # where the figures begin (sorted)
    measure_starts: list[int] = field(default_factory=list)  # …of them, the measures (not dates, ordinals)
    carried: str | None = None  # the period an earlier paragraph (or section heading) opened with
    carried_span: str | None = None  # its plan period, for 年均/累计 figures (`十三五时期和2020年工作回顾`)
    heading_span: str | None = None
    carried_status: str | None = None  # what an uncued figure right after the carried period's time word reads as
    opening_status: str | None = None
    prev_plan: bool = False  # the last paragraph with figures ended on a plan (a target of the page's year or later)
    paragraphs: list = field(default_factory=list)
    codes: list | None = None  # framework codes (“1269”, “5+X”) with their spans, read on first need
    # per-document memo of pure functions of spans (clause words, a paragraph's
    # usable time words...): the same span is asked about once per figure, clause or draft
    memo: dict = field(default_factory=dict)

    def times_in(self, lo: int, hi: int) -> list[TimeSpan]:
        """Time expressions lying wholly inside [lo, hi) (times are sorted by start)."""
        if not self.times:
            return []
        if not self.time_starts:
            self.time_starts = [t.start for t in self.times]
        starts = self.time_starts
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        if i == j:
            return []  # most stretches asked about hold no time word
        return [t for t in self.times[i:j] if t.end <= hi]
