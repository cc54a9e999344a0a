"""Time expressions and the contract's period strings.

`find_time_expressions(text)` finds the time words of a sentence (2023年, 2020—2023年, 今年上半年, 前三季度,
1-7月, 到2025年底, “十四五”末, 2022年以来, 近三年 …); `resolve_period(expr, ref_year, ref_month)` turns one
into a contract period: ``YYYY``, ``YYYY-YYYY``, ``YYYYH1``/``H2``, ``YYYYQ1``..``Q4``, ``YYYY-MM``.
Relative words resolve against the reference (publication) year; without one they give None.

Examples (also the tests): examples/time.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from chanye.extract import numeral
from chanye.extract.numeral import normalise_digits, parse_numeral
from chanye.extract.wordlists import any_of, load

try:  # the regex parser, to list the characters the patterns name (Python 3.11+; before: sre_parse)
    from re import _constants as _c, _parser
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _parser


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    # year | span | half | quarter | to_month | month | relative_year | plan | since | recent | ahead
    kind: str
    year: int | None = None  # absolute year where written (2024年上半年 → 2024)
    end_year: int | None = None  # span end (2020—2023年 → 2023)
    offset: int | None = None  # relative year: 今年 0, 去年 -1, 明年 +1 (used when year is None)
    half: int | None = None  # 1 | 2
    quarter: int | None = None  # 1..4
    month: int | None = None  # month, or last month of a to-date range (前三季度 → 9, 1-7月 → 7)
    plan: int | None = None  # five-year plan number: 十四五 → 14
    part: str | None = None  # for plans: during | end | start | since | first_years | None (the whole plan)
    years: int | None = None  # 近三年 / 三年来 → 3; “十四五”前三年 → 3
    by: bool = False  # 到 / 截至 / 至 … 年(底): a horizon (a target year, or a figure to date)
    since: bool = False  # 以来
    baseline: bool = False  # a comparison base (去年同期, 比上年): not the figure's own period
    implicit: bool = False  # written with no year at all (1-11月, 前三季度): the year is the page's, or the one before
    closed: bool = False  # 过去三年: years that have closed (not 近三年 / 三年来, which run to the page's year)


CLOSED_YEARS_UNTIL = 9  # month: until autumn, 过去N年 reviews the years before the page's
PLAN_FIRST_YEAR_14 = 2021  # the 14th five-year plan is 2021–2025; plans follow at five-year steps


def plan_years(plan: int) -> tuple[int, int]:
    first = PLAN_FIRST_YEAR_14 + 5 * (plan - 14)
    return first, first + 4


_CN_DIGIT_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
Y = r"(?:(?:19|20)\d{2}|[二一][〇零一二三四五六七八九]{3})"
SEP = r"[-—–~～至到]"
SMALL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
QUOTE_OPEN = "“\"‘'「『"
QUOTE_CLOSE = "”\"’'」』"
_REL = {"今年": 0, "本年": 0, "本年度": 0, "今年度": 0, "去年": -1, "上年": -1, "上一年": -1, "上年度": -1,
        "明年": 1, "来年": 1, "下一年": 1, "前年": -2, "后年": 2}
# 当年 is left out: in a narrative it means "that year" (2020年…当年新增), not the publication year.
_REL_RE = "|".join(sorted(_REL, key=len, reverse=True))
_BY = r"(?P<by>截至到|截止到|截至|截止|到|至|于|在)?"

# 一、二季度 / 三、四季度: a half year written as its two quarters; 一至三季度 / 一、二、三季度: the first three
# (not at a line's start, where 一、 numbers a heading: 一、二季度工业运行情况)
_TWO_QUARTERS = r"(?<=[^\n\d一二三四])(?:[一1][、，,和及与]?[二2]|[三3][、，,和及与]?[四4])季度"
_THREE_QUARTERS = r"(?<=[^\n\d一二三四])[一1](?:[至到\-—~～]|[、，,][二2][、，,和及与])[三3]季度"

# What may follow a year (absolute or relative) inside one expression.
_TAIL = (
    r"(?:"
    r"(?P<half>上半年|下半年|上半期|半年报|" + _TWO_QUARTERS + r")"
    r"|(?P<q3>前三季度|前三个季度|[首头前]三季度?|" + _THREE_QUARTERS + r")"
    r"|(?P<q1>首季度?)"
    r"|(?:第)?(?P<quarter>[一二三四1-4])(?:季度|季)"
    r"|(?P<m1>1|一)(?:" + SEP + r"|月?" + SEP + r")(?P<m2>" + SMALL + r")月(?:份)?(?:底|末)?"
    r"|[前首头](?P<frontm>" + SMALL + r"|两)个?月"
    r"|(?P<month>" + SMALL + r")月(?:份)?(?P<monthend>底|末|初)?(?P<month_since>以来|至今)?"
    r"|(?:底|末|年底|年末)?(?P<since>以来|至今|(?<=年)起(?=[，,]))"  # 从2020年起，…: since
    r"|(?P<yearend>底|末|年底|年末)"
    r"|(?P<before>前)(?![一二三四五六七八九十两\d])"
    r"|全年"
    r")?"
)

# 2023年1月至2023年11月: a range to date with its year written twice (the same year only)
_YEAR_AGAIN_TO_MONTH = r"(?:(?P<m1_again>1|一)月" + SEP + r"(?P=year)年(?P<m2_again>" + SMALL + r")月(?:份)?(?:底|末)?)"
_ABS = re.compile(
    _BY + r"(?P<year>" + Y + r")年(?:度)?(?:" + r"(?P<span>" + SEP + r")(?P<year2>" + Y + r")年(?:度)?)?"
    + r"(?:" + _YEAR_AGAIN_TO_MONTH + "|" + _TAIL + ")"
)
_ABS_SPAN_SHORT = re.compile(_BY + r"(?P<year>" + Y + r")" + SEP + r"(?P<year2>" + Y + r")年")
_THIS_YEAR_TERM = re.compile(r"新(?:开工|增|建|签|入库|设立|登记|投产)")
_PART_OF_YEAR = re.compile(r"半年|季度|\d{1,2}月|[一二三四五六七八九十]{1,2}月")
_RELATIVE = re.compile(_BY + r"(?P<rel>" + _REL_RE + r")" + _TAIL + r"(?P<same>同期)?")
_BARE = re.compile(
    _BY
    + r"(?:(?P<half>上半年|下半年|(?<![一两多近过])半年报|" + _TWO_QUARTERS + r")|(?P<q3>前三季度|[首头前]三季度?|" + _THREE_QUARTERS + r")|(?P<q1>首季度?)|(?:第)?(?P<quarter>[一二三四]|(?<=第)[1-4])季度"
    + r"|第(?P<quarter_hk>[一二三四1-4])季(?!度)"
    + r"|(?P<m1>1|一|(?<![\d万亿千百十])元)(?:" + SEP + r"|月" + SEP + r")(?P<m2>" + SMALL + r")月(?:份)?(?:底|末)?"
    + r"|(?<![目提之以此日当眼先早])[前首头](?P<frontm>" + SMALL + r"|两)(?:个月|月(?:份)?(?![\d日号]))"  # (前九月: 前9个月)
    + r"|(?<![\d个一二三四五六七八九十])(?P<month>" + SMALL + r")月(?:份)?(?P<monthend>底|末|初)?(?![\d日号])"
    + r"|年初(?P<since>以来|至今)"
    + r")"
)
# 截至6月30日 / 截至2024年9月30日: a figure to date, the period is that month.
_TO_DAY = re.compile(
    r"(?P<by>截至到|截止到|截至|截止)(?:(?P<year>" + Y + r")年)?(?P<month>" + SMALL + r")月"
    r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
)
_PLAN = re.compile(
    _BY
    + r"[" + QUOTE_OPEN + r"]?(?P<plan>十[一二三四五六七八九]五)[" + QUOTE_CLOSE + r"]?"
    + r"(?:规划)?(?:的(?=收官|开局|末|初|前))?(?P<part>时期|期间|期内|以来|期末|末期|末|收官之年|收官|初期|开局之年|开局|初"
    + r"|前(?P<first_n>[一二三四两1-4])年)?"
)
# 第十五个五年规划(纲要): the plan written out, as its title reads
_PLAN_WRITTEN = re.compile(r"第(?P<plan>十[一二三四五六七八九])个五年(?:规划|计划)")
_RECENT = re.compile(
    r"(?:近|最近|过去|这)(?P<n1>" + SMALL + r"|两)年(?:来|间|以来)?|(?P<n2>" + SMALL + r"|两)年(?:来|以来)"
)
# 党的十八大以来: since the year the Party congress met (the 18th in 2012, one every five years)
_CONGRESS = re.compile(r"(?:党的)?(?P<congress>十[八九]|二十)大(?:召开)?以来")
_CONGRESS_CORE = (re.compile(r"大(?:召开)?以来"), 4)  # after 党的二十 at most
CONGRESS_18_YEAR = 2012
# 新中国成立70年来, 改革开放40年来: the N years from the founding event; 经过70年的发展 (an anniversary page
# that names no event): the N years before the page. Short spans (经过5年的努力) are left to the plain readings.
_EVENT_YEARS: dict[str, int] = load("time.yaml")["event_years"]  # (lexicon/time.yaml)
_ANNIVERSARY = re.compile(
    r"(?P<event>" + any_of(list(_EVENT_YEARS)) + r")(?P<n1>\d{2}|[二三四五六七八九]十[一二三四五六七八九]?)(?:周)?年(?:来|以来|间)"
    r"|经过(?P<n2>[三四五六七]十|[3-7]0)(?:多)?年的?(?:发展|建设|奋斗|努力)"
)
_ANNIVERSARY_CORE = (re.compile(any_of([*_EVENT_YEARS, "经过"])), 0)
# 建成投产后年可实现产值…: 后 ends "after completion" and 年 opens "a year's output", no 后年 (lexicon/time.yaml)
_AFTER_COMPLETION = re.compile(r"(?:" + any_of(load("time.yaml")["completion_verbs"]) + r")$")


def congress_year(number: int) -> int:
    return CONGRESS_18_YEAR + 5 * (number - 18)


# 未来五年 / 今后五年: the years ahead of the page (a plan's horizon)
_AHEAD = re.compile(r"(?:未来|今后)(?P<n>" + SMALL + r"|两)年")
_AHEAD_CORE = (re.compile(r"未来|今后"), 0)
_RECORD_AFTER = re.compile(r"(?:的|之|中|里)?(?:最|新高|新低|首次|首度|第一次|同期最|罕见|少有|未有)")
_CHANGE_VERB_ENDS = "长高升降大加增减少提"
# a time word after these is the base a figure is measured against (比上年, 增速快于上年, 高于2019年水平)
_BASELINE_BEFORE = ("比", "较", "同比", "与", "相比", "比上", "较上", "快于", "慢于", "高于", "低于", "好于")


@lru_cache(maxsize=256)  # parse_numeral (cn2an) is slow, and the same few numerals come back
def _num(text: str | None) -> int | None:
    if not text:
        return None
    if text == "两":
        return 2
    value = parse_numeral(text)
    return int(value) if value is not None else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGIT_VALUE[c]) for c in text))


def _tail_fields(m: re.Match) -> dict:
    g = m.groupdict()
    out: dict = {}
    if g.get("half"):
        out["kind"] = "half"
        out["half"] = 2 if g["half"].startswith(("下", "三", "3")) else 1  # 上半年, 上半期, 半年报 (the first half's report), 三、四季度
    elif g.get("q3"):
        out["kind"] = "to_month"
        out["month"] = 9
    elif g.get("q1"):
        out["kind"] = "quarter"
        out["quarter"] = 1  # 首季 (Hong Kong / Taiwan usage): the first quarter
    elif g.get("quarter") or g.get("quarter_hk"):
        out["kind"] = "quarter"
        out["quarter"] = _num(g.get("quarter") or g.get("quarter_hk"))
    elif g.get("m2") or g.get("m2_again"):
        out["kind"] = "to_month"
        out["month"] = _num(g.get("m2") or g.get("m2_again"))
    elif g.get("frontm"):
        out["kind"] = "to_month"
        out["month"] = _num(g["frontm"])
    elif g.get("month_since"):
        out["kind"] = "since"  # 2022年2月以来: from that year on, as 2022年以来
        out["since"] = True
    elif g.get("month"):
        out["kind"] = "month"
        out["month"] = _num(g["month"])
    elif g.get("since"):
        out["kind"] = "since"
        out["since"] = True
    elif g.get("yearend") or g.get("before"):
        out["by"] = True  # 2025年底 / 2030年前: a horizon
    return out


# Cheap searches that find every place a pattern above can match: each match of the pattern holds a hit
# of its core at most `back` characters after the match's start (see _scan). Single characters or
# fixed-width words that cannot overlap one another, so finditer sees every hit.
_CN_YEAR_DIGITS = "〇零一二三四五六七八九"
_Y_CORE = r"[12二一](?:[09]\d\d|[" + _CN_YEAR_DIGITS + r"]{3})"  # a little more than Y
_ABS_CORE = (re.compile(_Y_CORE + r"年"), 3)  # Y年 after 截至到 at most
_SPAN_CORE = (re.compile(_Y_CORE + SEP + _Y_CORE + r"年"), 3)
_REL_CORE = (re.compile(_REL_RE), 3)
# 上半年, 前三季度, 1—12月 (月 at 5 at most), 年初以来, after 截至到 at most
_BARE_CORE = (re.compile(r"半|季|月|年初"), 8)
_TO_DAY_CORE = (re.compile(r"截[至止]"), 0)
_PLAN_CORE = (re.compile(r"十[一二三四五六七八九]五"), 4)  # after 截至到 and an opening quote at most
_PLAN_WRITTEN_CORE = (re.compile(r"个五年"), 3)  # after 第十五
_RECENT_CORE = (re.compile(r"近|过去|这|年来|年以来"), 3)  # 最近十一年, 十一年来


def _scan(pat: re.Pattern, s: str, core: tuple[re.Pattern, int]) -> list[re.Match]:
    """The matches of `pat.finditer(s)`, trying `pat` only at the starts a hit of the core allows.

    Every match holds a core hit at most `back` characters after its start, so no other start can
    match; starts are tried in increasing order, after the end of the last match, as finditer does."""
    core_re, back = core
    out: list[re.Match] = []
    nxt = 0  # the first start not yet tried (nor inside a match)
    for hit in core_re.finditer(s):
        q = hit.start()
        for p in range(max(nxt, q - back), q + 1):
            m = pat.match(s, p)
            if m:
                out.append(m)
                nxt = m.end()
                break
        else:
            if q + 1 > nxt:
                nxt = q + 1
    return out


def _named_chars(patterns: list[re.Pattern]) -> set[str] | None:
    """Every character the patterns can consume or test, "\\d" for a digit class; None where one of them has
    a wildcard, a negated class or another construct this does not follow."""
    named: set[str] = set()

    def walk(items) -> bool:
        for op, av in items:
            if op is _c.LITERAL:
                named.add(chr(av))
            elif op is _c.IN:
                for o, a in av:
                    if o is _c.LITERAL:
                        named.add(chr(a))
                    elif o is _c.RANGE:
                        named.update(map(chr, range(a[0], a[1] + 1)))
                    elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                        named.add("\\d")
                    else:
                        return False
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                if not walk(av[2]):
                    return False
            elif op is _c.SUBPATTERN:
                if not walk(av[3]):
                    return False
            elif op is _c.BRANCH:
                if not all(walk(alt) for alt in av[1]):
                    return False
            elif op in (_c.ASSERT, _c.ASSERT_NOT):
                if not walk(av[1]):
                    return False
            elif not (op is _c.AT and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_END_STRING)):
                return False
        return True

    return named if all(walk(_parser.parse(p.pattern)) for p in patterns) else None


def _normalising_shortcuts() -> tuple[re.Pattern | None, re.Pattern | None]:
    """(the characters that may make a time word, those normalise_digits changes that can matter here).

    A changed character matters when it or its replacement is named by a pattern (or core) above or read
    by _make. Where only characters that do not matter are changed (the full-width comma of every
    sentence), the patterns match the text as it is exactly as they match the normalised text, and the
    translation is skipped. (None, None) where the translation table is unknown: no shortcut."""
    table = getattr(numeral, "_FULLWIDTH", None)
    if not isinstance(table, dict):
        return None, None
    # (a deleted character, None, becomes "": it moves what follows, so it matters)
    pairs = [(chr(k), v if isinstance(v, str) else "" if v is None else chr(v)) for k, v in table.items()]
    pairs = [(k, v) for k, v in pairs if k != v]
    # every pattern needs one of 年月季十 (or a character normalised into one)
    time_chars = "年月季十" + "".join(k for k, v in pairs if set(v) & set("年月季十"))
    cores = [_ABS_CORE, _SPAN_CORE, _REL_CORE, _BARE_CORE, _TO_DAY_CORE, _PLAN_CORE, _PLAN_WRITTEN_CORE, _RECENT_CORE, _AHEAD_CORE, _CONGRESS_CORE, _ANNIVERSARY_CORE]
    named = _named_chars([_ABS, _ABS_SPAN_SHORT, _RELATIVE, _BARE, _TO_DAY, _PLAN, _PLAN_WRITTEN, _RECENT, _AHEAD, _CONGRESS, _ANNIVERSARY, _RECORD_AFTER] + [c[0] for c in cores])
    if named is None:
        matters = "".join(k for k, v in pairs)
    else:
        named |= set(_CHANGE_VERB_ENDS + "".join(_BASELINE_BEFORE))
        digit = re.compile(r"\d")
        matters = "".join(
            k for k, v in pairs
            if len(v) != 1 or {k, v} & named or ("\\d" in named and (digit.match(k) or digit.match(v)))
        )
    any_time = re.compile("[" + re.escape(time_chars) + "]")
    return any_time, re.compile("[" + re.escape(matters) + "]") if matters else re.compile(r"(?!)")


_ANY_TIME_CHAR, _MATTERS_RE = _normalising_shortcuts()


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Time expressions in `text`, non-overlapping, in order (spans index `text` as passed in)."""
    return list(_time_expressions(text))


