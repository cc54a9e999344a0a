"""Shares named by the noun after them in a contribution sentence.

`重点园区以不到全省2%的土地面积，贡献了全省15.3%的GDP、20%的固定资产投资`, `高新区以占全省6.2%的土地面积创造了40%的
工业产值和54%的高新技术产业产值`: each percentage is the share of the whole named before it (全省) held in the noun
right after its 的 — 土地面积占全省比重, GDP占全省比重 — not of the words before it (the owner, the verb, the item before).
"""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract.facts.cues import LEX
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.wordlists import any_of

# the verbs of a contribution sentence: a part (以…的土地) yields shares of the whole's output
_CONTRIBUTES = re.compile(any_of(LEX["word_lists"]["contribution_verbs"]))
# where the noun a share is of ends: the next item of a list (、, or 和 before a figure) or the verb it leads into
_NOUN_END = re.compile(r"[、，,；;。）)]|(?:和|及|与|以及)(?=[约近超不\d])|" + any_of(LEX["word_lists"]["contribution_verbs"]) + "|占")
_WHOLES = "全国|全省|全市|全区|全县|全州|全球"
_WHOLE = re.compile(f"({_WHOLES})")
_MAX_NOUN = 14  # characters: a longer run is no indicator's name


def contribution_shares(doc: Doc, made: list[Draft]) -> None:
    """Rename, in place, the percentage shares of a contribution sentence by the noun after each."""
    shares = [d for d in made if d.kind == "share" and d.unit == "%" and doc.text.startswith("的", d.end)]
    if len(shares) < 2 or not _CONTRIBUTES.search(doc.text, shares[0].end, shares[1].pos):
        return  # (the verb stands between the part's share and its contributions: 以2%的土地，贡献了15%的GDP)
    for d in shares:
        stop = _NOUN_END.search(doc.text, d.end + 1, d.sentence.end)
        noun = M.tidy(doc.text[d.end + 1 : stop.start() if stop else d.sentence.end])
        if not noun or len(noun) > _MAX_NOUN or not re.search(r"[\u4e00-\u9fffA-Z]", noun) or noun in M.SHARE_WORDS + ("份额",):
            continue  # (占全省25%的份额: the share word itself names nothing)
        wholes = _WHOLE.findall(doc.text, d.sentence.start, d.pos)
        d.metric = noun + ("占" + wholes[-1] + "比重" if wholes else "占比")
        if d.comparator == "=" and _BELOW_WHOLE.search(doc.text, max(d.sentence.start, d.pos - 8), d.pos):
            d.comparator = "<"  # 以不到全省2%的土地: the bound is read across the whole's name


_BELOW_WHOLE = re.compile(f"(?:不到|不足)(?:{_WHOLES})$")
