"""`分别`: figures spread over the items of a list (names, places, times, comparison bases) in order.
"""

from __future__ import annotations

import os
import re
from typing import Any

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Sentence
from chanye.extract.wordlists import SCOPE, any_of
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import GAP, LEX, RANK_SUFFIX, RATE_IN_METRIC, RESPECTIVELY
from chanye.extract.facts.spans import clause_words
from chanye.extract.facts.subjects import mention_groups, topical
from chanye.extract.facts.drafting import new_draft
from chanye.extract.facts.metric_naming import (
    TOP_LIST_LEAD,
    GENERIC_ITEM,
    RANK_BASE,
    RANK_VERB,
    SECTOR_END,
    RATE_GAP,
    gap_root,
    merge_generic,
    rank_name,
    share_head,
    share_qualifier,
    with_attribute,
)
from chanye.extract.facts.item_lists import (
    BRACKET_ASIDE,
    COUNTED_HEAD,
    PLACE_LIST_LEAD,
    SHARE_OF,
    _listed_times,
    clause_subjects,
    comma_items,
    count_value,
    earlier_items,
    fix_shared_unit,
    implicit_list,
    list_items,
    listed_regions,
    place_list,
    respectively_over_times,
    share_class,
    split_pair,
)


def own_period(doc: Doc, lo: int, hi: int) -> str | None:
    span = None
    for t in doc.times_in(lo, hi):
        if lo <= t.start and t.end <= hi:
            span = t
    return span.period if span else None


_PLACE_COUNT_HEAD = re.compile(
    r"^(?:[两二三四五六七八九十]|\d{1,2})个?" + any_of(LEX["word_lists"]["place_count_classes"]) + r"(?=[\u4e00-\u9fff“])"
)


