"""Character width and spacing: one spelling for digits, letters and punctuation.

- full-width digits, letters and symbols (`２０２４`, `ＩＣＴ`, `％`, `．`) become ASCII; small form variants
  (`﹔`, `﹐`) become the full-width punctuation they stand for;
- ASCII `, : ; ! ? ( )` that sit in Chinese text become `，：；！？（）` (the form the articles' own
  punctuation takes), while `3:0`, `1,000`, `(ICT 2024)` between latin/digits stay ASCII; a pair typed
  half full-width, half ASCII (`（3.9%)`) becomes full width;
- odd spaces (no-break, ideographic, thin, tab) become a plain space; zero-width characters, soft
  hyphens and the CR of CRLF go; a lone CR, U+2028/2029 end a line.

- a space between a figure and the Chinese around it goes (`增长 5.6 %`, `突破 1 万亿元`, `2025 年`):
  the number and its unit or verb are one token, as in the pages that write them without spaces; a
  space after `%` stays (between two clauses it is the break).

Replacements are char-for-char, so offsets stay 1:1; only the deletions shorten the text.
"""

from __future__ import annotations

import html
import re

from chanye.clean.chars import CHINESE, HAN
from chanye.clean.mapped_text import MappedText

_FULL_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
# Chinese punctuation keeps its full-width form; only digits, letters and symbols become ASCII.
for _keep in "，：；！？（）":
    _FULL_TO_ASCII.pop(ord(_keep))
_FULL_TO_ASCII.update({0x00A0: 0x20, 0x3000: 0x20, 0x2007: 0x20, 0x202F: 0x20, 0x09: 0x20, 0x0B: 0x20, 0x0C: 0x20})
_FULL_TO_ASCII.update({c: 0x20 for c in range(0x2000, 0x200B)})
_FULL_TO_ASCII.update({0x2028: 0x0A, 0x2029: 0x0A, 0x85: 0x0A})
# Small form variants (Big5 pages write ﹔ and ﹐ between clauses): the full-width punctuation they stand for.
_FULL_TO_ASCII.update({ord(small): ord(full) for small, full in zip("﹐﹑﹔﹕﹖﹗﹙﹚﹪", "，、；：？！（）%")})

# the class once, then a repeat: `re` scans fast only to a leading class (`[...]+` is tried everywhere)
_WIDE = re.compile(("[" + re.escape("".join(map(chr, _FULL_TO_ASCII))) + "]") * 2 + "*")

_INVISIBLE = re.compile(r"\r(?=\n)|[\u200b-\u200d\u2060\ufeff\u00ad]")
_INVISIBLE_CHARS = "\r\u200b\u200c\u200d\u2060\ufeff\u00ad"  # what the two patterns can touch
_LONE_CR = re.compile(r"\r")  # an old-style line end on its own

_PUNCT_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
# An ASCII , : ; ! ? with Chinese on at least one side (spaces between do not count).
_LONE_PUNCT = re.compile(rf"[,:;!?](?:(?=[{CHINESE}])|(?<=[{CHINESE}].))")
# An ASCII parenthesis pair on one line: full-width when Chinese is inside or just outside it.
_PAREN_PAIR = re.compile(r"\(([^()\n]{0,400})\)")
_CHINESE_CHAR = re.compile(rf"[{CHINESE}]")
# A pair typed with one full-width and one ASCII bracket (`（3.9%)`, `(部口径）`): full width both.
_MIXED_OPEN = re.compile(r"（([^()（）\n]{0,400})\)")
_MIXED_CLOSE = re.compile(r"\(([^()（）\n]{0,400})）")


