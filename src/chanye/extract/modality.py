"""Status of a figure: `target`, `forecast` or `actual`, from the cues across its sentence.

A cue governs from where it stands to the end of its sentence (`力争到今年年底，A达150家，B突破200家`:
both are targets) until a later cue or an actual-marker (已, 目前, 截至, 去年 …) takes over. `将`
before an outcome verb follows an earlier explicit cue in the sentence; alone it is a plan (target),
or an expectation (forecast) when the page is written late in the period it speaks of.
Without a cue, a figure for a period after the page's date, or for the page's own year in a page
written at the start of that year (a work report), is a target. The lexicon is modality.yaml.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

KINDS = ("target", "horizon", "will", "forecast", "actual")


@cache
def _cues() -> list[tuple[re.Pattern, str]]:
    data = yaml.safe_load(resources.files("chanye.extract").joinpath("modality.yaml").read_text("utf-8"))
    return [(re.compile(p), kind) for kind in KINDS for p in data.get(kind, [])]


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """All status cues in `text`: (start, end, kind), in order; overlapping cues keep the longer."""
    found: list[tuple[int, int, str]] = []
    for pat, kind in _cues():
        for m in pat.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), m.end(), kind))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, str]] = []
    for c in found:
        if out and c[0] < out[-1][1]:
            continue
        out.append(c)
    return out


def _period_start_year(period: str | None) -> int | None:
    if not period:
        return None
    m = re.match(r"(\d{4})", period)
    return int(m.group(1)) if m else None


def _period_end_year(period: str | None) -> int | None:
    if not period:
        return None
    years = re.findall(r"\d{4}", period)
    return int(years[-1]) if years else None


def status_at(
    sentence: str,
    pos: int,
    *,
    period: str | None = None,
    pub_year: int | None = None,
    pub_month: int | None = None,
    cues: list[tuple[int, int, str]] | None = None,
) -> str:
    """Status of the figure at offset `pos` of `sentence`."""
    cues = find_cues(sentence) if cues is None else cues
    before = [c for c in cues if c[0] < pos]
    explicit = [c for c in before if c[2] in ("target", "forecast")]
    last = before[-1] if before else None
    if last is not None:
        kind = last[2]
        if kind == "actual":
            return "actual"
        if kind in ("target", "forecast"):
            return kind
        if kind == "horizon":
            return "target"
        # 将: an earlier explicit cue decides; else the page's date does
        if explicit:
            return explicit[-1][2]
        return _will_status(period, pub_year, pub_month)
    return _default_status(period, pub_year, pub_month)


def _will_status(period: str | None, pub_year: int | None, pub_month: int | None) -> str:
    end = _period_end_year(period)
    if pub_year and pub_month and end == pub_year and pub_month >= 9 and _is_plain_year(period):
        return "forecast"
    return "target"


def _is_plain_year(period: str | None) -> bool:
    return bool(period) and bool(re.fullmatch(r"\d{4}", period or ""))


def _default_status(period: str | None, pub_year: int | None, pub_month: int | None) -> str:
    start = _period_start_year(period)
    if not pub_year or start is None:
        return "actual"
    if "-" in (period or "")[4:5] and not re.fullmatch(r"\d{4}-\d{4}", period or ""):
        return "actual"  # YYYY-MM: figures to date
    if start > pub_year or (_period_end_year(period) or 0) > pub_year:
        return "target"  # a later period, or a span running past the page (“十五五”时期): a plan
    if _is_plain_year(period) and start == pub_year and pub_month is not None and pub_month <= 4:
        return "target"  # the page's own year, written at its start: a plan (work reports)
    return "actual"
