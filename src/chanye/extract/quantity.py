"""Quantities: every numeric mention in a text, with value, unit, comparator and role.

`find_quantities(text)` scans left to right and returns non-overlapping `Quantity` records. Each says
what the number is (`role`): a candidate fact value (`measure`), part of a name or class word
(`name`: 世界500强, 5G工厂, 百亿级, 亿元以上重大项目, 十四五), a `date`, a framework `code` (“613”, 5+X,
12345创新工程), a `phone` number, an `ordinal` (第一次, 第三届), a leading 一 used as an article
(`article`: 一批, 一个重要…), a `vague` numeral (数十家, 几百亿元) or a number with no unit at all
(`bare`). Only `measure` ones are fact candidates; the assembler decides the rest (list counts, growth vs
share, metric, status). Values keep their sign (-1.8% → -1.8); 下降8.8% stays 8.8 here: the verb is the
assembler's to read.

The rules are grouped by phrasing family; each family has its corpus of examples in
examples/quantity.yaml (and examples/rank.yaml for ranks), which is also its test.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources

import yaml

from chanye.extract import comparator as cmp
from chanye.extract import rank
from chanye.extract.wordlists import SCOPE
from chanye.extract.numeral import ARABIC, magnitude_value, normalise_digits, parse_numeral

def _load(name: str) -> dict:
    return yaml.safe_load(resources.files("chanye.extract").joinpath(f"lexicon/{name}").read_text("utf-8"))


CN_DIGIT = "零〇一二三四五六七八九两"
CN_RUN = rf"[{CN_DIGIT}十百千万亿廿卅]+(?:点[零〇一二三四五六七八九]+)?"
TOKEN_RE = re.compile(rf"{ARABIC}|{CN_RUN}|首位(?!度)|榜首|(?<={SCOPE})之首|(?<=[近逾超过])半|首个(?=[^，。；,;\d]{{0,6}}?(?:突破|超过|迈上|跨过|迈过)[^，。；,;]{{1,10}}?(?:城市|地级市|省份))|首个(?=、[^，。；,;、\d]{{0,8}}?第[\d一二三四五六七八九十]+个)")
_TOKEN_START = re.compile(rf"[\d{CN_DIGIT}十百千万亿廿卅首榜之半]")  # every TOKEN_RE match opens with one of these
ARABIC_AT = re.compile(ARABIC)
CN_AT = re.compile(CN_RUN)
MAG_RUN = re.compile(r"[十百千万亿]{1,3}")
RANGE_SEP = "-—–~～至到"
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # span including attached comparator cues (突破9000亿元, 达800家以上, 约8100亿元)
    end: int
    value_start: int  # the number and its unit alone
    value_end: int
    value: float  # 万/亿 applied; money in yuan; fractions of a whole as %
    value_max: float | None  # upper end of a range
    unit: str  # CNY USD % pp rank count other
    unit_text: str  # as written without 万/亿: 元 家 % 位 强 第一 吨 元/人 倍 1/8 …
    comparator: str  # = > >= < <= ~
    kind_hint: str | None  # 'rank' | 'growth' (个百分点, 增长N倍) | 'share' (fractions, ratios) | None
    role: str  # measure | name | date | code | phone | ordinal | article | vague | bare
    text: str  # the text[start:end] as passed in


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True, slots=True)
class Units:
    table: tuple[tuple[str, str, str], ...]  # (written, contract unit, family), longest first
    per_denominators: tuple[str, ...]
    class_units: frozenset[str]
    site_units: frozenset[str] = frozenset()


@cache
def units() -> Units:
    data = _load("units.yaml")
    rows: dict[str, tuple[str, str]] = {}
    for unit, words in data["money"].items():
        for w in words:
            rows.setdefault(w, (unit, "money"))
    for unit, words in data["percent"].items():
        for w in words:
            rows.setdefault(w, (unit, "percent"))
    for w in data["multiple"]:
        rows.setdefault(w, ("other", "multiple"))
    for w in data["count"]:
        rows.setdefault(w, ("count", "count"))
    for w in data["physical"]:
        rows.setdefault(w, ("other", "physical"))
    for w in data["time"]:
        rows.setdefault(w, ("other", "time"))
    table = tuple(sorted(((w, u, f) for w, (u, f) in rows.items()), key=lambda r: -len(r[0])))
    return Units(table=table, per_denominators=tuple(sorted(data["per_denominators"], key=len, reverse=True)),
                 class_units=frozenset(data.get("class_units") or ()),
                 site_units=frozenset(data.get("site_units") or ()))


@cache
def names() -> dict:
    data = _load("names.yaml")
    for key, val in data.items():
        if isinstance(val, list):
            data[key] = tuple(sorted(val, key=len, reverse=True))
    return data


@cache
def _unit_index() -> tuple[re.Pattern, dict[str, tuple[str, str, str]]]:
    # 成 is left out: it is a unit only after a Chinese digit (三成), which the caller handles.
    rows = {w: (w, u, f) for w, u, f in units().table if w != "成"}
    # a one-character unit that also opens a common word (根据, 羽绒) is a unit only when not followed so
    not_before = _load("units.yaml").get("not_before") or {}
    after_magnitude = _load("units.yaml").get("not_before_after_magnitude") or {}

    def guarded(w: str) -> str:
        out = re.escape(w) + (f"(?![{re.escape(not_before[w])}])" if w in not_before else "")
        if w in after_magnitude:  # (the lookbehind sees the magnitude written before the unit)
            out += f"(?!(?<=[亿万]{re.escape(w)})[{re.escape(after_magnitude[w])}])"
        return out

    pattern = re.compile("|".join(guarded(w) for w in sorted(rows, key=len, reverse=True)))
    return pattern, rows


def _unit_at(text: str, pos: int) -> tuple[str, str, str] | None:
    """(written, unit, family) of the unit starting at pos, longest match."""
    pattern, rows = _unit_index()
    m = pattern.match(text, pos)
    return rows[m.group()] if m else None


def _startswith_any(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The first of `words` (in their order) written at pos."""
    m = _alternation(words).match(text, pos)
    return m.group() if m else None


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    # an alternation tries its branches in order, as a loop over the words would (one C call instead)
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


def _endswith_any(text: str, pos: int, words) -> str | None:
    for w in words:
        if pos - len(w) >= 0 and text.startswith(w, pos - len(w)):
            return w
    return None


# ---------------------------------------------------------------- number cores


@dataclass(slots=True)
class _Core:
    start: int
    end: int
    value: float
    written: str
    chinese: bool
    bare_magnitude: bool  # 万, 千亿, 百: a magnitude with an implied one
    inner: str | None = None  # comparator from 余/多/几
    value_max: float | None = None
    open_magnitude: bool = False  # 二三十 / 十几 may still take a 万/亿 after them (二三十万, 十几亿)


_APPROX_PAIR = re.compile(r"([一二三四五六七八九])([一二三四五六七八九两])([十百千万])")
_APPROX_PAIR_UNIT = re.compile(r"([一两二三四五六七八])([二三四五六七八九])(?![十百千万亿])")
_SHI_JI = re.compile(r"([一二三四五六七八九]?十)几")
_APPROX_INITIALS = frozenset("一二三四五六七八九两十")  # the first characters of the three patterns above


def _read_core(text: str, pos: int) -> _Core | None:
    """A numeral starting at pos, with inner approximation and magnitude: 3.8万余, 1000余万, 百余, 二三十."""
    if text[pos : pos + 1] in _APPROX_INITIALS:
        core = _read_approx(text, pos)
        if core is not None:
            return core
    return _read_plain(text, pos)


def _read_approx(text: str, pos: int) -> _Core | None:
    """二三十, 三五百, 一两千 (with a magnitude), 三四 (before a unit), 十几: a range or an open numeral."""
    m = _APPROX_PAIR.match(text, pos)
    if m:
        # 二三十 → 20..30, 三五百 → 300..500, 一两千 → 1000..2000 (two adjacent digits before a magnitude)
        lo = "一二三四五六七八九".index(m.group(1)) + 1
        hi = 2 if m.group(2) == "两" else "一二三四五六七八九".index(m.group(2)) + 1
        if hi == lo + 1 or (lo, hi) == (3, 5):
            mag = magnitude_value(m.group(3)) or 1.0
            core = _Core(pos, m.end(), lo * mag, m.group(0), True, False, value_max=hi * mag, open_magnitude=True)
            return _extend_magnitude(text, core)
    m = _APPROX_PAIR_UNIT.match(text, pos)
    if m:
        lo = 2 if m.group(1) == "两" else "一二三四五六七八九".index(m.group(1)) + 1
        hi = "一二三四五六七八九".index(m.group(2)) + 1
        if hi == lo + 1 and _unit_at(text, m.end()):
            return _Core(pos, m.end(), float(lo), m.group(0), True, False, value_max=float(hi))
    m = _SHI_JI.match(text, pos)
    if m:
        base = parse_numeral(m.group(1))
        return _extend_magnitude(text, _Core(pos, m.end(), base, m.group(0), True, False, inner=">", open_magnitude=True))
    return None


