"""Bodies that are a figure's subject: a port or a company whose name opens the figure's clause
(天津口岸进出口总值达到…, 北部湾港集装箱吞吐量突破…, 某某渔业有限公司在全国出口市场中占30%).

The annotated pages give such a figure to the body, not to the place its name holds (天津, 赣州). The cue
words are data (lexicon/bodies.yaml)."""

from __future__ import annotations

import re
from functools import cache

from chanye.extract.wordlists import any_of, load
from chanye.knowledge.taxonomy import exact_industry

_MAX_NAME = 20  # characters a body's name may run to
_SHORT_NAME = (2, 10)  # a company's short name (特斯拉, 上海飞机制造), in characters
# a time word between a company's short name and its verb (京东方今年前三季度营收…)
_TIME_BETWEEN = r"(?:今年|去年|全年)?(?:前三季度|上半年|下半年|一季度|\d{1,2}(?:-|—|至)\d{1,2}月)?"


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset, re.Pattern]:
    lex = load("bodies.yaml")
    name = re.compile(
        rf"[\u4e00-\u9fffA-Za-z0-9（）()]{{1,{_MAX_NAME}}}?{any_of(lex['name_ends'])}(?={any_of(lex['after'])})"
    )
    measure = re.compile(r"[\s，,、]*" + any_of(lex["measures"]))
    return name, re.compile(any_of(lex["not_in_name"])), frozenset(lex["not_names"]), measure


@cache
def _short_patterns() -> tuple[re.Pattern, re.Pattern]:
    lex = load("bodies.yaml")
    lo, hi = _SHORT_NAME
    name = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{{lo},{hi}}}?(?={_TIME_BETWEEN}{any_of(lex['company_verbs'])})")
    return name, re.compile(any_of(lex["not_company_ends"]) + "$")


def company_at(text: str, at: int, end: int) -> tuple[str, int] | None:
    """A company's short name at `at` right before what a company does (特斯拉完成产值…), with its end;
    None where the words there are an industry (装备制造), a class (规上企业) or a whole (全市)."""
    name_re, not_ends = _short_patterns()
    m = name_re.match(text, at, end)
    if m is None:
        return None
    name = m.group()
    if not_ends.search(name) or _patterns()[1].search(name) or exact_industry(name):
        return None
    return name, m.end()


def introduced_company(name: str) -> bool:
    """Is `name` (the words after 作为…的, 作为出口主力的宇通客车) a company's name: one ending as a company's or a
    brand's does (有限公司, 集团, 客车, 药业…), not an industry (新能源汽车), a class or a role (主战场)?"""
    lex = load("bodies.yaml")
    ends = [w for w in lex["name_ends"] + lex["introduced_ends"] if name.endswith(w) and len(name) >= len(w) + 2]
    if not ends or len(name) > _MAX_NAME or any(name.endswith(w) for w in lex["not_names"]):
        return False
    return not (_patterns()[1].search(name) or exact_industry(name) or exact_industry(name[: -len(ends[0])]))


def quoted_company(name: str) -> bool:
    """Is `name`, whose officer a quote is attributed to (某某硅业相关负责人说), a company: not an agency
    (工信局, 管委会), a class or a whole (全市企业)?"""
    lex = load("bodies.yaml")
    if any(w in name for w in lex["agency_words"]) or _patterns()[1].search(name) or exact_industry(name):
        return False
    return not any(name.endswith(w) for w in lex["not_company_ends"] if w not in ("业",))


def brand_short(name: str) -> str:
    """宇通客车 -> 宇通: the name before its brand word (introduced_ends), where two characters or more are
    left; "" for a name with no brand word."""
    for w in load("bodies.yaml")["introduced_ends"]:
        if name.endswith(w) and len(name) - len(w) >= 2:
            return name[: -len(w)]
    return ""


def measure_at(text: str, at: int) -> bool:
    """Does a body's own measure open the text at `at` (…，集装箱吞吐量3530万标箱)?"""
    return _patterns()[3].match(text, at) is not None


