"""The top N shared out over the items listed with it: each listed item holds the place.

`签约协议投资额前5名是A市1191亿元、B市978亿元、…` and `A市引进项目420个、B市引进300个、C市引进129个，引进项目数排前三位`
rank every item among the top N (rank N, `<=`, one fact per item: its place, or for a list of sectors of one place
the sector's indicator); `A市56个、B区32个、C县24个分别排在全市前三位` gives each item its own place (1, 2, 3, `=`).
The fresh sets agree on this (fg11, fg14, fg17). The items are the figures read from the list; their number must be N.
So are counted firsts: `荣获A、B、C、D4个第一` is rank 1 of each name listed (as many names as the count).
"""

from __future__ import annotations

import re
from dataclasses import replace as _dc_replace

from chanye.extract.facts.drafts import Draft
from chanye.extract.facts.cues import LEX, RESPECTIVELY
from chanye.extract.numeral import parse_numeral
from chanye.extract.wordlists import SCOPE, any_of

# the top N (its number is the rank figure) followed by the words that open its members: 前5名是, 前三的是, 前3位为
_LEADERS_ARE = re.compile(r"(?:名|位|强)?" + any_of(LEX["word_lists"]["top_list_leader_links"]))
_MAX_N = 10
# 排在我区前两位的是…: the places ahead of the writer's own, not a top N
_AHEAD_OF_OWN = re.compile(r"我[省市区县州盟旗]$")


def top_list_ranks(text: str, made: list[Draft]) -> list[Draft]:
    """Each item of a list ranked among the top N, as many as N, holds that rank (see the module's note)."""
    if not any(d.unit == "rank" and d.comparator == "<=" for d in made):
        return made  # (cheap test: no top N in the sentence)
    out = list(made)
    for r in made:
        if r.unit != "rank" or r.comparator != "<=" or "前" not in text[r.pos - 1 : r.pos + 1]:
            continue
        front = r.pos if text[r.pos] == "前" else r.pos - 1
        if _AHEAD_OF_OWN.search(text, max(0, front - 2), front):
            continue
        n = int(r.value)
        if n != r.value or not 2 <= n <= _MAX_N or sum(1 for d in made if d.unit == "rank" and d.pos == r.pos) > 1:
            continue  # (a rank already shared out over a list of places before it: 甲、乙、丙在…排前三位)
        after = _LEADERS_ARE.match(text, r.end)
        items = _items(made, r, after=after is not None)
        if len(items) != n or not _distinct(items):
            continue
        each = RESPECTIVELY.search(text, items[-1].end, r.pos) is not None and after is None
        sectors = len({getattr(d.subject, "code", d.subject) for d in items}) == 1
        if each:
            _name_from_rest(text[items[-1].end : r.pos], items)
        clones = [_rank_of(r, d, k + 1 if each else n, "=" if each else "<=", sectors) for k, d in enumerate(items)]
        at = out.index(r)
        out[at : at + 1] = clones
    return out


def _items(made: list[Draft], r: Draft, *, after: bool) -> list[Draft]:
    """The listed figures: after 前N名是 those of the rank's clause after it; before 排前N位 those of the rank's
    clause before it, else of the clause just before it. All of one unit and kind."""
    figures = [d for d in made if d.unit != "rank" and d.sentence is r.sentence]
    if after:
        items = [d for d in figures if d.clause is r.clause and d.pos > r.pos]
    else:
        items = [d for d in figures if d.clause is r.clause and d.pos < r.pos]
        if not items:
            before = [d.clause for d in figures if d.clause.end <= r.clause.start]
            last = max(before, key=lambda c: c.start, default=None)
            items = [d for d in figures if d.clause is last] if last is not None and last.end >= r.clause.start - 1 else []
    if not items or any(d.unit != items[0].unit or d.kind != items[0].kind for d in items):
        return []
    return items


def _name_from_rest(words_after: str, items: list[Draft]) -> None:
    """`A市56个、B区32个、C县24个分别排在全市前三位`: an item named by the ranking words after it (排在全市) takes
    the indicator the other items are named by (在建项目)."""
    names = [d.metric for d in items if d.metric and d.metric not in words_after]
    if not names:
        return
    longest = max(names, key=len)
    # (新开工项目中，A市86个、B市64个…: the later items read only the tail 项目)
    common = longest if all(longest.endswith(n) for n in names) else max(set(names), key=names.count)
    for d in items:
        if not d.metric or d.metric in words_after or common.endswith(d.metric):
            d.metric = common


def _distinct(items: list[Draft]) -> bool:
    """Items told apart by their places, or (one place's list of sectors) by their indicators."""
    subjects = [getattr(d.subject, "code", d.subject) for d in items]
    if None not in subjects and len(set(subjects)) == len(items):
        return True
    return len(set(subjects)) == 1 and all(d.metric for d in items) and len({d.metric for d in items}) == len(items)


def _rank_of(r: Draft, item: Draft, value: int, comparator: str, sectors: bool) -> Draft:
    metric = r.metric
    if comparator == "=" and item.metric and item.metric not in metric:
        metric = item.metric + "排名"  # 在建项目中，A市56个、…分别排在全市前三位: the items' indicator is the one ranked
    if sectors and not item.metric.startswith(r.metric.removesuffix("排名")):
        metric = item.metric + "排名"  # a sector's: 旅游产业签约协议投资额
    return _dc_replace(r, subject=item.subject, metric=metric, value=float(value), comparator=comparator)


# A、B、C、D 4个第一 (荣获投资潜力、科技创新…4个第一): as many firsts as the names listed right before the count
_COUNTED_FIRSTS = re.compile(r"([^，。；：:]{2,80}?)(\d{1,2}|[两二三四五六七八九十]{1,3})(?:个|项)(?:" + SCOPE + r")?第一$")
_FIRSTS_LEAD = re.compile(r"^.*?(?:荣获|获得|取得|夺得|实现|斩获|摘得|包揽|拿下)")


def counted_firsts(text: str, made: list[Draft]) -> list[Draft]:
    """`荣获投资潜力、科技创新、绿色发展、新型城镇化质量4个第一`: one rank 1 for each name listed, named by it."""
    out = list(made)
    for r in made:
        if r.unit != "rank" or r.value != 1 or r.pos < 1 or not text.startswith("第一", r.pos - (0 if text[r.pos] == "第" else 1)):
            continue
        m = _COUNTED_FIRSTS.search(text, r.clause.start, r.end)
        if m is None or m.end() != r.end:
            continue
        n = int(parse_numeral(m.group(2)) or 0)
        names = [w.strip() for w in _FIRSTS_LEAD.sub("", m.group(1)).split("、") if w.strip()]
        if len(names) != n or len(set(names)) != n:
            continue
        at = out.index(r)
        out[at : at + 1] = [_dc_replace(r, metric=name + "排名") for name in names]
    return out