@lru_cache(maxsize=4096)  # a pure function of the text; pages repeat paragraphs and callers ask again
def _time_expressions(text: str) -> tuple[TimeExpression, ...]:
    if _ANY_TIME_CHAR is None:  # no shortcut
        s = normalise_digits(text)
    elif not _ANY_TIME_CHAR.search(text):
        return ()  # no time word without one of 年月季十
    else:  # the full-width comma alone need not be translated (see _normalising_shortcuts)
        s = normalise_digits(text) if _MATTERS_RE.search(text) else text
    found: list[TimeExpression] = []
    # a pattern is scanned for only where a word its every match holds is written (a word is found in
    # C much faster than a pattern's first characters): half of the paragraphs asked about have no 年
    has_year = "年" in s
    for m in _scan(_ABS, s, _ABS_CORE) if has_year else ():
        year = _year(m.group("year"))
        fields = {"kind": "year", "year": year}
        if m.group("year2"):
            fields.update(kind="span", end_year=_year(m.group("year2")))
            if m.group("since"):
                fields["since"] = True
        else:
            fields.update(_tail_fields(m))
        found.append(_make(s, text, m, fields))
    for m in _scan(_ABS_SPAN_SHORT, s, _SPAN_CORE) if has_year else ():
        found.append(_make(s, text, m, {"kind": "span", "year": _year(m.group("year")), "end_year": _year(m.group("year2"))}))
    for m in _scan(_RELATIVE, s, _REL_CORE) if has_year else ():
        if m.group("rel") == "本年" and _THIS_YEAR_TERM.match(s, m.end()) and _PART_OF_YEAR.search(s, 0, m.start()):
            continue  # 本年新开工项目 (a statistics term in a 1-6月 release) names the indicator, not its period
        if m.group("rel") == "后年" and _AFTER_COMPLETION.search(s, max(0, m.start() - 2), m.start()):
            continue
        fields = {"kind": "relative_year", "offset": _REL[m.group("rel")]}
        fields.update(_tail_fields(m))
        if m.group("same"):
            fields["baseline"] = True
        found.append(_make(s, text, m, fields))
    # (the words of _BARE_CORE)
    for m in _scan(_BARE, s, _BARE_CORE) if "月" in s or "半" in s or "季" in s or "年初" in s else ():
        fields = _tail_fields(m)
        if fields.get("kind") == "month" and not 1 <= (fields.get("month") or 0) <= 12:
            continue
        glued = _glued_year(s, m)
        if glued is not None:  # 2020上半年 (the year written without 年): that year's part
            fields["year"] = _year(glued.group("year"))
            expr = _make(s, text, m, fields)
            g = glued.start()  # (比2019上半年, 到2020上半年: the words before the year decide, as for 2019年上半年)
            by = s[max(0, g - 3) : g].endswith(("截至", "截止", "到", "至")) and s[g - 2 : g - 1] not in _CHANGE_VERB_ENDS
            base = s[max(0, g - 2) : g].endswith(_BASELINE_BEFORE)
            found.append(replace(expr, start=g, text=text[g : expr.end], by=expr.by or by, baseline=expr.baseline or base))
            continue
        fields["offset"] = 0
        fields["implicit"] = True
        found.append(_make(s, text, m, fields))
    for m in _scan(_TO_DAY, s, _TO_DAY_CORE):
        fields = {"kind": "month", "month": _num(m.group("month"))}
        if m.group("year"):
            fields["year"] = _year(m.group("year"))
        else:
            fields["offset"] = 0
        fields["implicit"] = True
        found.append(_make(s, text, m, fields))
    for m in _scan(_PLAN, s, _PLAN_CORE):
        part = m.group("part") or ""
        kind_part = None
        if part in ("时期", "期间", "期内"):
            kind_part = "during"
        elif part.startswith("末") or part.startswith("收官") or part == "期末":
            kind_part = "end"
        elif part.startswith("初") or part.startswith("开局"):
            kind_part = "start"
        elif part == "以来":
            kind_part = "since"
        elif m.group("first_n"):
            kind_part = "first_years"  # “十四五”前三年
        found.append(_make(s, text, m, {"kind": "plan", "plan": _plan_number(m.group("plan")), "part": kind_part,
                                         "since": kind_part == "since", "years": _num(m.group("first_n"))}))
    for m in _scan(_PLAN_WRITTEN, s, _PLAN_WRITTEN_CORE):
        plan = _plan_number(m.group("plan") + "五")
        found.append(_make(s, text, m, {"kind": "plan", "plan": plan, "part": None, "since": False, "years": None}))
    for m in _scan(_CONGRESS, s, _CONGRESS_CORE) if "以来" in s else ():
        year = congress_year(int(parse_numeral(m.group("congress"))))
        found.append(_make(s, text, m, {"kind": "since", "year": year, "since": True}))
    for m in _scan(_ANNIVERSARY, s, _ANNIVERSARY_CORE) if "年" in s else ():
        found.append(_make(s, text, m, _anniversary_fields(m)))
    for m in _scan(_AHEAD, s, _AHEAD_CORE):
        n = _num(m.group("n"))
        if n and 1 < n <= 15:
            found.append(_make(s, text, m, {"kind": "ahead", "years": n}))
    # (the words of _RECENT_CORE)
    recent = "近" in s or "这" in s or "过去" in s or "年来" in s or "年以来" in s
    for m in _scan(_RECENT, s, _RECENT_CORE) if recent else ():
        n = _num(m.group("n1") or m.group("n2"))
        if _RECORD_AFTER.match(s, m.end()):
            continue  # 为10年来最高增幅, 创近15年新高: the window of a record, not the figure's period
        if n and 1 < n <= 30:
            found.append(_make(s, text, m, {"kind": "recent", "years": n, "closed": m.group(0).startswith("过去")}))
    return tuple(_listed_bases(_non_overlapping(found), text))


