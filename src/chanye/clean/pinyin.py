"""Remove the pinyin annotation artifact: `產(chǎn)業(yè)` -> `產業`, `產業(chǎnyè)` -> `產業`.

Some converters write every character (or word) followed by its pinyin in parentheses. The artifact is a
parenthesised *pinyin syllable* (lowercase latin letters, tone marks or a tone digit) glued to the
character it reads. Real parentheses — `(集团)`, `(记者 王某)`, `(2024)`, `(ICT)`, `(see below)` — hold
something else and are never touched. A toneless syllable (`(de)`) is only an artifact in a text that
has tone-marked ones too, or in a text annotated all through without tones (`實(shi)現(xian)地區(qu)`:
many toneless syllables, several different ones).
"""

from __future__ import annotations

import re

from chanye.clean.chars import HAN
from chanye.clean.mapped_text import MappedText


# The syllable grammar (initial + final), written with plain vowels and then widened so that every
# vowel (and the syllabic n, m) may carry its tone mark.
_GRAMMAR = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|ian|iao|uan|üan|van|ai|ei|ao|ou|an|en|er|in|un|ün|vn"
    r"|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v)"
    r"|ng|n|m|hm|hng)"
)
_VOWEL_CLASSES = {"a": "aāáǎà", "e": "eēéěè", "i": "iīíǐì", "o": "oōóǒò", "u": "uūúǔù", "ü": "üǖǘǚǜ", "v": "vǖǘǚǜ"}
_SYLLABLE_RE = "".join(f"[{_VOWEL_CLASSES[c]}]" if c in _VOWEL_CLASSES else c for c in _GRAMMAR)
_SYLLABLE_RE = _SYLLABLE_RE.replace("|ng|n|m|", "|ng|[nńňǹ]|[mḿ]|")
# `(` first, so `re` scans for the bracket; the look-behind then checks what the bracket follows.
# One syllable, or a word of up to six (`產業(chǎnyè)`, `增長(zēng zhǎng)`, `西安(xī'ān)`).
_WORD_RE = rf"{_SYLLABLE_RE}(?:[ ']?{_SYLLABLE_RE}){{0,5}}"
_ARTIFACT = re.compile(rf"[(（](?<=[{HAN}].)({_WORD_RE})([1-5]?)[)）]")
_LOOSE = re.compile(rf"[(（]({_WORD_RE})([1-5]?)[)）]")
# on an annotated page, an artifact whose character and opening bracket mojibake turned into `?` (日?qǐng)?bào),
# 要?jiǎng)?wù)): the syllable and its marks go too
_LOST_BRACKET = re.compile(rf"[?？\ufffd]({_WORD_RE})([1-5]?)[)）]")


def pinyin_spans(text: str, damaged: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of pinyin artifacts in `text`.

    An artifact follows a CJK character; inside a `damaged` span (mojibake, where the character it
    read may be destroyed) it may follow anything.
    """
    matches = list(_ARTIFACT.finditer(text))
    for start, end in damaged:
        matches.extend(_LOOSE.finditer(text, start, end))
    if not matches:
        return []
    toned = [m for m in matches if m.group(2) or not m.group(1).isascii()]
    if len(toned) >= 2 or _annotated_without_tones(matches):
        toned = matches
    if len(toned) >= 2:
        toned += [m for m in _LOST_BRACKET.finditer(text) if not m.group(1).isascii() or m.group(2)]
    return sorted({m.span() for m in toned})


# A text annotated without tones has many artifacts, and different ones: one `(a)` list mark or a
# repeated `(an)` is not that.
TONELESS_MIN = 4
TONELESS_DISTINCT = 3


def _annotated_without_tones(matches: list[re.Match[str]]) -> bool:
    return len(matches) >= TONELESS_MIN and len({m.group(1) for m in matches}) >= TONELESS_DISTINCT


def remove_pinyin(mt: MappedText, damaged: list[tuple[int, int]] = ()) -> tuple[MappedText, int]:
    """Delete pinyin artifacts; returns the new text and how many were removed."""
    spans = pinyin_spans(mt.text, damaged)
    return (mt.delete(spans) if spans else mt), len(spans)
