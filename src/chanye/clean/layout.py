"""Line layout: tidy whitespace, one paragraph per line, sentence fragments rejoined.

Some pages break one sentence over many short lines separated by blank lines (`近年来，` / `苏州坚持集聚
创新要素，` / ...). A line is joined to the next when it ends in non-terminal punctuation, when it ends in a
word that cannot end a sentence (`…为骨干的`), when it is a short unpunctuated piece in the middle of a
sentence, or when it is a short unpunctuated piece followed by a fragment. Headings (short lines
followed by headings or paragraphs) and real paragraph breaks stay. Only newlines and spaces are deleted,
so every character keeps its offset.

In the result paragraphs are separated by exactly one newline.
"""

from __future__ import annotations

import re

from chanye.clean.mapped_text import MappedText

_EDGE_SPACE = re.compile(r"^[ \t]+|[ \t]+$", re.M)
_EXTRA_SPACE = re.compile(r"(?<=\S) {2,}")
_BLANK_LINES = re.compile(r"\n{2,}|^\n+|\n+$")

NON_TERMINAL = tuple("，、：；—“‘《（(,;:") + ("——",)
TERMINAL = tuple("。！？!?…」』")
# Words that cannot end a sentence: a line ending in one runs on.
CONNECTIVE = tuple("的和与及或把将从向由对被让使在于之")
FRAGMENT_MAX = 30


def tidy(mt: MappedText) -> MappedText:
    """Strip lines, collapse runs of spaces, drop blank lines."""
    mt = mt.sub(_EDGE_SPACE, "")
    mt = mt.edit((m.start() + 1, m.end(), "") for m in _EXTRA_SPACE.finditer(mt.text))
    return mt.sub(_BLANK_LINES, _keep_one_newline)


def _keep_one_newline(m: re.Match[str]) -> str:
    at_edge = m.start() == 0 or m.end() == len(m.string)
    return "" if at_edge else "\n"


def rejoin(mt: MappedText) -> MappedText:
    """Join sentence fragments (expects tidy text: one line per paragraph, no blank lines)."""
    lines = mt.text.split("\n")
    edits = []
    pos = 0
    mid_sentence = False  # the previous line ran on into this one after non-terminal punctuation
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        join = joins(line, nxt, mid_sentence, first=i == 0)
        if join:
            spaced = line[-1:].isascii() and line[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum()
            edits.append((pos, pos + 1, " " if spaced else ""))
        mid_sentence = join and line.endswith(NON_TERMINAL)
        pos += 1
    return mt.edit(edits)


def joins(line: str, nxt: str, mid_sentence: bool, first: bool = False) -> bool:
    if not line or not nxt:
        return False
    if line.endswith(NON_TERMINAL):
        return True
    if first or line.rstrip("”’\"」』）)").endswith(TERMINAL) or len(line) > FRAGMENT_MAX:
        return False
    if line.endswith(CONNECTIVE):
        return True
    if mid_sentence:
        return True
    return len(nxt) <= FRAGMENT_MAX and nxt.endswith(NON_TERMINAL)
