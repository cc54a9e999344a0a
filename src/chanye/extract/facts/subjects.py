"""The subject of a figure: the region its clause (or sentence, paragraph, section heading) names, else the document's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace as _dc_replace
from typing import Any, Callable

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Sentence
from chanye.extract.wordlists import any_of, load
from chanye.knowledge.region_roles import incidental_mention, other_role
from chanye.extract.bodies import (
    body_at,
    brand_short,
    companies_named,
    company_at,
    facility_at,
    introduced_company,
    listed_companies,
    measure_at,
    officer_before,
    place_brand_at,
    speaker_after,
    projects_named,
    quoted_company,
    refers_back,
    refers_to_project,
)
from chanye.knowledge.regions import (
    Region,
    find_region_mentions,
    gazetteer,
    parent_chain,
    resolve_region,
    short_name,
    withheld_short_forms,
    zone_word_types,
)
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import EACH_COUNT_BEFORE, EACH_TOTAL, LEX, RESPECTIVELY, STANDING_REMARK
from chanye.extract.facts.spans import clause_words

_BODY = LEX["body_after_region"]
BODY_AFTER_REGION = re.compile(
    "^(?:" + any_of(_BODY["words"]) + "|(?:专场)?" + any_of(_BODY["event_kinds"]) + "?" + any_of(_BODY["events"]) + ")"
)

_NOT_TOPICAL_BEFORE = re.compile(any_of(LEX["word_lists"]["not_topical_before"]) + "$")

_RANK_AFTER = re.compile(r"(?:第|前(?!进|移)|排名|排位|同类)")  # 当涂县前进一位: a move, the county's own
_ZONE_RANKED = re.compile(r"排名|排位")  # 某经开区排名152位: a zone is ranked, it is no field to rank in


def each_place(doc: Doc, clause: Clause, cq: list, made: list[Draft]) -> list[Draft]:
    """`晋江市、鼓楼区GDP突破3000亿元`, `义乌、慈溪、乐清等县（市）进入全省10强`, `A、B等9个县区增速20%以上`:
    one figure after a list of places opening its clause, passed by each (突破, 以上, N强), is one fact per
    place; a joint figure (合计, 共, 两市) stays one."""
    if len(made) != 1 or len(cq) != 1 or made[0].subject is not None or RESPECTIVELY.search(clause.text):
        return made
    d, q = made[0], cq[0]
    each = EACH_COUNT_BEFORE.search(doc.text, clause.start, q.start)
    passed = d.comparator in (">", ">=") or (d.kind == "rank" and d.comparator == "<=") or each is not None
    if not (passed or (d.kind == "growth" and d.unit == "%")):
        return made  # (a rate is each place's own: 宿州、淮南增速为5.5%)
    at = _CLAUSE_LEAD.match(doc.text, clause.start, q.start).end()
    companies = listed_companies(doc.text, at, q.start)
    if companies is not None and companies[1] <= q.start and not EACH_TOTAL.search(doc.text, companies[1], q.start):
        # 海亮新材料、银光公司…等4家企业增速超100%: each company's, the list off the metric
        between = doc.text[companies[1] : q.start]
        k = d.metric.rfind("企业") if "企业" in d.metric else d.metric.rfind("公司")
        metric = d.metric[k + 2 :] if k >= 0 else d.metric
        metric = metric or ("增速" if "增速" in between else d.metric)
        return [_dc_replace(d, subject=_body_region(doc, name), metric=metric) for name in companies[0]]
    places, last = _head_places(doc, at, q.start)
    if len(places) < 2 or (not passed and _COUNTED_GROUP.match(doc.text, last[1])):
        return made  # A、B、C、D四个园区拉动增长…: the group's rate
    joint = _TOGETHER_AFTER.match(doc.text, last[1])
    group_word = ""
    if joint and (_EACH_OF_GROUP.search(doc.text[joint.end() : q.value_start]) or (passed and _EACH_AT.search(doc.text[joint.end() : q.value_start]))):
        group_word, joint = joint.group(), None  # 德阳、宜宾、南充三市GDP均突破2000亿元, 两市…双双突破: each of the group passed it
    if (joint and not joint.group().startswith("等")) or EACH_TOTAL.search(doc.text, last[1], q.start):
        return made
    name = doc.text[last[0] : last[1]]
    metric = d.metric
    if name in metric:  # the list was read into the metric: the words after it name the figure
        metric = _AFTER_PLACE_LIST.sub("", metric[metric.rfind(name) + len(name) :]) or d.metric
    if group_word and metric.startswith(group_word):
        # 三市GDP: each one's GDP; 四市增速均在…: nothing left, the indicator said before (filled later)
        metric = metric[len(group_word) :] if d.kind == "growth" else metric[len(group_word) :] or d.metric
    if each is not None:
        # 其中昭通、红河、保山各1个: each place's count of what was said before (filled from it when no word is left)
        metric = M.tidy(EACH_COUNT_BEFORE.sub("", metric))
    return [_dc_replace(d, subject=r, metric=metric) for r in places]


# a list of places counted as a group right after it (四个园区, 等3个区)
_COUNTED_GROUP = re.compile(r"等?(?:\d+|[两二三四五六七八九十]+)(?:个|家|大)")

# what follows a list of places before its indicator: 等, 等9个, 两个
_AFTER_PLACE_LIST = re.compile(r"^[、，]?等?(?:\d+|[两二三四五六七八九十]+)?个?")


def lists_places_at_head(doc: Doc, clause: Clause, hi: int) -> bool:
    """Does `clause` open (after its lead: 其中, 另有) with a list of two or more places (鄞州、北仑、慈溪…)?"""
    at = _CLAUSE_LEAD.match(doc.text, clause.start, hi).end()
    return len(_head_places(doc, at, hi)[0]) >= 2


def _head_places(doc: Doc, at: int, hi: int) -> tuple[list[Any], tuple[int, int]]:
    """The places listed with 、/和/及 from `at` (full names, or short forms of counties of the page's region:
    晋江、集美) and the last one's span; ([], (at, at)) where `at` opens no list of two or more."""
    places: list[Any] = []
    span = (at, at)
    i = at
    while i < hi:
        found = _place_at(doc, i, hi)
        if found is None:
            if places:
                return [], (at, at)  # 甲区、某某商务区…: a list not all of places
            break
        places.append(found[0])
        span = (i, found[1])
        if found[1] + 1 >= hi or doc.text[found[1]] not in "、和及与":
            break
        i = found[1] + 1
    return places, span


def _place_at(doc: Doc, i: int, hi: int) -> tuple[Any, int] | None:
    """The place named at `i` (a topical mention, or a county's short form under the page's region) and
    where its name ends."""
    groups = mention_groups(doc, i, hi)
    if groups and groups[0][0][0] == i:
        end = groups[0][-1][1]
        if _PART_OF_PLACE.match(doc.text, end):
            return None  # 三亚中央商务区: a part of the place, not the place
        return (groups[0][-1][2], end) if topical(doc, groups[0]) else None
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return None
    g = gazetteer()
    if doc.doc_region.level == "province":
        # 曲靖、玉溪、楚雄、文山各2个 on a province's page: 文山 is the prefecture (文山州), not its seat 文山市
        for size in (4, 3, 2):
            city = resolve_region(doc.text[i : i + size], doc.doc_region)
            if city is not None and city.level == "city" and city.parent_code == own and i + size < hi and not (
                _NOT_LIST_COUNTY_AFTER.match(doc.text, i + size)
            ):
                return city, i + size
    for size in (3, 2):
        word = doc.text[i : i + size]
        # a short form (晋江), or a two-character full name the mentions leave out (宁县, 礼县)
        names = g.county_short.get(word, ()) or (g.by_name.get(word, ()) if size == 2 and word[-1] in "县区市旗" else ())
        found = [r for r in names if r.level == "county" and own in {p.code for p in parent_chain(r)}]
        if len(found) == 1 and i + size < hi and not _NOT_LIST_COUNTY_AFTER.match(doc.text, i + size):
            return found[0], i + size
    return None


# a named part of a place: 三亚中央商务区, 某某科技城
_PART_OF_PLACE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:商务区|园区|片区|示范区|新城|科技城|保税区|港区)")

# 金川集团, 贺兰山 (not a county's short form)
_NOT_LIST_COUNTY_AFTER = re.compile(r"[山江河湖海岛]|集团|公司|股份|银行|控股")

INDUSTRY_TAIL = re.compile(r"(?:产业集群|产业|行业)[\u4e00-\u9fff]{2,10}$")


def share_industry_tail(items: list[str]) -> list[str]:
    """`汽车及零部件、现代家居、服装服饰产业主营业务收入`: industries named before the last share its
    产业… tail (产业主营业务收入), as written once after the last."""
    return shared_tail(items, INDUSTRY_TAIL, lambda i: bool(INDUSTRY_TAIL.search(i)) or "产业" in i)


def shared_tail(items: list[str], tail: re.Pattern, has_own: Callable[[str], bool]) -> list[str]:
    """The tail `tail` finds at the end of the last item, written once for all: added to the items before it
    (none of which `has_own` says holds one already), where something stands before it in the last."""
    m = tail.search(items[-1]) if len(items) >= 2 else None
    if not m or m.start() < 2 or any(has_own(i) for i in items[:-1]):
        return items
    return [i + m.group(0) for i in items[:-1]] + [items[-1]]


