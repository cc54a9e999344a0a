"""Line layout: tidy whitespace, one paragraph per line, sentence fragments rejoined.

Some pages break one sentence over many short lines separated by blank lines (`近年来，` / `苏州坚持集聚
创新要素，` / ...). A line is joined to the next when it ends in non-terminal punctuation, when it ends in a
word that cannot end a sentence (`…为骨干的`), when it is a short unpunctuated piece in the middle of a
sentence, when it is a short unpunctuated piece followed by a fragment, or when the text is hard-wrapped
at a fixed width and the line is cut mid-sentence. Headings (short lines followed by headings or
paragraphs) and real paragraph breaks stay. Only newlines and spaces are deleted (a newline between two
latin words becomes a space), so every character keeps its offset.

In the result paragraphs are separated by exactly one newline.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

import yaml

from chanye.clean.mapped_text import MappedText
from chanye.list_items import ITEM_WITH_FIGURE

# Runs of two or more spaces, tabs and newlines; a single whitespace character only matters at the
# ends of the text. `re` skips ahead fast only to a pattern's first character class, not to a repeat
# (`[ \t\n]{2,}` is tried at every position), hence the class written out first.
_SPACE_RUN = re.compile(r"[ \t\n][ \t\n]+")
_SPACE = " \t\n"

NON_TERMINAL = tuple("，、：；—“‘《（(,;:")
TERMINAL = tuple("。！？!?…」』")
# Words that cannot end a sentence: a line ending in one runs on.
CONNECTIVE = tuple("的和与及或把将从向由对被让使在于之")
FRAGMENT_MAX = 30
HEADING_MAX = 20
# Hard-wrapped text: at least WRAP_LINES lines, and most lines of WRAP_MIN characters or more, have the
# same length; a line of that length that does not end a sentence runs on.
WRAP_MIN = 16
WRAP_LINES = 3
# A bulleted or numbered item of a list: ● 新增企业45家, ① 新建基站120个, (2) 工业投资增长8%.
_ITEM = re.compile(r"[●■◆▲►▪•·★◇○◎□▶\-*][^\d\-*]|[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)")
_ENUMERATED = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]\D|第[一二三四五六七八九十]+[、，,]")


def tidy(mt: MappedText) -> MappedText:
    """Strip lines, collapse runs of spaces, drop blank lines (deletions only)."""
    text = mt.text
    end_of_text = len(text)
    edits = []
    # a single space or newline opening the text (`in` with one character: "" is in every string)
    if end_of_text and text[0] in _SPACE and (end_of_text == 1 or text[1] not in _SPACE):
        edits.append((0, 1, ""))
    for m in _SPACE_RUN.finditer(text):
        start, end = m.span()
        if start == 0 or end == end_of_text:
            edits.append((start, end, ""))
            continue
        newline = text.find("\n", start, end)
        keep = newline if newline >= 0 else start  # one newline, or one space
        if keep > start:
            edits.append((start, keep, ""))
        if end > keep + 1:
            edits.append((keep + 1, end, ""))
    # a single space or newline closing the text
    if end_of_text > 1 and text[-1] in _SPACE and text[-2] not in _SPACE:
        edits.append((end_of_text - 1, end_of_text, ""))
    return mt.edit(edits)


def rejoin(mt: MappedText) -> MappedText:
    """Join sentence fragments (expects tidy text: one line per paragraph, no blank lines)."""
    lines = mt.text.split("\n")
    width = wrap_width(lines)
    figures = _figure_lines(lines)
    edits = []
    pos = 0
    mid_sentence = False  # the previous line ran on into this one after non-terminal punctuation
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        if i in figures or i + 1 in figures:
            edits.append((pos, pos + 1, ""))  # 地区生产总值 / 5532.4 / 亿元、增长: a figure on a line of its own
            mid_sentence = False
            pos += 1
            continue
        if _ends_sentence(line):  # most lines: a finished sentence never runs on (joins says no, and so does the wrap rule)
            mid_sentence = False
            pos += 1
            continue
        nxt = lines[i + 1]
        join = joins(line, nxt, mid_sentence, first=i == 0) or (
            width is not None and len(line) >= width and not _ends_sentence(line) and not is_heading(nxt)
        )
        if join:
            spaced = line[-1:].isascii() and line[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum()
            edits.append((pos, pos + 1, " " if spaced else ""))
        mid_sentence = join and line.endswith(NON_TERMINAL)
        pos += 1
    return mt.edit(edits)


# A figure cut out onto a line of its own (a page that set each number in its own element): its unit, or the
# punctuation after it, opens the next line, and the line before does not end a sentence.
_FIGURE_LINE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
UNIT_OPENING = re.compile(r"[万亿千百%个家项元倍的、，,。；;和及与]|个百分点")


def split_figure(before: str, line: str, after: str) -> bool:
    """`地区生产总值` / `933` / `亿元，增长`: a line holding only a figure cut out of the sentence around it."""
    return (len(line) <= 12 and line[:1] in "0123456789-+" and _FIGURE_LINE.fullmatch(line) is not None
            and not _ends_sentence(before) and UNIT_OPENING.match(after) is not None)


def _figure_lines(lines: list[str]) -> set[int]:
    """Indices of the lines that hold only a figure split from the sentence around it."""
    return {i for i in range(1, len(lines) - 1) if split_figure(lines[i - 1], lines[i], lines[i + 1])}


def is_heading(line: str) -> bool:
    """An enumerated heading: 一、总体要求, （二）重点任务, 3. 保障措施 (short, no sentence in it)."""
    return (
        len(line) <= HEADING_MAX
        and _ENUMERATED.match(line) is not None
        and not any(p in line for p in "，。；！？,;")
    )


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was cut at: most of its long lines have exactly that length."""
    lengths = Counter(len(line) for line in lines if len(line) >= WRAP_MIN)
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    return width if count >= WRAP_LINES and count * 2 >= sum(lengths.values()) else None


