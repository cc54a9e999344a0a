"""Is a place named as the page's own place, or in another role: a destination (赴深圳), an origin
(来自广东, 深圳企业投资的项目), a venue (在上海奉贤区举行…), the head of a company's name (常州某某制造有限公司),
a partner (与南京市江宁区签订合作协议, 某市对口支援我县), or only where something happened (受上海疫情影响,
大会在合肥开幕, 率队考察上海)?

The cue words are data (data/region_roles.yaml). A place in another role makes neither the page nor a
figure that place's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chanye.knowledge.loader import load_data

_LOOK_BACK = 40  # how far back a list of places (赴深圳、香港、北京等地) may reach to its cue word
# places listed before the one in hand (深圳、香港、); a place it is written under (上海|奉贤区) lends it its role
_PLACES_BEFORE = r"(?:[\u4e00-\u9fff]{1,8}[、和及与])*"
_VENUE_SPAN = 16  # how far after 在 + place the clause may go on to 举行 / 召开
_COMPANY_SPAN = 14  # how long a company's name after the place may be
_TITLE_SPAN = 20  # how long a quoted title after the place that opens it may be


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = load_data("region_roles.yaml") or {}

    def words(key: str) -> str:
        return "|".join(map(re.escape, sorted(data.get(key, []), key=len, reverse=True))) or "(?!)"

    breaks = words("not_in_company_name")  # 宿松县引进的某某有限公司: no name the place opens
    # what follows the list of places (_happened_after walks the list itself)
    happened = (
        r"(?:市|省)?(?:等多?地|等多个?(?:城市|省份|省市)|等城市|等省份|地区)?(?:的)?"
        r"(?:相继|先后|接连|再次|多次)?(?:因|受|遭遇|发生|暴发|爆发|出现|实施|实行)?(?:新一轮|本轮|新一波)?"
    )
    return {
        "happened": re.compile(happened + rf"(?:{words('happenings')})"),
        "visited": re.compile(rf"(?:{words('visited_before')})(?:[\u4e00-\u9fff]{{2,8}}?[、和与及])*$"),
        "arrived": re.compile(rf"(?:{words('arrived_before')})$"),
        "arrived_after": re.compile(
            rf"(?:市|省)?(?:开展|进行)?[\u4e00-\u9fff]{{0,3}}?(?:{words('arrived_after')})"
            r"|(?:市|省)?[，,]"  # 刚到北京，…: where the delegation arrived
        ),
        # a place inside a company's name: 研峰科技（北京）有限公司, 北京新发地韵达供应链管理有限公司
        "in_company": re.compile(rf"[）)]?(?:(?!{breaks})[\u4e00-\u9fff（）()]){{0,16}}?(?:有限公司|有限责任公司)"),
        "before": re.compile(rf"(?:{words('before')}){_PLACES_BEFORE}$"),
        "designation": re.compile(rf"(?:{words('designation_before')})$"),
        # the same place again after 、 in the list the verb leads (新增山东省A中心3家、山东省B实验室2家)
        "designation_list": re.compile(rf"(?:{words('designation_before')})(?P<place>[\u4e00-\u9fff]{{2,8}}?)[^，。；：！？\n]{{0,30}}、$"),
        "at": re.compile(rf"在{_PLACES_BEFORE}$"),
        "held": re.compile(rf"[^，。；：！？\n]{{0,{_VENUE_SPAN}}}?(?:{words('venue_after')})"),
        "company": re.compile(rf"(?:(?!{breaks})[\u4e00-\u9fffA-Za-z（）()]){{0,{_COMPANY_SPAN}}}?(?:{words('company_after')})"),
        "with": re.compile(rf"[与同]{_PLACES_BEFORE}$"),
        # the verb right after the place or its government (与上海市人民政府签署), not after an organisation of
        # it (与某市物流协会签署: the page's own city's body)
        "partner_verb": re.compile(rf"(?:人民政府|政府)?[^，。；：！？\n]{{0,2}}?(?:{words('partner_verbs')})"),
        "partner_after": re.compile(rf"(?:{words('partner_after')})"),
        "origin_after": re.compile(rf"(?:{words('origin_after')})"),
        "distinction_after": re.compile(rf"(?:{words('distinction_after')})"),
        "granted": re.compile(rf"(?:省|市|县|区)?(?:人民政府|政府)?(?:{words('grant_verbs')})"),
        "title_verb": re.compile(rf"(?:{words('designation_before')}|{words('grant_verbs')})[^，。；]{{0,6}}$"),
        "quoted_title": re.compile(rf"[^“”「」\"，。；：！？\n]{{0,{_TITLE_SPAN}}}?(?:{words('title_ends')})[”」\"]"),
        # (、上海)(多家|3家|一批)企业…签约: the places of the list, the investors, then what they do
        # (_investors_after walks the list of places before it)
        "investors": re.compile(
            rf"(?:\d+|多|数|几|一批)?[家名位批]?(?:{words('investors')})"
            rf"[^，。；：！？\n]{{0,6}}?(?:{words('investor_verbs')})(?!增长|下降|同比|额|总额|规模)"  # not 企业投资增长10%
        ),
    }


_LIST_MARKS = ("、", "和", "及", "与", "\n")  # what a list of places ends with (and a line break, before which `$` matches too)


@lru_cache(maxsize=1)
def _lead_ends() -> dict[str, tuple[str, ...]]:
    """What a lead must end with for each `…$` pattern over the words before a place to match it: one of
    its cue words, or a list mark (the places listed after the cue). A cheap endswith spares the search,
    which is tried at every character of the lead."""
    data = load_data("region_roles.yaml") or {}
    return {
        "before": (*data.get("before", []), *_LIST_MARKS),
        "designation": tuple(data.get("designation_before", [])),
        "visited": (*data.get("visited_before", []), *_LIST_MARKS),
        "arrived": (*data.get("arrived_before", []), "\n"),
        "at": ("在", *_LIST_MARKS),
        "with": ("与", "同", *_LIST_MARKS),
    }


def _lead_search(name: str, lead: str) -> re.Match | None:
    """_patterns()[name].search(lead), for the patterns that end the lead."""
    if not lead.endswith(_lead_ends()[name]):
        return None
    return _patterns()[name].search(lead)


def other_role(text: str, start: int, end: int) -> bool:
    """True where the place at text[start:end] is a destination, an origin, a venue or a company's name."""
    p = _patterns()
    start = _outer_start(text, start)
    lead = text[max(0, start - _LOOK_BACK) : start]
    if _lead_search("before", lead) or _designation_level(text, start, end, lead) or p["company"].match(text, end) or p["origin_after"].match(text, end) or p["distinction_after"].match(text, end):
        return True
    if _grants_title(text, start, end):
        return True
    return bool(_lead_search("at", lead) and p["held"].match(text, end))