def _subject(doc: Doc, d: Draft):
    """The region the figure's clause names (`苏州3家企业…`), else the one that opens an earlier clause
    of its sentence (`今年扬州…，…，力争…`), else the document's. Scope words (全国第一, 占全省) and
    speakers (扬州市市长, 南通市工信局) are not subjects."""
    clause, sent = d.clause, d.sentence
    body = _clause_body(doc, clause, d.pos)
    if body is not None:
        return body  # 天津口岸进出口总值…, 某某有限公司在全国出口市场中占30%: the port's, the company's
    in_clause = [g for g in mention_groups(doc, clause.start, d.pos) if topical(doc, g) and not _bracket_aside(doc, g)]
    referred = _referred_place(doc, sent.start, d.pos, in_clause[-1][-1][1] if in_clause else clause.start)
    if referred is not None:
        return referred
    if in_clause:
        together = _listed_together(doc, in_clause)
        if together:
            return _one_of_together(doc, together)
        return _town_after(doc, in_clause[-1][-1][1], d.pos) or in_clause[-1][-1][2]
    for rule in _CLAUSE_WITHOUT_PLACE:
        found = rule(doc, d)
        if found is not None:
            return found
    # (全 is in every match; most clauses have none: no slice, no search)
    own = OWN_WHOLE.search(doc.text[clause.start : d.pos]) if doc.text.find("全", clause.start, d.pos) >= 0 else None
    if own and not M.strip_lead(clause_words(doc, clause.start, clause.start + own.start())):
        # …玉林经济技术开发区产值达到280亿元，全市规上工业增加值增长6%: the page's own place (or its section's)
        named = _whole_named_before(doc, d, own.group()) or _whole_named_in_paragraph(doc, d, own.group())
        if named is not None:
            return named
        section = _section_region(doc, sent.paragraph)
        whole_of = own.group(0)[-1]  # 全市 is a 市's, 全区 a 区's: not a district's 全市
        if getattr(section, "level", None) in ("city", "county") and section.name.endswith(whole_of):
            return section
        return doc.doc_region if d.kind == "rank" else _whole_above(doc.doc_region, whole_of)  # (全市排名第一: its rank)
    key = ("earlier_subject", clause.start)
    if key not in doc.memo:  # the same for every figure of the clause
        doc.memo[key] = _earlier_subject(doc, sent, clause)
    found = doc.memo[key]
    if found is None:
        found = _section_region(doc, sent.paragraph)
    if found is None and sent.index > 0:
        found = _paragraph_topic(doc, sent.paragraph)
    return doc.doc_region if found is None else found


def _bracket_aside(doc: Doc, group: list[tuple[int, int, Any]]) -> bool:
    """Is the place inside a bracket that is an aside of what precedes it: the other name of a place named just
    before (乌鲁木齐经济技术开发区（头屯河区）: the zone's district), or the places an area holds
    (南疆地区（含吐鲁番、哈密）)? The figure is the named place's or area's, not the bracket's."""
    s = group[0][0]
    lo = max(0, s - _BRACKET_LEAD_MAX)
    opening = max(doc.text.rfind("（", lo, s), doc.text.rfind("(", lo, s))
    if opening < 0 or any(c in doc.text[opening:s] for c in "）)，。；"):
        return False  # (most places stand in no bracket)
    lead = doc.text[opening + 1 : s]
    if lead.startswith(_BRACKET_MEMBER_LEADS):
        return True
    if lead:
        return False
    before = mention_groups(doc, max(0, opening - _BRACKET_LEAD_MAX), opening)
    return bool(before) and before[-1][-1][1] == opening and topical(doc, before[-1])


_BRACKET_LEAD_MAX = 30  # characters a bracket's opening may stand before a place it lists
_BRACKET_MEMBER_LEADS = tuple(LEX["bracket_member_leads"])


# 该市 / 该县 / 该区: the place of that kind the text named last (this city, this county); not 该市场 (this
# market), 该区域 / 该县域 (this area), 该区间, 该省份
_REFERRED_PLACE = re.compile(r"该(省|市|县|区|州|旗|盟)(?![场民域块间份级])")


def _referred_place(doc: Doc, before: int, hi: int, after: int):
    """`…等企业与该县共签约项目15个`, `据了解，该市规上工业增加值增长8%`: 该县 before the figure (after the
    clause's last place) refers back to the county named last before its sentence (else the page's own
    place, where its name ends so); None where the clause has no such word or nothing earlier fits (the
    sentence's own earlier clauses are read as usual: 宜都市化工实力雄厚，该市…)."""
    if doc.text.find("该", after, hi) < 0:
        return None
    m = None
    for m in _REFERRED_PLACE.finditer(doc.text, after, hi):
        pass
    if m is None:
        return None
    end = m.group(1)
    key = ("referred_place", before, m.group(1))
    if key not in doc.memo:
        # (named before the sentence: 武汉某某、襄阳某某等企业扩大投资，该市… refers to neither of its places)
        named = (g[-1][2] for g in reversed(mention_groups(doc, 0, before)) if topical(doc, g))
        found = next((r for r in named if _ends_as(r, end)), None)
        doc.memo[key] = found if found is not None else (doc.doc_region if _ends_as(doc.doc_region, end) else None)
    return doc.memo[key]


def _ends_as(region, end: str) -> bool:
    name = getattr(region, "name", "") or ""
    return name.endswith(end) and getattr(region, "level", None) != "country"


def _whole_above(own, whole_of: str):
    """同期，全市地区生产总值增长5.2% on a district's or a zone's page: 全市 is the city it lies in (the
    nearest place above it whose name ends in 市), not the page's own place; 全县辖17个乡镇 on a county's zone's page
    is that county."""
    if whole_of == "县" and getattr(own, "level", None) == "zone":
        return next((p for p in parent_chain(own) if p.level == "county" and p.name.endswith("县")), own)
    if whole_of != "市" or getattr(own, "level", None) not in ("county", "zone") or not own.name.endswith("区"):
        return own  # (a 县's page saying 全市 is of a county since made a 市: 玉环县 -> 玉环市)
    return next((p for p in parent_chain(own) if p.level in ("city", "province") and p.name.endswith("市")), own)


# Where a clause names no place, in this order: a quoted company officer's figures, a company its sentence
# refers back to (该公司…), a county's short form or a town at the clause head, the subject of the sentence
# before a 其中 sentence, a company the sentence introduced (作为…的X), the whole a scope word at the clause
# head names (全省 on a city's page: its province).
_CLAUSE_WITHOUT_PLACE = (
    lambda doc, d: _quoted_company(doc, d.pos),
    lambda doc, d: _referred_site(doc, d),
    lambda doc, d: _referred_company(doc, d),
    lambda doc, d: _project_place_after(doc, d),
    lambda doc, d: _head_county_short(doc, d),
    lambda doc, d: _head_town(doc, d),
    lambda doc, d: _head_zone_word(doc, d),
    lambda doc, d: _among_previous(doc, d.sentence, d.clause),
    lambda doc, d: _introduced_body(doc, d.sentence, d.clause),
    lambda doc, d: _scope_subject(doc, d),
)


def _project_place_after(doc: Doc, d: Draft):
    """`总投资12亿元的泸溪县电子用新型材料项目`: a figure said of a project named right after it (的 + a
    place + …项目) is the place's that the project's name opens with (the county or zone it is sited in),
    where that place lies in the page's; not a company's name that opens with a place (某地某某有限公司项目)."""
    at = d.end + (doc.text.startswith(" ", d.end))
    if not doc.text.startswith("的", at):
        return None
    hi = min(d.clause.end, at + 1 + _PROJECT_NAME_MAX)
    end = doc.text.find("项目", at + 1, hi)
    if end < 0:
        return None  # (most figures before 的 name no project)
    site = _site_after(doc, end + 2, d.clause.end)
    if site is not None:
        return site  # 投资30亿元的南京某某产业园项目落户江宁高新区: where it is sited, said outright
    groups = mention_groups(doc, at + 1, end)
    if not groups or groups[0][0][0] != at + 1 or not topical(doc, groups[0]):
        return None
    place = groups[0][-1][2]
    if getattr(place, "level", None) not in ("city", "county", "zone") or companies_named(doc.text, at + 1, end + 2):
        return None
    return _within_own(doc, place)


_SITE_VERB = re.compile(any_of(LEX["word_lists"]["project_site_verbs"]))


def _site_after(doc: Doc, at: int, hi: int):
    """The county or zone a site verb right at `at` names (…项目落户江宁高新区, 该项目位于兴安盟某某经济开发区),
    where it lies in the page's own place; else None."""
    m = _SITE_VERB.match(doc.text, at, hi)
    if m is None:
        return None
    groups = mention_groups(doc, m.end(), hi)
    if not groups or groups[0][0][0] != m.end():
        return None
    place = groups[0][-1][2]
    if getattr(place, "level", None) not in ("county", "zone") or getattr(place, "zone_type", None) == "body":
        return None
    return _within_own(doc, place)


_SITE_REACH = 6  # characters from a project's back-reference (该项目, 项目) to its site verb


