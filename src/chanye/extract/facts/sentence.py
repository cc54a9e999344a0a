"""The facts of one sentence: candidates, then a distributive reading or the plain per-clause path, then the
sentence-level fixes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace as _dc_replace

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Sentence
from chanye.extract.wordlists import any_of
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import COUNTED, EACH_BEFORE, EACH_TOTAL, LEX, LIST_OPENER_VERB, RESPECTIVELY, STANDING_REMARK
from chanye.extract.facts.spans import clause_words
from chanye.extract.facts.subjects import each_place, share_industry_tail
from chanye.extract.facts.candidates import drop_thresholds, is_candidate
from chanye.extract.facts.drafting import LEAD_CLAUSE
from chanye.extract.facts.metric_naming import gap_root, many_respectively, share_attribute, share_head
from chanye.extract.facts.item_lists import share_class
from chanye.extract.facts.distributive import (
    bracketed_rates,
    double_pass,
    each_name_rank,
    each_rank,
    each_subject,
    each_of_list_before,
    from_to,
    gaps_over_scopes,
    pair_structure,
    structure,
)
from chanye.extract.facts.respectively import respectively
from chanye.extract.facts.clause_facts import bound_after_list, plain

_DIGIT_PLACES = re.compile(r"[两三四]位数")
# 实现负转正，增速居全市第6位: an outcome said in a figure-less clause is no part of the noun the next figure is of
_STEPS_PASSED = re.compile(r"(?:连续|连)?(?:跨越|跨过|迈过|迈上|跨上|跨)了?[\d一二三四五六七八九十两]+个[^，。；]{0,8}(?:台阶|大关|关口)$")
# 总数首次突破1000家大关，达到1036家: the mark passed (no figure) ends a figure-less clause; the noun is before its verb
_MARK_PASSED = re.compile(
    any_of(LEX["word_lists"]["mark_passed_adverbs"]) + "?" + any_of(LEX["word_lists"]["mark_passed_verbs"])
    + "[^，。；]{1,10}?" + any_of(LEX["word_lists"]["mark_passed_marks"]) + "$"
)
_NAMES_LISTED = re.compile(LIST_OPENER_VERB + r"(?=[^，。；\d]*、)")
_SPAN_HEAD = re.compile(r"^(?:[一二三四五六七八九十两\d]+年(?:来|间)?|近[一二三四五六七八九十两\d]+年)")
_OUTCOME = re.compile(any_of(LEX["word_lists"]["outcome_words"]) + "$")


def sentence_facts(doc: Doc, sent: Sentence, sq: list) -> list[Draft]:
    state = State()
    lead: Clause | None = None  # a short figure-less clause just before (力争到“十四五”末，…)
    starts = [q.value_start for q in sq]  # sq is sorted by value_start
    for clause in sent.clauses:
        raw = sq[bisect_left(starts, clause.start) : bisect_left(starts, clause.end)]
        cq = [q for q in raw if is_candidate(doc, clause, q)]
        if cq:
            cq = drop_thresholds(doc, clause, cq)
        handled = (
            structure(doc, sent, clause, raw, state)
            or pair_structure(doc, sent, clause)
            or (cq and bracketed_rates(doc, sent, clause, cq))
            or (raw and double_pass(doc, sent, clause, raw, state))  # (it reads a figure of the clause)
            or (cq and from_to(doc, sent, clause, cq, state))
            or (cq and gaps_over_scopes(doc, sent, clause, raw, cq, state))
            or (cq and respectively(doc, sent, clause, cq, state, raw))
            or (cq and each_rank(doc, sent, clause, cq, state))
            or (cq and each_name_rank(doc, sent, clause, cq, state))
            or (cq and each_subject(doc, sent, clause, cq, state))
            or (cq and each_of_list_before(doc, sent, clause, cq, state))
        )
        if not handled and not cq:
            if STANDING_REMARK.match(clause_words(doc, clause.start, clause.end)):
                continue  # (the noun and the lead before it still hold)
            if bisect_left(starts, clause.end) == len(sq):
                # no figure after this clause: no later clause of the sentence reads the noun
                state.prev_noun = None
            else:
                words = clause_words(doc, clause.start, clause.end)
                if (mark := _MARK_PASSED.search(words)) and mark.start() > 0:
                    words = words[: mark.start()]
                words = _OUTCOME.sub("", words) or words  # (数量与上年同期基本持平: the indicator held level)
                if (named := _NAMES_LISTED.search(words)) and named.start() > 0:
                    words = words[: named.start()]  # 重点打造的4个产业集群是A、B、C和D: the class, not its last name
                noun = M.framed_indicator(words) or ("" if M.FRAMING.search(clause.text) else M.tail_noun(words))
                noun = _OUTCOME.sub("", noun)  # (地区生产总值上半年由负转正，全年增长4.1%: the indicator stays)
                if step := _STEPS_PASSED.search(noun):
                    # 五年跨越3个十亿级台阶，年均增速达到8%: the steps are class words, the indicator (if any) before them
                    noun = M.tidy(_SPAN_HEAD.sub("", noun[: step.start()]))
                if _DIGIT_PLACES.search(noun):
                    noun = ""  # 保持了两位数的增长，增速比上年同期提升4.9个百分点: the rate said before, not a noun
                state.prev_noun = noun or None
            lead = clause if len(clause.text) <= LEAD_CLAUSE else None
            continue
        if handled:
            bound_after_list(doc, handled)
        made = handled or _each_holder(
            doc, clause, cq, each_place(doc, clause, cq, _parallel_list(doc, clause, cq, plain(doc, sent, clause, cq, state), state))
        )
        if lead is not None:
            for d in made:
                d.quote_start = lead.start  # the evidence reads with the clause that sets it up
        state.drafts.extend(made)
        state.prev_noun = None
        lead = None
    return state.drafts


def _parallel_list(doc: Doc, clause: Clause, cq: list, made: list[Draft], state: State) -> list[Draft]:
    """`A、B增加值分别增长9.2%、9.4%，增速高于全国3.3个、3.5个百分点`: a list of figures right after a 分别
    list of as many names, without 分别 again, goes to those names in order."""
    if len(made) < 2:
        return made  # (before the earlier clause's drafts are gathered)
    prior = [d for d in state.last_clause_drafts() if d.kind != "rank"]
    if len(made) < 2 or len(prior) != len(made) or len({d.metric for d in prior}) != len(prior):
        return made
    if any(d.unit != made[0].unit or d.kind == "rank" for d in made) or RESPECTIVELY.search(clause.text):
        return made
    if any(doc.text[a.end : b.value_start] not in ("、", "和", "及", "与") for a, b in zip(cq, cq[1:])):
        return made
    last = gap_root(prior[-1].metric)
    for d, p in zip(made, prior):
        rest = d.metric[len(last):] if d.metric.startswith(last) else d.metric
        d.metric = gap_root(p.metric) + rest
    return made


_SUM_WORD = re.compile(any_of(LEX["word_lists"]["sum_word"]))
_TOTAL_OF_LIST = re.compile(r"^.{1,3}(?:总额|总量|总和)$")  # 出口、进口总额: the sum of the items


def _each_holder(doc: Doc, clause: Clause, cq: list, made: list[Draft]) -> list[Draft]:
    """`电子信息、装备制造首次突破1万亿元`, `畜肉、鲜菜、蛋类价格均下降5%以上`: one figure after a 、-list of
    indicators, passed by each (突破, 超过) or said of each (均, 都), is one fact per item; a total
    (合计, 共, 总额) stays one."""
    if len(made) != 1 or len(cq) != 1 or "、" not in made[0].metric or many_respectively(doc, clause):
        return made
    d, q = made[0], cq[0]
    if RESPECTIVELY.search(clause.text) and (d.unit == "rank" or d.value_max is not None):
        return made  # 分别位列第六至第十位: a range of places shared out, not one place held by each
    before = doc.text[clause.start : q.start]
    if not (EACH_BEFORE.search(before) or RESPECTIVELY.search(before) or (d.comparator in (">", ">=") and d.kind == "level" and d.unit != "count")):
        return made  # (新技术、新产品、新工艺超过800项: a count passed by the list is their total)
    if EACH_TOTAL.search(before[before.rfind("、") :]) or COUNTED.search(d.metric) or re.search(r"[\d（(]", d.metric):
        return made
    if not (EACH_BEFORE.search(before) or RESPECTIVELY.search(before)) and _SUM_WORD.search(before[before.rfind("、") + 1 :] + d.metric[-3:]):
        return made  # 签约、开工、投产项目共计134个，总额超1100亿元: the amount of the list together
    if _TOTAL_OF_LIST.match(d.metric.split("、")[-1]):
        return made
    items = share_class([i.strip() for i in d.metric.split("、") if i.strip()])
    if len(items) < 2 or any(len(i) < 2 for i in items):
        return made
    shared = share_attribute(items)
    if shared == items:
        shared = share_industry_tail(items)
    return [_dc_replace(d, metric=name) for name in (shared if shared != items else share_head(items))]