def respectively(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State, raw: list = ()) -> list[Draft] | None:
    """`社会消费品零售总额、固定资产投资年均分别增长8.4%、11.7%`, `石化、钢铁、食品三大产业产值分别为…`,
    `江都区、邗江区工业开票销售分别突破…`, `新增量和总量分别位居全省设区市第二、第五`."""
    rm = RESPECTIVELY.search(clause.text) or place_list(doc, clause, cq) or implicit_list(doc, clause, cq)
    if rm is None:
        return None
    at = clause.start + rm.start()
    values = [q for q in cq if q.start >= at]
    if len(values) < 2:
        return None
    fixed = list(values)
    fix_shared_unit(doc, fixed)
    for old_q, new_q in zip(values, fixed):
        if new_q is not old_q:
            cq[cq.index(old_q)] = new_q  # `分别拉动增长2.5个和1.4个百分点`: the shared unit holds on any reading
    values = fixed
    listed_times = _listed_times(doc, clause.start, at, len(values))
    if listed_times:
        return respectively_over_times(doc, sent, clause, values, listed_times, at)
    wholes = _shares_of_listed_wholes(doc, clause, rm, values)
    if wholes:
        out = [new_draft(doc, sent, clause, q, name) for q, name in zip(values, wholes)]
        for d, q in zip(out[1:], values[1:]):
            if d.comparator == "=" and doc.text[q.start : q.value_start] == "":
                d.comparator = out[0].comparator  # 分别超过39%、70%
        return out
    regions = listed_regions(doc, clause.start, at, len(values))
    head_lo = regions[-1][1] if regions else clause.start
    if regions and (aside := BRACKET_ASIDE.match(doc.text, head_lo, at)):
        head_lo = aside.end()  # 于都县（318.06亿元）和信丰县（280.2亿元）分列…: the last place's figure, no name
    head = M.strip_trail(M.strip_lead(clause_words(doc, head_lo, at)))
    if regions:
        head = _PLACE_COUNT_HEAD.sub("", head)  # 南京、无锡、苏州三市规上工业增加值分别…: the places counted, no metric
    tail = M.tidy(clause_words(doc, clause.start + rm.end(), values[0].start))  # 分别实现产值 -> 产值
    items = list_items(head, len(values))
    if items and (lead := ITEM_LEAD_VERB.match(items[0])):
        items[0] = items[0][lead.end() :]  # 高端化…发展带动钢铁、化工…增加值分别增长: the sectors, not the cause
    items = share_qualifier(share_head(share_class(items)))
    if len(items) == 1 and len(values) == 2:
        items = split_pair(items[0])  # 存贷款余额分别达3.03万亿元、2.08万亿元
    if len(values) >= 3 and not regions and (len(items) != len(values) or SECTOR_END.search(doc.text[sent.start : clause.start].rstrip("，, ")[-1:])):
        # 非金属矿物制品业，计算机、通信和其他电子设备制造业，皮革、毛皮…制鞋业增加值分别…: the names are the
        # ，-pieces even where the last piece holds as many 、-parts as there are figures
        items = comma_items(doc, sent, at, len(values)) or items
    back = COUNTED_HEAD.match(head)
    if back and len(items) == 1 and count_value(back.group(1)) == len(values):
        # 医药、电子行业贡献较高，两个行业产值分别增长11.9%和4.7%: the two named in an earlier clause
        named = earlier_items(doc, sent, clause, len(values))
        if named:
            items = [i + back.group(3) for i in named]
    if tail and not RANK_VERB.match(tail) and items and not M.RANK_SCOPE_WORD.match(tail) and not M.COMPARISON.match(tail):
        items = [i + tail if not i.endswith(tail) else i for i in items]
    items = [M.tidy(i) for i in items if M.tidy(i)]
    if not items and not regions and all(q.unit == "rank" for q in values) and (moved := _ranks_rescoped(state, tail, len(values))):
        # 总量和增速均居全市第2位，分别居全省第21位和43位: the ranks just said, each in the new scope
        out = []
        for q, name in zip(values, moved):
            d = new_draft(doc, sent, clause, q, name)
            d.metric = name
            out.append(d)
        return out
    if not items and not regions and all(q.unit == "rank" for q in values) and (figures := _one_indicator_figures(state, tail, len(values))):
        # 完成地区生产总值3800亿元，增长7%，分别居全省第三、第二: the amount's rank, then the rate's
        words = clause_words(doc, clause.start + rm.end(), values[0].start)
        out = []
        for q, f in zip(values, figures):
            d = new_draft(doc, sent, clause, q, f.metric)
            d.metric = rank_name(words, f.metric, f.unit, f.kind)
            out.append(d)
        return out
    if not items and not regions and not tail and not (state.drafts and state.drafts[-1].clause.index == clause.index - 1):
        # A业、B业表现亮眼，分别增长x%、y%; 拉动最大的3个行业是A、B、C，增速分别为… (the count numbers the list, no
        # figure): the names before
        items = earlier_items(doc, sent, clause, len(values))
    if not items and not regions and tail and not RANK_VERB.match(tail):
        named = earlier_items(doc, sent, clause, len(values)) or clause_subjects(doc, sent, clause, len(values))
        if named:
            # 汽车和计算机制造业贡献突出，分别拉动全市增长2.5个和1.4个百分点: the names of the clause before
            items = [i + tail for i in named]
    elif len(items) == 1 and not regions and SHARE_OF.match(items[0]) and (named := clause_subjects(doc, sent, clause, len(values))):
        items = [i + items[0] for i in named]  # A迅速成长…，B不断发展壮大，C…，占…比重分别达到: each one's share
    elif len(items) == 1 and not regions and M.is_generic(items[0]) and not M.COMPARISON.search(items[0]):
        named = earlier_items(doc, sent, clause, len(values))
        if named:
            # A、B等现代服务业增势较好，实现营业收入分别增长x%、y%: each named one's attribute
            items = [with_attribute(i, items[0]) for i in named]
    # distinct metrics said before, the latest mention of each last (分居全省第4、第3位)
    prior = list(reversed(list(dict.fromkeys(
        d.metric for d in reversed(state.drafts) if d.kind != "rank" and d.metric and not _bracketed(doc, d)
    ))))
    prior_units = {d.metric: d.unit for d in state.drafts}
    generic = all(GENERIC_ITEM.fullmatch(i) for i in items) if items else False
    units: list[str | None] = [None] * len(values)
    if regions and len(items) == 1:
        metrics = items * len(values)
    elif regions and not items and not (tail and (RANK_VERB.match(tail) or M.RANK_SCOPE_WORD.match(tail))):
        # 玉林高新区、北流经济开发区分别完成工业总产值120亿元、95亿元; 长沙、株洲分别增长8.1%和7.5% (the
        # indicator said before)
        metrics = [tail or (prior[-1] if prior else "")] * len(values)
    elif len(items) == len(values) and not generic:
        metrics = items
    elif len(items) == 1 and len(values) == 2 and re.match(r"城乡(?=居民|常住居民)", items[0]):
        # 城乡居民人均可支配收入分别增长5%和7.5%: urban, then rural
        metrics = ["城镇" + items[0][2:], "农村" + items[0][2:]]
    elif len(items) == len(values) and generic:
        base = state.prev_noun or (state.last_metric()[0] or "")
        metrics = [merge_generic(base, i) for i in items]
    elif len(prior) >= len(values) and not _moves_of_place(values, prior, prior_units):
        metrics = prior[-len(values):]
        units = [prior_units.get(m) for m in metrics]
        extra = items[0] if len(items) == 1 else ("" if items else tail)
        if extra and SHARE_OF.match(extra) and not any(GAP.search(m) or re.search(r"拉动|带动", m) for m in metrics):
            # …分别增长a%、b%，占规上工业比重分别为c%、d% / 分别拉动规上工业增长x、y个百分点: each one's own
            metrics = [m + extra for m in metrics]
        elif values[0].unit == "count" and (
            change := re.search(r"(?:增加|减少|净增|新增)$", doc.text[clause.start + rm.end() : values[0].start])
        ):
            metrics = [m + change.group(0) for m in metrics]  # …分别为217、148个，同比分别增加9个、21个
        elif extra and (narrower := _narrower_class(metrics, extra)):
            metrics = narrower  # 新签约、新开工50亿元以上项目分别达50个、29个，其中百亿级项目分别达21个、17个
    elif len(items) == 1 and items[0] in M.SHARE_WORDS and prior:
        # 比重为24.5%，占比分别较1—9月份和上年同期提高0.1和1.2个百分点: changes of that share
        metrics = [prior[-1]] * len(values)
    elif len(items) == 1 and M.is_generic(items[0]) and prior:
        # 同比下降10.2%，降幅分别比1—9月份和1—10月份收窄3.8和2.5个百分点: one attribute, several bases
        metrics = [M.strip_new(prior[-1]) + items[0]] * len(values)
    elif re.search(r"[（(]", doc.text[at : values[-1].start]):
        return None  # 分别高出全国（5.9%）、全省（6.4%）…: bracketed references, read by _plain
    elif not items and prior and M.COMPARISON.match(tail):
        # 增长4.9%，分别比一季度、上半年、三季度提升10.0、5.2和0.5个百分点: the rate said before, vs each base
        metrics = [prior[-1]] * len(values)
    elif len(items) <= 1 and (items or tail) and not regions and all(q.unit == values[0].unit for q in values):
        # 烟酒工业…，占全省工业增加值的比重分别达到36.8%、14.6%和19.2%: the items are not listed here;
        # the figures still share one metric (never 比重占比占比)
        name = items[0] if items else tail
        if name.startswith("占") and (owner := _standing_owner(doc, sent, clause, len(values))):
            name = owner + name  # A、B、C引进区外到位资金总量排名靠前，分别占总量的…: that indicator's shares
        metrics = [name] * len(values)
    elif not items and not regions and (prior or not tail) and _respective_places(doc, sent, clause, len(values)):
        # 重庆市地区生产总值…，四川省地区生产总值…，分别比上年增长5.3%、5.5%: the rate of what was said, each place's;
        # 固原市、中卫市实现较快增长，分别增长14.9%和10.6%: the indicator of an earlier sentence, named later
        # (文昌国际航天城和临高金牌港开发区的投资增长尤为迅速，分别增长…: the noun of the clause before)
        owned = state.prev_noun if state.prev_noun and "的" + state.prev_noun in doc.text[sent.start : clause.start] else ""
        metrics = [prior[-1] if prior else owned] * len(values)  # (not a comment: 赣州市、上饶市增势较好，分别…)
    elif regions and not items and all(q.unit == "rank" for q in values):
        # 昆山市、江阴市、张家港市分别位列全国百强县第1、2、3位: each place's rank, in the order listed
        metrics = [prior[-1] if prior else ""] * len(values)
    else:
        return None
    if all(q.unit == "pp" for q in values):
        gaps = _gaps_over_bases(doc.text[clause.start + rm.end() : values[0].start], len(values), prior)
        metrics = gaps or _over_bases(doc.text[clause.start : values[0].start], metrics)
        if regions and not gaps:
            said = M.strip_lead(clause_words(doc, clause.start + rm.end(), values[0].start)).rstrip("，,、")
            metrics = [_gap_of_places(m, said) for m in metrics]
    rank_words = clause_words(doc, clause.start + rm.end(), values[0].start)
    places = _respective_places(doc, sent, clause, len(values)) if not regions and RESPECTIVELY.match(clause.text, rm.start()) else None
    out = []
    for k, (q, name, unit) in enumerate(zip(values, metrics, units)):
        d = new_draft(doc, sent, clause, q, name)
        if out and out[0].kind == "growth" and (d.kind == "share" or d.unit_text == "倍") or (
            out and d.unit == out[0].unit and d.kind != out[0].kind and out[0].kind != "rank"
        ):
            d.kind = out[0].kind  # 分别增长22.6%、21.9% (or 3.9倍、10.9%): the cue before the first governs them all
            if d.kind == "growth" and out[0].value < 0 < d.value:
                d.value = -d.value
        elif out and d.kind == "growth" == out[0].kind and out[0].value < 0 < d.value and d.value_max is None:
            if doc.text[values[k - 1].end : q.start] in ("和", "、", "与", "及", "，") and doc.text[values[0].value_start] not in "-−":
                d.value = -d.value  # 分别回落2.16和1.66个百分点: the first one's falling verb covers the bare next
        if out and d.comparator == "=" and out[0].comparator != "=" and doc.text[q.start : q.value_start] == "":
            d.comparator = out[0].comparator  # 分别突破2000亿元、1800亿元
        if d.kind == "rank" and not name and (regions or places) and state.prev_noun and M.is_ranking(state.prev_noun):
            # 在全国县域经济竞争力排名中全部前移，A县、B县分别第15、60位: each place's place in that ranking
            d.metric = rank_name(rank_words, RANK_SUFFIX.sub("", state.prev_noun), None)
        elif d.kind == "rank":
            d.metric = rank_name(rank_words, name, unit)
            if name and not regions and name not in d.metric:
                d.metric = name + d.metric  # A、B…分别跃升至全国品牌百强榜第8、第11位: each name's own rank
        if regions:
            d.subject = regions[k][2]
        elif places:
            d.subject = places[k]
        out.append(d)
    return _counted_items(doc, sent, clause, raw, at, len(values)) + out