def _referred_site(doc: Doc, d: Draft):
    """该项目位于兴安盟某某经济开发区，占地1881亩，计划投资56.27亿元: the figures of a sentence whose earlier clause
    refers back to a project and says where it is sited are that zone's or county's (not the company's)."""
    for c in d.sentence.clauses:
        if c.start > d.clause.start:
            break
        key = ("referred_site", c.start)
        if key not in doc.memo:  # once per clause, not per figure of the sentence
            doc.memo[key] = _clause_site(doc, c)
        if doc.memo[key] is not None:
            return doc.memo[key]
    return None


def _clause_site(doc: Doc, c: Clause):
    """The site a clause opening with a project's back-reference names (该项目位于…), else None."""
    at = _clause_head(doc, c.start, c.end)
    if not refers_to_project(doc.text, at):
        return None
    m = _SITE_VERB.search(doc.text, at, min(c.end, at + _SITE_REACH))
    return _site_after(doc, m.start(), c.end) if m else None


def _within_own(doc: Doc, place):
    """`place` where it is the page's own place or lies in it, else None."""
    own = getattr(doc.doc_region, "code", None)
    if own is not None and own != place.code and own not in {p.code for p in parent_chain(place)}:
        return None  # a place outside the page's: an investor's home, not the site
    return place


_PROJECT_NAME_MAX = 30  # characters from 的 to the 项目 that closes the project's name


_TOPIC_LEAD_MAX = 8  # characters before a paragraph's opening place (类似的还有阜南县…, 在潜山…)


def _paragraph_topic(doc: Doc, index: int):
    """潜山的刷子同样具有较高的知名度，…。2024年，共生产各式刷子2.5亿个: a place below the page's own that
    opens its paragraph is the topic of the paragraph's later sentences that name no place."""
    key = ("paragraph_topic", index)
    if key not in doc.memo:
        doc.memo[key] = _find_paragraph_topic(doc, index)
    return doc.memo[key]


def _find_paragraph_topic(doc: Doc, index: int):
    if index >= len(doc.paragraphs) or doc.doc_region is None:
        return None
    para = doc.paragraphs[index]
    first = doc.text[para.start : para.end].split("，", 1)[0].split("。", 1)[0]
    groups = mention_groups(doc, para.start, para.start + len(first))
    if not groups or groups[0][0][0] - para.start > _TOPIC_LEAD_MAX or not topical(doc, groups[0]):
        region = _opening_county_short(doc, para.start, para.start + len(first))
        if region is None:
            # 产业方面，某某镇…有418家…: a town opening the paragraph (a clause or two in) is its topic
            return _town_at_head(doc, para.start, para.start + len(first)) or _second_clause_town(doc, para, first)
    else:
        region = groups[0][-1][2]
    own = doc.doc_region
    if getattr(region, "code", None) is None or region.code == own.code:
        return None
    if own.code not in {r.code for r in parent_chain(region)}:
        return None  # only a part of the page's place (not a place above it or elsewhere)
    sentence_end = doc.text.find("。", para.start, para.end)
    for g in mention_groups(doc, para.start, para.end if sentence_end < 0 else sentence_end):
        if getattr(g[-1][2], "code", None) == own.code:
            return None  # 据新华社南宁电…广西壮族自治区…: the opening sentence is about the page's own place
    return region


_TOPIC_HEADS = ("方面", "看", "来看", "上")  # 产业方面，某某镇…: a paragraph's topic word before its town


def _second_clause_town(doc: Doc, para, first: str):
    """产业方面，某某镇…: the town opening the paragraph's second clause, after a topic word."""
    head = first.split("，", 1)[0] if "，" in first else ""
    if not head or not head.endswith(_TOPIC_HEADS) or len(head) > _TOPIC_LEAD_MAX:
        return None
    at = para.start + len(head) + 1
    return _town_at_head(doc, at, para.end)


# 扬州、泰州两市合计…, 苏锡常三市共…: the places before it are counted together
_TOGETHER_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,3})?等?(?:[两二三四五六七八九十]|\d{1,2})(?:个)?(?:市|地|省|县|区|州|城)|(?:合计|共计|总计|合共)")
# (the adverb right before the verb that passes the mark: not 都市圈, 全部工业增加值)
_EACH_OF_GROUP = re.compile(
    any_of(LEX["word_lists"]["pass_together"]) + r"(?:已经?|首次|双双)?" + any_of(LEX["word_lists"]["pass_verbs"]) + r"[^，。；]{0,4}$"
)
# 漳州、三明、莆田、龙岩四市增速均在13.5%以上: each of the group is at or over the mark
_EACH_AT = re.compile(r"(?:均|都)(?:保持)?在$")
# 梧州、北海和玉林5个市: list joins with withheld short forms between them (北海, 来宾: ordinary words elsewhere)
_WITHHELD_ALT = "|".join(map(re.escape, sorted(withheld_short_forms(), key=len, reverse=True)))
_LIST_JOIN_WITHHELD = re.compile(r"[、和与及](?:(?:" + _WITHHELD_ALT + r")[、和与及])*")
_WITHHELD_LIST_HEAD = re.compile(r"(?:(?:" + _WITHHELD_ALT + r")[、和与及])+$")  # 通化、白山和延边…


def _listed_together(doc: Doc, groups: list[list[tuple[int, int, Any]]]) -> list[Any]:
    """The places of a list the figure's clause counts together (`A、B两市合计…`), else []."""
    text = doc.text
    listed = [groups[-1]]
    for g in reversed(groups[:-1]):
        gap = text[g[-1][1] : listed[0][0][0]]
        if not _LIST_JOIN_WITHHELD.fullmatch(gap):
            break
        listed.insert(0, g)
    head = _WITHHELD_LIST_HEAD.search(text, max(0, listed[0][0][0] - 12), listed[0][0][0])
    if len(listed) + bool(head) < 2 or not _TOGETHER_AFTER.match(text, listed[-1][-1][1]):
        return []
    return [g[-1][2] for g in listed]


def _one_of_together(doc: Doc, regions: list[Any]):
    """A figure of several places together is no one's: the page's place where it is one of them (its
    share of the whole is meant), else the list's head."""
    own = getattr(doc.doc_region, "code", None)
    if _parts_of_own(doc, regions):
        return doc.doc_region
    return next((r for r in regions if getattr(r, "code", None) == own), regions[0])


def _parts_of_own(doc: Doc, regions: list[Any]) -> bool:
    """合肥、芜湖、滁州3市贡献了全省50%的产值 on the province's page: the places' joint figure is the
    page's place's (their share of it), not the first-listed city's."""
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return False
    return all(own in {p.code for p in parent_chain(r)} for r in regions if hasattr(r, "code"))


def _earlier_subject(doc: Doc, sent: Sentence, clause: Clause):
    """The region that opens the nearest earlier clause of the sentence, or None."""
    for c in _statement_before(doc, sent, clause):
        if STANDING_REMARK.match(clause_words(doc, c.start, c.end)):
            continue  # …项目565个，全市最多，同比增长41.25%: the place's standing, not 全市 taking over
        body = _clause_body(doc, c, c.end)
        if body is None and not _has_figure(doc, c):
            body = _opening_company(doc, c)  # 某某钛业集团加快技术改造，上半年实现营业收入…
        if body is None:
            introduced = _closing_company(doc, c)
            if introduced is not None:
                return introduced  # 位于某开发区的某某股份有限公司，今年前三季度…
        goes_on = _RATE_GOES_ON.match(doc.text, clause.start) or measure_at(doc.text, clause.start)
        if body is not None and (goes_on or not _has_figure(doc, c)):
            # 某某公司传来好消息，1430辆…订单落地; 某某港集装箱吞吐量…，增长9.1%: the body's; not the clauses
            # after a body's own figure that go on with the place's (某某集团营业收入…，新增…企业7家)
            return body
        if _opens_with_own_whole(doc, c):
            # 某市对口支援本县，全县新增项目26个，规上工业增加值增长10%: 全县 took over
            word = OWN_WHOLE.search(doc.text, c.start, c.end).group()
            place = _paragraph_place(doc, sent, c.start, word)
            if place is None and (above := _whole_above(doc.doc_region, word[-1])) is not doc.doc_region:
                place = above  # 全县辖17个乡镇，人口71万 on a county's zone's page: the county's, clause after clause
            return place
        whole = _opening_whole_of(doc, c)
        if whole is not None:
            # 1-6月份，全省高新技术产业产值累计实现…，同比增长10.02%，累计占…比重32.10% on a city's page: the
            # province's, clause after clause (not a clause that speaks as the page's own: …，我市增长12.7%)
            return None if _OWN_VOICE.search(doc.text, clause.start, clause.end) else whole
        groups = [g for g in mention_groups(doc, c.start, c.end) if topical(doc, g)]
        if body is not None and groups and all(_inside_name(doc, g, body.name, c) for g in groups):
            # 吉林化纤化学纤维产量增长11.4%，碳纤维复材产量增长370.4%; 天津口岸进出口总值…，成为全国第4个…口岸:
            # the place opening the body's name is no topic of its own - the clauses after go on with the body
            return body
        groups = [g for g in groups if not M.strip_lead(clause_words(doc, c.start, g[0][0]))]
        together = _listed_together(doc, groups) if len(groups) > 1 else []
        if together:
            return _one_of_together(doc, together)  # 扬州、泰州两市合计…，同比增长6.5%
        # 江北新区、滨江开发区获批省级平台，…，总部企业增加80家: places listed are no topic
        groups = [g for g in groups if doc.text[g[-1][1] : g[-1][1] + 1] != "、"]
        if groups:
            return _town_after(doc, groups[0][-1][1], c.end) or groups[0][-1][2]
        town = _town_at_head(doc, c.start, c.end)
        if town is not None:
            return town  # 某某镇工业总产值…，位列…第5位: the town the clause before opened with
        county = _county_short_at_head(doc, c.start, c.end) if _has_figure(doc, c) else None
        if county is not None:
            return county  # 2023年，慈溪全市实现地区生产总值…，同比增长6.0%: the county the clause before opened with
    return None


