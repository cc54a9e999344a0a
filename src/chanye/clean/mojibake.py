"""Find mojibake: spans of a text whose characters were destroyed on the way.

Families:
- `question`: a `?` that stands for lost characters, followed by debris — kana, stray latin letters with
  tone marks, pinyin brackets cut loose, rare CJK (`?ぎa(chǎn)`, `?xì)淠芘c`);
- `gbk`: UTF-8 read as GBK (`鍙戝竷` for 发布, `鏂囩珷` for 文章);
- `latin1`: UTF-8 read as Latin-1 / cp1252 (`Ã¤`, `å¸‚`);
- `gbk_latin1`: GBK read as Latin-1 / cp1252 (`Ôö³¤` for 增长, `£¬` for `，`), also run straight into
  Chinese text; and that Latin-1 text written as UTF-8 and read as GBK again (`脠芦` for 全);
- `replacement`: U+FFFD runs and their classic GBK form `锟斤拷`; `??` where an encoder dropped characters.

Spans are generous — the whole damaged token — so nothing is ever extracted from a part of it; the rest
of the sentence stays usable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chanye.clean.chars import HAN, HAN_CHAR, KANA, TONED
from chanye.clean.script import t2s_char


_CJK_PUNCT = frozenset("，。、；：！？“”‘’（）《》【】…—")
# Damage close to damage is one damaged stretch: spans this near merge.
_MERGE_GAP = 4

# where damage starts: a `?` (or U+FFFD) standing for lost characters, or kana in Chinese text
_DAMAGE_START = re.compile(rf"[?？\ufffd{KANA}]")  # one class: a fast scan
_KANA_AFTER = re.compile(rf"[{HAN}(（)）a-zA-Z{TONED}]")  # kana after these is debris
_LATIN_DEBRIS = re.compile(rf"[a-zA-Z{TONED}()（）]")
_DEBRIS = re.compile(rf"[{KANA}a-zA-Zü{TONED}()（）;:'`^~{HAN}]")
_STRONG_DEBRIS = re.compile(rf"[{KANA}{TONED}]")

_REPLACEMENT = re.compile(r"(?:\ufffd|锟斤拷|烫烫烫|屯屯屯)+[?？\ufffd]*")  # run only where one of them is in the text
# characters an encoder could not write, as `??` inside Chinese
_LOST = re.compile(r"\?\?+")

# UTF-8 bytes of a CJK character start with E4-E9 (E2, E3, EF for quotes and full-width
# punctuation); read as GBK they pair into characters with that first byte, so a GBK mojibake run
# starts with one of those.
_GBK_LEADS = "".join(
    ch
    for lead in (0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEF)
    for trail in range(0x80, 0xC0)  # the second UTF-8 byte is a continuation byte (else no prefix decodes)
    for ch in [bytes([lead, trail]).decode("gbk", errors="ignore")]
    if len(ch) == 1
)
_GBK_RUN = re.compile(rf"[{re.escape(_GBK_LEADS)}][^\x00-\x7f\s，。、；：！？“”（）《》]{{1,60}}")  # bounded: no rescans of long runs

_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN1_BYTE = rf"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}"
# a character class first, so `re` scans for it quickly
_LATIN1_RUN = re.compile(rf"{_LATIN1_BYTE}(?:{_LATIN1_BYTE})*")
# GBK bytes of Chinese (GB2312: both bytes A1-FE; GBK's extension: a lead from 81) read one byte a character
_GBK_LATIN1_RUN = re.compile(rf"[\u00a1-\u00fe{_CP1252_HIGH}]{{2,}}")
# the same Latin-1 characters written as UTF-8 (C2/C3 + a continuation byte) and read as GBK again: `脠芦`
_TWICE_CHARS = "".join(
    ch
    for lead in (0xC2, 0xC3)
    for trail in range(0x80, 0xC0)
    for ch in [bytes([lead, trail]).decode("gbk", errors="ignore")]
    if len(ch) == 1
)
_TWICE_RUN = re.compile(rf"[{re.escape(_TWICE_CHARS)}]{{2,}}")
# Latin-1 À-ß written as UTF-8 and read as GBK (`脌`-`脽`): rare characters, in every such run of Chinese
_TWICE_SIGNS = frozenset(bytes([0xC3, t]).decode("gbk", errors="ignore") for t in range(0x80, 0xA0)) - {"", "脫"}  # 脫: 脱
# GBK lead bytes of Chinese read as Latin-1 are mostly letters À-÷; not ×, nor pinyin's toned letters
_GBK_LATIN1_SIGNS = frozenset(chr(c) for c in range(0xC0, 0xF8)) - set("×àáèéêìíòóùúü")


@lru_cache(maxsize=16384)
def is_common_cjk(char: str) -> bool:
    """A character of everyday Chinese: its simplified form is in GB2312 level 1."""
    simple = t2s_char(char)
    if len(simple) != 1:
        return False
    try:
        code = simple.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xB0 <= code[0] <= 0xD7


# Every family starts at one of these characters: one scan tells that most texts have no damage.
_ANY_SIGN = re.compile(rf"[?？\ufffd{KANA}{re.escape(_GBK_LEADS)}{re.escape(''.join(_TWICE_SIGNS))}\u00a1-\u00fe锟烫屯]")
_QUESTION_SIGNS = frozenset("?？\ufffd")
_KANA_CHAR = re.compile(rf"[{KANA}]")
_GBK_LEAD_SET = frozenset(_GBK_LEADS)
_REPLACEMENT_SIGNS = frozenset("\ufffd锟烫屯?")  # `?` for `??`


def find_mojibake(text: str) -> list[tuple[int, int, str]]:
    """(start, end, family) of each damaged span, in order, not overlapping."""
    signs = set(_ANY_SIGN.findall(text))
    if not signs:
        return []
    # a family whose starting characters are not in the text finds nothing: skip its scan
    spans = []
    if signs & _QUESTION_SIGNS or any(_KANA_CHAR.match(c) for c in signs):
        spans += _question_spans(text)
    if signs & _GBK_LEAD_SET:
        spans += _gbk_spans(text)
    if any("\u00c2" <= c <= "\u00f4" for c in signs):
        spans += _latin1_spans(text)
    if signs & _GBK_LATIN1_SIGNS:  # `·`, `°`, `×`, pinyin's `é` alone are real
        spans += _gbk_latin1_spans(text)
    if signs & _TWICE_SIGNS:
        spans += _gbk_latin1_twice_spans(text)
    if signs & _REPLACEMENT_SIGNS:
        spans += _replacement_spans(text)
    spans.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, family in spans:
        if merged and start <= merged[-1][1] + _MERGE_GAP and "\n" not in text[merged[-1][1] : start]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, family))
    return merged


def _question_spans(text: str) -> list[tuple[int, int, str]]:
    """A `?` followed by debris; or kana inside Chinese, with the latin debris around it."""
    out = []
    covered = 0
    for m in _DAMAGE_START.finditer(text):
        start = m.start()
        if start < covered:
            continue
        if text[start] not in "?？\ufffd":  # kana: the latin debris just before belongs to it
            if start == 0 or not _KANA_AFTER.match(text, start - 1):
                continue
            while start > 0 and (
                _LATIN_DEBRIS.match(text, start - 1)
                or (HAN_CHAR.match(text, start - 1) and not is_common_cjk(text[start - 1]))
            ):
                start -= 1
        end, strong, latin, rare = _debris_end(text, m.start() + 1)
        strong = strong or text[m.start()] not in "?？\ufffd"
        # a bracket left open at the end belongs to the debris, one left over does not
        while end > start + 1 and text[end - 1] in "(（":
            end -= 1
        if strong or (latin and rare):
            out.append((start, end, "question"))
            covered = end
    return out


def _debris_end(text: str, end: int) -> tuple[int, bool, bool, bool]:
    """Scan debris from `end`: where it stops, and whether it had kana/tones, latin, rare CJK."""
    strong = latin = rare = False
    while end < len(text) and _DEBRIS.match(text, end):
        char = text[end]
        if HAN_CHAR.match(char):
            if is_common_cjk(char):
                break
            rare = True
        elif _STRONG_DEBRIS.match(char):
            strong = True
        elif char.isascii() and char.isalpha():
            latin = True
        end += 1
    return end, strong, latin, rare


def _gbk_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    m = _GBK_RUN.search(text)
    while m:
        decoded_chars = _gbk_utf8_prefix(m.group())
        if not decoded_chars:
            m = _GBK_RUN.search(text, m.start() + 1)
            continue
        end = m.start() + decoded_chars
        # the last, half-destroyed character often shows as `?` or one more odd character
        if end < len(text) and (text[end] in "?？\ufffd" or (HAN_CHAR.match(text[end]) and not is_common_cjk(text[end]))):
            end += 1
        out.append((m.start(), end, "gbk"))
        m = _GBK_RUN.search(text, end)
    return out


def _gbk_utf8_prefix(run: str) -> int:
    """How many characters at the start of `run` are UTF-8 bytes of everyday Chinese read as GBK."""
    try:
        raw = run.encode("gbk")
    except UnicodeEncodeError:
        raw = b"".join(c.encode("gbk", errors="replace") for c in run)
    try:
        decoded = raw.decode("utf-8")
        used = len(raw)
    except UnicodeDecodeError as exc:
        used = exc.start
        decoded = raw[:used].decode("utf-8")
    # a last character that is no everyday Chinese took its bytes from the real text after the run
    # (`銆` + `今` read back as `。` + `〽`): the run ends before it
    while decoded and not _everyday(decoded[-1]):
        used -= len(decoded[-1].encode("utf-8"))
        decoded = decoded[:-1]
    if len(decoded) < 2:
        return 0
    common = sum(1 for c in decoded if _everyday(c))
    if common * 5 < len(decoded) * 4:
        return 0
    return (used + 1) // 2


def _everyday(char: str) -> bool:
    return char in _CJK_PUNCT or bool(HAN_CHAR.match(char) and is_common_cjk(char))


def _latin1_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LATIN1_RUN.finditer(text):
        raw = bytearray()
        for char in m.group():
            try:
                raw += char.encode("cp1252")
            except UnicodeEncodeError:
                raw += char.encode("latin-1", errors="replace")
        try:
            decoded = bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            decoded = bytes(raw).decode("utf-8", errors="replace")
            if decoded.count("\ufffd") * 2 > len(decoded):
                continue
        if any(ord(c) > 0x7F for c in decoded):
            out.append((m.start(), m.end(), "latin1"))
    return out


def _gbk_latin1_spans(text: str) -> list[tuple[int, int, str]]:
    return _reread_spans(text, _GBK_LATIN1_RUN, _latin1_bytes)


def _gbk_latin1_twice_spans(text: str) -> list[tuple[int, int, str]]:
    return _reread_spans(text, _TWICE_RUN, _twice_bytes)


def _reread_spans(text: str, runs_of: re.Pattern, to_bytes) -> list[tuple[int, int, str]]:
    """Runs whose bytes (`to_bytes`) read back as GBK to everyday Chinese, joined across the ASCII between
    them (figures, `%`: GBK leaves them as they are) into one damaged stretch. A run of one character's
    bytes (`Ôª` for 元) counts only in a stretch with a longer one: alone, it is too often real."""
    runs = []
    for m in runs_of.finditer(text):
        run = m.group()
        if len(set(run)) == 1:
            continue  # `××××`, `······`: placeholders and dot leaders, not bytes
        raw = to_bytes(run)
        if raw is None:
            continue
        decoded = raw.decode("gbk", errors="replace")
        if sum(1 for c in decoded if _everyday(c)) * 5 >= len(decoded) * 4:
            runs.append([m.start(), m.end(), len(decoded) >= 2])
    stretches: list[list] = []
    for run in runs:
        last = stretches[-1] if stretches else None
        if last and _ASCII_GAP.fullmatch(text, last[1], run[0]):
            last[1], last[2] = run[1], last[2] or run[2]
        else:
            stretches.append(run)
    return [(s, e, "gbk_latin1") for s, e, strong in stretches if strong]


def _latin1_bytes(run: str) -> bytes:
    return b"".join(c.encode("cp1252") if c in _CP1252_HIGH else c.encode("latin-1") for c in run)


def _twice_bytes(run: str) -> bytes | None:
    """`脠芦` for 全: GBK bytes read as Latin-1, written as UTF-8, read as GBK again."""
    try:
        return _latin1_bytes(run.encode("gbk").decode("utf-8"))
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


_ASCII_GAP = re.compile(r"[\x21-\x7e ]{0,12}")  # figures and signs between runs, on one line


def _replacement_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    if any(sign in text for sign in ("\ufffd", "锟斤拷", "烫烫烫", "屯屯屯")):
        out += [(m.start(), m.end(), "replacement") for m in _REPLACEMENT.finditer(text)]
    if "??" in text:
        for m in _LOST.finditer(text):
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if HAN_CHAR.match(before) or HAN_CHAR.match(after):
                out.append((m.start(), m.end(), "replacement"))
    return out
