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