def _inside_name(doc: Doc, group: list[tuple[int, int, Any]], name: str, c: Clause) -> bool:
    """Does a province, city or county open the body's name as clause `c` writes it, with more of the name
    after it? (A zone there is where the body is: 某经济开发区引进某集团…)"""
    at = doc.text.find(name, c.start, c.end)
    if at < 0 or group[0][0] != at or group[-1][1] >= at + len(name):
        return False
    return getattr(group[-1][2], "level", None) in ("province", "city", "county")


# a clause that goes on with the rate of the figure before (…，同比增长9.1%)
_RATE_GOES_ON = re.compile(r"[\s，,、]*(?:同比|[比较](?:上年|去年)(?:同期)?)?(?:增长|下降|增幅|增速|提高|减少)")


def _has_figure(doc: Doc, c: Clause) -> bool:
    return bisect_left(doc.q_starts, c.start) < bisect_left(doc.q_starts, c.end)


def without_body_name(metric: str, subject) -> str:
    """某某集团股份有限公司营业收入 -> 营业收入: a body's name (or its tail, the place read off) is its subject,
    not its indicator."""
    if not is_body_or_town(subject):
        return metric  # (a town's name in its own figure's metric, 某某镇粮食总产量, is read off too)
    name = subject.name
    for i in range(len(name) - 1):
        if metric.startswith(name[i:]) and len(metric) > len(name) - i:
            rest = metric[len(name) - i :]
            return re.sub(r"^(?:完成|实现)(?=..)", "", rest)  # 某公司完成原油加工量: 原油加工量
    return _SHORT_COMPANY_HEAD.sub("", metric)  # 锦程公司产值 (its short name, 以下简称锦程公司): 产值


_SHORT_COMPANY_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:公司|集团)(?=..)")


def without_place_name(metric: str, subject) -> str:
    """昆山排名 with subject 昆山市 (a ranked place's short form the metric took in): the place read off. Not where the
    words after it go on with a name (苏州工业园区排名 of 苏州市 stays whole)."""
    if subject is None or is_body_or_town(subject) or getattr(subject, "level", None) == "country":
        return metric
    for name in (subject.name, short_name(subject)):
        if name and metric.startswith(name) and len(metric) - len(name) >= 2 and not _NAME_GOES_ON.match(metric, len(name)):
            return metric[len(name) :]
    return metric


def without_county_short(metric: str, subject) -> str:
    """慈溪全市地区生产总值 / 慈溪的第一产业增加值 with subject 慈溪市 (a county named by its short form, which the
    metric took in): the short form and its own voice (全市, 的) read off."""
    if getattr(subject, "level", None) != "county":
        return metric
    short = short_name(subject)
    if not short or not metric.startswith(short) or _NAME_GOES_ON.match(metric, len(short)):
        return metric  # (义乌市场…, 昆山开发区…: a name of its own)
    if metric[len(short) : len(short) + 1] in _QUOTE_OPENS:
        return metric  # 北流“两湾”产业园: a quoted name goes on
    voice = _COUNTY_VOICE.match(metric, len(short))
    rest = metric[voice.end() if voice else len(short) :]
    return rest if len(rest) >= 2 else metric


_COUNTY_VOICE = re.compile(r"(?:全市|全县|全区|全旗)(?!场)的?|的")  # (全市场主体: no voice)
_QUOTE_OPENS = "“\"「‘"


_NAME_GOES_ON = re.compile(r"[市县区州盟旗镇乡村园港]|工业|经济|高新|经开|开发|新区|保税|自贸|综合(?:保税|试验|改革|实验)|片区")


# a sentence that breaks down the one before: 其中进口…，出口…
_AMONG = re.compile(r"[\s，,]*其中[，,：:]?")


def _among_previous(doc: Doc, sent: Sentence, clause: Clause):
    """`某县规上工业总产值2750亿元。其中，高新技术产业增加值增长18.9%`, `天津口岸进出口总值…。其中进口…`: a
    sentence opening with 其中 that names no place is a part of the sentence before, and so its subject's,
    where that is not the page's own."""
    if not _AMONG.match(sent.text) or mention_groups(doc, sent.start, clause.end):
        return None
    found = doc.memo.get(("sentence_subject", sent.paragraph, sent.index - 1))
    own = getattr(doc.doc_region, "code", None)
    if found is None or getattr(found, "code", None) == own:
        return None
    return found


# what may stand before a body's name at the head of its clause
_BODY_LEAD = re.compile(r"(?:特别是|尤其是|目前|据悉|全年|今年|去年)?")


_BODIES = load("bodies.yaml")
# words one of which a clause opening with a body's name holds (most clauses hold none)
_BODY_HINTS = ("港", "口岸", "公司", "集团", "园", "完成", "营", "利润", "生产", "交付", "产销", *_BODIES["place_brands"], *_BODIES["facility_forms"])


def _clause_head(doc: Doc, start: int, hi: int) -> int:
    """Where a clause's words begin after its lead, its time words and a body's lead (其中，1-8月，目前…)."""
    at = _CLAUSE_LEAD.match(doc.text, start, hi).end()
    for t in doc.times_in(at, hi):
        if t.start == at:
            at = t.end
    return _BODY_LEAD.match(doc.text, at, hi).end()


def _clause_body(doc: Doc, c: Clause, hi: int):
    """The port or company whose name opens clause `c` (after its lead and time words), as a subject."""
    short = _brand_short_at(doc, c, hi)
    if short is not None:
        return short
    if (_body_word_end(doc, c) > hi) if hi <= c.end else not any(0 <= doc.text.find(w, c.start, hi) for w in _BODY_HINTS):
        return None  # (most clauses name none: the name patterns are not tried)
    at = _clause_head(doc, c.start, hi)  # 1-8月，…, 上半年某某公司…
    groups = mention_groups(doc, at, hi)
    opening = groups[0] if groups and groups[0][0][0] == at else None
    found = body_at(doc.text, at, hi)
    if found is None and not (opening and doc.text[at : opening[-1][1]] == opening[-1][2].name):
        found = company_at(doc.text, at, hi)  # (not 株洲市轨道交通装备完成产值: a place by its full name, then its industry)
    if found is None:
        found = next(((n, e) for e, n in companies_named(doc.text, at, hi) if e - len(n) == at), None)
        if found is None:
            found = _place_brand(doc, at, opening[-1] if opening else None)  # 吉林化纤化学纤维产量…
        if found is None and groups and _short_city(doc, groups[0][-1]) and groups[0][-1][0] - at < _MAX_COMPANY:
            found = facility_at(doc.text, at, hi, groups[0][-1][:2])  # 三星西安工厂闪存芯片产能…
        if found is not None and not _own_figures_after(doc, found[1], c.end):
            return None
    if found is None or refers_back(found[0], 0) and len(found[0]) <= 4:
        return None  # (该公司: the company it refers back to, read later)
    if opening and opening[-1][1] >= found[1]:
        return None  # the whole name is a place's or a zone's
    return _body_region(doc, found[0])


def _short_city(doc: Doc, mention: tuple[int, int, Any]) -> bool:
    """Is the mention a province's, a city's or a county's short form (西安, not 西安市 nor 西宁开发区)?"""
    s, e, region = mention
    return getattr(region, "level", None) in ("province", "city", "county") and doc.text[s:e] != region.name


def _place_brand(doc: Doc, at: int, mention: tuple[int, int, Any] | None) -> tuple[str, int] | None:
    """(the company's short name, its end) where a place written at `at` by its short form (吉林, not 吉林市)
    runs on into a brand word (吉林化纤, 宁德时代: a place the mentions may not hold), else None."""
    if mention is not None:
        s, e, region = mention
        spans = [(e, region)] if doc.text[s:e] != getattr(region, "name", None) else []
    else:
        spans = [(at + k, resolve_region(doc.text[at : at + k])) for k in _PLACE_SHORT]
    for e, region in spans:
        if region is None or getattr(region, "name", None) == doc.text[at:e]:
            continue
        name = place_brand_at(doc.text, doc.text[at:e], e)
        if name is not None:
            return name, at + len(name)
    return None


_PLACE_SHORT = (2, 3)  # characters of a place's short form (宁德, 内蒙古)


def _opening_company(doc: Doc, c: Clause):
    """The company named in full that opens clause `c` (after its lead and time words) and does not invest
    in the page's place there (某某有限公司投资建设的项目…), as a subject; else None."""
    at = _clause_head(doc, c.start, c.end)
    for end, name in companies_named(doc.text, at, c.end):
        if end - len(name) == at and _own_figures_after(doc, end, c.end):
            return _body_region(doc, name)
    return None