_QUOTE_OPENERS = "“「\""
_QUOTE_CLOSERS = ("”", "」", "\"")
_TITLE_LEAD = 12  # characters before a quoted title its verb stands in


def _grants_title(text: str, start: int, end: int) -> bool:
    """被河南省认定为…, “河南省首批物联网特色园区”: the place grants a title the page's own place holds."""
    p = _patterns()
    if text[max(0, start - 1) : start] == "被" and p["granted"].match(text, end):
        return True
    if text[max(0, start - 1) : start] not in _QUOTE_OPENERS or not p["quoted_title"].match(text, end):
        return False
    # a title held (获评“…”, 被认定为“…”, or the next of a list of titles “…”“…”), not a name the page builds (打造“…园区”)
    lead = text[max(0, start - 1 - _TITLE_LEAD) : start - 1].rstrip("、，, ")
    return lead.endswith(_QUOTE_CLOSERS) or bool(p["title_verb"].search(lead))


def _designation_level(text: str, start: int, end: int, lead: str) -> bool:
    """新增山东省技术创新中心3家、山东省重点实验室2家: the place grants the designation counted (right after its verb,
    or again after 、 in the list the verb leads)."""
    if _lead_search("designation", lead):
        return True
    if not lead.endswith("、"):
        return False
    return any(m.group("place").startswith(text[start:end]) or text[start:end].startswith(m.group("place"))
               for m in _patterns()["designation_list"].finditer(lead))