def _one_indicator_figures(state: State, tail: str, n: int) -> list | None:
    """The n figures said last, when they are one indicator's in different kinds (an amount, then its growth):
    the figures a 分别 list of ranks after them ranks in turn."""
    if not tail or not RANK_VERB.match(tail):
        return None
    said = [d for d in state.drafts if d.kind != "rank" and d.metric][-n:]
    if len(said) != n or len({d.metric for d in said}) != 1 or len({(d.kind, d.unit) for d in said}) != n:
        return None
    return said


def _ranks_rescoped(state: State, tail: str, n: int) -> list[str] | None:
    """The previous clause's n ranks, their scope replaced by the one said here (居全省 after 均居全市)."""
    if not tail or not RANK_VERB.match(tail):
        return None
    prev = [d for d in state.last_clause_drafts() if d.kind == "rank" and d.metric]
    scope = rank_name(tail, None, None)
    if len(prev) != n or scope == "排名":
        return None
    bases = [RANK_BASE.sub("", d.metric) for d in prev]
    if not all(bases) or len(set(bases)) != n:
        return None
    return [b + scope for b in bases]


# each item of the list a count of bodies (596个省大中型项目、1852个“八大行动”项目投资分别完成…)
_COUNTED_ITEM = re.compile(r"([^、，,和及与]{0,6}?)(\d+(?:\.\d+)?万?[个家项座])([^、，,和及与]{2,16})(?:[、和及与]|$)")
_BODY_NOUN = re.compile(any_of(LEX["reporting_bodies"]["nouns"]))