def _closing_company(doc: Doc, c: Clause):
    """The company named in full that closes clause `c` after a 的 (位于某开发区的某某股份有限公司，…; 全市民营企业
    百强第一名的某某集团，…): the clause introduces it, the next ones give its figures; not one the page's
    place brought in (我县引进的某某有限公司)."""
    end = c.end
    named = companies_named(doc.text, max(c.start, end - 2 * _MAX_COMPANY), end)
    if not named or named[-1][0] != end:
        return None
    start = end - len(named[-1][1])
    if doc.text[start - 1 : start] != "的" or _BROUGHT_IN.search(doc.text, c.start, start):
        return None
    return _body_region(doc, named[-1][1])


_MAX_COMPANY = 20  # characters of a company's name before its registered form


def _settles_in(doc: Doc, end: int, hi: int) -> bool:
    """Does the clause after a company's name (from `end` to `hi`) say it settles or signs in the place?"""
    return any(doc.text.find(w, end, hi) >= 0 for w in _BODIES["settles"])


def _own_figures_after(doc: Doc, end: int, hi: int) -> bool:
    """Are the figures after a company's name (ending at `end`, its clause at `hi`) its own: not where it
    invests or settles in the page's place (某某集团投资建设…, 宁德时代在赣总投资…, …基地在某新城落户) or is one
    of a list (某某集团、某某电工等企业…, 某某时代超级工厂等23个项目)?"""
    if _INVESTS.match(doc.text, end):
        return False
    return not any(doc.text.find(w, end, hi) >= 0 for w in _PLACE_EVENTS)


_INVESTS = re.compile(
    any_of(_BODIES["invests"] + _BODIES["list_joins"]) + r"|在[^，。；]{0,12}?" + any_of(_BODIES["invests"] + _BODIES["settles"])
)
_PLACE_EVENTS = tuple(_BODIES["settles"] + ["等"])
_BROUGHT_IN = re.compile(any_of(_BODIES["invests"] + _BODIES["settles"] + _BODIES["brings_in"]))


def _body_word_end(doc: Doc, c: Clause) -> float:
    """Where the earliest-ending word of _BODY_HINTS in clause `c` ends (inf: none): a stretch [c.start, hi)
    holds one when this is <= hi. Once per clause, not once per figure and word. (Not one alternation
    search: the leftmost match need not end first once the hints include longer brand words.)"""
    key = ("body_word_end", c.start, c.end)
    end = doc.memo.get(key)
    if end is None:
        m = _BODY_HINT.search(doc.text, c.start, c.end)
        end = m.end() if m else float("inf")
        for at in range(m.start() + 1, int(end) - 1) if m else ():
            # a shorter hint starting inside the leftmost one may end first (the alternation is shortest first)
            if (inner := _BODY_HINT.match(doc.text, at, c.end)) and inner.end() < end:
                end = inner.end()
        doc.memo[key] = end
    return end


_BODY_HINT = re.compile("|".join(map(re.escape, sorted(_BODY_HINTS, key=len))))


def _introduced_body(doc: Doc, sent: Sentence, clause: Clause):
    """The company a sentence opening with 作为 introduces, for the clauses after its introduction that name
    no place: 作为出口主力的宇通客车，去年…交付372辆…; 作为中国最大的…出口企业，某某有限公司在…占30%，规划
    建设…378亩 (the company's plans, not the page's place's)."""
    key = ("introduced_body", sent.start)
    if key not in doc.memo:
        doc.memo[key] = _find_introduced_body(doc, sent)
    found = doc.memo[key]
    if found is None or clause.start < found[1]:
        return None
    return found[0]


# 作为出口主力的宇通客车，: a company introduced by its role, anywhere in the page
_INTRODUCED = re.compile(r"作为[^，。；！？]{1,30}的([\u4e00-\u9fffA-Za-z0-9]{2,20})[，,]")


def _introduced_brands(doc: Doc) -> list[tuple[int, str, str]]:
    """(where, the company's name, its short form) for each company the page introduces with 作为…的X，
    whose name ends in a brand word (宇通客车 -> 宇通)."""
    key = ("introduced_brands",)
    if key not in doc.memo:
        found = []
        if "作为" in doc.text:
            for m in _INTRODUCED.finditer(doc.text):
                name = m.group(1)
                short = brand_short(name)
                if short and introduced_company(name):
                    found.append((m.end(), name, short))
        if "简称" in doc.text:
            found += _aliased_companies(doc)
            found.sort()
        doc.memo[key] = found
    return doc.memo[key]


# 某某硅胶科技有限公司（以下简称百茂公司）, 某某新能源科技股份有限公司（以下简称“某某时代”）
_ALIAS = re.compile(r"[（(](?:以下)?简称[“\"]?([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"]?[）)]")


def _aliased_companies(doc: Doc) -> list[tuple[int, str, str]]:
    """(where, the company's name, its short form) for each company named in full right before （以下简称X）."""
    found = []
    for m in _ALIAS.finditer(doc.text):
        alias = m.group(1)
        if any(resolve_region(alias[:k]) is not None and place_brand_at(alias, alias[:k], k) for k in _PLACE_SHORT):
            continue  # 宁德时代: a place's short name and a brand, read as such (_place_brand)
        named = companies_named(doc.text, max(0, m.start() - 2 * _MAX_COMPANY), m.start())
        if named and named[-1][0] == m.start():
            found.append((m.end(), named[-1][1], alias))
    return found


def _brand_short_at(doc: Doc, c: Clause, hi: int):
    """宇通新能源客车已在60多个国家…, 宇通还与…: a clause opening with the short form of a company the page
    introduced before is that company's."""
    brands = _introduced_brands(doc)
    if not brands:
        return None
    at = _clause_head(doc, c.start, hi)
    for where, name, short in brands:
        if where <= c.start and doc.text.startswith(short, at) and not _settles_in(doc, at + len(short), c.end):
            return _body_region(doc, name)
    return None


# “投产后，可年产20万吨多晶硅…。”某某硅业相关负责人说: the company whose officer the quote is attributed to
_QUOTE_SPEAKER = re.compile(
    r"[\s，,。]*([\u4e00-\u9fffA-Za-z0-9（）()]{2,20}?)(?:相关)?(?:负责人|董事长|副董事长|总经理|副总经理|总裁|党委书记)"
    r"[\u4e00-\u9fff]{0,4}?(?:说|表示|介绍|告诉)"
)
_QUOTE_MAX = 200  # characters a quoted passage may run to


def _quoted_company(doc: Doc, pos: int):
    """A figure inside a quoted passage attributed right after to a company's officer is the company's."""
    opening = doc.text.rfind("“", max(0, pos - _QUOTE_MAX), pos)
    if opening < 0 or doc.text.find("”", opening, pos) >= 0:
        return None
    speaker = officer_before(doc.text, opening)  # 某某新能源董事长某某说：“…”
    if speaker is not None and not refers_back(speaker, 0) and _named_company(doc, opening - len(speaker), speaker):
        return _body_region(doc, speaker)
    closing = doc.text.find("”", pos, pos + _QUOTE_MAX)
    if closing < 0 or "\n" in doc.text[opening:closing]:
        return None
    m = _QUOTE_SPEAKER.match(doc.text, closing + 1) or speaker_after(doc.text, closing + 1)
    if m is None:
        return None
    named = companies_named(doc.text, m.start(1), m.end(1))
    if named and named[-1][0] == m.end(1):
        return _body_region(doc, named[-1][1])  # 某某（四川）有限公司相关负责人介绍: a place in its name is its own
    if mention_groups(doc, m.start(1), m.end(1)) or not quoted_company(m.group(1)):
        return None
    return _body_region(doc, m.group(1))


def _referred_company(doc: Doc, d: Draft):
    """该公司今年前10个月实现销售收入…, 目前公司已建成…, 企业负责人介绍，…, 企业总经理说：“…”: a figure whose
    sentence refers back to a company (at a clause head before the figure, or as the speaker of its quote)
    is that of the company last named in full before it: in its paragraph, or for 该公司, 这家企业 and a
    speaker a paragraph or two before (a bare 公司, 企业 there may be a class)."""
    found = _reference_at(doc, d)
    if found is None:
        return None
    at, reach = found
    index = d.sentence.paragraph
    for k in range(index, max(index - max(reach, 0), 0) - 1, -1):
        before = [name for end, name in _paragraph_companies(doc, k) if end <= at]
        if before:
            return _body_region(doc, before[-1])
    return _referred_project(doc, d, at) if reach < 0 else None


def _referred_project(doc: Doc, d: Draft, at: int):
    """该项目建成投产后… with no company named before it in the paragraph: the project named there before."""
    para = doc.paragraphs[d.sentence.paragraph]
    before = [name for end, name in projects_named(doc.text, para.start, at) if end <= at]
    if before:
        return _body_region(doc, before[-1])
    # 肇东市引进某某集团投资12.5亿元建设某某产业园项目。项目投产后，预计年实现销售收入15亿元: no project named
    # by a name of its own - the county or zone that brought it in, the sentence before's subject
    found = doc.memo.get(("sentence_subject", d.sentence.paragraph, d.sentence.index - 1))
    if getattr(found, "level", None) in ("county", "zone") and not is_body_or_town(found):
        return found
    return None


_REFERENCE_PARAGRAPHS = 2  # how many paragraphs back 这家公司 or a speaker may reach to its company


