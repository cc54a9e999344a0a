"""Lists of `name value` items under a label (●营业收入13977.46亿元：国家高新区7831.36亿元，…; 营业收入超500亿元的园区：
/ 洋浦经济开发区1809.9亿元 / …): the label names what each item's figure measures."""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import DIGIT
from chanye.list_items import ITEM_WITH_FIGURE

ITEM_NAME = re.compile(
    r"^[\u4e00-\u9fff（）]{0,12}?(?:高新区|开发区|经开区|园区|新区|保税区|软件园|产业园|工业园|试验区|示范区|县|市|区|镇)(?:新增|实现|完成)?$"
)
LABEL_CUT = re.compile(r"超|以上|以下|前[一二三四五六七八九十\d]|排名|排行|\d")
LABEL_MAX = 30  # characters
LABEL_REACH = 12  # lines: how far up a list's items may run below their label


def names_an_item(d: Draft, label: str) -> bool:
    """A figure named only by its place or zone (国家高新区7831.36亿元, 洋浦经济开发区2705家), or by a list's
    label run into its first item (营业收入超500亿元的园区：洋浦经济开发区1809.9亿元)."""
    return not d.metric or ITEM_NAME.fullmatch(d.metric) is not None or (d.metric.startswith(label) and bool(DIGIT.search(d.metric)))


# a dateline or byline before a colon (本报乌鲁木齐3月16日讯：, 新华社…电：, …记者某某报道：): no list's label (风电, 通讯
# and 最新消息 are)
DATELINE_LABEL = re.compile(r"\d{1,2}日(?:讯|电)|^(?:本报|本网|本台|新华社|中新社|中新网)|记者|通讯员|报道\s*$")


def list_label(doc: Doc, d: Draft) -> str | None:
    """The indicator a list of `name value` items is labelled with: the words before a colon on the item's own
    line (●营业收入13977.46亿元：国家高新区7831.36亿元，…), or on the line that heads the items above it."""
    start = doc.text.rfind("\n", 0, d.pos) + 1
    own = doc.text[start : d.pos]
    colon = max(own.rfind("："), own.rfind(":"))
    if colon >= 0 and re.search(r"[。；;！？（(]", own[colon:]):
        return None  # a colon earlier in a paragraph of sentences (…（微信ID:…）…。其中…), not a list's label
    label = own[:colon] if colon >= 0 else None
    end = doc.text.find("\n", d.pos)
    if label is None and not ITEM_WITH_FIGURE.match(doc.text[start : end if end >= 0 else len(doc.text)].strip()):
        return None  # the figure's own line is no `name value` item of a list
    pos = start - 1
    for _ in range(LABEL_REACH if label is None else 0):
        if pos <= 0:
            return None
        s = doc.text.rfind("\n", 0, pos) + 1
        line = doc.text[s:pos].strip()
        colon = max(line.rfind("："), line.rfind(":"))
        if colon >= 0 and (colon == len(line) - 1 or ITEM_WITH_FIGURE.match(line[colon + 1 :])):
            label = line[:colon]
            break
        if not ITEM_WITH_FIGURE.match(line):
            return None
        pos = s - 1
    if not label or len(label) > LABEL_MAX or re.search(r"[。；;，,！？（(]", label) or DATELINE_LABEL.search(label):
        return None  # a label is a short line of words, not a sentence ending in a colon (…报告显示：) nor a dateline
    cut = LABEL_CUT.search(label)
    name = M.tidy(label[: cut.start()] if cut else label)
    return name if len(name) >= 2 and not ITEM_NAME.fullmatch(name) else None
