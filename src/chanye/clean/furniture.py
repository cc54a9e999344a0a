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

from chanye.clean.chars import HAN_CHAR
from chanye.clean.layout import split_figure

_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg)(?:\.(?:jpe?g|png))?(?![a-zA-Z])", re.I)
# (alternatives that open with a literal each: `re` then scans fast to their first characters)
_INLINE_SIGN = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg)|!\[|！\[", re.I)
_NOT_IN_NAME = frozenset(" \t/\\\"'()（）")
_MD_IMAGE = re.compile(r"[!！]\[[^\]\n]*\]\([^)\n]*\)")
_IMAGE_URL = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|bmp|webp)\S*", re.I)
# a finance site's live quote after a listed company's name: 新华联(7.900, 0.06, 0.77%) — price, change, change %
_STOCK_QUOTE = re.compile(r"[(（]\d+\.\d{2,3}[,，] ?[+-]?\d+\.\d{2,3}[,，] ?[+-]?\d+\.\d{1,2}%[)）]")
_PHONE = re.compile(r"(?<!\d)(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|#|＠)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_DATE_LED = re.compile(
    r"^(?:\d{4}(?:([-/.])\d{1,2}\1\d{1,2}|年\d{1,2}月\d{1,2}日)|\d{1,2}[-/]\d{1,2})(?![\d月日年号])(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
)
_TIME_ONLY = re.compile(r"^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
# an e-paper's page header: the paper (an edition note too: 某某日报(汉)), then its date's parts between slashes
_EPAPER_HEADER = re.compile(r"[^/\s]{2,16}\s*/\s*(?:19|20)\d{2}\s*年\s*/\s*\d{1,2}\s*月\s*/\s*\d{1,2}\s*日")
_NUMBER_ONLY = re.compile(r"^\d{1,7}$")
_LIST_ITEM = re.compile(r"^(?:[-*•·]\s*\d{1,3}\s|\d{1,2}[.、]\s*\S.{0,40}(?:\.\.\.|…)$)")
_TRUNCATED = ("..", "…")
_MENU_BAR = re.compile(r"\s*[|｜丨]\s*|\s{2,}")
_MENU_PUNCT = re.compile(r"[，。、；：！？,;:!?“”%\d]")  # a table row has figures, a menu does not
_MENU_ITEM_MAX = 8
_MENU_MANY_ITEMS = 5  # a row this long of short items is a menu though one item has a comma
_DIGIT = re.compile(r"\d")
_BULLET = re.compile(r"^[•·●◆■▪►]\s*")
_BULLET_ITEM_MAX = 10  # a menu entry or a slogan half: 政务公开, 园区概况, 建设文明城市
_TRAIL = re.compile(r"(?:首页|主页|首 页)\s*(?:>|＞|»|›|/|→)|(?:>|＞|»|›)\s*正文$")
_PHOTOGRAPHER = re.compile(r"(?:^|[\s。）)”（(])(?:[\u4e00-\u9fff·]{0,10}记者)?\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3}\s*摄(?:影)?$")
_PROSE_MIN = 40
_CAPTION_SUFFIX_MAX = 14  # 发布会现场, 签约仪式现场: a caption is short
_SUSPECT_FIRST = frozenset("0123456789-*•·●◆■▪►!！[【（(")
_SHORT_SUSPECT = 60
_SUSPECT_ENDS = ("摄", "摄影", "摄）", "摄)", "正文", "..", "…")
# Furniture that comes as whole sentences (disclaimers, contact notices); other kinds never do.
_LONG_KINDS = frozenset({"copyright", "contact"})
_NOTICE_CUE_WITHIN = 12  # 江苏苏讯网版权及免责声明：… (a site name, then the cue)
# Inside a related list everything is "related" except what is furniture of its own right.
_OWN_KIND_IN_LISTS = frozenset({"copyright", "contact", "navigation", "share", "captcha"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    list_headers: frozenset[str]
    prefix: re.Pattern[str]  # a cue at the start of a line, then a colon, a space or the end
    prefix_kind: dict[str, str]
    pattern_prefix: tuple[tuple[re.Pattern[str], str], ...]  # (a regex at the start of a line, its kind)
    pattern_trailer: tuple[tuple[re.Pattern[str], str], ...]  # (a regex glued after body text: cut to the line's end, its kind)
    pattern_leader: tuple[tuple[re.Pattern[str], str], ...]  # (a regex glued before body text, from the line's start)
    contains: re.Pattern[str]  # a cue anywhere in a line
    contains_kind: dict[str, str]
    exact: dict[str, str]
    caption_prefix: tuple[str, ...]
    caption_suffix: tuple[str, ...]
    caption_contains: re.Pattern[str]
    counter: re.Pattern[str]  # 1234人阅读, 阅读 1234, 浏览次数：56, 点赞 12 评论 3
    counter_lead: re.Pattern[str]  # `0次浏览     发布时间：…`: a counter before other furniture on its line
    # A cue inside a line that can make it furniture (contains cues, image names, contacts, trails);
    # a line with none of these and no suspect start or end is body without a closer look.
    suspect: tuple[re.Pattern[str], ...]


def _alternation(cues) -> str:
    """A regex matching any of `cues`, the longest where several start at one place.

    Written as a trie (`关(?:于我们|注(?:我们|微信公众号))`): `re` tries the branches of an alternation
    one by one, so a flat list of a hundred cues is slow to scan; in a trie one branch per character
    is tried. Greedy optional tails give the longest cue first, as a flat list sorted by length did.
    """
    tree: dict = {}
    for cue in cues:
        node = tree
        for char in cue:
            node = node.setdefault(char, {})
        node[""] = {}  # a cue ends here
    return _trie_regex(tree)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load((resources.files("chanye.clean") / "furniture.yaml").read_text(encoding="utf-8"))

    def kinds(section: dict[str, list[str]]) -> dict[str, str]:
        return {str(cue): kind for kind, cues in section.items() for cue in cues}

    prefix_kind = kinds(data["prefix"])
    contains_kind = kinds(data["contains"])
    # one scan of literals: the contains cues and the other signs (@ # |, links, 首页, image names)
    signs = ["@", "＠", "#", "|", "｜", "http://", "https://", "首页", "主页"]
    signs += ["." + ext for ext in ("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "svg")]
    signs += [".JPG", ".JPEG", ".PNG", ".GIF"]
    pattern_prefix = tuple((re.compile(p), kind) for kind, ps in data["pattern_prefix"].items() for p in ps)
    pattern_trailer = tuple((re.compile(p), kind) for kind, ps in (data.get("pattern_trailer") or {}).items() for p in ps)
    pattern_leader = tuple((re.compile(p), kind) for kind, ps in (data.get("pattern_leader") or {}).items() for p in ps)
    suspect = (
        re.compile(_alternation(list(contains_kind) + list(data["caption_contains"]) + signs)),
        *(re.compile("^(?:" + p.pattern + ")") for p, _ in pattern_prefix),
    )
    return Lexicon(
        list_headers=frozenset(data["list_headers"]),
        prefix=re.compile(rf"(?:{_alternation(prefix_kind)})(?=[:：\s】/／|｜丨]|$)"),
        prefix_kind=prefix_kind,
        pattern_prefix=pattern_prefix,
        pattern_trailer=pattern_trailer,
        pattern_leader=pattern_leader,
        contains=re.compile(_alternation(contains_kind)),
        contains_kind=contains_kind,
        exact=kinds(data["exact"]),
        caption_prefix=tuple(data["caption_prefix"]),
        caption_suffix=tuple(data["caption_suffix"]),
        caption_contains=re.compile(_alternation(data["caption_contains"])),
        suspect=suspect,
        counter=re.compile(
            rf"^(?:(?:{_alternation(data['counter_words'])})(?:量|数|次数)?\s*[:：]?\s*\d+\s*(?:次|人)?\s*){{1,4}}$"
            rf"|^\d+\s*(?:人|次)(?:{_alternation(data['counter_words'])})$"
        ),
        counter_lead=re.compile(rf"^\d+\s*(?:人|次)(?:{_alternation(data['counter_words'])})\s+(?=\S)"),
    )


@dataclass(slots=True)
class Line:
    start: int  # in the text, the line's first character
    end: int  # past its newline
    text: str  # stripped
    kind: str | None = None  # furniture kind, None for body
    inline: tuple[tuple[int, int, str], ...] = ()  # spans of the text to remove from a body line, with their kind


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw) + 1
        stripped = raw.strip()
        if stripped:
            lines.append(Line(pos, end, stripped))
        pos = end
    if lines and lines[-1].end > len(text):  # only the last line has no newline to be past
        lines[-1].end = len(text)
    return lines


def is_prose(text: str) -> bool:
    """Clear article prose: a long line of sentences, not a truncated teaser (a table cell's bar after
    it, `…。 |`, is no part of it)."""
    text = text.rstrip(" |｜丨")
    return (
        len(text) >= _PROSE_MIN
        and text.rstrip("”’」』）)")[-1:] in ("。", "！", "？")
        and not text.endswith(_TRUNCATED)
        and ("，" in text or "、" in text)
    )


def list_header(text: str) -> bool:
    if len(text) > 16:
        return False
    core = text.strip("【】[]「」■▌|｜ ").rstrip("：:>》»› ").removesuffix("更多").rstrip("：:>》»›【】[] ")
    return core in lexicon().list_headers


def classify(text: str) -> list[Line]:
    """Every line of `text` with its furniture kind (None for body)."""
    lines = split_lines(text)  # non-blank lines only
    first_prose = next((i for i, ln in enumerate(lines) if is_prose(ln.text)), len(lines))
    in_list = False
    for i, line in enumerate(lines):
        t = line.text
        trailer = _trailer(t)
        if trailer:
            t = t[: trailer[0]]  # 总投资86亿元。--> 2024-07-12 …: the body before a glued trailer is the line read
        leader = _leader(t)
        line_text, t = t, (t[leader[1] :] if leader else t)  # 图为会议现场。某某 摄中新网记者…: the body after a glued caption
        header, suspect = _line_signs(t)
        if header:
            line.kind = "related"
            in_list = True
            continue
        kind = _kind(t, i < first_prose) if in_list or suspect else None
        if kind == "counter" and 0 < i < len(lines) - 1 and split_figure(lines[i - 1].text, t, lines[i + 1].text):
            kind = None  # 货物进出口总额 / 933 / 亿元: a figure on a line of its own, not a page counter
        if in_list:
            if kind is None and is_prose(t) and not _teaser(lines, i + 1):
                in_list = False
            else:
                line.kind = kind if kind in _OWN_KIND_IN_LISTS else "related"
                continue
        if kind:
            line.kind = kind
            continue
        spans = [(s, e, "image") for s, e in _inline(line_text)] if "." in line_text else []
        if "%" in line_text:
            spans = sorted(spans + [(*m.span(), "stock quote") for m in _STOCK_QUOTE.finditer(line_text)])
        if leader:
            spans.insert(0, leader)
        if trailer:
            spans.append(trailer)
        if spans:
            raw = text[line.start : line.end]
            base = line.start + len(raw) - len(raw.lstrip())
            line.inline = tuple((base + s, base + e, k) for s, e, k in spans)
    return lines


# Pages repeat their furniture lines (menus, footers, bylines) and sites repeat them across pages, so
# the per-line verdicts, pure functions of the stripped line, are memoised.
_LINE_CACHE = 1 << 13  # lines of about 80 characters: a few MB at most


@lru_cache(maxsize=_LINE_CACHE)
def _line_signs(t: str) -> tuple[bool, bool]:
    """(a list header, worth a closer look): a suspect cue inside the line or a suspect start or end.

    A cue never spans a line break nor starts or ends with a space, so searching the stripped line
    finds exactly the cues a scan of the whole text would place on this line.
    """
    lex = lexicon()
    suspect = any(p.search(t) for p in lex.suspect) or _suspect_edges(t, lex)
    return list_header(t), suspect


@lru_cache(maxsize=_LINE_CACHE)
def _kind(t: str, head: bool) -> str | None:
    return line_kind(t, lexicon(), head)


@lru_cache(maxsize=_LINE_CACHE)
def _inline(t: str) -> tuple[tuple[int, int], ...]:
    # every inline token has an image extension or a markdown image's `![` (most lines have neither)
    if not _INLINE_SIGN.search(t):
        return ()
    return inline_spans(t, 0)


@lru_cache(maxsize=_LINE_CACHE)
def _leader(t: str) -> tuple[int, int, str] | None:
    """A photo caption with its credit glued before body text (图为会议现场。某某 摄中新网记者从报告中获悉，…): its span,
    from the line's start to the spaces after it, and its kind; None where there is none or nothing follows it."""
    for pattern, kind in lexicon().pattern_leader:
        m = pattern.match(t)
        if m and t[m.end() :].strip():
            return 0, len(t) - len(t[m.end() :].lstrip()), kind
    return None


@lru_cache(maxsize=_LINE_CACHE)
def _trailer(t: str) -> tuple[int, int, str] | None:
    """A furniture trailer glued after body text (…总投资86亿元。--> 2024-07-12 … /enpproperty-->): its span, from the
    spaces before it to the line's end, and its kind; None where there is none (or it starts the line: the line's
    own kind says so)."""
    for pattern, kind in lexicon().pattern_trailer:
        m = pattern.search(t, 1)
        if m:
            body = t[: m.start()].rstrip()
            if body:
                return len(body), len(t), kind
    return None


def _teaser(lines: list[Line], after: int) -> bool:
    """A whole sentence inside a list is an item's teaser when a time stamp or a cut headline follows."""
    if after >= len(lines):
        return False
    nxt = lines[after].text
    m = _DATE_LED.match(nxt)
    return bool(m and m.end() > 4 and len(nxt) - m.end() <= 30) or _TIME_ONLY.match(nxt) is not None or nxt.endswith(_TRUNCATED)


def _suspect_edges(t: str, lex: Lexicon) -> bool:
    """A start or an end that can make a line furniture (cheap checks, no scan of the line)."""
    short = len(t) <= _SHORT_SUSPECT  # time stamps, list items, menus, bracketed bylines are short
    return (
        t in lex.exact
        or (short and (t[0] in _SUSPECT_FIRST or t.count(" ") >= 2))
        or t.endswith(_SUSPECT_ENDS)
        or (len(t) <= _CAPTION_SUFFIX_MAX and t.endswith(lex.caption_suffix))
        or t.startswith(lex.caption_prefix)
        or lex.prefix.match(t) is not None
    )


def line_kind(t: str, lex: Lexicon, head: bool = False) -> str | None:
    """The furniture kind of one stripped line, or None for body."""
    for pattern, kind in lex.pattern_prefix:
        if pattern.match(t):
            return kind
    if t[0] in "【[（(" and t[-1] in "】]）)":  # 【责任编辑：某某】, （记者 某某）
        t = t[1:-1].strip() or t
    if t in lex.exact:
        return lex.exact[t]
    if lex.counter.match(t):
        return "counter"
    if (lead := lex.counter_lead.match(t)) is not None:
        return line_kind(t[lead.end() :], lex, head)  # 0次浏览     发布时间：2025-04-17: the rest's kind (a byline)
    prose = is_prose(t)
    for m in lex.contains.finditer(t):
        kind = lex.contains_kind[m.group()]
        if prose:
            # a sentence of the article may mention a cue in passing; a notice starts with it
            if kind not in _LONG_KINDS or m.start() > _NOTICE_CUE_WITHIN:
                continue
            if kind == "contact" and not (_PHONE.search(t) or _EMAIL.search(t)):
                continue
        return kind
    m = lex.prefix.match(t)
    if m:
        kind = lex.prefix_kind[m.group()]
        if not prose or kind in _LONG_KINDS:
            return kind
    if _menu_line(t):
        return "navigation"
    if _image_line(t):
        return "image"
    if _caption_line(t, lex):
        return "caption"
    if _TRAIL.search(t):
        return "navigation"
    if _BULLET.match(t) and _bullet_furniture(t):
        return "navigation"
    m = _DATE_LED.match(t)
    if m and m.end() > 4:
        rest = t[m.end() :]
        if len(rest) <= 30 and "。" not in rest and "，" not in rest:
            return "byline"
    if _TIME_ONLY.match(t) or _EPAPER_HEADER.match(t):
        return "byline"
    if head and _NUMBER_ONLY.match(t):
        return "counter"
    if _contact_line(t):
        return "contact"
    if _LIST_ITEM.match(t) and len(t) <= 60:
        return "related"
    return None


def _bullet_furniture(t: str) -> bool:
    """A bulleted menu entry or slogan (● 政务公开, • 建设文明城市 共享美好生活), not a bulleted item of the
    article: an item with a figure, a clause or a sentence in it (● 地区生产总值增长5.5%左右) is body."""
    core = _BULLET.sub("", t)
    if len(t) > 30 or t[-1] in "。！？" or _MENU_PUNCT.search(core):
        return False
    return len(core) <= _BULLET_ITEM_MAX or " " in core


def _menu_line(t: str) -> bool:
    """A row of short links: 网站首页 | 政务公开 | 政务服务, 首页 新闻 政务 服务 互动."""
    if not HAN_CHAR.search(t):
        return False
    bars = _MENU_BAR.split(t)
    if len(bars) >= 3:
        if not all(0 < len(p) <= _MENU_ITEM_MAX for p in bars):
            return False
        punctuated = sum(1 for p in bars if _MENU_PUNCT.search(p))
        # a channel's own name may hold a comma (要闻 | Hello，河南 | 文旅 | …); a table row has figures
        return punctuated == 0 or punctuated == 1 and len(bars) >= _MENU_MANY_ITEMS and not _DIGIT.search(t)
    if _MENU_PUNCT.search(t):
        return False
    words = t.split()
    return len(words) >= 4 and all(len(w) <= _MENU_ITEM_MAX for w in words)


def _image_names(t: str) -> list[tuple[int, int]]:
    """Image file names: an image extension and the name characters before it."""
    spans = []
    for m in _IMAGE_EXT.finditer(t):
        start = m.start()
        while start > 0 and m.start() - start < 120 and t[start - 1] not in _NOT_IN_NAME:
            start -= 1
        spans.append((start, m.end()))
    return spans


def _image_line(t: str) -> bool:
    """A file name, an image link, or a caption that ends with its image's file name."""
    if "." not in t:
        return False
    rest = _IMAGE_URL.sub("", _MD_IMAGE.sub("", t)).rstrip()
    if not rest:
        return True
    names = _image_names(rest)
    if not names:
        return False
    start, end = names[-1]
    return end >= len(rest) or len(rest) - (end - start) <= 8


def _caption_line(t: str, lex: Lexicon) -> bool:
    if len(t) > 160:
        return False
    if t.startswith(lex.caption_prefix):
        return True
    credit = t.rstrip("）)")
    if credit.endswith(("摄", "摄影")) and _PHOTOGRAPHER.search(credit):
        return True
    if len(t) <= _CAPTION_SUFFIX_MAX and t.endswith(lex.caption_suffix):
        return True
    return len(t) <= 80 and lex.caption_contains.search(t) is not None


def _contact_line(t: str) -> bool:
    """A line that is mostly phone numbers and e-mail addresses."""
    if len(t) > 120:
        return False
    found = sum(len(m.group()) for m in _PHONE.finditer(t)) + sum(len(m.group()) for m in _EMAIL.finditer(t))
    return found > 0 and found * 2 >= len(t.replace(" ", ""))


def inline_spans(t: str, base: int) -> tuple[tuple[int, int], ...]:
    """Image links and file names inside a body line (the line stays, the tokens go)."""
    if "." not in t:
        return ()
    found = sorted([m.span() for pattern in (_MD_IMAGE, _IMAGE_URL) for m in pattern.finditer(t)] + _image_names(t))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return tuple((base + s, base + e) for s, e in merged)