_LIST_JOINS = ("、", "和", "及", "与")


def _listed_bases(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """高于上年同期、2019年全年…: a year listed right after a comparison base is a base too. (Only a written year:
    较上半年、1-8月分别提高… keeps its bare parts, which the respective bases are named by.)"""
    for i in range(1, len(found)):
        before, e = found[i - 1], found[i]
        if before.baseline and not e.baseline and e.year is not None and text[before.end : e.start] in _LIST_JOINS:
            found[i] = replace(e, baseline=True)
    return found


# 2020上半年 / 2023前三季度 / 2024一季度: a year glued to a part of the year, 年 left out (not before a month:
# 20231-5月 is no writing, and a figure may end in a year-like number)
_GLUED_YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})")
_GLUED_PARTS = ("half", "q3", "q1", "quarter", "quarter_hk")


def _glued_year(s: str, m: re.Match) -> re.Match | None:
    if m.group("by") or not any(m.group(g) for g in _GLUED_PARTS) or m.start() < 4:
        return None
    return _GLUED_YEAR.match(s, m.start() - 4, m.start())


def _anniversary_fields(m: re.Match) -> dict:
    if m.group("event"):  # 改革开放40年来: 1978–2018, whatever the page's year
        year = _EVENT_YEARS[m.group("event")]
        return {"kind": "span", "year": year, "end_year": year + _num(m.group("n1"))}
    return {"kind": "recent", "years": _num(m.group("n2")) + 1, "closed": False}  # 经过70年: 1949–2019