def _read_plain(text: str, pos: int, arabic_end: int | None = None) -> _Core | None:
    """An Arabic or Chinese numeral, with what _extend_magnitude adds after it. arabic_end: where the
    Arabic numeral at pos is already known to end (TOKEN_RE read it)."""
    if arabic_end is not None:
        written, end, chinese = text[pos:arabic_end], arabic_end, False
    else:
        m = ARABIC_AT.match(text, pos)
        chinese = False
        if not m:
            m = CN_AT.match(text, pos)
            chinese = True
            if not m:
                return None
        written = m.group(0)
        end = m.end()
    if chinese:
        if written[0] in "零〇":
            return None  # 零部件, 零售, 〇: a lone zero is a word part, never a written figure
        value = parse_numeral(written)
        # A Chinese run may swallow the 千/百 of a following unit (十万千瓦) or be ill-formed at its tail.
        while value is None and len(written) > 1:
            written = written[:-1]
            end -= 1
            value = parse_numeral(written)
        if value is None:
            return None
        bare = written[0] in "百千万亿"  # an implied one (万, 千亿); 十万 is a full numeral
        core = _Core(pos, end, value, written, True, bare)
    else:
        core = _Core(pos, end, float(written.replace(",", "")), written, False, False)
    # inner approximation then a magnitude: 1000余万元, 3.8万余家
    return _extend_magnitude(text, core)


def _extend_magnitude(text: str, core: _Core) -> _Core:
    pos = at = core.end
    inner = cmp.inner_cue(text, pos)
    if inner and inner[1] and not core.inner:
        # 多 and 余 only count as approximation when followed by a magnitude or a unit (not 多元, 多家?)
        nxt = inner[0]
        if MAG_RUN.match(text, nxt) or _unit_at(text, nxt):
            core.inner = inner[1]
            pos = nxt
    if core.chinese and not core.open_magnitude and core.inner is None:
        # the Chinese run already holds its magnitudes
        core.end = pos
        return _after_magnitude_inner(text, core, at, inner)
    m = MAG_RUN.match(text, pos)
    if m and not m.group(0).startswith("十"):
        run = m.group(0)
        # Keep the split that leaves the longest unit (10万千瓦 → 万 + 千瓦, not 万千 + 瓦).
        best = None
        for k in range(len(run), -1, -1):  # k = 0: the run starts the unit itself (220千伏)
            unit = _unit_at(text, pos + k)
            length = k + (len(unit[0]) if unit else 0)
            score = (length, -k)
            if best is None or score > best[0]:
                best = (score, k)
        k = best[1]
        mag = magnitude_value(run[:k]) if k else None
        if mag:
            core.value = _scale(core.value, mag)
            if core.value_max is not None:
                core.value_max = _scale(core.value_max, mag)
            pos += k
            if core.value_max is None:
                pos = _add_smaller_magnitude(text, core, pos, mag)
    core.end = pos
    return _after_magnitude_inner(text, core, at, inner)


_SMALLER_PART = re.compile(r"(\d+(?:\.\d+)?)(亿|万)(?!亿)")


def _add_smaller_magnitude(text: str, core: _Core, pos: int, mag: float) -> int:
    """59万亿3034亿元, 1亿3000万元: a figure written in two magnitudes is one figure."""
    m = _SMALLER_PART.match(text, pos)
    if not m:
        return pos
    part = magnitude_value(m.group(2))
    if not part or part >= mag:
        return pos
    core.value = float(Decimal(repr(core.value)) + Decimal(m.group(1)) * Decimal(repr(part)))
    core.written += text[pos : m.end()]
    return m.end()


def _scale(value: float, factor: float) -> float:
    """value × factor without binary noise (545.7亿 is 54570000000, not 54570000000.00001)."""
    if not value:
        return float(Decimal(repr(value)) * Decimal(repr(factor)))  # (0.0 and -0.0 would share a memo entry)
    return _scaled(value, factor)


@lru_cache(maxsize=4096)  # a page's figures repeat their values and magnitudes
def _scaled(value: float, factor: float) -> float:
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _after_magnitude_inner(text: str, core: _Core, at: int = -1, inner=None) -> _Core:
    """An inner cue after the magnitude (3.8万余家); `inner` is the cue already read at `at`, if any."""
    if core.inner is None:
        if core.end != at:
            inner = cmp.inner_cue(text, core.end)
        if inner and _unit_at(text, inner[0]):
            core.inner = inner[1]
            core.end = inner[0]
    return core


# ---------------------------------------------------------------- the scanner

_PHONE = re.compile(r"(?:\(?0\d{2,3}\)?-?\d{7,8}|1[3-9]\d{9})(?!\d)")
_DATE = re.compile(r"(?:19|20)\d{2}(?:[-/]\d{1,2}(?:[-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})(?![\d%])")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?(?![\d:])|时[0-5]?\d分)")
_RATIO_CONTEXT = re.compile(r"(结构|比例|之比|比重|比为|比是|构成|比)[^，。；\d]{0,6}$")
_CODE_PLUS = re.compile(r"\d+(?:\+(?:\d+|[A-Za-zＸＮXN]))+\+?|\d+\+(?![\d])")
_RATIO = re.compile(rf"{ARABIC}(?::{ARABIC}){{2,}}")
# a second ratio after a first: 由1.6:36.9:61.5调整为1:31:68 (the context words are before the first)
_AFTER_RATIO = re.compile(rf"{ARABIC}(?::{ARABIC}){{2,}}[^，。；,;\d]{{0,6}}(?:为|到|至)$")
_DAYS_MEASURE = re.compile(r"(?:天数|时间|时长|周期|用时|工期)[^，。；,;\d]{0,4}$")
_MULTIPLE_LIST_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?倍(?:以上)?[、和及与])+$")
# lists of places written with 第 once and 位 once (第15、60、61、94位), and of moves of place (前移3、4、7个位次)
_RANK_LIST_BEFORE = re.compile(r"第[\d一二三四五六七八九十]+位?(?:[、和及与]\d+位?)*[、和及与]$")
_RANK_LIST_AFTER = re.compile(r"(?:[、和及与]\d+)*[、和及与]\d+位")
# a move of place (上升, 前移; not 升至/降至, a place reached); names() lists its words longest first
MOVE_VERB = "(?:" + "|".join(w for w in names()["rank_after_verbs"] if not w.endswith("至")) + ")"
_MOVE_LIST_BEFORE = re.compile(MOVE_VERB + r"(?:\d+[、和及与])*$")
_MOVE_LIST_AFTER = re.compile(r"(?:[、和及与]\d+)*[、和及与]\d+个?位次?")
_RANK_MOVE_LIST = re.compile(MOVE_VERB + r"\d+个?位(?:[、和及]\d+个?位)*[、和及]$")
_PP_LIST_AFTER = re.compile(r"(?:[、和及与][\d.]+个)*[、和及与][\d.]+个?百分点")
_SPEC_IN_NAME = re.compile(r"(?:及以上|以上|以下)?(?!的|长|深|高|宽|厚|以|及|和|、)[\u4e00-\u9fff]")
_CLASS_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:产业集群|产业链|产业|集群|企业|园区|基地|板块|工业)(?![\u4e00-\u9fff]{0,2}(?:营收|产值|收入|规模))")
_CLASS_AFTER = re.compile(r"(?:企业|产业|集群|园区|板块|县|市|城市|俱乐部)(?:行列|俱乐部|方阵|阵营|迈进|$|[^\d个家条座])")
_CLASS_OF_PLACES = re.compile(r"(及以上|以上)?的?(?:县|县（市、区）|县市区|城市|园区|开发区|乡镇|镇|地市|省份)(?![\u4e00-\u9fff]{0,1}(?:营收|产值|收入|规模|经济|生产总值|GDP))")


def _bare_tier(s: str, start: int, end: int, floor: int) -> bool:
    """A bare magnitude with no cue that is no amount: something's (园区的千亿, 实现的万亿: a talking
    point), a tier paired with another before the class they name (千亿和五百亿产业集群), or a tier whose
    class follows a bracket (千亿元（人民币，下同）重点产业)."""
    if cmp.prefix_cue(s, start, floor):
        return False  # 达千亿, 突破千亿: a figure
    if s[start - 1 : start] == "的":
        return True
    if (start == 0 or s[start - 1] in _SENTENCE_OPENERS) and _TOPIC_AFTER.match(s, end):
        return True  # 千亿，代表着什么？: a sentence opening on the number as its topic
    if s[end : end + 1] in _TIER_PAIRS:
        return bool(_CLASS_NOUN_AFTER.match(s, end + 1))
    if s[end : end + 1] in "（(" and (close := _BRACKET_CLOSE.match(s, end)):
        return bool(_CLASS_NOUN_AFTER.match(s, close.end()))
    return False


_TIER_PAIRS = "和与及、"
_SENTENCE_OPENERS = "\n。！？!?"
_TOPIC_AFTER = re.compile(r"元?(?:[，,？?]|意味着|代表着|代表|背后)")
_BRACKET_CLOSE = re.compile(r"[（(][^（）()]{0,12}[）)]")
_OWN_MILESTONE = re.compile(r"首个|第一个|第[\d一二三四五六七八九十]+个|唯一|成为")  # 成为首个GDP突破万亿元的城市: its own figure
def _own_milestone(s: str, start: int) -> bool:
    """成为福建首个GDP突破万亿元的城市: the place's own amount passing a mark, said with its rank."""
    before = re.split(r"[，。；,;！？\n]", s[max(0, start - 24) : start])[-1]
    return bool(_OWN_MILESTONE.search(before))


