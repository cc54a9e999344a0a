"""Same figure twice (headline and body, a bracketed restatement) is one fact.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right

from chanye.extract import metric as M
from chanye.extract.facts.cues import LEX, any_of
from chanye.extract.facts.drafts import Draft
from chanye.extract.facts.periods import THIS_EVENT

GDP_NAME = re.compile(any_of(LEX["word_lists"]["gdp_names"]))
GDP_ONLY = re.compile(r"(?<!人均)(?<!单位)GDP$")


def same_figure(a: Draft, b: Draft) -> bool:
    if a.unit != b.unit or a.kind != b.kind:
        return False
    if abs(a.value - b.value) > 1e-3 * max(abs(a.value), abs(b.value), 1e-9):
        return False
    return True


class FigureIndex:
    """Drafts by unit and kind, sorted by value, to find those same_figure may hold for by bisection rather than
    by trying each (a page of data cards has thousands of figures)."""

    def __init__(self, drafts: list[Draft]):
        groups: dict[tuple, list[Draft]] = {}
        self.odd: dict[tuple, list[Draft]] = {}  # values with no order (nan, inf): always tried
        for d in drafts:
            (groups if math.isfinite(d.value) else self.odd).setdefault((d.unit, d.kind), []).append(d)
        self.groups = {k: sorted(g, key=lambda d: d.value) for k, g in groups.items()}
        self.values = {k: [d.value for d in g] for k, g in self.groups.items()}

    def near(self, d: Draft) -> list[Draft]:
        """A superset of the drafts x with same_figure(d, x), in no particular order."""
        key = (d.unit, d.kind)
        group, odd = self.groups.get(key, []), self.odd.get(key, [])
        if not math.isfinite(d.value):
            return group + odd
        # |a-b| <= 1e-3·max(|a|,|b|,1e-9) keeps b within 1e-3·max(|a|/0.999, 1e-9) of a: twice that spares rounding
        reach = 2e-3 * max(abs(d.value), 1e-9)
        values = self.values.get(key, [])
        return group[bisect_left(values, d.value - reach) : bisect_right(values, d.value + reach)] + odd


def _bracketed(d: Draft) -> bool:
    """A figure restated in brackets (`…可比增长5.8%（GDP增长5.8%）`)."""
    text = d.sentence.text
    i = d.pos - d.sentence.start
    opened = text.rfind("（", 0, i)
    return opened >= 0 and text.find("）", opened, i) < 0


def _same_gdp(a: str, b: str) -> bool:
    """`广西GDP` and `地区生产总值`: both name the region's GDP itself (not 人均GDP, not a share of it)."""
    return bool(GDP_ONLY.search(GDP_NAME.sub("GDP", a)) and GDP_ONLY.search(GDP_NAME.sub("GDP", b)))


def _figure_key(d: Draft) -> tuple:
    # the same figure written twice is written alike: a key of 4 significant digits gathers
    # candidates; same_figure then applies the scorer's 0.1 % tolerance
    return d.unit, d.kind, float(f"{d.value:.4g}")


def _restates(headline: Draft, body: Draft) -> bool:
    """A headline's rounded figure (`营收突破5000亿元`) for a body figure (`营业总收入5120亿元`)."""
    if headline.unit != body.unit or headline.kind != body.kind:
        return False
    if headline.period and body.period and headline.period != body.period:
        return False
    h, b = headline.value, body.value
    if headline.comparator in (">", ">="):
        near = h <= b <= h * 1.2
    elif headline.comparator == "~" or headline.comparator == "=":
        near = abs(b - h) <= 0.05 * abs(h)
    else:
        near = False
    # the metrics last: a headline is compared with every body figure, and dice is the dear test
    return near and (
        _rounded_from(h, b)
        or not (M.dice(headline.metric, body.metric) < 0.3 and not set(headline.metric) <= set(body.metric))
    )


def _digits(v: float) -> str:
    return f"{abs(v):.4f}".replace(".", "").strip("0") or "0"  # (26400000000 -> 264, 264.53 -> 26453)


def _rounded_from(h: float, b: float) -> bool:
    """`签约额超264亿元` over `正式合同额达264.53亿元`: a headline amount of three or more significant digits that
    the body amount begins with is that amount rounded, whatever either calls it."""
    hd, bd = _digits(h), _digits(b)
    return len(hd) >= 3 and len(bd) > len(hd) and bd.startswith(hd) and h <= b < h * 1.01


EVENT_DEED = re.compile(any_of(LEX["word_lists"]["event_project_deeds"]))
_EVENT_FLOOR = 5  # (a batch of 2 or 3 projects is too common a figure to be told apart from another batch)