@lru_cache(maxsize=64)
def _plan_number(written: str) -> int:
    return int(parse_numeral(written[:-1]))  # 十四五 → 十四 → 14


def _make(s: str, text: str, m: re.Match, fields: dict) -> TimeExpression:
    start, end = m.start(), m.end()
    written_by = m.group("by") if "by" in m.re.groupindex else None
    by = bool(written_by) and written_by in ("截至到", "截止到", "截至", "截止", "到", "至")
    if by and written_by in ("到", "至") and start > 0 and s[start - 1] in _CHANGE_VERB_ENDS:
        by = False  # 增长到2023年的…, 上升至…: the 到 belongs to the verb, not a horizon
    if written_by and not by:
        start += len(written_by)  # 于/在 (and a verb's 到) are not part of the expression
    fields["by"] = fields.get("by", False) or by  # (each caller passes a dict of its own)
    if s[max(0, start - 2) : start].endswith(_BASELINE_BEFORE):
        fields["baseline"] = True
    return TimeExpression(start=start, end=end, text=text[start:end], **fields)


def _non_overlapping(found: list[TimeExpression]) -> list[TimeExpression]:
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[TimeExpression] = []
    for e in found:
        if out and e.start < out[-1].end:
            continue
        out.append(e)
    return out


def _base_year(expr: TimeExpression, ref_year: int | None) -> int | None:
    if expr.year is not None:
        return expr.year
    if expr.offset is not None and ref_year is not None:
        return ref_year + expr.offset
    return None