def _paragraph_companies(doc: Doc, index: int) -> list[tuple[int, str]]:
    if index >= len(doc.paragraphs):
        return []
    key = ("companies_named", index)
    if key not in doc.memo:
        para = doc.paragraphs[index]
        doc.memo[key] = companies_named(doc.text, para.start, para.end)
    return doc.memo[key]


def _reference_at(doc: Doc, d: Draft) -> tuple[int, int] | None:
    """(where the figure's sentence refers back to a company, how many paragraphs back it may reach; -1 for
    a project, in its own paragraph): the speaker of the quote the figure is in, or a clause head up to the
    figure's clause (after lead and time words) with no place named after it; None where it does not."""
    opening = doc.text.rfind("“", max(d.sentence.start - _QUOTE_MAX, 0), d.pos)
    if opening >= 0 and doc.text.find("”", opening, d.pos) < 0:
        speaker = officer_before(doc.text, opening)
        if speaker is not None and refers_back(speaker, 0) and len(speaker) <= 4:
            return opening, _REFERENCE_PARAGRAPHS
    found = None
    for c in d.sentence.clauses:
        if c.start > d.clause.start:
            break
        names_place, reference = _clause_reference(doc, c)
        if found is not None and c.start < d.clause.start and names_place:
            found = None  # 企业加强创新，某区某某铜带制定了…: a place took over
        if reference is not None:
            found = reference
    return found


def _clause_reference(doc: Doc, c: Clause) -> tuple[bool, tuple[int, int] | None]:
    """(does clause `c` name a place, the back-reference at its head as _reference_at gives it): once per
    clause, not once per figure of its sentence."""
    key = ("clause_reference", c.start, c.end)
    if key not in doc.memo:
        at = _clause_head(doc, c.start, c.end)
        if refers_back(doc.text, at):
            bare = doc.text.startswith(("公司", "企业"), at)
            reference = (at, 0 if bare else _REFERENCE_PARAGRAPHS)
        elif refers_to_project(doc.text, at):
            reference = (at, -1)  # its paragraph's company, else its project
        else:
            reference = None
        doc.memo[key] = (bool(mention_groups(doc, c.start, c.end)), reference)
    return doc.memo[key]


def _named_company(doc: Doc, at: int, name: str) -> bool:
    """Is `name` (at `at`) a company's: no place in it, not an agency, a class or a whole?"""
    return len(name) >= 2 and not mention_groups(doc, at, at + len(name)) and quoted_company(name)


def _find_introduced_body(doc: Doc, sent: Sentence):
    """(the body, where its introduction ends) for a sentence opening with 作为…, else None."""
    if len(sent.clauses) < 2 or "作为" not in sent.text[:8]:
        return None
    first, second = sent.clauses[0], sent.clauses[1]
    at = _CLAUSE_LEAD.match(doc.text, first.start, first.end).end()
    if not doc.text.startswith("作为", at):
        return None
    words = doc.text[at : first.end]
    named = words.rsplit("的", 1)[1] if "的" in words else ""
    if named and introduced_company(named) and not mention_groups(doc, first.end - len(named), first.end):
        return _body_region(doc, named), first.end  # 作为出口主力的宇通客车，…
    body = _clause_body(doc, second, second.end)
    if body is not None:
        return body, second.start  # 作为…企业，某某有限公司在…，规划建设…
    return None


def is_body_or_town(subject) -> bool:
    """A body (a company, a port: _body_region) or a town (_town_after) read off the page as a subject, not a place
    of the gazetteer: its figures are its own, they do not go on with a place's."""
    return getattr(subject, "zone_type", None) in ("body", "town")


def _body_region(doc: Doc, name: str):
    """A port or a company as a figure's subject (a region-like record under the page's place)."""
    own = getattr(doc.doc_region, "code", "") or ""
    return Region(name=name, code=f"{own}:{name}", level="zone", parent_code=own or None, zone_type="body")


# …开发区实现业务总收入420亿元，…；实现财政收入15亿元: a statement opening with its verb goes on with the
# subject of the one before (elided_subject_verbs in facts.yaml)
_ELIDED_SUBJECT = re.compile(r"\s*" + any_of(LEX["elided_subject_verbs"]))


def _statement_before(doc: Doc, sent: Sentence, clause: Clause) -> list[Clause]:
    """The clauses before `clause` in its statement, nearest first: a `；` opens a new one (…；合肥某企业成为
    全市首个千亿企业；新能源汽车产业产值超千亿), unless the sentence opens with the scope of all of them
    (福建…对接的1334个项目中，…；…；已开工323个项目) or the new one opens with its verb (…；实现财政收入…)."""
    out: list[Clause] = []
    after = clause.start
    for c in reversed([c for c in sent.clauses if c.start < clause.start]):
        if "；" in doc.text[c.end : after] and not _ELIDED_SUBJECT.match(doc.text, after):
            head = sent.clauses[0]
            return out + [head] if head.text.rstrip().endswith("中") else out
        out.append(c)
        after = c.start
    return out


def _whole_named_before(doc: Doc, d: Draft, word: str):
    """`金坛区负责人介绍，全区新签约项目50个` in a city's page: 全区 / 全县 is the district or county the
    sentence named before, not the page's city."""
    if getattr(doc.doc_region, "level", None) != "city" or word[-1] not in "区县":
        return None
    before = [m for m in mention_groups(doc, d.sentence.start, d.clause.start)]
    for group in reversed(before):
        region = group[-1][2]
        if getattr(region, "level", None) == "county" and region.name.endswith(word[-1]):
            return region
    return None


def _whole_named_in_paragraph(doc: Doc, d: Draft, word: str):
    """`甲县是全国最大的…集散地。…2024年，全县…营收23.6亿元` in a province's roundup: 全县 is the county the
    paragraph is about (the last it named), not the page's province."""
    return _paragraph_place(doc, d.sentence, d.clause.start, word)


def _paragraph_place(doc: Doc, sent: Sentence, until: int, word: str):
    """The place below the page's own that 全县 / 全区 (a county) or, on a province's page, 全市 / 全州 / 全盟
    (a city) stands for: the last of that level, named so, in the paragraph before `until` (甲州谋势而动，…。
    全州实现绿色铝产值…); None where the paragraph names none."""
    own = doc.doc_region
    level = getattr(own, "level", None)
    if word[-1] in "区县" and level in ("province", "city"):
        wanted = "county"
    elif word[-1] in "市州盟" and level == "province" and not own.name.endswith(word[-1]):
        wanted = "city"  # (not 全市 on a municipality's own page: 重庆市…全市 is 重庆市)
    else:
        return None
    start = doc.paragraphs[sent.paragraph].start
    for group in reversed(mention_groups(doc, start, until)):
        region = group[-1][2]
        if (
            getattr(region, "level", None) == wanted and region.name.endswith(word[-1])
            and own.code in {r.code for r in parent_chain(region)}  # (one of the page's own places)
        ):
            return region
    return None


_CLAUSE_LEAD = re.compile(r"[\s，,、；;：:“”\"（(]*(?:其中|此外|同时|另外|另有|还有)?[，,]?")


def _head_county_short(doc: Doc, d: Draft):
    """`安平丝网国内市场占有率超80%` in a province's or city's roundup of its clusters: a county's short name
    opening the figure's clause is whose figure it is, where it names one county of the page's place."""
    return _county_short_at_head(doc, d.clause.start, d.pos)


def _county_short_at_head(doc: Doc, start: int, hi: int):
    """The county of the page's place whose short form opens the text from `start` (past its lead words),
    ending before `hi`; None where none does."""
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return None
    at = _CLAUSE_LEAD.match(doc.text, start, hi).end()
    counties = gazetteer().county_short
    for size in (3, 2):
        if doc.doc_region.name.startswith(doc.text[at : at + size]):
            return None  # 大同新能源装机… on 大同市's page: the city's own short form, not its 大同县
        found = [r for r in counties.get(doc.text[at : at + size], ()) if own in {p.code for p in parent_chain(r)}]
        if len(found) == 1 and at + size < hi and not _NOT_COUNTY_AFTER.match(doc.text, at + size):
            return None if _opens_counted_item(doc, at, at + size, found[0]) else found[0]
    return None


# a town's or a street's name (桑墟镇, 光明街道): two to four characters and the word that ends it
_TOWN_AT = re.compile(r"[\u4e00-\u9fff]{2,4}?" + any_of(LEX["town_ends"]))
_NOT_TOWN = tuple(LEX["not_town_names"])
_TOWN_ENDS = tuple(LEX["town_ends"])
_NOT_TOWN_LEADS = tuple(LEX["not_town_leads"])
_TOWN_HEAD_MAX = 24  # characters from a clause's start within which a town's name opening it ends
_NOT_IN_TOWN_NAME = re.compile(r"[镇街乡村县市区省]")


def _head_town(doc: Doc, d: Draft):
    """`永兴镇位列全国第344名`, `2006年，某某镇粮食总产量…`: a town or street whose name opens the figure's clause
    (past its lead and time words) is whose figure it is (towns are not in the gazetteer)."""
    return _town_at_head(doc, d.clause.start, d.pos)