_ADJACENT_PLACES = re.compile(r"(?:一二|二三|三四|四五|五六|六七|七八|八九)[位名]")
_PLACES_VERB = re.compile(r"(?:分列|位列|分居|分别居|分别位列|排在|列|居)" + SCOPE + "?(?:第)?$")
_ANAPHOR = re.compile(r"(?:以上|上述|前述|这些|这|该)$")
_THRESHOLD_CUE = ("超过", "超", "逾")
_SHARE_BEFORE = re.compile(r"(?:占|面|率|比重|比例|占比)[达为到]?$")
# 城乡居民收入比缩小至2.04:1, 由2.5:1缩小到2.3:1: a ratio to one, its 比 a few words back in the clause
_RATIO_TO_ONE = re.compile(r"(?<=[\u4e00-\u9fff])比(?!赛|较|上|去|重|全|同|例)[^，。；,;]{0,14}$")
_RATIO2 = re.compile(rf"({ARABIC}):({ARABIC})(?![\d:])")
_SLASH_FRACTION = re.compile(rf"({ARABIC})/({ARABIC})")
_CN_FRACTION = re.compile(rf"(?:百分之({CN_RUN}|{ARABIC}))|(?:({CN_RUN}|{ARABIC})分之({CN_RUN}|{ARABIC}))")
_ASCII_TAIL = re.compile(r"[A-Za-z]+")
_LETTER_GLUED = re.compile(rf"{ARABIC}[A-Za-z]*")
_PER_HEAD_VERB = re.compile(r"(?:达到|达|为|是|超过|超|突破|提高到|提升至|增至|增长到)$")
_RANK_SCOPE = re.compile(r"[\u4e00-\u9fff]{0,6}中(?:排名|排位|排|位列|位居|居|名列|列)")
_MONEY_CONTEXT = re.compile(
    r"(产值|总值|增加值|收入|营收|销售|投资|规模|总额|金额|税收|财力|资金|基金|GDP|利润|贷款|存款|消费|出口|进口|"
    r"交易|融资|产出|经费|预算|支出|额|总量|营业|开票)"
)


def find_quantities(text: str) -> list[Quantity]:
    """All numeric mentions in `text`, non-overlapping, in order (spans index `text` as passed in)."""
    s = normalise_digits(text)
    out: list[Quantity] = []
    floor = 0  # nothing may start before the end of the previous mention
    idiom_spans = [(m.start(), m.end()) for m in _idiom_re().finditer(s)]
    idiom_starts = [a for a, _ in idiom_spans]
    pos = 0
    while True:
        # TOKEN_RE opens with an alternation, tried at every character; the class of its first characters
        # is scanned for in C, and TOKEN_RE read where one stands (the same leftmost match)
        hit = _TOKEN_START.search(s, pos)
        if not hit:
            break
        m = TOKEN_RE.match(s, hit.start())
        if not m:
            pos = hit.start() + 1  # 首 or 榜 opening no rank word
            continue
        i = m.start()
        k = bisect_right(idiom_starts, i) - 1
        if k >= 0 and i < idiom_spans[k][1]:
            pos = idiom_spans[k][1]  # inside a set phrase (千家万户, 一带一路)
            continue
        token_end = m.end()
        if "," in m.group() and _RESPECTIVELY_BEFORE.search(s, max(0, i - 12), i) and not _FIGURE_AHEAD.match(s, m.end()):
            # 分别为15,120家: after 分别, with no other figure of the list to come, a comma between digits
            # separates the items (分别达到1,200家和3,400家 keeps its thousands separators)
            token_end = s.index(",", i)
        found = _recognise(s, i, floor, token_end)
        if not found:
            pos = token_end
            continue
        for q in found:
            # The builders leave text empty and q is not yet seen by anyone: it gets its text in place, the
            # way a frozen dataclass sets a field in __post_init__ (building a Quantity again, or replace,
            # would cost as much as the rest of reading a plain figure).
            _set_field(q, "text", text[q.start : q.end])
            out.append(q)
        floor = found[0].end if len(found) == 1 else max(q.end for q in found)
        pos = floor if floor > token_end else token_end
    return _share_trailing_about(s, _share_trailing_rate_unit(s, _mark_thresholds(s, out)))


_set_field = object.__setattr__
_RESPECTIVELY_BEFORE = re.compile(r"分别[^，。；;,\d]{0,6}$")
_FIGURE_AHEAD = re.compile(r"[^，。；;,\d]{0,12}\d")


_LIST_JOIN = re.compile(r"[、和及与]")


def _share_trailing_rate_unit(s: str, qs: list[Quantity]) -> list[Quantity]:
    """A rate's unit written once after the last value of a bare list covers every value of it: 高出全市1.0和0.9
    个百分点 is two gaps in points, 增长5、7.5%… two rates. Only % and percentage points, only bare numbers
    joined by 、/和/及/与 to the next value."""
    out = list(qs)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if q.role != "bare" or nxt.role != "measure" or nxt.unit not in ("pp", "%") or nxt.start != nxt.value_start:
            continue
        if q.value is None or not 0 <= q.value < 1000 or not _LIST_JOIN.fullmatch(s[q.end : nxt.start]):
            continue
        out[k] = replace(q, role="measure", unit=nxt.unit, unit_text=nxt.unit_text, kind_hint=nxt.kind_hint)
    return out


def _share_trailing_about(s: str, qs: list[Quantity]) -> list[Quantity]:
    """左右 after the last value of a bare list covers every value of it: 分别增长5%和7.5%左右 is two
    figures of about 5% and about 7.5%. Only 左右, only between values of one unit joined by 、/和/及."""
    out = list(qs)
    for k in range(len(out) - 2, -1, -1):
        nxt = out[k + 1]
        if nxt.comparator != "~":  # the rare one first: this runs over every mention
            continue
        q = out[k]
        if q.role != "measure" or nxt.role != "measure" or q.comparator != "=":
            continue
        if q.unit != nxt.unit or not _LIST_JOIN.fullmatch(s[q.end : nxt.start]):
            continue
        if nxt.unit != "%" and nxt.unit_text != q.unit_text:
            continue
        if not s[nxt.start : nxt.end].endswith("左右") and out[k + 1] is qs[k + 1]:
            continue  # the 左右 is the next value's own (or carried to it from a later one)
        if q.start != q.value_start or q.end != q.value_end:
            continue
        out[k] = replace(q, comparator="~")
    return out


@cache
def _idiom_re() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in names()["idioms"]))


_CLAUSE_BREAK = re.compile(r"[，。；;！？!?、：:,\n]")


_OTHER_CURRENCY_BEFORE = re.compile(r"(新台币|台币|港币|澳门币|澳元)[约近超过达为逾]{0,2}$")
def _PERCENT_OF(s: str, q: Quantity) -> bool:
    """20%的村集体年收入超30万元: a share of a class whose members pass a bound, like a count of them."""
    return q.unit == "%" and s.startswith("的", q.end)


_ONE_OF_AFTER = re.compile(r"[\u4e00-\u9fff“”（）]{0,14}之一")
# (a capacity followed by 的 is the project's attribute, a figure: 年产30万吨的二期项目, 年产180颗卫星的…项目)
_PROJECT_NAME_AFTER = re.compile(r"(?:(?!的)(?:[\u4e00-\u9fff]|[A-Za-z]+\d*)){0,20}项目")  # (1万吨高端装备用镍基合金先进材料生产线项目, HK200系列塔机项目)
# …年产10000吨碳酸锂、三峡…风电2个项目已开复工, …100MW/200MWh光伏储能、…等4个项目: an item of a list of projects the
# list's count closes (N个项目), its capacity part of the item's name
# (or not counted: …、黄河矿业夏日哈木镍钴矿等重点项目建设顺利, …等一批重点项目相继开工)
_LIST_COUNT_OF_PROJECTS = r"(?:等?(?:\d+|[两二三四五六七八九十]+)[个项]|等(?:一批)?)[\u4e00-\u9fff]{0,4}项目"
_PROJECT_LIST_AFTER = re.compile(
    r"(?:(?!的)[\u4e00-\u9fffA-Za-z/\d（）()]){0,14}、[^，。；！？]{0,60}?" + _LIST_COUNT_OF_PROJECTS
    + r"|(?:(?!的)[\u4e00-\u9fffA-Za-z]){1,12}" + _LIST_COUNT_OF_PROJECTS  # the list's last item: …100兆瓦风电2个项目
)
_TOTAL_WORD = re.compile(r"总投资|总额|总产值|总金额|合计|共计|累计")


def _after_capacity_lead(s: str, start: int) -> bool:
    """年产 / 年生产 right before the figure (names.yaml capacity_leads)."""
    return any(s.startswith(w, start - len(w)) for w in names()["capacity_leads"] if start >= len(w))