def body_at(text: str, at: int, end: int) -> tuple[str, int] | None:
    """The body whose name starts at `at` (before `end`) and is followed by what a body does or measures,
    with where its name ends; None where `at` opens no body's name."""
    name_re, not_in, not_names, _ = _patterns()
    m = name_re.match(text, at, end)
    if m is None:
        return None
    name = m.group()
    if not_in.search(name) or any(name.endswith(w) for w in not_names):
        return None
    return name, m.end()


# 甲公司、乙股份、丙电子等4家企业…: a list of companies the text counts as companies right after it
_COMPANY_LIST = re.compile(
    r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,10}、)+[\u4e00-\u9fffA-Za-z0-9]{2,10})等(?:\d+|[两二三四五六七八九十]+)家(?:企业|公司)"
)


def listed_companies(text: str, at: int, end: int) -> tuple[list[str], int] | None:
    """The companies listed from `at` and counted right after (海亮新材料、银光公司…等4家企业), with where the
    count ends; None where `at` opens no such list."""
    # the list's first 、 comes after a name of 2-10 characters: a clause without one there opens none
    if text.find("、", at + 2, min(end, at + 11)) < 0:
        return None
    m = _COMPANY_LIST.match(text, at, end)
    if m is None:
        return None
    names = m.group(1).split("、")
    not_in = _patterns()[1]
    if any(not_in.search(n) for n in names):
        return None
    return names, m.end()


@cache
def _named_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    lex = load("bodies.yaml")
    form = re.compile(any_of(lex["company_forms"]) + "+")  # 某某集团有限公司: one name
    stops = "".join(re.escape(c) for c in lex["name_stops"])
    name = re.compile(rf"[^\s，,。；;：:！？“”\"{stops}]{{2,{_MAX_NAME}}}$")
    lead = re.compile("^" + any_of(lex["name_leads"]) + "+")
    back = re.compile(any_of(lex["back_references"]) + "(?!" + any_of(lex["not_after_reference"]) + ")")
    officer = re.compile(
        rf"([\u4e00-\u9fffA-Za-z0-9（）()]{{1,{_MAX_NAME}}}?){any_of(lex['officers'])}[\u4e00-\u9fff]{{0,4}}?"
        r"(?:说|表示|介绍|告诉记者)[：:，,]?$"
    )
    return form, name, lead, back, officer


