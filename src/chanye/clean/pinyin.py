"""Remove the pinyin annotation artifact: `產(chǎn)業(yè)` -> `產業`.

Some converters write every character followed by its pinyin in parentheses. The artifact is a
parenthesised *pinyin syllable* (lowercase latin letters, tone marks or a tone digit) glued to the
character it reads. Real parentheses — `(集团)`, `(记者 王某)`, `(2024)`, `(ICT)`, `(see below)` — hold
something else and are never touched. A toneless syllable (`(de)`) is only an artifact in a text that
has tone-marked ones too.
"""

from __future__ import annotations

import re

from chanye.clean.mapped_text import MappedText

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PLAIN = "aaaaeeeeiiiioooouuuuüüüünnnm"
_STRIP_TONES = str.maketrans(_TONED, _PLAIN)

_CANDIDATE = re.compile(rf"[(（]([a-zü{_TONED}]{{1,6}})([1-5]?)[)）]")
_CJK_BEFORE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|ian|iao|uan|üan|van|ai|ei|ao|ou|an|en|er|in|un|ün|vn"
    r"|ia|ie|iu|ua|uo|ui|üe|ve|ue|a|o|e|i|u|ü|v)"
    r"|ng|n|m|hm|hng"
)


def is_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(word.translate(_STRIP_TONES)) is not None


def pinyin_spans(text: str, damaged: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of pinyin artifacts in `text`.

    An artifact follows a CJK character; inside a `damaged` span (mojibake, where the character it
    read may be destroyed) it may follow anything.
    """
    toned: list[tuple[int, int]] = []
    toneless: list[tuple[int, int]] = []
    for m in _CANDIDATE.finditer(text):
        start = m.start()
        if not is_syllable(m.group(1)):
            continue
        glued = start > 0 and _CJK_BEFORE.match(text, start - 1) is not None
        if not glued and not any(s <= start < e for s, e in damaged):
            continue
        if m.group(2) or any(c in _TONED for c in m.group(1)):
            toned.append((start, m.end()))
        else:
            toneless.append((start, m.end()))
    if len(toned) < 2:
        return toned
    return sorted(toned + toneless)


def remove_pinyin(mt: MappedText, damaged: list[tuple[int, int]] = ()) -> tuple[MappedText, int]:
    """Delete pinyin artifacts; returns the new text and how many were removed."""
    spans = pinyin_spans(mt.text, damaged)
    return (mt.delete(spans) if spans else mt), len(spans)