def _mark_thresholds(s: str, qs: list[Quantity]) -> list[Quantity]:
    """Money amounts that only qualify a counted class are names, not figures:
    产值规模300亿元的产业集群2个 / 年产值超10亿元的企业达到50家 (amount 的 noun … count), and
    有45家工业企业营收超百亿元 (count … noun 超 amount, in one clause)."""
    out = list(qs)
    measures = [k for k, q in enumerate(out) if q.role == "measure"]
    for n, k in enumerate(measures):
        q = out[k]
        if q.unit not in ("CNY", "USD"):
            continue
        nxt = out[measures[n + 1]] if n + 1 < len(measures) else None
        prev = out[measures[n - 1]] if n > 0 else None
        if s.startswith("的", q.end) and nxt is not None and nxt.unit == "count":
            between = s[q.end + 1 : nxt.start]
            # 投资超30亿元的A、B及C等4个项目: names listed up to 等 before the count are still the class's members
            listed = between.endswith("等") and not re.search(r"[，。；;！？!?：:,\n]", between)
            if between and (listed or not _CLAUSE_BREAK.search(between)) and not re.search(r"\d", between):
                out[k] = replace(q, role="name")
                continue
        if prev is not None and (prev.unit == "count" or _PERCENT_OF(s, prev)) and q.comparator in (">", ">="):
            between = s[prev.end : q.start]
            if _TOTAL_WORD.search(between):
                continue  # 11个项目总投资额超20亿元: a bound on the items' total, a figure
            tail = s[q.end : q.end + 1]
            if not _CLAUSE_BREAK.search(between) and not re.search(r"\d", between) and (not tail or _CLAUSE_BREAK.match(tail) or tail in "的。"):
                out[k] = replace(q, role="name")
    return _mark_threshold_lists(s, out)


_NO_BREAK_OR_DIGIT = re.compile(r"[^，。；;：:！？!?,\n\d]*")


def _mark_threshold_lists(s: str, out: list[Quantity]) -> list[Quantity]:
    """营收超10亿元、5亿元、1亿元的企业…, 收入30亿元以上、(中西部)15亿元以上制造业企业: an amount listed
    right before a threshold of a class name is a threshold too. Backwards, so a chain passes along."""
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        if nxt.role != "name" or q.role != "measure" or q.unit not in ("CNY", "USD") or nxt.unit != q.unit:
            continue
        if not s.startswith("、", q.end):
            continue
        between = s[q.end + 1 : nxt.start]
        if between == "" or (
            q.comparator in (">", ">=") and nxt.comparator == q.comparator and _NO_BREAK_OR_DIGIT.fullmatch(between)
        ):
            out[k] = replace(q, role="name")
    return out


def _q(start, end, vstart, vend, value, unit, unit_text, comparator="=", kind_hint=None, role="measure", value_max=None):
    return Quantity(start, end, vstart, vend, float(value), value_max, unit, unit_text, comparator, kind_hint, role, "")


_CN_TOKEN_START = frozenset(CN_DIGIT + "十百千万亿廿卅首榜之")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# 方 right after a 万/亿 amount: cubic metres (350亿方, 1.5万方), not 方面 / 方案 / 方式 / 方向 / 方法
_CUBIC_METRES = re.compile(r"方(?![面案式向法针略位便协队舟言阵圆形])")


def _in_cubic_metres(s: str, start: int, end: int, value, value_max, floor: int, core) -> list[Quantity]:
    """A 万/亿 amount followed by 方, read in cubic metres (the 方 taken into the mention)."""
    return [_finish(s, start, end + 1, value, value_max, "other", "立方米", None, floor, core.inner)]


def _recognise(s: str, i: int, floor: int, token_end: int | None = None) -> list[Quantity]:
    """The mention(s) whose number starts at i; token_end is where TOKEN_RE's match at i ends.

    Each shape below is tried only where the characters at i and right after the token allow it (its
    pattern could not match otherwise): every number of a text comes through here."""
    if token_end is None:
        token_end = TOKEN_RE.match(s, i).end()
    c = s[i]
    after = s[token_end] if token_end < len(s) else ""  # the character right after the numeral
    arabic = c not in _CN_TOKEN_START  # TOKEN_RE starts with \d, a Chinese numeral, 首位 or 榜首
    # -- 首位 / 榜首 / (居全国)之首: rank 1 without a numeral
    if c in "首榜之" and s.startswith(("首位", "榜首", "之首"), i):
        if c == "之" and not rank.holds_first_place(s, i):
            return None
        return rank.first_place(s, i, floor)
    if c == "首" and s.startswith("首个", i):
        return rank.first_place(s, i, floor)  # 东北地区首个GDP突破万亿元城市: the first place past a figure, rank 1
    if c == "半":
        return _half(s, i, i + 1, floor)  # 全国近半的紧固件: about 50 % of the whole
    if c == "一" and s.startswith("半", token_end):
        half = _half(s, i, token_end + 1, floor)  # 占全省一半: 50 % (一半是…一半是… is no figure)
        if half:
            return half
    if arabic:
        # -- a number glued to Latin letters is a name: PM2.5, G60科创走廊, 5G / 4K are handled below
        if i > 0 and s[i - 1] in _ASCII_LETTERS and c.isdigit() and not _after_indicator_acronym(s, i):
            m = _LETTER_GLUED.match(s, i)
            return [_q(i, m.end(), i, m.end(), 0, "other", "", role="name")]
        if c in "012" or after in _SHAPE_AFTER:
            found = _arabic_shape(s, i, floor, c, after)
            if found:
                return found
    # -- vague numerals: 数十家, 几百亿元 (no figure to report)
    elif i > 0 and s[i - 1] in "数几" and c in "十百千万亿":
        m = CN_AT.match(s, i)
        return [_q(i, m.end(), i, m.end(), 0, "other", "", role="vague")]
    if c in _plan_initials():
        plan = _startswith_any(s, i, names()["plans"])
        if plan:
            return [_q(i, i + len(plan), i, i + len(plan), 0, "other", "", role="name")]
    # -- fractions: 1/8, 三分之一, 百分之三十 (the / or 分 comes right after the first numeral)
    if after == "/" or after == "分":
        frac = _fraction(s, i, floor)
        if frac:
            return [frac]
    # -- ranks: 第N, 前N, N强, N位 in rank context (an Arabic numeral is rank-shaped only after 第/前 or
    # right before 强, 名 or 位: rank.recognise is not asked about the others, most figures of a text)
    if not arabic or (after and after in "强名位") or (i > 0 and s[i - 1] in "第前"):
        r = rank.recognise(s, i, floor)
        if r is not None:
            return r
    core = _read_plain(s, i, token_end) if arabic else _read_core(s, i)
    if core is None:
        return []
    found = _measure(s, core, floor)
    if not core.chinese and s[i - 1 : i] == "-" and _minus_before(s, i, floor):
        # 分别增长3.2%、-1.8%: a negative figure (a hyphen after a number is a range, read above)
        found = [replace(q, start=min(q.start, i - 1), value_start=i - 1, value=-q.value,
                         value_max=-q.value_max if q.value_max is not None else None)
                 if q.role == "measure" and q.value_start == i else q for q in found]
    return found


_FIGURE_AFTER_ACRONYM = re.compile(rf"{ARABIC}(?:[万亿]|%|％|元|美元)")


def _after_indicator_acronym(s: str, i: int) -> bool:
    """冲刺GDP3000亿元: an indicator's abbreviation right before its figure (names.yaml figure_after_acronyms)."""
    word = next((w for w in names()["figure_after_acronyms"] if s.endswith(w, 0, i)), None)
    if word is None or (i > len(word) and s[i - len(word) - 1] in _ASCII_LETTERS):
        return False  # (part of a longer Latin word)
    return bool(_FIGURE_AFTER_ACRONYM.match(s, i))


_HALF_SCOPE = re.compile(r"(?:占|比重|占比|总额|总量|总数|" + SCOPE + r"|行业)[^，。；,;\d]{0,10}$")
_HALF_WORD_AFTER = frozenset("年月日天个岛导径程山价小夜边壁拉场途")  # 近半年, 半导体, 半径: other words


def _half(s: str, i: int, vend: int, floor: int) -> list[Quantity]:
    """一半, 半数, 近半, 逾半 as a part of a whole named before it (占苏州大市一半, 全球近半数的…): 50 %."""
    if s.startswith("数", vend):
        vend += 1
    if s[vend : vend + 1] in _HALF_WORD_AFTER or not _HALF_SCOPE.search(s, max(0, i - 16), i):
        return []
    return [_finish(s, i, vend, 50, None, "%", s[i:vend], "share", floor, None)]


_INDEX_BEFORE = re.compile(r"(?:指数|发展水平|融合水平)(?:达到|达|为|是|保持在|提高到|提升至|提升到|提高至)?$")
_INDEX_NOT_AFTER = re.compile(r"[.\d]|[、和及与至到~～-]\d|年|月|日")  # (a list or a date goes on)
_PER_POPULATION_BEFORE = re.compile(r"每(万人口|千人口|百人口|万人|千人|百人)[^，。；,;、\d]{1,16}$")


_SHAPE_AFTER = frozenset(":时+")  # what _arabic_shape looks for right after the digits (else: 0, 1, 2 first)