def _head_zone_word(doc: Doc, d: Draft):
    """`开发区企业研发完成…` on a district's page that names its national zone (北京经济技术开发区 on 大兴区's): a zone's
    generic word opening the clause (past its lead and time words) is the one zone of that kind the page names
    inside its own place — its figure, not the district's. (On a province's page, 高新区共实现… is all of them.)"""
    lo, hi = d.clause.start, d.pos
    if doc.text.find("区", lo, min(hi, lo + _TOWN_HEAD_MAX)) < 0:
        return None  # (most clauses open on no zone word)
    key = ("head_zone_word", lo)
    if key not in doc.memo:  # the same for every figure of the clause
        doc.memo[key] = _find_head_zone_word(doc, lo, hi)
    return doc.memo[key]


def _find_head_zone_word(doc: Doc, lo: int, hi: int):
    at = _CLAUSE_LEAD.match(doc.text, lo, hi).end()
    for t in doc.times_in(at, hi):
        if t.start == at:
            at = t.end
    at = _CLAUSE_LEAD.match(doc.text, at, hi).end()
    types = zone_word_types(doc.text, at, hi)
    own = getattr(doc.doc_region, "code", None)
    if not types or getattr(doc.doc_region, "level", None) not in ("city", "county"):
        return None  # (a province's 高新区 at a clause's head are its zones together)
    key = ("zones_of_types", types)  # (a page's mentions read once per kind of zone word, not per clause)
    zones = doc.memo.get(key)
    if zones is None:
        zones = doc.memo[key] = {r.code: r for _, _, r in doc.mentions if getattr(r, "level", None) == "zone" and r.zone_type in types}
    if len(zones) != 1:
        return None
    zone = next(iter(zones.values()))
    if zone.code == own or own not in {p.code for p in parent_chain(zone)}:
        return None  # the page's own zone already, or a zone outside the page's place
    return zone


def _town_at_head(doc: Doc, lo: int, hi: int):
    near = min(hi, lo + _TOWN_HEAD_MAX)
    if all(doc.text.find(w, lo, near) < 0 for w in _TOWN_ENDS) or _TOWN_AT.search(doc.text, lo, near) is None:
        return None  # (most clauses name none near their head)
    at = _CLAUSE_LEAD.match(doc.text, lo, hi).end()
    for t in doc.times_in(at, hi):
        if t.start == at:
            at = t.end
    at = _CLAUSE_LEAD.match(doc.text, at, hi).end()
    return _town_after(doc, at, hi)


def _town_after(doc: Doc, at: int, hi: int):
    """The town or street named right at `at` (某县 + 某某镇…), as a subject under the page's place, or None."""
    m = _TOWN_AT.match(doc.text, at, hi)
    if m is None or m.group().endswith(_NOT_TOWN) or m.end() >= hi or _NOT_IN_TOWN_NAME.match(m.group()):
        return None  # (镇长代表镇…: an officer, not a town's name)
    if m.group().startswith(_NOT_TOWN_LEADS) or doc.text.startswith("区", m.end()):
        return None  # 下辖新城区…: a district of new town, not a town's name
    own = getattr(doc.doc_region, "code", "") or ""
    return Region(name=m.group(), code=f"{own}:{m.group()}", level="zone", parent_code=own or None, zone_type="town")


def _opening_county_short(doc: Doc, at: int, hi: int):
    """潜山的刷子同样具有较高的知名度: a county's short name opening a paragraph, where it names one county
    of the page's province or city, or None."""
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return None
    at = _CLAUSE_LEAD.match(doc.text, at, hi).end()
    counties = gazetteer().county_short
    for size in (3, 2):
        if doc.doc_region.name.startswith(doc.text[at : at + size]):
            return None  # the page's own city by its short form, not its namesake county
        found = [r for r in counties.get(doc.text[at : at + size], ()) if own in {p.code for p in parent_chain(r)}]
        if len(found) == 1 and at + size < hi and not _NOT_COUNTY_AFTER.match(doc.text, at + size):
            return found[0]
    return None


# 香洲、金湾和斗门三个区分别… (a list: each its own), 贺兰山东麓 (a mountain), 金川集团 (a company)
_NOT_COUNTY_AFTER = re.compile(r"[、和与及山江河湖海岛]|集团|公司|股份|银行|控股")


_OWN_VOICE = re.compile(any_of(LEX["word_lists"]["own_voice_words"]))


def _opening_whole_of(doc: Doc, c: Clause):
    """The province (全省, 我省) that opens clause `c` with a figure of its own, on a page about a place below
    it (not 全国: 全国最大的…中心建成运营，算力规模达… describes the page's own; nor a figure-less 全省…中心)."""
    m = WHOLE_OF.search(doc.text, c.start, c.end) if doc.text.find("省", c.start, c.end) >= 0 else None
    if not m or m.group(1) == "全国" or M.strip_lead(clause_words(doc, c.start, m.start())):
        return None
    no_figure = bisect_left(doc.q_starts, m.end()) >= bisect_left(doc.q_starts, c.end)
    if no_figure or doc.text[c.start : c.end].rstrip().endswith("中"):
        return None  # 在2018年度全省县域经济考核中，跃居…第四名: the field of the page's own rank
    return _whole_of(doc, m.group(1))


def _opens_with_own_whole(doc: Doc, c: Clause) -> bool:
    own = OWN_WHOLE.search(doc.text, c.start, c.end)
    return bool(own) and not M.strip_lead(clause_words(doc, c.start, own.start()))


def _section_region(doc: Doc, index: int):
    """`惠州` / `二、惠州：三年打造…` heading the section a figure stands in (a roundup of several
    places): the section's place, unless it is the page's own or above it."""
    key = ("section_region", index)
    if key not in doc.memo:
        doc.memo[key] = _find_section_region(doc, index)
    return doc.memo[key]


_SECTION_HEADING_MAX = 30  # characters of a heading line
_HEADING_LEAD = re.compile(r"^[\s■●◆▲★▶【〔(（]*(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\d+[、.．])?\s*")
_PLACE_COLON = re.compile(r"[\u4e00-\u9fff]{2,10}[：:]")
_HEADING_PLACE_END = re.compile(r"(?:$|[：:·篇—\-｜|\s】〕)）])")


def _find_section_region(doc: Doc, index: int):
    line = _paragraph_line(doc, index)
    if _PLACE_COLON.match(line, _HEADING_LEAD.match(line).end()):
        # 惠州：印发…方案。到2025年，全市…: the paragraph's own place, where its opening names one
        found = _heading_place(doc, line[: max(line.find("："), line.find(":"))])
        if found is not None:
            return found
    # the nearest heading decides, naming a place or not
    heads = _section_headings(doc)
    i = bisect_right(heads, index)
    return _heading_region(doc, heads[i - 1]) if i else None


def _paragraph_line(doc: Doc, k: int) -> str:
    para = doc.paragraphs[k]
    return doc.text[para.start : para.end]


def _section_headings(doc: Doc) -> list[int]:
    """Indices of the page's heading lines (short, one line, no sentence end), found once per page: every
    figure asks for the nearest one above it."""
    found = doc.memo.get("section_headings")
    if found is None:
        found = doc.memo["section_headings"] = [
            k for k in range(len(doc.paragraphs))
            if not (len(line := _paragraph_line(doc, k)) > _SECTION_HEADING_MAX or "\n" in line or line.rstrip()[-1:] in "。；;")
        ]
    return found


def _heading_region(doc: Doc, k: int):
    """The place heading line k gives the section below it: none in the title block; else the place it names
    or — where it is the subtitle right under a place's heading (桐庐县 / 快递产业之乡) — that place's heading."""
    if doc.title_span is not None and doc.paragraphs[k].start < doc.title_span[1]:
        return None
    return _heading_place(doc, _paragraph_line(doc, k)) or _heading_above_subtitle(doc, k)


def _heading_above_subtitle(doc: Doc, k: int):
    """The place of a heading line right above the heading line at paragraph k, or None."""
    if k == 0:
        return None
    above = doc.paragraphs[k - 1]
    line = doc.text[above.start : above.end]
    if len(line) > _SECTION_HEADING_MAX or "\n" in line or line.rstrip()[-1:] in "。；;，,":
        return None
    if doc.title_span is not None and above.start < doc.title_span[1]:
        return None
    return _heading_place(doc, line)


def _heading_place(doc: Doc, line: str):
    """The place a heading opens with, where it is not the page's own place or above it."""
    lead = _HEADING_LEAD.match(line).end()
    mentions = find_region_mentions(line)
    if not mentions or mentions[0][0] != lead or not _HEADING_PLACE_END.match(line, mentions[0][1]):
        return None
    region = mentions[0][2]
    own = doc.doc_region
    if own is None or region.level == "country" or region.code == own.code:
        return None
    if region.code in {r.code for r in parent_chain(own)} or incidental_mention(line, mentions[0][0], mentions[0][1]):
        return None
    return region


OWN_WHOLE = re.compile(r"(?<![占居列比较于在])全(?:市|县|区|州|盟|旗)(?![第前排])")

# (全国市场占有率, 全省份额: the scope of the place's share, not the whole's figure)
WHOLE_OF = re.compile(r"(?<![占居列比较于在为向给])(全省|全国|我省)(?![第前排]|(?:同类)?(?:市场)?(?:占有率|份额|占比))")