def _counted_items(doc: Doc, sent: Sentence, clause: Clause, raw: list, at: int, n: int) -> list[Draft]:
    """`120个省重点项目、350个市重点项目分别完成投资860亿元和1200亿元`: each item of the list is a count of
    projects (or firms, parks) as well, a figure beside the ones 分别 spreads over them (the clause's
    figures as read, raw: the last count opens the noun of the amounts after 分别 and is not a candidate
    of its own)."""
    head = doc.text[clause.start : at]
    items = list(_COUNTED_ITEM.finditer(head))
    if len(items) != n or not all(_BODY_NOUN.search(m.group(3)) for m in items):
        return []
    out = []
    for m in items:
        pos = clause.start + m.start(2)
        q = next((q for q in raw if q.value_start == pos and q.unit == "count" and q.role == "measure" and q.comparator == "="), None)
        if q is None:
            return []
        d = new_draft(doc, sent, clause, q, M.tidy(m.group(3)))
        d.metric = M.tidy(m.group(3)) or d.metric  # the counted noun itself (园区 is no generic here)
        out.append(d)
    return out


def _bracketed(doc: Doc, d: Draft) -> bool:
    """`财政总收入1.2亿元（比上年的7602万元增加4398万元），分别比上年增长…`: a figure inside brackets is a note on
    the one before, no item the rates after 分别 are spread over."""
    lo = d.sentence.start
    return doc.text.rfind("（", lo, d.pos) > doc.text.rfind("）", lo, d.pos)