def _arabic_shape(s: str, i: int, floor: int, c: str, after: str) -> list[Quantity] | None:
    """Ratios, clock times, phone numbers, dates and codes: digits with their own shapes. Each pattern
    goes on from the whole digit run (its separator right after it) or needs its own first digits."""
    # -- non-measures with their own shapes (a ratio first: 调整为14:57.5:28.5 is not a clock time)
    if after == ":":
        m = _RATIO.match(s, i)
        if m and (_RATIO_CONTEXT.search(s, max(0, i - 12), i) or _AFTER_RATIO.search(s, max(0, i - 40), i)):
            return _ratio(s, m)
    if after == ":" or after == "时":
        m = _CLOCK.match(s, i)
        if m:
            return [_q(i, m.end(), i, m.end(), 0, "other", "", role="date")]
    if c == "0" or c == "1":
        m = _PHONE.match(s, i)
        if m and (len(m.group(0)) >= 11 or "-" in m.group(0)):
            return [_q(i, m.end(), i, m.end(), 0, "other", "", role="phone")]
    if c == "1" or c == "2":
        m = _DATE.match(s, i)
        if m:
            return [_q(i, m.end(), i, m.end(), 0, "other", "", role="date")]
    if after == "+":
        m = _CODE_PLUS.match(s, i)
        if m:
            return [_q(i, m.end(), i, m.end(), 0, "other", "", role="code")]
    if after == ":":
        m = _RATIO2.match(s, i)
        if m and _two_part_structure(s, i, m):
            return _ratio(s, m)  # 轻重工业比例调整为35:65: the two parts' shares, like a 三次产业结构
        if m and ("比" in s[max(0, i - 3) : i] or (m.group(2) == "1" and _RATIO_TO_ONE.search(s, max(0, i - 16), i))):
            # 车桩比达2.1:1 → 2.1 (a ratio, as a number)
            a, b = float(m.group(1)), float(m.group(2))
            if b:
                return [_finish(s, i, m.end(), a / b, None, "other", "比", None, floor, None)]
    return None


@cache
def _plan_initials() -> frozenset[str]:
    return frozenset(w[0] for w in names()["plans"])


def _minus_before(s: str, i: int, floor: int) -> bool:
    if i - 1 < floor or s[i - 1] != "-":
        return False
    return i - 2 < 0 or not re.match(r"[\dA-Za-z%.)）]", s[i - 2])


def _fraction(s: str, i: int, floor: int) -> Quantity | None:
    m = _SLASH_FRACTION.match(s, i)
    if m and s[i] == "0" and s[i + 1 : i + 2].isdigit():
        return _q(i, m.end(), i, m.end(), 0, "other", "", role="name")  # 01/15: a month and day, no fraction
    if m and not re.match(r"[/\d]", s[m.end() : m.end() + 1]):
        value = parse_numeral(m.group(0))
        if value is None:
            return None
        return _finish(s, i, m.end(), value * 100, None, "%", m.group(0), "share", floor, inner=None)
    m = _CN_FRACTION.match(s, i)
    if not m:
        return None
    value = parse_numeral(m.group(0))
    if value is None:
        return None
    if m.group(1) is not None:  # 百分之三十 → 30 %
        return _finish(s, i, m.end(), value * 100, None, "%", "%", None, floor, inner=None)
    return _finish(s, i, m.end(), value * 100, None, "%", m.group(0), "share", floor, inner=None)


def _two_part_structure(s: str, i: int, m: re.Match) -> bool:
    """Two parts that add up to 100 after a ratio word split a whole into shares (a 2.1:1 ratio stays one
    number)."""
    a, b = float(m.group(1)), float(m.group(2))
    return a > 0 and b > 0 and abs(a + b - 100) < 0.01 and bool(_RATIO_CONTEXT.search(s, max(0, i - 12), i))


def _ratio(s: str, m: re.Match) -> list[Quantity]:
    out = []
    pos = m.start()
    for part in m.group(0).split(":"):
        out.append(_q(pos, pos + len(part), pos, pos + len(part), float(part), "%", "%", kind_hint="share"))
        pos += len(part) + 1
    return out


# 三分之一强 / 30%弱: a little more / less than the share (强化, 强省 are words: 强 must end the phrase)
_SHARE_STRONG = re.compile(r"([强弱])(?=的|[^\u4e00-\u9fff]|$)")


def _finish(s, vstart, vend, value, value_max, unit, unit_text, kind_hint, floor, inner, role="measure"):
    """Attach the comparator cues around a value span and build the Quantity."""
    pre = cmp.prefix_cue(s, vstart, floor)
    suf = cmp.suffix_cue(s, vend)
    start = pre[0] if pre else vstart
    end = suf[0] if suf else vend
    yields = pre is not None and suf is not None and cmp.prefix_yields(s, pre[0])
    comp = cmp.merge(pre[1] if pre and not yields else None, inner, suf[1] if suf else None)
    if comp == "<=" and pre and _highest_of_roundup(s, pre[0], floor):
        comp = "="
    elif comp == "=" and unit == "CNY" and s[max(0, start - 2) : start] == "跨越":
        comp = ">"  # 跨越2000亿元关口 passes it (跨越700公里 only spans a distance)
    if comp == "=" and unit == "%":
        comp = cmp.share_cue(s, start, floor) or comp
        strong = _SHARE_STRONG.match(s, vend) if not suf else None
        if strong and comp == "=":
            comp, end = (">" if strong.group(1) == "强" else "<"), strong.end(1)
    return Quantity(start, end, vstart, vend, float(value), value_max, unit, unit_text, comp, kind_hint, role, "")


