"""Script detection and traditional -> simplified conversion (OpenCC t2s) that keeps the offset map."""

from __future__ import annotations

import operator
import re
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

import opencc
import yaml

from chanye.clean.chars import HAN
from chanye.clean.mapped_text import MappedText

_T2S = opencc.OpenCC("t2s")
_NOT_HAN = re.compile(f"[^{HAN}][^{HAN}]*")  # a leading class, not a repeat: `re` scans fast to it

# Share of CJK characters that t2s changes above which a text is traditional. Simplified text
# changes almost nowhere (a stray 著 or 乾); traditional text changes at 15-30 % of its characters.
TRADITIONAL_SHARE = 0.08
# Pinyin artifacts a traditional text needs to count as "traditional+pinyin".
PINYIN_MIN = 2
# Script is decided on a sample of the text: enough to tell, cheap on long texts.
SAMPLE = 500


def t2s(text: str) -> str:
    return _T2S.convert(text)


@lru_cache(maxsize=8192)
def t2s_char(char: str) -> str:
    return _T2S.convert(char)


def to_simplified(mt: MappedText) -> MappedText:
    """Convert to simplified.

    Whole text first (one OpenCC call); where a phrase conversion changed the length, line by line,
    mapping a line 1:1 when its length is kept and by alignment otherwise.
    """
    text = mt.text
    converted = _T2S.convert(text)
    if converted == text:
        return mt
    if len(converted) == len(text):
        return mt.same_length(converted)
    edits = []
    pos = 0
    for line in text.splitlines(keepends=True):
        out = _T2S.convert(line)
        if out != line:
            if len(out) == len(line):
                edits.append((pos, pos + len(line), out))
            else:
                edits.extend((pos + s, pos + e, r) for s, e, r in _aligned_edits(line, out))
        pos += len(line)
    return mt.edit(edits)


def traditional_share(before: str, after: str) -> float:
    """Share of the CJK characters t2s changed, on a sample from the middle of the text (body, not
    page head); from the start where conversion changed the length (the middles would not align)."""
    if before == after:
        return 0.0
    start = max(0, len(before) // 2 - SAMPLE // 2) if len(before) == len(after) else 0
    before, after = before[start : start + SAMPLE], after[start : start + SAMPLE]
    cjk = len(_NOT_HAN.sub("", before))  # deleting the rest is cheaper than listing the Han characters
    return sum(map(operator.ne, before, after)) / cjk if cjk else 0.0


def _aligned_edits(before: str, after: str) -> list[tuple[int, int, str]]:
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    return [(i1, i2, after[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern[str], dict[str, str], list[tuple[re.Pattern[str], str]]]:
    data = yaml.safe_load((resources.files("chanye.clean") / "vocabulary.yaml").read_text(encoding="utf-8"))
    phrases = {str(k): str(v) for k, v in data["phrases"].items()}
    # longest first: 资讯科技 before a shorter key inside it
    pattern = re.compile("|".join(re.escape(k) for k in sorted(phrases, key=len, reverse=True)))
    in_context = [(re.compile(p["match"]), p["replace"]) for p in data.get("patterns", [])]
    return pattern, phrases, in_context


def to_mainland_wording(mt: MappedText) -> MappedText:
    """Taiwan / Hong Kong wording that t2s keeps (产业丛集, 专案, 资讯科技, 著力) -> the mainland words
    (vocabulary.yaml). For traditional texts only: a simplified page's 专案 or 高阶 is meant."""
    pattern, phrases, in_context = _vocabulary()
    mt = mt.sub(pattern, lambda m: phrases[m.group()])
    for context_pattern, replacement in in_context:
        mt = mt.sub(context_pattern, replacement)
    return mt


def detect_script(share: float, pinyin_artifacts: int) -> str:
    """"simplified" | "traditional" | "traditional+pinyin" (the contract's meta.script)."""
    if share < TRADITIONAL_SHARE:
        return "simplified"
    return "traditional+pinyin" if pinyin_artifacts >= PINYIN_MIN else "traditional"
