"""Script detection and traditional -> simplified conversion (OpenCC t2s) that keeps the offset map."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

import opencc

from chanye.clean.mapped_text import MappedText

_T2S = opencc.OpenCC("t2s")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Share of CJK characters that t2s changes above which a text is traditional. Simplified text
# changes almost nowhere (a stray 著 or 乾); traditional text changes at 15-30 % of its characters.
TRADITIONAL_SHARE = 0.08
# Pinyin artifacts a traditional text needs to count as "traditional+pinyin".
PINYIN_MIN = 2


def t2s(text: str) -> str:
    return _T2S.convert(text)


@lru_cache(maxsize=8192)
def t2s_char(char: str) -> str:
    return _T2S.convert(char)


def to_simplified(mt: MappedText) -> tuple[MappedText, int]:
    """Convert to simplified; returns the converted text and how many characters changed.

    Whole text first (one OpenCC call); where a phrase conversion changed the length, line by line,
    mapping a line 1:1 when its length is kept and by alignment otherwise.
    """
    text = mt.text
    converted = _T2S.convert(text)
    if converted == text:
        return mt, 0
    if len(converted) == len(text):
        changed = sum(1 for a, b in zip(text, converted) if a != b)
        return mt.same_length(converted), changed
    edits = []
    changed = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        out = _T2S.convert(line)
        if out != line:
            if len(out) == len(line):
                changed += sum(1 for a, b in zip(line, out) if a != b)
                edits.append((pos, pos + len(line), out))
            else:
                line_edits = _aligned_edits(line, out)
                changed += sum(e - s for s, e, _ in line_edits)
                edits.extend((pos + s, pos + e, r) for s, e, r in line_edits)
        pos += len(line)
    return mt.edit(edits), changed


def _aligned_edits(before: str, after: str) -> list[tuple[int, int, str]]:
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    return [(i1, i2, after[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


def detect_script(cjk: int, changed: int, pinyin_artifacts: int) -> str:
    """"simplified" | "traditional" | "traditional+pinyin" (the contract's meta.script)."""
    if cjk == 0 or changed / cjk < TRADITIONAL_SHARE:
        return "simplified"
    return "traditional+pinyin" if pinyin_artifacts >= PINYIN_MIN else "traditional"