def companies_named(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(where it ends, its name) for each company named in full in text[lo:hi] (在位于…的某某纺织股份有限公司
    → 某某纺织股份有限公司): a name before a registered form (company_forms), from after the last word or mark
    that no name holds, less a lead (记者走进); not a class or a whole (上市公司, 全市企业), not a back-reference."""
    return _named(_named_patterns()[0], text, lo, hi)


@cache
def _project_patterns() -> tuple[re.Pattern, re.Pattern]:
    lex = load("bodies.yaml")
    refs = any_of(lex["project_references"]) + r"|这个[^，。；！？\s]{1,20}?的项目"
    return re.compile(any_of(lex["project_forms"])), re.compile(refs)


def projects_named(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(where it ends, its name) for each project named in text[lo:hi] (…项目——某某半导体科技项目), as
    companies_named reads names; not a descriptive one (年产3000吨…项目)."""
    return [(e, n) for e, n in _named(_project_patterns()[0], text, lo, hi) if not n[0].isdigit() and not n.startswith("年产")]


def refers_to_project(text: str, at: int) -> bool:
    """Does a back-reference to a project (该项目, 这个…的项目, 项目建成后) open the text at `at`?"""
    return _project_patterns()[1].match(text, at) is not None


def _named(form: re.Pattern, text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    _, name_re, lead, back, _ = _named_patterns()
    not_in, not_names = _patterns()[1], _patterns()[2]
    out: list[tuple[int, str]] = []
    for m in form.finditer(text, lo, hi):
        if out and out[-1][0] > m.start():
            continue  # 有限公司 within 股份有限公司 already read
        head = name_re.search(text, max(lo, m.start() - _MAX_NAME), m.start())
        if head is None:
            continue
        name = lead.sub("", head.group()) + m.group()
        rest = name[: -len(m.group())]
        if len(rest) < 2 or back.fullmatch(name) or rest[0] in "该这全本我其此" or not_in.search(rest):
            continue
        if any(name.endswith(w) for w in not_names):
            continue
        out.append((m.end(), name))
    return out


def refers_back(text: str, at: int) -> bool:
    """Does a back-reference to a company (该公司, 公司, 这家企业) open the text at `at`?"""
    return _named_patterns()[3].match(text, at) is not None


def officer_before(text: str, at: int) -> str | None:
    """The body whose officer speaks right before `at` (企业总经理李明说：“ → 企业, 某某新能源董事长某某说：“ → 某某
    新能源), else None."""
    m = _named_patterns()[4].search(text, max(0, at - 2 * _MAX_NAME), at)
    return None if m is None else m.group(1)


@cache
def _brand_pattern() -> re.Pattern:
    return re.compile(any_of(load("bodies.yaml")["place_brands"]) + r"(?!产业|行业|工业|业|产品)")


def place_brand_at(text: str, place: str, at: int) -> str | None:
    """吉林|化纤…, 宁德|时代…: the company whose short name is the place's short name `place` (ending at `at`)
    and a brand word right after it, else None."""
    m = _brand_pattern().match(text, at)
    return None if m is None else place + m.group()


@cache
def _facility_form() -> re.Pattern:
    return re.compile(any_of(load("bodies.yaml")["facility_forms"]))


def facility_at(text: str, at: int, hi: int, place: tuple[int, int]) -> tuple[str, int] | None:
    """(the name, its end) of a plant or project named from `at` that holds the place at `place` (三星西安工厂,
    西安某某12英寸大硅片项目), where what is left of it besides the place is a name: three characters or more,
    not an industry (合肥新能源汽车项目), a class or a whole (重点项目) - two where a brand comes before the
    place (三星西安工厂); else None."""
    for end, name in _named(_facility_form(), text, at, hi):
        if end - len(name) != at:
            continue
        form = _facility_form().search(name).group()
        rest = name[: -len(form)]
        s, e = place[0] - at, place[1] - at
        if not (0 <= s < e <= len(rest)):
            return None
        left = rest[:s] + rest[e:]
        if len(left) < (2 if s > 0 else 3) or left.startswith("年产") or exact_industry(left) or exact_industry(rest[e:]):
            return None
        if any(w in left for w in load("bodies.yaml")["project_classes"]):
            return None  # 新签约项目, 在建项目: a class of projects
        if s == 0 and re.match(load("bodies.yaml")["plant_designation"], rest[e:]):
            return None  # 洛阳已建成省级以上智能工厂: a class of plants after the place
        return name, end
    return None


_SPEAKER_REACH = 60  # characters after a quote its speaker may come within (”近日，位于…的某某有限公司相关负责人介绍)


@cache
def _speaker_pattern() -> re.Pattern:
    officers = any_of(load("bodies.yaml")["officers"])
    return re.compile(rf"([^，,。；！？“”\s]{{2,{_MAX_NAME + 10}}}?){officers}[\u4e00-\u9fff]{{0,4}}?(?:说|表示|介绍|告诉)")


def speaker_after(text: str, at: int) -> re.Match | None:
    """The speaker a quote closing at `at` is attributed to a few words on, in the same sentence (”近日，位于…的
    某某有限公司相关负责人介绍): a match whose group 1 is the speaker's body, else None."""
    end = min(len(text), at + _SPEAKER_REACH)
    for stop in "。“\n":
        k = text.find(stop, at, end)
        if k >= 0:
            end = k
    m = _speaker_pattern().match(text, at, end)
    comma = at
    while m is None:
        comma = min((k for k in (text.find("，", comma, end), text.find(",", comma, end)) if k >= 0), default=-1)
        if comma < 0:
            return None
        comma += 1
        m = _speaker_pattern().match(text, comma, end)
    return m