_STANDING_TAIL = re.compile(any_of(LEX["word_lists"]["standing_tail"]) + "$")


def _standing_owner(doc: Doc, sent: Sentence, clause: Clause, n: int) -> str | None:
    """`乌鲁木齐市、伊犁州、阿克苏地区引进区外到位资金总量排名靠前，分别占总量的…`: the indicator named after the n
    places listed in the clause right before, where they stand out by it."""
    before = [c for c in sent.clauses if c.start < clause.start][-1:]
    listed = listed_regions(doc, before[0].start, before[0].end, n) if before else None
    if not listed:
        return None
    words = clause_words(doc, listed[-1][1], before[0].end).strip(M.PUNCT)
    standing = _STANDING_TAIL.search(words)
    return M.tidy(words[: standing.start()]) or None if standing else None


def _respective_places(doc: Doc, sent: Sentence, clause: Clause, n: int) -> list[Any] | None:
    """`重庆市地区生产总值…，四川省地区生产总值…，分别比上年增长5.3%、5.5%`: the distinct places opening the
    n clauses right before, in order, each one's figure; or a list of n places opening the clause right
    before (`池州、芜湖分列二三位，增速分别为7.2%、7%`)."""
    before = [c for c in sent.clauses if c.start < clause.start][-n:]
    if before:
        listed = listed_regions(doc, before[-1].start, before[-1].end, n)
        lead = M.strip_lead(clause_words(doc, before[-1].start, listed[0][0])) if listed else None
        if listed and (not lead or PLACE_LIST_LEAD.fullmatch(lead) or TOP_LIST_LEAD.fullmatch(lead)):
            # (主要分布在A、B和C，分别为36家、14家和9家; 产值总量前三名为A、B、C，产值分别为…)
            return [r[2] for r in listed]
    if len(before) < n:
        return None
    places = []
    for c in before:
        groups = [g for g in mention_groups(doc, c.start, c.end) if topical(doc, g)]
        if not groups or M.strip_lead(clause_words(doc, c.start, groups[0][0][0])):
            return None
        places.append(groups[0][-1][2])
    return places if len({getattr(p, "code", id(p)) for p in places}) == n else None


def _moves_of_place(values: list, prior: list[str], prior_units: dict) -> bool:
    """`…分别提高7.9个、3.4个百分点，位次分别较一季度、上半年前移7位、8位`: moves of a rank's place are not
    figures of the metrics said before (of another unit)."""
    return values[0].unit == "other" and values[0].unit_text in ("位", "位次") and any(prior_units.get(m) != values[0].unit for m in prior[-len(values):])


BASES = re.compile(
    r"(比|较)((?:[^，；、和及与比较]{2,8}(?:、|和|及|与))+[^，；、和及与比较]{2,8}?)(?:分别)?"
    r"(?:提高|提升|加快|回升|回落|放缓|下降|收窄|扩大|增加|减少|上升|高出|低出|高|低|快|慢)"
)
_BASE_WORD = re.compile(any_of(LEX["word_lists"]["base_word"]))

GAP_OVER_BASES = re.compile(r"(高于|低于|快于|慢于)([^，；、和及与]{2,8})(?:和|、|及|与)([^，；、和及与]{2,8})")


def _gaps_over_bases(words: str, n: int, prior: list[str]) -> list[str] | None:
    """`增长6.3%，分别高于上年全年和上年同期0.5个、0.2个百分点`: the rate said before, above each base in
    turn (GDP增速高于上年全年, GDP增速高于上年同期). None where the words are not that."""
    m = GAP_OVER_BASES.fullmatch(words.strip())
    if not m or n != 2 or not prior:
        return None
    root = gap_root(prior[-1])
    rate = root + ("" if RATE_IN_METRIC.search(root) else "增速")
    return [rate + m.group(1) + m.group(2), rate + m.group(1) + m.group(3)]