def _periods_agree(a: str | None, b: str | None) -> bool:
    """The same time, or one within the other (2025 and 2025-07), or one not fixed."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _event_batch(o: Draft, d: Draft) -> bool:
    """`本次签约项目共计22个` after `21日首批签约的22个项目科技含量高`, `此次开工项目共48项` after `…48项重点项目集中开工`:
    the count of one event's batch of projects, told again in other words (the metrics differ), is one fact. Both
    clauses count projects and name the same deed."""
    if d.unit != "count" or d.kind != "level" or not _periods_agree(o.period, d.period):
        return False
    if d.value < _EVENT_FLOOR and not _refers_to_event(d):
        return False
    a, b = o.clause.text, d.clause.text
    if "项目" not in a or "项目" not in b:
        return False
    return bool(set(EVENT_DEED.findall(a)) & set(EVENT_DEED.findall(b)))


def _refers_to_event(d: Draft) -> bool:
    """`此次签约的4个项目与…高度契合`: the count is said of this event's batch (此次, 本次, 这批 right before it), so a
    small batch told again is the same batch."""
    before = d.clause.text[max(0, d.pos - d.clause.start - 10) : d.pos - d.clause.start]
    return bool(THIS_EVENT.search(before))


def _parallel(a: tuple | None, b: tuple | None) -> bool:
    """Two figures each said right after a figure of the same unit but another value (`项目58个，总投资
    320亿元；…项目41个，总投资320亿元`): parallel statements, not one figure said twice."""
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def _said_again(o: Draft, d: Draft, before: dict[int, tuple | None]) -> str | None:
    """`d` states the figure `o` stated earlier: same value, status, comparator and place, either restated in
    brackets in the same sentence or in another sentence in like words (or as the same batch of projects).
    How it is said again ("brackets", "words", "batch"), or None."""
    if not (
        same_figure(o, d)
        and o.status == d.status
        and o.comparator == d.comparator
        and getattr(o.subject, "code", o.subject) == getattr(d.subject, "code", d.subject)
    ):
        return None
    if o.sentence is d.sentence:
        # …可比增长5.8%（GDP增长5.8%）: restated in brackets in the same sentence, in other words
        return "brackets" if _bracketed(d) or _bracketed(o) else None
    if _parallel(before[id(o)], before[id(d)]):
        return None
    if o.period == d.period and (M.dice(o.metric, d.metric) >= 0.7 or _same_gdp(o.metric, d.metric)):
        return "words"
    return "batch" if _event_batch(o, d) else None


def _batch_name_words(metric: str) -> int:
    """How much a batch's name says of it: its deeds (签约, 开工…) and the counted 项目 closing it."""
    return len(EVENT_DEED.findall(metric)) + metric.endswith("项目")


def _better_batch_name(first: Draft, again: Draft, how: str) -> bool:
    """Of one event's batch told twice, the telling whose name says more of the batch is kept (此次开工项目 over
    中部区县 from 廊坊中部区县48项重点项目集中开工; 此次集中签约动工投产 over 签约项目). `how` it was said again
    (_said_again): a batch already known as one is not read again."""
    if _batch_name_words(again.metric) <= _batch_name_words(first.metric):
        return False
    return how == "batch" or _event_batch(first, again)


_NUMBERED_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d))")
_HEADING_CHARS = 40


def _section_heading(d: Draft) -> bool:
    """A numbered section heading of the body (一、GDP同比增长6.4%), not a sentence."""
    text = d.sentence.text
    return len(text) <= _HEADING_CHARS and not text.rstrip().endswith(("。", "；")) and bool(_NUMBERED_HEADING.match(text))


def headline_period(head: Draft, body: Draft) -> None:
    """`前7月安徽规上工业增加值累计增长16.2%` over a body sentence that gives the figure with no time word: the
    figure is of the headline's period (the body's one fact keeps it)."""
    if body.period is None and head.period is not None and body.status == head.status and not body.period_fixed:
        body.period = head.period


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One fact per figure: a headline figure the body repeats is dropped; a body figure stated
    again in another sentence (same subject, value, status, period, comparator and a like metric) is
    kept once."""
    body = [d for d in drafts if not d.title]
    keys = [_figure_key(d) for d in drafts]
    body_keys: dict[tuple, list[Draft]] = {}
    for d, key in zip(drafts, keys):
        if not d.title:
            body_keys.setdefault(key, []).append(d)
    out: list[Draft] = []
    kept: dict[tuple, list[Draft]] = {}
    # the figure said just before in the same sentence: `…172个项目，总投资420亿元` and `…47个项目，总投资
    # 420亿元` are two investments (of different project sets), not one figure said twice
    before: dict[int, tuple | None] = {}
    for i, d in enumerate(drafts):
        p = drafts[i - 1] if i else None
        before[id(d)] = (p.unit, p.value) if p is not None and p.sentence is d.sentence else None
    for d, key in zip(drafts, keys):
        if d.title:
            said = next((b for b in body_keys.get(key, ()) if same_figure(d, b)), None) or next(
                (b for b in body if _restates(d, b)), None
            )
            if said is not None:
                headline_period(d, said)
                continue  # a headline figure the body states
            out.append(d)
            continue
        # (most figures have no earlier one of their key)
        dup, how = None, None
        for o in kept.get(key, ()):
            how = _said_again(o, d, before)
            if how:
                dup = o
                break
        if dup is None:
            out.append(d)
            kept.setdefault(key, []).append(d)
        elif _better_batch_name(dup, d, how) or (_section_heading(dup) and not _section_heading(d)):
            # (a section heading's figure, `一、GDP同比增长6.4%`, restated by the body: the body's words)
            out[next(i for i, x in enumerate(out) if x is dup)] = d  # (in the first one's place)
            kept[key] = [d if x is dup else x for x in kept[key]]
    return out