def resolve_period(expr: TimeExpression, ref_year: int | None, ref_month: int | None = None) -> str | None:
    """The contract period string for `expr`, or None where it cannot be fixed."""
    kind = expr.kind
    if kind == "plan":
        first, last = plan_years(expr.plan)
        if expr.part == "end":
            return str(last)
        if expr.part == "start":
            return str(first)
        if expr.part == "first_years" and expr.years:
            return f"{first}-{first + expr.years - 1}"
        if expr.part == "since":
            if ref_year is None:
                return None
            return f"{first}-{ref_year}" if ref_year > first else str(first)
        return f"{first}-{last}"
    if kind == "ahead":
        if ref_year is None or not expr.years:
            return None
        # 未来五年 in a page of the year's first half starts with that year (a January report's plan);
        # later in the year, with the next
        first = ref_year if ref_month is not None and ref_month <= 6 else ref_year + 1
        return f"{first}-{first + expr.years - 1}"
    if kind == "recent":
        if ref_year is None or not expr.years:
            return None
        # 过去五年 / 近三年 in a page of the year's first quarter (work-report season) looks back over the
        # years that have closed: a report of 2021-02 reviewing 过去五年 means 2016–2020
        # 过去三年 in a page of the year's first three quarters: the years closed before it (as 过去一年)
        closing = CLOSED_YEARS_UNTIL if expr.closed else 3
        last = ref_year - 1 if ref_month is not None and ref_month <= closing else ref_year
        return f"{last - expr.years + 1}-{last}"
    year = _base_year(expr, ref_year)
    if year is None:
        return None
    if kind == "span":
        return f"{year}-{expr.end_year}"
    if kind == "half":
        return f"{year}H{expr.half}"
    if kind == "quarter":
        return f"{year}Q{expr.quarter}"
    if kind in ("to_month", "month"):
        if not expr.month or not 1 <= expr.month <= 12:
            return None
        if kind == "to_month" and expr.implicit and not expr.by and ref_month is not None and expr.month > ref_month:
            year -= 1  # 1—11月份 on a page of 2023-01: figures to date cannot run past the page, so 2022
        return f"{year}-{expr.month:02d}"
    if kind == "since":
        if ref_year is None:
            return None
        return f"{year}-{ref_year}" if ref_year > year else str(year)
    return str(year)