def _scope_subject(doc: Doc, d: Draft):
    """`今年全省地区生产总值增长5%左右` in a city's page: 全省 is the city's province; 全国 the country.
    Only as the head of the figure's clause, never a rank's scope."""
    if d.kind == "rank" or doc.doc_region is None:
        return None
    head = doc.text[d.clause.start : d.pos]
    m = WHOLE_OF.search(head) if "省" in head or "国" in head else None
    if not m or M.strip_lead(clause_words(doc, d.clause.start, d.clause.start + m.start())):
        return None
    return _whole_of(doc, m.group(1))


def _whole_of(doc: Doc, word: str):
    """全国 / 全省 said in a page: the country (unless it is the country's page); the page's province - its
    own place where that is a province, the one it lies in where it is a place below."""
    level = getattr(doc.doc_region, "level", None)
    if word == "全国":
        return resolve_region("全国") if level != "country" else None
    if level == "province":
        return doc.doc_region  # (全省 on the province's own page: itself, not a place an earlier clause named)
    if level == "country" or doc.doc_region is None:
        return None
    return next((r for r in parent_chain(doc.doc_region) if r.level == "province"), None)


def mention_groups(doc: Doc, lo: int, hi: int) -> list[list[tuple[int, int, Any]]]:
    """Region mentions in [lo, hi), contiguous ones grouped (江苏省扬州市 names one place: the last)."""
    groups: list[list[tuple[int, int, Any]]] = []
    for k in range(bisect_left(doc.mention_starts, lo), len(doc.mentions)):
        m = doc.mentions[k]
        if m[0] >= hi:
            break
        if m[1] > hi:
            continue
        if groups and groups[-1][-1][1] == m[0]:
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def topical(doc: Doc, group: list[tuple[int, int, Any]]) -> bool:
    # memoised: a clause's mentions are asked about for each of its figures and its later clauses
    key = ("topical", group[0][0], group[-1][1], id(group[-1][2]))
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _find_topical(doc, group)
    return found


def _find_topical(doc: Doc, group: list[tuple[int, int, Any]]) -> bool:
    text = doc.text
    s, e, region = group[0][0], group[-1][1], group[-1][2]
    if getattr(region, "level", None) == "country" and getattr(doc.doc_region, "level", None) != "country":
        return False
    if _NOT_TOPICAL_BEFORE.search(text[max(0, s - 2) : s]) or _LISTED_AFTER_NOT_TOPICAL.search(text, max(0, s - 30), s):
        return False
    if other_role(text, s, e):
        return False  # 来自广东、…浙江的项目, 常州某某有限公司投资的项目: an origin, a company's name
    follow = text[e : e + 6]
    if _reference_region(text, s, e):
        return False
    if text[s - 1 : s] in ("（", "(") and _BRACKET_COMPANY_AFTER.match(text, e):
        return False  # 某某卢氏（北京）投资公司计划投资55亿元: the company's home in its name, not whose figure
    if _DATELINE_AFTER.match(text, e):
        return False  # 记者观察网山西11月19日电（记者 某某）“依托10个…: where the report was filed, not whose figure
    scope_of_rank = _RANK_AFTER.match(follow) and not (getattr(region, "level", None) == "zone" and _ZONE_RANKED.match(follow))
    if scope_of_rank or BODY_AFTER_REGION.match(follow) or _places_then_dengdi(text, e):
        return False  # 在上海、江苏等地考察对接, 深圳、东莞等地企业: where the page's place went or its partners come from
    if getattr(region, "level", None) in ("province", "city") and SUB_AREA_AFTER.match(follow):
        return False  # 成都平原经济区支撑作用明显: a part of the province, not the city
    if _opens_project_above(doc, s, e, region):
        return False  # 广西某某新能源汽车项目等7个项目开工 on a city's page: a name, not the province's figure
    if _opens_counted_item(doc, s, e, region):
        return False  # 永吉县某某产业园等12个项目 on its city's page: a name in a counted list, not the county's count
    if _LISTED_INSTITUTION.match(text, e):
        return False  # 引进广西某某研究院、南宁某某产业研究院等15家研究机构: names of listed bodies
    if text.rfind("的", max(0, s - 1), s) >= 0 and _DESCRIBED_BASE.search(text, max(0, s - 12), s):
        return False  # 高于位居末位的滨州8.70个百分点: the base of the gap, described first
    return True


# the places listed after a place up to 等地 (大连、深圳、杭州等地企业30余家): none of them whose figure it is
_PLACES_THEN_DENGDI = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,8}?){0,10}等多?地")
_DENGDI_REACH = 10 * 9  # the most characters the list before 等 can take


def _places_then_dengdi(text: str, e: int) -> bool:
    # (the list group is ambiguous where 和/与/及 are also name characters: try it only where a 等 is in reach)
    return text.find("等", e, e + _DENGDI_REACH + 1) >= 0 and bool(_PLACES_THEN_DENGDI.match(text, e))

# the rest of an item's name after a place, up to a counted list's 等N个 (…产业园等12个项目, …电子等5家企业)
_COUNTED_ITEM_REST = re.compile(
    r"([^，,。；;：:！!？?\s\d、][^，,。；;：:！!？?\s、]{1,30}?)(?:、[^，,。；;：:！!？?\s、]{2,30}?)*"
    r"等(?:\d+|[两二三四五六七八九十百]+)余?(?:个|家|项|种|批|所|座|条)"
)
# (not a verb before 项目: 某县某某基地建设项目 is a project's name)
_ACTING = re.compile(any_of(LEX["word_lists"]["listed_name_verbs"]) + "(?!项目)")


def _opens_counted_item(doc: Doc, s: int, e: int, region) -> bool:
    """Does the place at [s, e) open an item's name in a counted list (绵阳市科学城电子信息等3个产业集群,
    永吉县某某产业园、某某基地等12个项目) with nothing saying the place acts (宁德市引进…等5个项目)? The count is
    the page's tally of named items: the place is no subject, whether inside the page's own place, one it
    lies in, or elsewhere (北京某某西南总部、某某总部等10余个项目即将落户 on a zone's page: the zone's projects)."""
    if doc.text.find("等", e, e + 100) < 0:
        return False  # (most places are followed by no list)
    m = _COUNTED_ITEM_REST.match(doc.text, e)
    if m is None or _ACTING.search(m.group(1)):
        return False
    own = doc.doc_region
    code = getattr(region, "code", None)
    return own is not None and code is not None and code != own.code


# a gap's verb, a description of the base and 的 right before the place (高于位居末位的…)
_DESCRIBED_BASE = re.compile(any_of(LEX["word_lists"]["base_gap_verbs"]) + r"[^，。；、]{1,8}的$")


# the rest of an institution's name after a place, the name listed with others (、, 和, 等 after it)
_LISTED_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{0,12}?" + any_of(LEX["word_lists"]["institution_ends"]) + r"(?=[、和及与等])")


def _opens_project_above(doc: Doc, s: int, e: int, region) -> bool:
    """Does the place at [s, e), one the page's own place lies in (its province, its city), open a project's
    name (广西某某新能源汽车项目, 武汉某某精工钢结构产业基地项目 on a zone's page)? Such a project is sited in the
    page's place; the name's place is no subject. Not a class of projects (湖北省重大项目)."""
    if doc.text.find("项目", e, e + _PROJECT_NAME_MAX) < 0:
        return False  # (most places open no project's name)
    own = doc.doc_region
    code = getattr(region, "code", None)
    if own is None or code is None or code == own.code or code not in {p.code for p in parent_chain(own)}:
        return False
    return facility_at(doc.text, s, e + _PROJECT_NAME_MAX + 2, (s, e)) is not None


# the rest of a company's name after a place in brackets: 某某（北京）投资公司, 某某（深圳）科技集团
_BRACKET_COMPANY_AFTER = re.compile(r"[）)][\u4e00-\u9fff]{0,8}?(?:公司|集团)")

# a news dateline after the place: 山西11月19日电, 兰州3月7日电, 泰安讯 (the filing place)
_DATELINE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日电|讯(?:[\s（(）)]|$)")

SUB_AREA_AFTER = re.compile(r"(?:平原)?(?:经济区|城市群|都市圈|经济圈|经济带)")

# a place named as the base a figure is measured against: 占到陕西省三分之一, 成为河北首个…的城市
_REFERENCE_BEFORE = re.compile(r"(?:占到|占了|占据|领跑|领先|继|紧随)$")
_REFERENCE_AFTER = re.compile(r"(?:省|市|区)?" + any_of(LEX["word_lists"]["reference_after"]))


# a later whole of a list after 占 (占省、西宁市比重分别…): a base, as the first one is
_LISTED_WHOLE_BEFORE = re.compile(r"占(?:[\u4e00-\u9fff]{1,8}?[、和及与])+$")


def _reference_region(text: str, s: int, e: int) -> bool:
    """The region is the comparison base of the figure, not whose figure it is."""
    return (
        bool(_REFERENCE_BEFORE.search(text[max(0, s - 2) : s]) or _REFERENCE_AFTER.match(text, e))
        or incidental_mention(text, s, e)
        or bool(_LISTED_WHOLE_BEFORE.search(text[max(0, s - 30) : s]))
    )


# a place later in a list whose head is not a subject (在上海、江苏、浙江…): none of the list is
_LISTED_AFTER_NOT_TOPICAL = re.compile(r"(?:在|赴|与|同|向|对|从)(?:[\u4e00-\u9fff]{2,8}、)+$")
