"""Finding the items of a list that a distributive phrasing spreads its figures over: names, places, times, clause
subjects.
"""

from __future__ import annotations

import re
from typing import Any

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Paragraph, Sentence
from chanye.extract.period_assignment import TimeSpan
from chanye.extract.wordlists import any_of
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import LEX
from chanye.extract.facts.spans import clause_words, strip_region
from chanye.extract.facts.subjects import mention_groups
from chanye.extract.facts.periods import in_governing_year, usable_time
from chanye.extract.facts.drafting import new_draft
from chanye.extract.facts.metric_naming import ITEM_ATTRIBUTE, PAIRED_CHARS, RANK_VERB, SECTOR_END, share_head


# 主要分布在A、B和C，分别为…: words before a list of places that hand each its figure
PLACE_LIST_LEAD = re.compile(any_of(LEX["place_list_leads"]))

SHARE_OF = re.compile(r"^(?:占|对)[^，；]{1,30}(?:比重|比例|占比|贡献率|贡献度)$|^(?:拉动|带动)[^，；]{2,20}$")
COUNTED_HEAD = re.compile(
    r"^(?:这|上述|以上|前述)?([两二三四五六七八九十\d]{1,2})(个|大|类|家)?(?:行业|产业|领域|板块|集群|产业链|企业|品种|产品)的?(.*)$"
)
LIST_PREDICATE = re.compile(any_of(LEX["word_lists"]["list_predicate"]))
SET_LABEL_END = re.compile(r"[“「][^“”「」]{0,6}[一二三四五六七八九十两\d][^“”「」]{0,6}[”」][^、]{0,4}$")


def count_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}.get(word)


_WL = LEX["word_lists"]
LIST_OPENER = re.compile(
    r"(?:分别是|分别为|依次是|依次为|包括|" + any_of(_WL["listed_class_nouns"]) + r"(?:主要)?(?:是|有|为))"
)


def earlier_items(doc: Doc, sent: Sentence, clause: Clause, n: int) -> list[str]:
    """The n names an earlier clause of the sentence lists (`医药制造业、电子及通信设备制造业对…贡献较高`)."""
    para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
    if para is None or not (para.start <= sent.start < para.end):
        para = None
    before = doc.text[para.start if para else sent.start : clause.start]
    for depth, seg in enumerate(reversed(re.split(r"[，；：,;:。！？]", before))):
        if depth > 0 and not re.fullmatch(r"[\d年月日至到—\-－季度上下半前全今去本]{0,12}|.{0,6}", prev_seg):
            return []  # only the clause just before (past a time or a short framing clause) names them
        prev_seg = seg
        seg = M.strip_lead(seg.strip())
        seg = seg[PLACE_LIST_LEAD.match(seg).end() :] if PLACE_LIST_LEAD.match(seg) else seg  # 主要分布于A、B: places
        seg = re.sub(r"^(?:我国|我省|我市|我区|我县)", "", M.strip_lead(strip_region(doc, seg)))
        opener = LIST_OPENER.search(seg)
        if opener:
            # 贡献最大的三个行业分别是A、B和C, 拉动最大的5个行业是A、B…, 增长较快的行业有A、B: the list follows
            seg = seg[opener.end() :]
        cut = LIST_PREDICATE.search(seg)
        head = seg[: cut.start()] if cut else seg
        labelled = SET_LABEL_END.search(head)
        if labelled:
            head = head[: labelled.start()]  # A、B、C“新三样”强势崛起: the set's nickname after the list names none of it
        if "、" not in head and not (n == 2 and re.fullmatch(r"[^和及与]+(?:和|及|与)[^和及与]+业", head)):
            continue  # 装备制造业和高技术制造业: two sectors joined by 和
        klass = ""
        counted = re.search(r"等?[\d一二三四五六七八九十两]+[个大条项类]([^，；]*?)(?:快速|加快|持续|稳步)?$", head)
        if counted and "、" in head[: counted.start()]:
            # 新能源电池、绿色硅光伏、绿色铝3个千亿级产业集群快速发展: the list, then its count and class
            klass = re.sub(r"^(?:[千百万]亿(?:元)?级?|[\u4e00-\u9fff]{0,2}级)", "", counted.group(1))
            head = head[: counted.start()]
        if re.search(r"\d", head):
            return []  # 分别为18.8%、9.6%…: figures, not names
        items = [M.tidy(i) for i in list_items(head, n)]
        if klass and re.fullmatch(r"(?:产业集群|产业链|产业|集群|行业)", klass):
            items = [i if i.endswith(klass) else i + klass for i in items]
        sector = re.search(r"(?:制造业|加工业|服务业|行业|产业)$", items[-1]) if items else None
        if labelled:
            pass  # (the nickname closes the list: each item is whole, no head noun written once after the last)
        elif sector:
            items = [i if i.endswith("业") else i + sector.group(0) for i in items]  # 汽车和计算机制造业
        else:
            items = [M.tidy(i) for i in share_head(share_class(items))]  # 猪、牛出栏
        return items if len(items) == n and all(items) else []
    return []