def _ends_sentence(line: str) -> bool:
    return line.rstrip("”’\"」』）)").endswith(TERMINAL)


def joins(line: str, nxt: str, mid_sentence: bool, first: bool = False) -> bool:
    if not line or not nxt or is_heading(nxt):
        return False
    if (line[-1:].isdigit() and _DECIMAL_TAIL.match(nxt)) or (
        _DECIMAL_HEAD.search(line) and not _ITEM_NUMBER_ONLY.fullmatch(line) and _FIGURE_OPENS.match(nxt)
    ):
        return True  # 实现利润1834 / .3亿元, 利税2921. / 2亿元: a number cut at its decimal point
    if line.endswith(NON_TERMINAL):
        return True
    if _ITEM.match(nxt):
        # a bulleted or numbered item starts a line of its own (●新增企业45家 / ●新建基站120个)
        return False
    if _ends_sentence(line):
        return False
    if _FIGURE_OPENS.match(nxt) and _WORD_END.search(line) and (_AWAITS_FIGURE.search(line) or _CUT_PROSE.search(line)):
        # a line opening with a figure's number and unit ends the line above, cut off after a word
        # that awaits it (研发中心增至 / 108 个; 总量突破 / 2000 亿元大关) or inside a sentence (…, 新申报 /
        # 26 项); an unpunctuated line before it is a headline line of its own (入选首批典型村 / 1043个行政村…)
        return True
    if first or len(line) > FRAGMENT_MAX:
        return False
    if line.endswith(CONNECTIVE):
        return True
    if ITEM_WITH_FIGURE.search(line) and ITEM_WITH_FIGURE.search(nxt.rstrip("：:")) is None and nxt.endswith(("：", ":")):
        return False  # 海南生态软件园2424家 / 营业收入超500亿元的园区：: an item of a list, then the next list's label
    if mid_sentence and ITEM_WITH_FIGURE.search(line) and ITEM_WITH_FIGURE.search(nxt):
        return False  # 海口江东新区新增企业4332家 / 洋浦经济开发区2705家: the items of a list under a label, a line each
    if mid_sentence:
        return True
    # a short piece before a fragment runs on (成功申报 / 国家级跨境电商综合试验区、), an
    # enumerated heading does not (一、总体目标 / 到2025年，), nor a heading line before a fragment that opens
    # with its own time (这是…非凡十年 / 2021年，地区生产总值突破1.4万亿元；)
    return (len(nxt) <= FRAGMENT_MAX and nxt.endswith(NON_TERMINAL) and not is_heading(line)
            and not _OPENS_WITH_TIME.match(nxt))


_DECIMAL_TAIL = re.compile(r"[.．]\d")
_DECIMAL_HEAD = re.compile(r"\d[.．]$")
_ITEM_NUMBER_ONLY = re.compile(r"\s*\d{1,2}[.．]")  # a line that is only a list item's number (3. / 5个方面…)
_FIGURE_OPENS = re.compile(r"\d+(?:\.\d+)?\s*(?:[%％]|[万亿]|[家个项条座名人户辆台件套艘吨元倍位])")
_WORD_END = re.compile(r"[\u4e00-\u9fff]$")
_LEXICON = yaml.safe_load((resources.files("chanye.clean") / "layout.yaml").read_text(encoding="utf-8"))
_AWAITS_FIGURE = re.compile("(?:" + "|".join(map(re.escape, _LEXICON["awaits_figure"])) + ")$")
_CUT_PROSE = re.compile(r"[，,、；;.]")  # a piece of prose, not a headline line of its own

_OPENS_WITH_TIME = re.compile(r"(?:(?:19|20)\d{2}年|今年|去年|上年|前三季度|上半年|[一二三四]季度|\d{1,2}[-—至]\d{1,2}月)[^，,。；]{0,6}[，,]")
