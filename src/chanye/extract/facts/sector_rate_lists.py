"""Sectors listed each with its rate in brackets: `装备制造业（11.8%）、高技术制造业（10.0%）和电子行业（13.8%）表现亮眼`,
`电气机械和器材制造业（增长8.1%）、化学原料和化学制品制造业（增长6.5%）拉动明显`.

Each bracketed rate is the rate of the sector named right before its bracket (the sentence's indicator is the
sector's own: 装备制造业, not the 制造业 said before the list). Places listed so are place_rate_lists' (their
figures change subject, not metric); only names that end as a sector or product does (业, 品) are read here.
"""

from __future__ import annotations

import re

from chanye.extract.facts.drafts import Draft
from chanye.extract.facts.metric_naming import SECTOR_END

# the name before a bracketed rate: back to the list's separator, a clause mark or the lead (分行业看：)
_NAME_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,16})（(?:同比)?(?:增长|下降)?$")
_SEPARATORS = "、，,；;：:）"
_JOINER = re.compile(r"(?:以及|和|及|与)")
_OPEN = "（"


def _named_rate(text: str, d: Draft, lo: int) -> str | None:
    """The sector name before d's bracket, or None where d is no bracketed rate of a sector."""
    if d.unit != "%" or text[d.end : d.end + 1] != "）":
        return None
    opened = text.rfind(_OPEN, lo, d.pos)
    if opened < 0 or d.pos - opened > 6:
        return None
    m = _NAME_BEFORE.search(text, max(lo, opened - 16), d.pos)
    if m is None or m.end() != d.pos:
        return None
    name, name_at = m.group(1), m.start(1)
    before = text[name_at - 1 : name_at] if name_at > lo else ""
    if before == "）" and (joiner := _JOINER.match(name)):
        name = name[joiner.end() :]  # 高技术制造业（10.0%）和电子行业（…: the next name, not the joiner
    elif before and before not in _SEPARATORS:
        return None  # the name runs on past what was read: not a listed name
    if not SECTOR_END.search(name):
        return None
    return name


def sector_rate_lists(text: str, sent, made: list[Draft]) -> list[Draft]:
    """Name the bracketed rates of a sector list (two or more in the sentence) by their sectors."""
    if len(made) < 2 or "）" not in text[sent.start : sent.end]:
        return made  # (cheap test: no bracket in the sentence)
    named = [(d, _named_rate(text, d, sent.start)) for d in made]
    named = [(d, n) for d, n in named if n]
    if len(named) < 2:
        return made
    for d, name in named:
        if name not in d.metric:
            d.metric = name
    return made