def place_list(doc: Doc, clause: Clause, cq: list):
    """`A、B、C品牌价值跃升至全国第8、第11和第31位`: places listed after as many names, read like 分别
    (the match of the rank verb stands in for 分别)."""
    if len(cq) < 2 or any(q.unit != "rank" for q in cq):
        return None
    if any(doc.text[a.end : b.start] not in ("、", "和", "及", "与", "、第", "和第") for a, b in zip(cq, cq[1:])):
        return None
    verbs = [m for m in RANK_VERB.finditer(clause.text) if clause.start + m.end() <= cq[0].start]
    if not verbs or "、" not in clause.text[: verbs[-1].start()]:
        return None
    head = M.strip_lead(clause_words(doc, clause.start, clause.start + verbs[-1].start()))
    return verbs[-1] if len(list_items(head, len(cq))) == len(cq) else None


class _At:
    """A stand-in for the match of 分别 where a list reads distributively without it."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


_LISTED_NOUN_END = tuple(LEX["word_lists"]["listed_noun_ends"])
IMPLICIT_CUE = re.compile(r"(?:力争|预计|年均|同比|比上年)?(?:增长|下降|提高|提升|达到|达|为)$")


def implicit_list(doc: Doc, clause: Clause, cq: list):
    """`固定资产投资、社会消费品零售总额力争增长8%和6%左右`: as many figures joined by 和/、 as names listed
    before one verb, read like 分别."""
    if len(cq) < 2 or any(q.unit != cq[0].unit or q.unit == "rank" for q in cq):
        return None
    if any(doc.text[a.end : b.value_start] not in ("、", "和", "及", "与") for a, b in zip(cq, cq[1:])):
        return None
    # (the verb before the first figure may be read with it: 产量达到|120万吨)
    before = doc.text[clause.start : cq[0].value_start]
    cue = IMPLICIT_CUE.search(before)
    if cue is None:
        before = doc.text[clause.start : cq[0].start]
    if cue is None and before.endswith(_LISTED_NOUN_END) and "、" in before:
        cue = _At(len(before), len(before))  # 新签约、新开工、新竣工亿元以上项目184个、60个、45个: the figures follow the names
    if cue is None or "、" not in before[: cue.start()]:
        return None
    head = M.strip_lead(clause_words(doc, clause.start, clause.start + cue.start()))
    if len(list_items(head, len(cq))) != len(cq) and not listed_regions(doc, clause.start, clause.start + cue.start(), len(cq)):
        return None
    return _At(cue.start(), cue.start())


def _listed_times(doc: Doc, lo: int, hi: int, n: int) -> list[TimeSpan]:
    """`一季度、上半年、前三季度和全年…分别为…`: n time words listed with 、/和 before 分别."""
    spans = doc.times_in(lo, hi)
    if len(spans) != n or n < 2:
        return []
    if re.search(r"(?:比|较|与|同)$", doc.text[max(lo, spans[0].start - 2) : spans[0].start]):
        return []  # 分别比一季度、上半年提升…: the listed times are the bases compared with, not the figures' periods
    for a, b in zip(spans, spans[1:]):
        if doc.text[a.end : b.start] not in ("、", "和", "及", "与", "，"):
            return []
    return spans


def respectively_over_times(
    doc: Doc, sent: Sentence, clause: Clause, values: list, times: list[TimeSpan], at: int
) -> list[Draft]:
    metric = M.tidy(clause_words(doc, clause.start, at))
    para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
    if para is None or para.index != sent.paragraph:
        para = Paragraph(sent.start, sent.end, sent.paragraph, [sent])
    # the year that governs the listed words: in the sentence, or opening an earlier sentence of the
    # paragraph (`2021年全区实现…。从增长走势来看，一季度、上半年、前三季度和全年GDP增速分别为…`)
    spans = [t for t in doc.times_in(para.start, clause.end) if usable_time(doc, t)]
    out = []
    for q, t in zip(values, times):
        d = new_draft(doc, sent, clause, q, metric)
        if out and d.unit == out[0].unit and out[0].kind != "rank":
            d.kind = out[0].kind
        d.period = in_governing_year(doc, spans, para, t) if t.needs_year else t.period
        d.period_fixed = True
        out.append(d)
    return out


# a bracketed figure after a listed place (于都县（318.06亿元）和信丰县（280.2亿元）分列第四、第五)
BRACKET_ASIDE = re.compile(r"[（(][^（）()，。；]{1,20}[）)]")


def _aside_cut(gap: str) -> str:
    m = BRACKET_ASIDE.match(gap)
    return gap[m.end() :] if m else gap


def listed_regions(doc: Doc, lo: int, hi: int, n: int) -> list[tuple[int, int, Any]]:
    """`宁波市北仑区、鄞州区…`: n regions listed with 、/和 at the head of [lo, hi), one per figure (or per
    subject of 均); [] where the head does not list them."""
    groups = mention_groups(doc, lo, hi)
    listed: list[tuple[int, int, Any]] = []
    for g in groups:
        gap = _aside_cut(doc.text[listed[-1][1] : g[0][0]]) if listed else ""
        if listed and gap not in ("、", "和", "及", "与"):
            listed = []  # 扬州将推动江都区、邗江区…: the list is the last run of regions
        listed.append(g[-1])
    if len(listed) >= 2 and (n == 0 or len(listed) == n):
        return listed
    return []


def list_items(head: str, n: int) -> list[str]:
    """The names a 分别 list gives for n figures. Split on 、 first, so that 和/及 inside an industry's
    name stay (`纺织业、皮革毛皮羽毛及其制品业、橡胶和塑料制品业`); a piece that is not yet a sector name
    joins the next one (`计算机、通信和其他电子设备制造业`); else split on 和/及/与 as well."""
    parts = [p for p in head.split("、") if p.strip()]
    if 1 < len(parts) and len(parts) > n:
        merged = list(parts)
        while len(merged) > n:
            k = next(
                (k for k in range(len(merged) - 1) if not SECTOR_END.search(merged[k]) and SECTOR_END.search(merged[k + 1])),
                None,
            )
            if k is None:
                break
            merged[k : k + 2] = [merged[k] + "、" + merged[k + 1]]
        if len(merged) == n and all(SECTOR_END.search(p) for p in merged[:-1]):
            return merged
    if len(parts) == n and n > 1 and all(SECTOR_END.search(p) for p in parts[:-1]):
        return parts
    if 1 < len(parts) < n:
        # 专用设备制造业和计算机通信和其他电子设备制造业: split only at a 和 that closes a sector name
        sectors = [x for p in parts for x in re.split(r"(?<=业)(?:和|及|与)(?=.+业$)", p)]
        if len(sectors) == n:
            return sectors
    split = [i for i in re.split(r"、|和|及|与|以及", head) if i.strip()]
    if len(split) != n and len(parts) == n and n >= 2:
        return parts  # 晶硅光伏、动力及储能电池、不锈钢产业规模分别跃居全国一、二、三位; 蔬菜及食用菌、水果产量
    if len(split) == n and len(split) > len(parts):
        # 酿酒葡萄和枸杞面积、肉牛和滩羊饲养量: the items joined by 和 share the attribute of the last
        split = []
        for part in parts:
            sub = [i for i in re.split(r"和|及|与|以及", part) if i.strip()]
            m = ITEM_ATTRIBUTE.search(sub[-1]) if len(sub) > 1 else None
            if m and m.start() > 0:
                sub = [i if ITEM_ATTRIBUTE.search(i) or len(i) > 4 else i + m.group(0) for i in sub[:-1]] + [sub[-1]]
            split.extend(sub)
    return split


CLAUSE_PREDICATE = re.compile(any_of(LEX["word_lists"]["clause_predicate"]))


def clause_subjects(doc: Doc, sent: Sentence, clause: Clause, n: int) -> list[str]:
    """`能源工业迅速成长为…，原材料工业不断发展壮大，烟酒工业的支柱地位进一步巩固，占…比重分别达到…`,
    `…带动食品工业，…带动重型装备，…带动能源石化，分别贡献…`: one name per figure-less clause before."""
    segs = [x.strip() for x in re.split(r"[，,]", doc.text[sent.start : clause.start])]
    segs = [x for x in segs if x]
    if len(segs) < n:
        return []
    names = []
    for seg in segs[-n:]:
        if re.search(r"\d", seg):
            return []
        if "带动" in seg:
            name = seg[seg.rfind("带动") + 2 :]
        else:
            cut = CLAUSE_PREDICATE.search(seg)
            if cut is None:
                return []
            name = seg[: cut.start()]
            name = name[name.rfind("的") + 1 :]
        name = M.strip_lead(name)
        if not (2 <= len(name) <= 10) or not re.search(r"(?:业|装备|石化|化工|制造|材料|产业)$", name):
            return []
        names.append(name)
    return names


def comma_items(doc: Doc, sent: Sentence, at: int, n: int) -> list[str]:
    """`农副食品加工业，金属制品业，计算机、通信和其他电子设备制造业，…增加值分别增长…`: sector names
    that hold 、 themselves are listed with ，, each its own clause."""
    segs = [x.strip() for x in re.split(r"[，,]", doc.text[sent.start : at])]
    if len(segs) < n:
        return []
    names = segs[-n:]
    names[0] = M.strip_lead(strip_region(doc, re.sub(r"^.*?中", "", names[0]) if "中" in names[0][:-1] else names[0]))
    if any(re.search(r"\d", x) or not x for x in names) or not all(SECTOR_END.search(x) for x in names[:-1]):
        return []
    return [M.tidy(x) for x in share_head(names)]


def split_pair(item: str) -> list[str]:
    """`存贷款余额` -> 存款余额, 贷款余额; `进出口总额` -> 进口总额, 出口总额: a compound of a pair."""
    for k in range(len(item) - 2):
        if item[k : k + 2] in PAIRED_CHARS and k + 2 < len(item):
            prefix, rest = item[:k], item[k + 2 :]
            return [prefix + item[k] + rest, prefix + item[k + 1] + rest]
    return [item]


def share_class(items: list[str]) -> list[str]:
    """`石化、钢铁、食品三大产业产值` -> each item gets the class the last one names (产业产值);
    `汽车、农产品加工产业` -> 汽车产业, 农产品加工产业."""
    if len(items) < 2:
        return items
    last = items[-1]
    m = re.search(r"[一二三四五六七八九十两\d]+大(.+)$", last)
    if m:
        suffix = m.group(1)
        items = items[:-1] + [last[: m.start()]]
        return [i + suffix for i in items]
    m = re.search(r"(?:产业集群|产业链|产业|行业|集群)(?:规模|产值|总产值|增加值|营收|营业收入|利润)?(?:增速|增幅)?$", last)
    if m and not any(re.search(r"(?:产业|行业|集群|业)$", i) for i in items[:-1]):
        return [i if i.endswith(m.group(0)) else i + m.group(0) for i in items]
    return items


def fix_shared_unit(doc: Doc, values: list) -> None:
    """`分别高8.8个、35.4个百分点`: the unit written once at the end applies to each figure."""
    last = values[-1]
    for i, q in enumerate(values[:-1]):
        if q.unit != last.unit and q.unit_text in ("", "个", None) and last.unit in ("pp", "%"):
            values[i] = _replace(q, unit=last.unit, unit_text=last.unit_text, kind_hint=last.kind_hint)


def _replace(q, **changes):
    from dataclasses import replace

    return replace(q, **changes)