def _measure(s: str, core: _Core, floor: int) -> list[Quantity]:
    n = names()
    start = core.start
    value, value_max, end = core.value, core.value_max, core.end
    unit_hit = _unit_at(s, end)
    # Range: 20-30亿元, 10%—15%, 1至4月, 2021-2023年, 20亿-30亿元
    first_unit = unit_hit
    after_first = end + (len(first_unit[0]) if first_unit else 0)
    if value_max is None and after_first < len(s) and s[after_first] in RANGE_SEP:
        second = _read_core(s, after_first + 1)
        if second is not None and second.chinese == core.chinese:
            unit2 = _unit_at(s, second.end)
            if first_unit is None or (unit2 and unit2[0] == first_unit[0]):
                if first_unit is None and second.value >= value * 10 and core.value == value and not core.bare_magnitude:
                    # 20-30亿元: the magnitude written once applies to both ends
                    value = _scale(value, _mag_of(s, second))
                value_max = second.value
                end = second.end
                unit_hit = unit2
                if second.inner and not core.inner:
                    core.inner = second.inner
    family = unit_hit[2] if unit_hit else None
    # 三成 → 30 %; 近6成, 超8成 (Arabic, with a cue or a share word around it) likewise
    if (unit_hit is None and s.startswith("成", end) and value <= 10 and value == int(value)
            and (core.chinese or _has_cue(s, start, floor) or _SHARE_BEFORE.search(s, max(0, start - 4), start))):
        nxt = s[end + 1 : end + 2]
        if not nxt or nxt not in "员立果功本交熟长就型品效为都绩色败":  # 这一成绩: a word, not a tenth
            q = _finish(s, start, end + 1, value * 10, value_max * 10 if value_max else None, "%", "成", None, floor, core.inner)
            return [q]
    if unit_hit is None:
        return _unitless(s, core, start, end, value, value_max, floor)
    written, unit, family = unit_hit
    vend = end + len(written)
    unit_text = written
    kind_hint = None
    role = "measure"
    if family == "time":
        if written == "天" and (value != int(value) or _DAYS_MEASURE.search(s, max(0, start - 8), start)):
            # 存货周转天数13.2天, 审批时间压缩至3天: a duration measured in days, not a date
            return [_finish(s, start, vend, value, value_max, "other", "天", None, floor, core.inner)]
        return [_q(start, vend, start, vend, value, "other", written, role="date", value_max=value_max)]
    if family == "money" and unit == "CNY" and _OTHER_CURRENCY_BEFORE.search(s, max(0, start - 8), start):
        # 新台币1319亿元, 港币50亿元: the currency is named before the figure; 元 after it is not yuan
        unit, unit_text = "other", _OTHER_CURRENCY_BEFORE.search(s, max(0, start - 8), start).group(1) + written
    if family == "money" and unit == "CNY" and s[max(0, start - 2) : start] == "人均" and _PER_HEAD_VERB.search(s, max(0, start - 4), start - 2):
        # 劳动生产率达到人均33.4万元: an amount per head written before it, as 33.4万元/人
        unit, unit_text = "other", f"{written}/人"
    if family == "count" and (per := _PER_POPULATION_BEFORE.search(s, max(0, start - 24), start)):
        # 每万人口高价值发明专利拥有量超过20件: a density per head of population, like 20件/万人口
        unit, unit_text = "other", f"{written}/{per.group(1)}"
    if family in ("money", "count") and s.startswith("/", vend):
        # 28万元/人; 360台/万人 (a density, not a count of machines)
        den = _startswith_any(s, vend + 1, units().per_denominators)
        if den:
            unit, unit_text = "other", f"{written}/{den}"
            vend += 1 + len(den)
    if family == "percent" and unit == "pp":
        kind_hint = "growth"
    if family == "multiple" and written == "番":
        value = _doublings(value)
    if family == "multiple":
        if _endswith_any(s, start, n["growth_verbs"]) or _endswith_any(s, start, tuple(v + "了" for v in n["growth_verbs"])):
            kind_hint = "growth"
        else:
            # 分别增长8.9倍、1.5倍、1.3倍: the later multiples of a list share the growth verb of the first
            m = _MULTIPLE_LIST_BEFORE.search(s, max(0, start - 40), start)
            if m and _endswith_any(s, m.start(), n["growth_verbs"]):
                kind_hint = "growth"
    if family == "count" and _ANAPHOR.search(s, max(floor, start - 3), start):
        # 以上三个行业合计…, 上述5个项目: a count that points back at a list, not a figure
        return [_q(start, vend, start, vend, value, "other", "", role="vague")]
    if family == "count" and written == "位" and s.startswith("数", vend):
        # 两位数增长, 保持三位数: the number of digits of a figure, not a count
        return [_q(start, vend + 1, start, vend + 1, 0, "other", "", role="vague")]
    if family == "count" and written == "个" and s.startswith("位次", vend) and (
        rank.is_rank_change(s, start) or _MOVE_LIST_BEFORE.search(s, max(0, start - 30), start)
    ):
        # 较6月份提高4个位次: a change of places, like 前移3位
        return [_finish(s, start, vend + 2, value, value_max, "other", "位次", "growth", floor, None)]
    if family == "count" and written == "个" and _PP_LIST_AFTER.match(s, vend):
        # 高于全国3.3个、3.5个百分点: 个 of a list whose last item names 个百分点
        return [_finish(s, start, vend, value, value_max, "pp", "个百分点", "growth", floor, core.inner)]
    if family == "count" and written == "位" and _RANK_LIST_BEFORE.search(s, max(0, start - 30), start):
        # 分别跃升全国百强第25位、36位, 分别第15、60、61、94位: the later place of a list of places
        return [_finish(s, start, vend, value, value_max, "rank", "位", "rank", floor, None)]
    if family == "count" and written == "位" and _RANK_MOVE_LIST.search(s[max(0, start - 30) : start]):
        # 分别前移7位、8位和7位: the later moves of a list of place changes
        return [_finish(s, start, vend, value, value_max, "other", "位", "growth", floor, None)]
    if family == "count" and written == "位" and rank.is_rank_change(s, start):
        # 排名前移3位: a change of places, reported like a growth figure
        return [_finish(s, start, vend, value, value_max, "other", "位", "growth", floor, None)]
    if family == "count" and written in ("位", "名") and _ADJACENT_PLACES.fullmatch(s, start, vend) and _PLACES_VERB.search(
        s, max(floor, start - 8), start
    ):
        # 分列二三位, 位列二三名: two neighbouring places, one for each name listed before
        a, b = parse_numeral(s[start]), parse_numeral(s[start + 1])
        return [
            _finish(s, start, start + 1, a, None, "rank", written, "rank", floor, None),
            _finish(s, start + 1, vend, b, None, "rank", written, "rank", floor, None),
        ]
    if family == "count" and written == "位" and rank.is_rank_position(s, start, vend):
        return [_finish(s, start, vend, value, value_max, "rank", "位", "rank", floor, None)]
    if (
        core.bare_magnitude
        and family not in ("money",)
        and not _has_cue(s, start, floor)
        and not core.inner
        and not _BARE_BOUND_AFTER.match(s, vend)
    ):
        return []  # 百家, 万人, 千家: a magnitude with no figure and no cue is not a quantity here
    # roles for numbers inside names
    if s[start - 1 : start] == "每" or written in units().class_units:
        role = "name"
    elif _not_a_count(s, core, start, vend, family, written, n):
        role = "name"
    elif s.startswith("级", vend) or s.startswith("量级", vend):
        role = "name"
    elif family == "count" and _counts_its_list(s, start, value):
        role = "name"  # 建材家居、工艺制品、纸业印刷和健康食品等4个产业: the number of the items just listed
    elif family == "money" and core.bare_magnitude and _bare_tier(s, start, vend, floor):
        role = "name"  # 园区的千亿, 以千亿和五百亿产业集群为重点: a talking point or a tier, not a figure
    elif family == "money" and core.bare_magnitude and _CLASS_NOUN_AFTER.match(s, vend):
        role = "name"  # 打造千亿元新能源电池产业: a tier in an industry's name, not a figure
    elif family == "money" and _CLASS_OF_PLACES.match(s, vend) and (
        (core.bare_magnitude and not _has_cue(s, start, floor))
        or ((_has_cue(s, start, floor) or _CLASS_OF_PLACES.match(s, vend).group(1)) and not _own_milestone(s, start))
    ):
        role = "name"  # GDP超千亿元的县（市、区）, 营收超500亿元的园区, 千亿元县: a class of places, not a figure
    elif family == "money" and core.bare_magnitude and re.match(r"新?台阶", s[vend : vend + 3]):
        role = "name"  # 跃上千亿元台阶: a tier (like 千亿级台阶), not a figure; 迈上1.5万亿元新台阶 is one
    elif family == "money":
        after = vend
        for w in ("及以上", "以上", "以下"):
            if s.startswith(w, after):
                after += len(w)
                break
        tail = s[after : after + 8]
        if after > vend and any(noun in tail[:8] for noun in n["threshold_nouns"]) and re.match(r"[\u4e00-\u9fff]", tail):
            role = "name"
        elif after == vend and _startswith_any(s, vend, n["threshold_nouns"]):
            role = "name"
        elif after == vend and _threshold_in_name(s, start, vend):
            role = "name"  # 首个超百亿元水利工程, 超10亿元制造业项目: a threshold in a class name
        elif _startswith_any(s, vend, n["per_unit_after"]) and (core.bare_magnitude or value in (1e4, 1e8)):
            role = "name"  # 万元GDP能耗: one unit of the denominator (not 实现5615.34亿元地区生产总值: an amount)
    elif family == "count" and _ONE_OF_AFTER.match(s, vend):
        role = "name"  # 为全国15个试点城市之一: the size of the list the subject is one of, not a figure of it
    elif family == "count" and _RANK_SCOPE.match(s, vend):
        role = "name"  # 在全省11个设区市中排名第一: the field a rank is taken in
    elif (family == "physical" or (family == "count" and (_after_capacity_lead(s, start) or written in names()["capacity_count_units"]))) and (
        _PROJECT_NAME_AFTER.match(s, vend) or (written not in units().site_units and _PROJECT_LIST_AFTER.match(s, vend))
    ):
        role = "name"  # 年产10万吨锂电池正极材料项目, 30万吨聚酯项目, 年产1万吨碳酸锂、…2个项目: a capacity in a project's name
    elif family == "physical" and written in _DISTANCE_UNITS and (
        _LOCATED_BEFORE.search(_clause_before(s, start, 18)) or _DISTANCE_LIST_BEFORE.search(s, max(0, start - 60), start)
    ):
        role = "name"  # 位于县城以东2公里处, 距离市区15公里，沈阳600公里: where a site lies, no indicator
    elif family == "physical" and s[start - 1 : start] == "在" and _SCENE_AFTER.match(s, vend):
        role = "name"  # 在17万平方公里的贵州大地上, 在3.7公里的财富大路上: setting a scene, no indicator
    elif family == "physical" and _SPEC_IN_NAME.match(s, vend) and written in ("米", "千伏", "万伏", "英寸", "纳米"):
        role = "name"  # 4.3米焦炉, 5.5米及以上焦炉, 500千伏变电站, 12英寸晶圆: a size in an equipment name
    elif family == "physical" and re.search(r"(?:时速|速度|车速)$", s[max(0, start - 4) : start]):
        role = "name"  # 时速350公里高铁: the class of a line, not a figure of the region
    elif family == "physical" and written == "岁" and re.match(r"(?:及以上|以上|以下)[\u4e00-\u9fff]", s[vend : vend + 4]):
        role = "name"  # 60岁以上老年人
    elif core.chinese and family == "count" and (
        _startswith_any(s, vend + (s[vend : vend + 1] in cmp.OPEN_QUOTES), n["slogan_nouns"]) or _QUOTED_MARK_AFTER.match(s, vend)
    ):
        role = "name"  # 守住两条底线, 十种有色金属: a count that is part of a set phrase or a basket's name
    elif core.chinese and family == "count" and start > 0 and s[start - 1] in cmp.OPEN_QUOTES:
        role = "name"  # “四个走在前”, ‘六个迈上新台阶’: a slogan
    elif core.chinese and core.written == "一" and family == "count":
        nxt = s[vend : vend + 1]
        if written in ("批",) or (nxt and CJK.match(nxt)):
            role = "article"
    return [_finish(s, start, vend, value, value_max, unit, unit_text, kind_hint, floor, core.inner, role=role)]


# ---------------------------------------------------------------- counts and caps that are no figures

_PACKAGE_OPEN = re.compile(r"[“\"‘「『][\u4e00-\u9fff]{0,6}$")
_PACKAGE_VERB = re.compile(r"(?:落实|实施|出台|推出|执行|兑现|制定|印发)(?:了|好)?(?![^，,]*(?:政策|措施|举措|意见|条款))[^，,]{1,8}$")
_COUNT_BEFORE = re.compile(r"[两二三四五六七八九十\d]个$")
_HIGHEST_SAID = re.compile(r"最高(?:达到|达|为)")


