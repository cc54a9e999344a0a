"""Places listed each with its figure in brackets, then counted and named once:
`甲市（23.6%）、乙市（23.4%）4个盟市规上工业增加值增速高于全区平均水平；丙市（6.9%）…8个盟市低于全区平均水平`.

Each bracketed figure is its place's value of the indicator the words after the count name (规上工业增加值); a
list whose count is followed by the comparison alone (低于全区平均水平) is of the indicator the list before it
in the sentence, or the last figure of its kind before it, named. The count of the listed places restates the
list (4个盟市 after four places) and is no fact of its own.
"""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract.facts.cues import LEX, NAME_BRACKET_TAIL
from chanye.extract.facts.drafts import Draft
from chanye.extract.wordlists import any_of

# between two items: the bracket closing one figure, 、, the next place's name, the bracket opening the next
_ITEM_GAP = re.compile(r"）、[\u4e00-\u9fff]{2,8}（")
# after the last item: (等)N个<places>, the indicator, the comparison that sets the listed places apart
_COUNT_AFTER = re.compile(
    r"）(?:等)?(\d+|[一二三四五六七八九十两]+)个?" + any_of(LEX["word_lists"]["counted_place_kinds"])
    + r"([^，。；]{0,24}?)(?:增速|增幅)?(?:均)?" + any_of(LEX["word_lists"]["place_list_comparisons"])
)
_REACH = 400  # characters back to the figure of the same kind a bare list takes its indicator from


def _runs(text: str, made: list[Draft]) -> list[list[Draft]]:
    """The runs of bracketed % figures joined item to item by `）、name（`."""
    runs: list[list[Draft]] = []
    for d in sorted(made, key=lambda x: x.pos):
        if d.unit != "%" or text[d.pos - 1 : d.pos] != "（" or text[d.end : d.end + 1] != "）":
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and _ITEM_GAP.fullmatch(text, last.end, d.pos):
            runs[-1].append(d)
        else:
            runs.append([d])
    return [r for r in runs if len(r) >= 2]


# a place's name, its bracket, perhaps a tie (与甘肃并列), then the figure; not a rate's own word (目标增速（4.5%）)
_NAME_BRACKET = re.compile(
    r"(?<!" + ")(?<!".join(LEX["word_lists"]["rate_bracket_heads"]) + r")(?<=[\u4e00-\u9fff])" + NAME_BRACKET_TAIL
)


def _bigrams(s: str) -> set[str]:
    return {s[k : k + 2] for k in range(len(s) - 1)}


def _bracket_rates_named(text: str, made: list[Draft], before: list[Draft]) -> None:
    """A place's rate in brackets after its name (排在前两位的是江苏（与甘肃并列7.6%）、安徽（7.5%）; 山西（4.6%）增速
    低于我区…) whose words name no indicator (并, 各市, 增速低于我区) is a rate of the indicator of the last rate
    said before it, outside brackets (全区规模以上工业增加值同比增长7.4%)."""
    last = None
    for x in sorted(before[-40:] + made, key=lambda x: x.pos):
        bracketed = x.unit == "%" and text[x.end : x.end + 1] == "）" and _NAME_BRACKET.search(text, max(0, x.pos - 12), x.pos)
        if not bracketed:
            if x.unit == "%" and x.kind == "growth" and x.metric:
                last = x
            continue
        if x.kind != "growth" or last is None or x.pos - last.pos > _REACH or x not in made:
            continue
        if not (_bigrams(x.metric) & _bigrams(last.metric)):
            x.metric = last.metric


def place_rate_lists(text: str, sent, made: list[Draft], before: list[Draft]) -> list[Draft]:
    """Name the bracketed figures of place lists by the indicator after their count; drop that count."""
    if "%）" in text[sent.start : sent.end]:
        _bracket_rates_named(text, made, before)
    if len(made) < 2 or "）、" not in text[sent.start : sent.end]:
        return made  # (cheap test: no bracket list in the sentence)
    drop: set[int] = set()
    named = ""
    runs = _runs(text, made)
    listed = {id(d) for run in runs for d in run}
    for run in runs:
        m = _COUNT_AFTER.match(text, run[-1].end)
        if m is None:
            continue
        indicator = M.tidy(m.group(2))
        if not indicator:
            earlier = before + [x for x in made if x.pos < run[0].pos and id(x) not in listed]
            indicator = named or next(
                (x.metric for x in reversed(earlier) if x.metric and x.unit == "%" and x.kind == run[0].kind
                 and run[0].pos - x.pos <= _REACH),
                "",
            )
        if not indicator:
            continue
        named = indicator
        for d in run:
            d.metric = indicator
        count_at = m.start(1)
        drop.update(id(x) for x in made if x.pos == count_at and x.unit == "count" and x.value == len(run))
    return [d for d in made if id(d) not in drop] if drop else made