# One space (tidy text has no runs) between Han and a digit, or between a digit and Han, %, ‰, or before a
# decimal point (是2011年的2 .7倍: a PDF's line break inside the number; not after one: `2. 50个项目` numbers an item). A space
# after `%` stays: `增长5.6% 全年…` is a clause break there (and `单位：% 全年` a label).
# The literal space first: `re` scans fast to it.
_NUMBER_GAP = re.compile(rf" (?:(?<=[{HAN}] )(?=\d)|(?<=\d )(?=[{HAN}%‰])|(?<=\d )(?=\.\d))")


def close_number_gaps(mt: MappedText) -> MappedText:
    """Delete the space between a figure and the Chinese next to it (expects tidy text)."""
    text = mt.text
    if " " not in text:
        return mt
    return mt.delete(m.span() for m in _NUMBER_GAP.finditer(text) if not _item_number(text, m.start()))


def _item_number(text: str, space: int) -> bool:
    """A short number opening a line is an item number (`1 加快建设…`), not a figure: its space stays."""
    line_start = text.rfind("\n", max(0, space - 3), space) + 1
    return (line_start > 0 or space <= 2) and text[line_start:space].isdigit() and space - line_start <= 2


# HTML character references a text export left behind (`&nbsp;`, `&#37;`, `&amp;nbsp;`).
_ENTITY = re.compile(r"&(?:amp;)?(?:[a-zA-Z]{2,8}\d{0,2}|#\d{2,6}|#[xX][0-9a-fA-F]{2,6});")


def decode_entities(mt: MappedText) -> MappedText:
    """`&nbsp;` -> no-break space, `&#37;` -> `%` (then width turns them into the plain forms)."""
    if "&" not in mt.text:
        return mt
    return mt.sub(_ENTITY, _decoded)


def _decoded(m: re.Match[str]) -> str:
    entity = m.group()
    out = html.unescape(html.unescape(entity))
    # an unknown name, or one that decodes to a control character, stays as written
    return out if len(out) == 1 and (out.isprintable() or out == "\u00a0") else entity


def remove_invisible(mt: MappedText) -> MappedText:
    """Drop zero-width characters, soft hyphens and the CR of CRLF; a lone CR ends a line."""
    # most texts have none of these: a few `in` tests are cheaper than a regex scan
    if not any(char in mt.text for char in _INVISIBLE_CHARS):
        return mt
    mt = mt.sub(_INVISIBLE, "")
    return mt.sub(_LONE_CR, "\n") if "\r" in mt.text else mt


def normalise_width(mt: MappedText) -> MappedText:
    return normalise_punctuation(unify_width(mt))


def unify_width(mt: MappedText) -> MappedText:
    """Full-width digits, letters and symbols and odd spaces -> ASCII, char for char (no punctuation
    rule: that one looks at the neighbours, which pinyin artifacts still hide at this point)."""
    text = _WIDE.sub(_to_ascii, mt.text)  # sparse in most texts: cheaper than str.translate
    return mt.same_length(text)


def _to_ascii(m: re.Match[str]) -> str:
    return m.group().translate(_FULL_TO_ASCII)


def normalise_punctuation(mt: MappedText) -> MappedText:
    """ASCII , : ; ! ? ( ) in Chinese text -> full width (again after lines are rejoined)."""
    text = mt.text
    # after width normalisation ASCII punctuation is rare: `in` tests spare most texts two scans
    if any(char in text for char in _PUNCT_FULL):
        text = _LONE_PUNCT.sub(lambda m: _PUNCT_FULL[m.group()], text)
    if "(" in text:
        text = _PAREN_PAIR.sub(_full_parens, text)
        if "）" in text:
            text = _MIXED_CLOSE.sub(r"（\1）", text)
    if ")" in text and "（" in text:
        text = _MIXED_OPEN.sub(r"（\1）", text)
    return mt.same_length(text)


def _full_parens(m: re.Match[str]) -> str:
    text = m.string
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if _CHINESE_CHAR.search(m.group(1)) or _CHINESE_CHAR.match(before) or _CHINESE_CHAR.match(after):
        return f"（{m.group(1)}）"
    return m.group()