def _not_a_count(s: str, core: _Core, start: int, vend: int, family: str, written: str, n) -> bool:
    """A number that only names something: a policy package by its articles (“50条”), milestones counted
    (两个万亿元大关), a rhetorical count of places, a set named by its size, a class of investment."""
    if family == "count":
        if core.chinese and _before_quotes(s, start).endswith("以"):
            return True  # 以三项举措助推…, 以两个“一号工程”为总牵引: the means of a campaign, counted in words
        if written == "次" and (core.chinese or _TIMES_NOT_EVENTS.search(_clause_before(s, start, 12))):
            return True  # 两次调整, 点击：352次, 出现41次: no count of events (招商26次 is one)
        if written == "条" and s[vend : vend + 1] in cmp.CLOSE_QUOTES and _PACKAGE_OPEN.search(s, max(0, start - 7), start):
            return True  # 出台“50条”, 稳经济“25条”, “双15条”: a package of measures named by its size
        if written == "条" and not CJK.match(s[vend : vend + 1]) and _PACKAGE_VERB.search(_clause_before(s, start, 14)):
            return True  # 深入实施稳增长20条: a package named by its size (出台政策措施120条 counts measures)
        if _milestone_follows(s, vend, n):
            return True  # 跨过两个万亿元大关: how many milestones, not a figure
        if written in ("条", "篇") and (not CJK.match(s[vend : vend + 1]) or s[vend] in "共和") and re.search(r"》|部分|板块|章", _clause_before(s, start, 30) + s[vend : vend + 8]):
            return True  # 《建议》共三大板块、十二个部分、42条, 分18篇共62章: the parts of a document
        if core.chinese and _clause_opens_at(s, start) and _rhetorical_count(s, vend, n):
            return True
        if core.chinese and _told_in_parts(s, start, vend, n):
            return True
    if family == "money" and core.bare_magnitude:
        if _COUNT_BEFORE.search(_before_quotes(s, start)) and _milestone_follows(s, vend, n, money=True):
            return True  # 两个万亿元大关: the milestone, counted
        if re.match(r"(?:以上|及以上)?的[\u4e00-\u9fff]{0,12}?项目", s[vend : vend + 18]):
            return True  # 投资百亿元的新能源项目: a class of project, not one's investment
    return False


_DISTANCE_UNITS = frozenset(("公里", "千米", "米", "km"))
_LOCATED_BEFORE = re.compile(r"(?:位于|距离?|离)[^，,。；、\d]{1,14}$")  # (the comma as normalise_digits writes it too)
# 距通辽市320公里，沈阳600公里，大连港860公里: the later places of a list of distances opened by 距
_DISTANCE_LIST_BEFORE = re.compile(
    r"(?:距离?|离)[^。；\d]{1,14}[\d.]+(?:公里|千米)(?:[，,、][^，,。；、\d]{1,8}[\d.]+(?:公里|千米))*[，,、][^，,。；、\d]{1,8}$"
)
_QUOTED_MARK_AFTER = re.compile(r"[“‘\"][^”’\"，。；]{0,4}[\d.一二三四五六七八九十]+[%成][”’\"]")  # 实现四个“超40%”: a tally of quoted marks
_SCENE_AFTER = re.compile(r"的[\u4e00-\u9fff]{1,8}上")
_TIMES_NOT_EVENTS = re.compile(r"点击|阅读|浏览|访问|出现|播放|转发|下载|提及")


def _milestone_follows(s: str, vend: int, n, money: bool = False) -> bool:
    return bool(_milestone_pattern(money).match(s[vend : vend + 14]))


@lru_cache(maxsize=2)
def _milestone_pattern(money: bool) -> re.Pattern:
    head = "" if money else r"[“‘]?[\d.十百千万亿]{1,6}[”’]?元?"
    return re.compile(head + "[”’]?级?(?:" + "|".join(names()["milestone_nouns"]) + ")")


def _clause_opens_at(s: str, start: int) -> bool:
    """Nothing but a region word or 其中 stands between the clause break and the count."""
    k = start
    while k > 0 and s[k - 1] not in "，,。；;！!？?\n：:":
        k -= 1
    return re.fullmatch("(?:其中|" + SCOPE + ")?", s[k:start]) is not None


def _rhetorical_count(s: str, vend: int, n) -> bool:
    """两个副省级城市拉动作用明显 (a judgement on the places counted), 十二条产业链…建设开启加速跑 (a set named
    by its size with no figure of its own in the clause)."""
    rest = _TO_CLAUSE_END.match(s, vend).group(0)  # (matched in place: a slice to the page's end is dear)
    if _DIGIT_ANY.search(rest):
        return False
    if any(rest.endswith(w) for w in n["judgement_words"]):
        return True  # 两个副省级城市拉动作用明显, 三个千亿级产业成长较好: a judgement on the things counted
    named = _named_set_pattern().match(rest)
    return bool(named) and not re.search(r"[\d一二三四五六七八九十两百千万亿]", rest)  # 八条重点产业链建设…


_TO_CLAUSE_END = re.compile(r"[^，,。；;！!？?\n]*")


@lru_cache(maxsize=1)
def _named_set_pattern() -> re.Pattern:
    return re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + "|".join(names()["named_set_nouns"]) + ")")


_DIGIT_ANY = re.compile(r"\d")
_LISTED_AS = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:分别是|分别为)(?![^，,。；;]*\d)")  # (…分别是上年的1.5倍: figures follow)


def _told_in_parts(s: str, start: int, vend: int, n) -> bool:
    """从七个方面总结, 分两批确定, 又一个“万亿工业大市”, 贡献最大的三个行业分别是…: how a thing is told or
    grouped, or a list about to be named, not a figure."""
    before = s[max(0, start - 1) : start]
    if before in ("从", "分") and (_startswith_any(s, vend, n["aspect_nouns"]) or s[vend - 1 : vend] in ("批", "步")):
        return True
    if s[start:vend].startswith("一") and before in ("又", "另"):
        return True
    return bool(_LISTED_AS.match(s, vend))


def _highest_of_roundup(s: str, cue_at: int, floor: int) -> bool:
    """泉州GDP总量最高达7472.25亿元: 最高达 in a roundup is the highest figure (=); in a clause about support
    (奖励最高达500万元) it stays a cap."""
    if not _HIGHEST_SAID.match(s, cue_at):
        return False
    sentence = _clause_before(s, cue_at, 40)  # 按投资额的10%给予补助，最高达300万元: the support is named a clause back
    return not any(w in sentence for w in names()["cap_words"])


def _doublings(n: float) -> float:
    """翻一番 doubles (growth of 1 倍), 翻两番 quadruples (3 倍)."""
    return 2 ** n - 1 if n == int(n) and 0 < n <= 5 else n


def _counts_its_list(s: str, start: int, value: float) -> bool:
    """`A、B、C和D等4个…`: a count right after 等 that equals the number of items listed before it (an
    open list, 华为、中兴等5家企业, says more than its items and stays a figure)."""
    if start < 1 or s[start - 1] != "等":
        return False
    head = s[max(0, start - 120) : start - 1]
    m = re.search(r"[，。；：:;,\n（(]", head[::-1])
    items_text = head[len(head) - m.start():] if m else head
    if "、" not in items_text:
        return False
    fine = len([x for x in re.split(r"、|和|及|与", items_text) if x.strip()])
    coarse = items_text.count("、") + 1 + (1 if re.search(r"[和及与]", items_text.rsplit("、", 1)[-1]) else 0)
    return value in (fine, coarse)


def _threshold_in_name(s: str, start: int, vend: int) -> bool:
    """超百亿元水利工程: an over-threshold amount followed, within three characters, by a class noun."""
    if not s[max(0, start - 2) : start].endswith(_THRESHOLD_CUE):
        return False
    for k in (1, 2, 3):
        if not CJK.match(s, vend + k - 1) or s[vend + k - 1] in "的之":
            return False  # 总投资超过120亿元的项目: a figure said of a project, not a class name
        if _startswith_any(s, vend + k, names()["threshold_nouns"]):
            return True
    return False


def _mag_of(s: str, core: _Core) -> float:
    """The magnitude written inside a core (20-30亿: the 亿 of the second end)."""
    m = re.search(r"[万亿千百]+$", s[core.start : core.end].rstrip("余多"))
    if m and not core.chinese:
        return magnitude_value(m.group(0)) or 1.0
    return 1.0


# 产量稳定在百万吨以上 (the clause ends there): a bound on an amount, though its one is implied
# (百万吨以上的企业, 亿元以上项目 go on to a noun: a class in a name)
_BARE_BOUND_AFTER = re.compile(r"(?:以上|以下|左右)(?=[，。；;,、）)！]|$)")


def _has_cue(s: str, start: int, floor: int) -> bool:
    pre = cmp.prefix_cue(s, start, floor)
    return bool(pre and pre[1] != "=")


