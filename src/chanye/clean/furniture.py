"""Page furniture: the parts of a scraped page that are not the article.

Works line by line on simplified, width-normalised text, with the cue lexicons of furniture.yaml:
navigation trails and slogans, related / hot / ranked lists (a header line and the list items after
it), copyright and disclaimer blocks, contact lines, image file names and photo captions, bylines and
article widgets, share widgets, captcha prompts, view counters. A line is furniture only on a strong
cue; body sentences that mention 版权, 来源 or 电话 in passing stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_COLON = "：:"
_IMAGE_NAME = re.compile(r"[^\s/\\\"'()（）]*\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg)(?:\.(?:jpe?g|png))?(?![a-zA-Z])", re.I)
_MD_IMAGE = re.compile(r"[!！]\[[^\]\n]*\]\([^)\n]*\)")
_IMAGE_URL = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|bmp|webp)\S*", re.I)
_PHONE = re.compile(r"(?<!\d)(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+(?:@|#|＠)[\w-]+(?:\.[\w-]+)+")
_DATE_LED = re.compile(
    r"^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2})(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
)
_TIME_ONLY = re.compile(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
_NUMBER_ONLY = re.compile(r"^\d{1,7}$")
_LIST_ITEM = re.compile(r"^(?:[-*•·]\s*\d{1,3}\s|\d{1,2}[.、]\s*\S.{0,40}(?:\.\.\.|…)$|[-*]\s+\S)")
_TRUNCATED = re.compile(r"(?:\.\.\.|…+|\.\.)$")
_BULLET = re.compile(r"^[•·●◆■▪►]\s*")
_TRAIL = re.compile(r"(?:首页|主页|首 页)\s*(?:>|＞|»|›|/|→)|(?:>|＞|»|›)\s*正文$")
_PHOTOGRAPHER = re.compile(r"(?:^|[\s。）)”])(?:[\u4e00-\u9fff]{0,8}记者)?\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3}\s*摄(?:影)?$")
_PROSE_MIN = 40
# Inside a related list everything is "related" except what is furniture of its own right.
_OWN_KIND_IN_LISTS = frozenset({"copyright", "contact", "navigation", "share", "captcha"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    list_headers: frozenset[str]
    prefix: tuple[tuple[str, str], ...]  # (cue, kind), longest cue first
    contains: tuple[tuple[str, str], ...]
    exact: dict[str, str]
    caption_prefix: tuple[str, ...]
    caption_suffix: tuple[str, ...]
    caption_contains: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load((resources.files("chanye.clean") / "furniture.yaml").read_text(encoding="utf-8"))

    def pairs(section: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
        items = [(str(cue), kind) for kind, cues in section.items() for cue in cues]
        return tuple(sorted(items, key=lambda p: -len(p[0])))

    return Lexicon(
        list_headers=frozenset(data["list_headers"]),
        prefix=pairs(data["prefix"]),
        contains=pairs(data["contains"]),
        exact={str(cue): kind for kind, cues in data["exact"].items() for cue in cues},
        caption_prefix=tuple(data["caption_prefix"]),
        caption_suffix=tuple(data["caption_suffix"]),
        caption_contains=tuple(data["caption_contains"]),
    )


@dataclass(slots=True)
class Line:
    start: int  # in the text, the line's first character
    end: int  # past its newline
    text: str  # stripped
    kind: str | None = None  # furniture kind, None for body
    inline: tuple[tuple[int, int], ...] = ()  # spans of the text to remove from a body line


def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        lines.append(Line(pos, pos + len(raw), raw.strip()))
        pos += len(raw)
    return lines


def is_prose(text: str) -> bool:
    """Clear article prose: a long line of sentences, not a truncated teaser."""
    return (
        len(text) >= _PROSE_MIN
        and text.rstrip("”’」』）)")[-1:] in ("。", "！", "？")
        and not _TRUNCATED.search(text)
        and ("，" in text or "、" in text)
    )


def list_header(text: str) -> bool:
    core = text.rstrip("：:>》» ").removesuffix("更多").rstrip("：:>》» ")
    return core in lexicon().list_headers


def classify(text: str) -> list[Line]:
    """Every line of `text` with its furniture kind (None for body)."""
    lex = lexicon()
    lines = split_lines(text)
    first_prose = next((i for i, ln in enumerate(lines) if is_prose(ln.text)), len(lines))
    in_list = False
    for i, line in enumerate(lines):
        t = line.text
        if not t:
            continue
        if list_header(t):
            line.kind = "related"
            in_list = True
            continue
        kind = line_kind(t, lex, head=i < first_prose)
        if in_list:
            if kind is None and is_prose(t):
                in_list = False
            else:
                line.kind = kind if kind in _OWN_KIND_IN_LISTS else "related"
                continue
        if kind:
            line.kind = kind
        else:
            raw = text[line.start : line.end]
            line.inline = inline_spans(t, line.start + len(raw) - len(raw.lstrip()))
    return lines


def line_kind(t: str, lex: Lexicon, head: bool = False) -> str | None:
    """The furniture kind of one stripped line, or None for body."""
    if t in lex.exact:
        return lex.exact[t]
    for cue, kind in lex.contains:
        if cue in t:
            if kind == "contact" and len(t) > 80 and not (_PHONE.search(t) or _EMAIL.search(t)):
                continue
            return kind
    for cue, kind in lex.prefix:
        if t.startswith(cue):
            rest = t[len(cue) :]
            if not rest or rest[0] in _COLON or rest[0] == " " or rest[0] == "】":
                if kind == "contact" and len(t) > 80:
                    continue
                return kind
    if _image_line(t):
        return "image"
    if _caption_line(t, lex):
        return "caption"
    if _TRAIL.search(t):
        return "navigation"
    if _BULLET.match(t) and len(t) <= 30 and t[-1] not in "。！？":
        return "navigation"
    m = _DATE_LED.match(t)
    if m and m.end() > 4:
        rest = t[m.end() :]
        if len(rest) <= 30 and "。" not in rest and "，" not in rest:
            return "byline"
    if _TIME_ONLY.match(t):
        return "byline"
    if head and _NUMBER_ONLY.match(t):
        return "counter"
    if _contact_line(t):
        return "contact"
    if _LIST_ITEM.match(t) and len(t) <= 60:
        return "related"
    return None


def _image_line(t: str) -> bool:
    """A file name, an image link, or a caption that ends with its image's file name."""
    rest = _IMAGE_URL.sub("", _MD_IMAGE.sub("", t))
    if not rest.strip():
        return True
    m = None
    for m in _IMAGE_NAME.finditer(rest):
        pass
    if m is None:
        return False
    return m.end() >= len(rest.rstrip()) or len(rest) - (m.end() - m.start()) <= 8


def _caption_line(t: str, lex: Lexicon) -> bool:
    if len(t) > 160:
        return False
    if t.startswith(lex.caption_prefix):
        return True
    if _PHOTOGRAPHER.search(t):
        return True
    if len(t) <= 14 and t.endswith(lex.caption_suffix) and t[-1] not in "。，":
        return True
    return len(t) <= 80 and any(cue in t for cue in lex.caption_contains)


def _contact_line(t: str) -> bool:
    """A line that is mostly phone numbers and e-mail addresses."""
    found = sum(len(m.group()) for m in _PHONE.finditer(t)) + sum(len(m.group()) for m in _EMAIL.finditer(t))
    return found > 0 and found * 2 >= len(t.replace(" ", ""))


def inline_spans(t: str, base: int) -> tuple[tuple[int, int], ...]:
    """Image links and file names inside a body line (the line stays, the tokens go)."""
    found = sorted(m.span() for pattern in (_MD_IMAGE, _IMAGE_URL, _IMAGE_NAME) for m in pattern.finditer(t))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return tuple((base + s, base + e) for s, e in merged)