def _gap_of_places(metric: str, tail: str) -> str:
    """`呼和浩特市、包头市工业增加值增速分别高于年初预期目标15.6个、8.4个百分点`: each place's rate above the base
    said after 分别 (工业增加值增速高于年初预期目标), not the indicator's own name for a gap in points."""
    if not metric or not tail or not _PLACE_GAP.match(tail) or GAP.search(metric) or RATE_GAP.search(metric):
        return metric
    return metric + ("" if RATE_IN_METRIC.search(metric) else "增速") + tail


_PLACE_GAP = re.compile(r"(?:高于|低于|快于|慢于|超过|超出|高出|低出)[\u4e00-\u9fff]{2}|(?:比|较)[^，。；]{2,10}?(?<![提升])(?:高出|低出|高|低|快|慢)$")


def _over_bases(words: str, metrics: list[str]) -> list[str]:
    """`增长6.1%，比去年四季度和全年分别回升0.8个和0.3个百分点`: one figure per base listed, each against its
    own base (`…增速比去年四季度回升`, `…增速比全年回升`), not the first base for all."""
    m = BASES.search(words)
    if m is None:
        return metrics
    bases = re.split(r"、|和|及|与", m.group(2))
    if len(bases) != len(metrics) or not all(_BASE_WORD.search(b) for b in bases):
        return metrics
    first = m.group(1) + bases[0]
    out = []
    for metric, base in zip(metrics, bases):
        if first not in metric:
            return metrics
        head = metric[: metric.index(first)]
        if head and not re.search(r"增速|增幅|占比|比重|占|率$", head):
            head += "增速"  # 规上工业增加值较一季度: the rate is compared, not the amount
        out.append(head + m.group(1) + base + metric[metric.index(first) + len(first) :])
    return out


ITEM_LEAD_VERB = re.compile(r"^[^、，]{2,}?(?:带动|推动|拉动|促进|助推)(?=[\u4e00-\u9fff]{2})")


# `产值占全省、全市比重分别为39%、70%`, `产值分别占全省、西宁市的39%和70%`: one share of each whole listed after 占
# a whole: a whole-area word, a bare level (占省、西宁市比重), or a place by its full name
_WHOLE_ITEM = r"(?:" + SCOPE + r"|[国省市区县州]|[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|州|盟|旗))"
_WHOLES_LISTED = re.compile(rf"占({_WHOLE_ITEM}(?:[、和及与]{_WHOLE_ITEM})+)的?(比重|比例|份额)?(?:分别)?$")
_WHOLES_AFTER = re.compile(rf"^占({_WHOLE_ITEM}(?:[、和及与]{_WHOLE_ITEM})+)的?(比重|比例|份额)?(?:分别)?(?:为|达到?|超过|均)?$")


def _shares_of_listed_wholes(doc: Doc, clause: Clause, rm: re.Match, values: list) -> list[str] | None:
    """The metric of each share where 分别 spreads one owner's share over the wholes listed after 占."""
    if not all(q.unit == "%" for q in values):
        return None
    at = clause.start + rm.start()
    before = doc.text[clause.start : at]
    after = doc.text[clause.start + rm.end() : values[0].start]
    m = _WHOLES_LISTED.search(before)
    if m is not None and after.strip() in ("", "为", "达", "达到", "超过", "是"):
        owner_hi = clause.start + m.start()
    else:
        m = _WHOLES_AFTER.match(after)
        if m is None:
            return None
        owner_hi = at
    wholes = re.split(r"[、和及与]", m.group(1))
    if len(wholes) != len(values):
        return None
    owner = M.strip_trail(M.strip_lead(clause_words(doc, clause.start, owner_hi)))
    if not owner:
        return None
    return [f"{owner}占{w}{m.group(2) or '比重'}" for w in wholes]


def _narrower_class(metrics: list[str], noun: str) -> list[str] | None:
    """The metrics said before share a counted class after their own words (新签约|50亿元以上项目, 新开工|50亿元以上
    项目); a breakdown names a narrower class with the same head (百亿级项目): each one's words, that class."""
    if len(metrics) < 2 or len(noun) < 3:
        return None
    common = os.path.commonprefix([m[::-1] for m in metrics])[::-1]
    if len(common) < 3 or common[-2:] != noun[-2:] or common == noun or any(len(m) == len(common) for m in metrics):
        return None
    return [m[: len(m) - len(common)] + noun for m in metrics]