def _unitless(s, core, start, end, value, value_max, floor) -> list[Quantity]:
    n = names()
    written = s[start:end]
    nxt = s[end : end + 1]
    if not core.chinese and "亿" not in written and "万" not in written:
        if nxt and _ASCII_TAIL.match(nxt):
            tail = _ASCII_TAIL.match(s, end)
            if tail.group(0) in _COMPUTE_UNITS and "算力" in _clause_before(s, start):
                # 算力规模达6900P: computing power in petaflops, a measure
                return [_finish(s, start, tail.end(), value, value_max, "other", tail.group(0), None, floor, core.inner)]
            return [_q(start, tail.end(), start, tail.end(), value, "other", "", role="name")]  # 5G, 4K, 3D, 5A级
        quoted = start > 0 and s[start - 1] in cmp.OPEN_QUOTES and nxt in cmp.CLOSE_QUOTES
        digits = written.isdigit()
        if digits and (quoted or (len(written) >= 3 and _framework_word_follows(s, end, n))):
            return [_q(start, end, start, end, value, "other", "", role="code")]
        if digits and nxt in cmp.CLOSE_QUOTES and _startswith_any(s, end + 1, n["framework_words"]):
            return [_q(start, end, start, end, value, "other", "", role="code")]
        if s.startswith("级", end):
            return [_q(start, end, start, end, value, "other", "", role="name")]
        if _INDEX_BEFORE.search(s, max(0, start - 12), start) and not _INDEX_NOT_AFTER.match(s, end):
            # 两化融合发展水平达到66, 工业经济效益综合指数为369.2: an index, a level with no unit
            return [_finish(s, start, end, value, value_max, "other", "指数", None, floor, core.inner)]
        if _RANK_LIST_BEFORE.search(s, max(0, start - 30), start) and _RANK_LIST_AFTER.match(s, end):
            # 分别第15、60、61、94位: a bare place inside a list of places opened by 第 and closed by 位
            return [_finish(s, start, end, value, value_max, "rank", "位", "rank", floor, None)]
        if _MOVE_LIST_BEFORE.search(s, max(0, start - 30), start) and _MOVE_LIST_AFTER.match(s, end):
            # 分别前移3、4、7个位次: a bare move inside a list of moves of place
            return [_finish(s, start, end, value, value_max, "other", "位次", "growth", floor, None)]
        shared = _shared_percent_unit(s, start, end)
        if shared:
            return [_finish(s, start, end, value, value_max, shared[1], shared[0],
                            "growth" if shared[1] == "pp" else None, floor, core.inner)]
        return [_q(start, end, start, end, value, "other", "", role="bare", value_max=value_max)]
    # A Chinese numeral or a 万/亿 amount with no unit.
    if ("万" in written or "亿" in written) and nxt and _ASCII_TAIL.match(nxt):
        tail = _ASCII_TAIL.match(s, end)  # 算力总规模9.4万P: a measure in a Latin unit, not money
        if tail.group(0) not in n["figure_after_acronyms"]:
            return [_finish(s, start, tail.end(), value, value_max, "other", tail.group(0), None, floor, core.inner)]
        if core.bare_magnitude:
            return [_q(start, end, start, end, value, "CNY", "元", role="name")]  # 万亿GDP俱乐部: a tier, no amount
        # (1.2万亿GDP: an amount of the indicator after it, read below as money like 1.2万亿)
    if core.bare_magnitude and _before_quotes(s, start).endswith(("双", "两个", "三个")) and not _has_cue(s, start, floor):
        return [_q(start, end, start, end, value, "CNY", "元", role="name")]  # “双千亿”目标: a class word
    if "亿" in written:
        if core.bare_magnitude and _bare_tier(s, start, end, floor):
            return [_q(start, end, start, end, value, "CNY", "元", role="name")]  # 海淀的万亿: no amount
        if s.startswith("级", end) or s.startswith("量级", end) or (core.bare_magnitude and re.match(r"新?台阶", s[end : end + 3])):
            return [_q(start, end, start, end, value, "CNY", "元", role="name")]
        if (core.bare_magnitude or (core.chinese and re.fullmatch(r"[一二三四五六七八九两]?[十百千]?[万亿]+", written))) and _CLASS_AFTER.match(s, end):
            return [_q(start, end, start, end, value, "CNY", "元", role="name")]  # 迈入千亿企业行列, 向万亿产业迈进
        if core.bare_magnitude and not _has_cue(s, start, floor) and _CLASS_NOUN_AFTER.match(s, end):
            # 为打造园区千亿锂电产业奠定基础, 打造千亿工业, 新区百亿生命健康产业: a tier in a class's name, as
            # 打造千亿元新能源电池产业 (no cue: 突破千亿 is a figure)
            return [_q(start, end, start, end, value, "CNY", "元", role="name")]
        if _CUBIC_METRES.match(s, end):
            return _in_cubic_metres(s, start, end, value, value_max, floor, core)  # 天然气产量350亿方: not money
        clause = _clause_before(s, start)
        if _counts_people(clause, n):
            return [_finish(s, start, end, value, value_max, "count", "人", None, floor, core.inner)]
        ahead = _PHYSICAL_AHEAD.match(s, end) if core.bare_magnitude and not _MONEY_CONTEXT.search(clause) else None
        if ahead:
            # 装机率先破亿、达到1.35亿千瓦: the bound is in the unit of the figure after it, not money
            unit = "count" if ahead.group(1) in ("辆", "台", "部", "人") else "other"
            return [_finish(s, start, end, value, value_max, unit, ahead.group(1), None, floor, core.inner)]
        return [_finish(s, start, end, value, value_max, "CNY", "元", None, floor, core.inner)]
    if "万" in written and (not core.chinese or not core.bare_magnitude or _has_cue(s, start, floor)):
        if _CUBIC_METRES.match(s, end):
            return _in_cubic_metres(s, start, end, value, value_max, floor, core)  # 土方1.5万方
        clause = _clause_before(s, start)
        if _counts_people(clause, n) or _PEOPLE_AFTER.match(s, end):
            # 634万建档立卡贫困人口全部脱贫: people counted by the noun after the figure
            return [_finish(s, start, end, value, value_max, "count", "人", None, floor, core.inner)]
        if _MONEY_CONTEXT.search(clause):
            return [_finish(s, start, end, value, value_max, "CNY", "元", None, floor, core.inner)]
        return [_finish(s, start, end, value, value_max, "other", "", None, floor, core.inner, role="bare")]
    return []  # a Chinese numeral with no unit is a word part (十大, 三次, 两业), not a quantity


def _counts_people(clause: str, n: dict) -> bool:
    """常住人口约57万, 旅居人数超550万: a bare 万/亿 amount of people, by a people word in its own clause (not one
    before a comma: 常住人口约57万，地区生产总值达到320亿 is money)."""
    own = re.split(r"[，,]", clause)[-1]
    return any(w in own for w in n["people_words"])


# (not money on its way to them: 1000万专项资金用于人才引进)
_PEOPLE_AFTER = re.compile(r"(?:(?!资金|基金|经费|补贴|奖励|奖补|投资|投入|元)[\u4e00-\u9fff]){0,6}?(?:人口|居民|农民工|农民|群众|职工|劳动力|青年|毕业生|人才)(?![\u4e00-\u9fff]{0,2}(?:收入|增收|可支配|消费|存款))")
_COMPUTE_UNITS = frozenset(("P", "PFLOPS", "EFLOPS", "E", "EFlops", "PFlops", "Pflops", "Eflops"))
_PHYSICAL_AHEAD = re.compile(r"[、，,]?[^，。；\d]{0,6}[\d.]+[万亿]?(千瓦时|千瓦|吨|度|平方米|公里|辆|台|部|人)")


_SHARED_JOIN = ("和", "、", "与", "，", ",")


_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _shared_percent_unit(s: str, start: int, end: int) -> tuple[str, str] | None:
    """分别提高1.4和0.1个百分点, 分别为12.5、8.3%: a percent unit written once, after the last of a 分别 list.

    (written, unit) of the shared unit, or None. Only % and 个百分点: a magnitude (亿, 万) written once is not
    carried back (10和20亿元 is ambiguous). A full-width comma between the figures (分别增长12，15个百分点)
    joins them too: normalise_digits leaves it full-width only there."""
    if not s.startswith(_SHARED_JOIN, end):
        return None
    clause = s[max(0, start - 24) : start]
    for p in "，。；,;：:":
        k = clause.rfind(p)
        if k != -1:
            clause = clause[k + 1 :]
    if "分别" not in clause and not s.startswith("、", end):
        return None  # 高于全国、全省7.5、6.1个百分点: a bare figure before 、 is a list item even without 分别
    pos = end + 1
    while True:
        m = _PLAIN_NUMBER.match(s, pos)  # (in place, not on a slice to the page's end)
        if not m:
            return None
        pos = m.end()
        unit = _unit_at(s, pos)
        if unit:
            written, kind, family = unit
            if family == "percent" and kind in ("%", "pp"):
                return written, kind
            # 分别为15，120家: a count unit too, for whole numbers in a 分别 list (no magnitude to misplace)
            if family == "count" and "分别" in clause and "." not in s[start:pos]:
                return written, kind
            return None
        if not s.startswith(_SHARED_JOIN, pos):
            return None
        pos += 1


def _before_quotes(s: str, start: int) -> str:
    """The text before `start` with any opening quotes right before it skipped."""
    k = start
    while k > 0 and s[k - 1] in cmp.OPEN_QUOTES:
        k -= 1
    return s[max(0, k - 4) : k]


def _framework_word_follows(s: str, pos: int, n) -> bool:
    """12345创新工程, 613产业体系: a framework word within a few characters after the digits."""
    for k in range(0, 5):
        if k and not CJK.match(s, pos + k - 1):
            return False
        if _startswith_any(s, pos + k, n["framework_words"]):
            return True
    return False


def _clause_before(s: str, start: int, width: int = 16) -> str:
    lo = max(0, start - width)
    chunk = s[lo:start]
    for p in "。；;！!？?\n":
        k = chunk.rfind(p)
        if k != -1:
            chunk = chunk[k + 1 :]
    return chunk