def incidental_mention(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] a place where something happened, not the subject of figures?"""
    p = _patterns()
    if text[max(0, start - 1) : start] == "受" or _happened_after(text, end):
        return True
    if _lead_search("visited", text[max(0, start - 30) : start]):
        return True  # 率队考察上海、江苏, 来自北京、深圳的专家, 继深圳、广州之后
    if p["in_company"].match(text, end):
        return True
    return bool(_lead_search("arrived", text[max(0, start - 2) : start]) and p["arrived_after"].match(text, end))


_LIST_SEAT = "市省"  # a place's 市 or 省 may stand before the list mark (、株洲市、湘潭市)
_LIST_MARK = "".join(m for m in _LIST_MARKS if m != "\n")  # the marks between places (not the line break)
_LIST_ITEM_MAX = 6  # characters of one place of the list
_INVESTOR_ITEM_MAX = 8  # (a place of the investors' list may be a short name with its class word)


def _list_ends(text: str, end: int, *, item_max: int, seat: str = ""):
    """`end` and each position the places listed after it can be read up to (`、株洲市、湘潭市`), each once. A
    single regex with the list as a repeated group split each list in every possible way before failing (和 and
    市 are characters of names as well as marks): 20 places took seconds, 25 two minutes."""
    n = len(text)
    seen, todo = {end}, [end]
    while todo:
        i = todo.pop()
        yield i
        j = i + 1 if i < n and text[i] in seat else i
        if j >= n or text[j] not in _LIST_MARK:
            continue
        k = j + 1
        while k < n and k - j <= item_max and "\u4e00" <= text[k] <= "\u9fff":
            k += 1
            if k not in seen:
                seen.add(k)
                todo.append(k)


def _happened_after(text: str, end: int) -> bool:
    """Whether something happened to the place ending at `end` (or to the places listed after it:
    `、株洲市、湘潭市等地疫情`): the "happened" pattern tried at each place the list can be read up to."""
    tail = _patterns()["happened"]
    return any(tail.match(text, i) for i in _list_ends(text, end, item_max=_LIST_ITEM_MAX, seat=_LIST_SEAT))


def _investors_after(text: str, end: int) -> bool:
    """(、上海)(多家)企业…签约 after the place ending at `end`: the investors' pattern at each place of the list."""
    tail = _patterns()["investors"]
    return any(tail.match(text, i) for i in _list_ends(text, end, item_max=_INVESTOR_ITEM_MAX))


def partner_role(text: str, start: int, end: int) -> bool:
    """True where the place at text[start:end] is the page's partner: worked with (与南京市江宁区签订合作协议),
    helping it (某市对口支援我县), the investors' home (深圳企业投资的项目). Read for the page's region only."""
    p = _patterns()
    if p["partner_after"].match(text, end) or _investors_after(text, end):
        return True
    start = _outer_start(text, start)
    lead = text[max(0, start - _LOOK_BACK) : start]
    m = _lead_search("with", lead)
    if not m or not p["partner_verb"].match(text, _end_of_places(text, end)):
        return False
    # 青岛与定西结对: two places paired, neither the other's partner
    return not _place_ends_at(text, start - len(lead) + m.start())


def _end_of_places(text: str, end: int) -> int:
    """Where the places from `end` on stop (与南京市|江宁区签订: the verb follows the district)."""
    from chanye.knowledge.regions import find_region_mentions  # regions reads this module: import late

    for s, e, _r in find_region_mentions(text[end : end + 12]):
        if s != 0:
            break
        return end + e
    return end


def _place_ends_at(text: str, i: int) -> bool:
    return _outer_start(text, i) != i


def _outer_start(text: str, i: int) -> int:
    """Where the place written right before i starts (上海|奉贤区: 上海's start for 奉贤区), else i."""
    lo = max(0, i - 12)
    at = _place_ending_at_end(text[lo:i])
    return i if at < 0 else lo + at


@lru_cache(maxsize=8192)
def _place_ending_at_end(piece: str) -> int:
    """Where in `piece` the place that ends it starts, else -1 (the same few characters before a
    mention are asked about by each role test and again per figure)."""
    from chanye.knowledge.regions import find_region_mentions  # regions reads this module: import late

    for s, e, _r in find_region_mentions(piece):
        if e == len(piece):
            return s
    return -1
