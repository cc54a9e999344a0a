"""The plain per-clause path: each figure of a clause with the metric its own words (or an antecedent) give.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Sentence
from chanye.extract.wordlists import LEVEL_SCOPE, SCOPE, any_of
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import BASE_ATTRIBUTE, DIGIT, LEX, RATE_IN_METRIC
from chanye.extract.facts.spans import _seps, clause_words, remove_spans
from chanye.extract.facts.subjects import _whole_of
from chanye.extract.facts.plan_periods import (
    after_share_change,
    funds_before,
    multiple_of_base_only,
    places_reached,
    same_measure_before,
)
from chanye.extract.facts.candidates import CLASS_NOUNS, HOLDER_BODY, bodies_noun, bodies_report, holder_is_fact
from chanye.extract.facts.drafting import PLAN_AMOUNT_DONE, antecedent, new_draft
from chanye.extract.facts.metric_naming import (
    BARE_ATTRIBUTE,
    class_bar,
    COMPARED_MORE,
    INVEST_END,
    OUTPUT_HEAD,
    RANK_SCOPE_ONLY,
    RATE_GAP_TAIL,
    SECTOR_TOPIC,
    SET_PART,
    TOPIC_END,
    ZONE_CLASS_COUNTED,
    bare_gap,
    bare_rate_before,
    named_project_metric,
    top_list_metric,
    contribution_owner,
    gap_root,
    headline_noun,
    line_above_noun,
    many_respectively,
    metric_of,
    projects_counted_before,
    rank_metric,
    stage_of_batch,
    rate_change,
    with_attribute,
)

SHARE_COMPARATORS = {w: c for c, words in LEX["share_comparators"].items() for w in words}
SHARE_COMPARATOR = re.compile("(" + any_of(list(SHARE_COMPARATORS)) + ")占")

RATE_BASE_TAIL = re.compile(any_of(LEX["word_lists"]["rate_base_words"]) + "$")
_CHANGE_TAIL = re.compile(r"(?<=..)(?:增加|减少)$")
INCREMENT = re.compile(r"^[，、]?(?:较|比|同比|比上年|较上年)[^，、；]{0,6}?(增加|减少|新增|净增|增长|下降)$")

PROGRESS = re.compile(r"完成[^，。；]{0,8}(?:目标|计划|任务)[^，。；]{0,4}的?$")

# 高于全国（3.9%）, 高于全国（同比增长4.6%）: the scope's own figure in brackets
SCOPE_REFERENCE = re.compile("(" + LEVEL_SCOPE + r")(?:平均水平|平均增速|平均)?[（(](?:同比)?(?:增长|增速为?|增幅为?)?$")

POOL_BEFORE = re.compile(r"(?<!其)中(?:有|共有)?$")  # 35个行业大类中28个行业…: the counted noun follows

AVERAGE_REFERENCE = re.compile(r"(?:高于|低于|快于|慢于)([^，。；（(]{2,20}?)(?:平均水平|平均增速|平均|增速|增幅)[（(]$")

SHARE_IN_METRIC = re.compile(r"占|比重|比例|占比|贡献|份额|率")
HOLDER_COUNT = re.compile(r"^(?:[两二三四五六七八九十\d]{1,4}|\d+(?:\.\d+)?万)[个条家项类户](?=[\u4e00-\u9fff“])")  # 两个行业产值: not the metric's words

_BASE_TAIL = re.compile(r"(?<=.{2})(?:比|较)[^占]*$")
_BASE_TAIL_SHARE = re.compile(r"(?<=.{2})(?:(?<!占)比(?!重|例)|较)[^占]*$")  # 占…比重比去年同期: keep the share
_SHARE_BASE = re.compile(r"占(?:.+(?:比重|比例)|比)$")
_BEFORE_SHARE = re.compile(any_of(list(SHARE_COMPARATORS) + ["已经", "已"]) + "(?=占)")

_SHARE_CUE_HEAD = re.compile("^" + any_of([*SHARE_COMPARATORS, *LEX["share_figure_cues"]]))

# 增长面 alone names no field; the field is the last one counted before it in its part of the sentence (规上工业40个
# 行业大类中; not one before a ；)
BREADTH_WORDS = frozenset(LEX["word_lists"]["breadth_words"])
_BREADTH_FIELD = re.compile(r"([\u4e00-\u9fff]{0,8}?)\d+[个家户]([\u4e00-\u9fff]{2,8}?)(?:之中|当中|中|(?=有))")


def _breadth_field(text: str, lo: int, hi: int) -> re.Match | None:
    lo = max(lo, text.rfind("；", lo, hi) + 1)
    found = None
    for found in _BREADTH_FIELD.finditer(text, lo, hi):
        pass
    return found
_SCOPE_LEAD = re.compile("^(?:" + SCOPE + ")?")
_SCOPE_ONLY = re.compile("(" + SCOPE + r")(?:的|为|达|是)?")
_OWNER_MEASURE = re.compile(any_of(LEX["word_lists"]["output_head"]) + "$")
_RANKED_OWNER = re.compile(r"(?:数量)?" + SCOPE + "?排名$")  # (数量: added to a count's rank)
_SHARE_OF_SCOPE = re.compile("占(" + SCOPE + ")")
_SHARE_WORD = re.compile(any_of(LEX["word_lists"]["share_word"]))

PLACE_CLASS = re.compile(any_of(LEX["word_lists"]["member_place_classes"]))  # places counted as members
MEMBER_RATE = re.compile(r"(?:年均)?(?:增速|增幅|增长)$")

# an amount indicator said whole (出口额, 进口额, 销售额) after another indicator of a list is its own, not that one's
SELF_AMOUNT = re.compile(any_of(LEX["word_lists"]["self_standing_amounts"]))
OTHER_INDICATOR_END = re.compile(any_of(LEX["word_lists"]["indicator_ends"]) + "$")
ENERGY_END = re.compile(any_of(LEX["word_lists"]["energy_ends"]) + "$")

# 同比增幅18% after an amount: the amount's rate (增幅), as 同比增速 reads
ON_BASE_RATE = re.compile(r"^(?:同比|环比)(?=(?:增幅|增长率)$)")


# an average over the years said before a rate (两年平均增长, 三年平均增速): not stripped with the growth word
SPAN_AVERAGE = re.compile(r"[两三]年平均(增长|增速|增幅)?")


_REFERENCE = re.compile(r"(高出|高于|低于|快于|慢于)?(" + LEVEL_SCOPE + r")[（(]")  # 高出全国（5.1%）


def _gaps_after_references(clause: Clause, out: list[Draft], state: State) -> None:
    """`分别高出全国（5.1%）、全省（6.0%）平均水平2.5个和1.6个百分点`: each gap is the rate's, against the
    scope named before each bracket, in order."""
    gaps = [d for d in out if d.unit == "pp" and re.match(r"[\d.]+%", d.metric)]
    if not gaps:
        return  # (most clauses: no gap, and the references need not be looked for)
    refs = list(re.finditer(_REFERENCE, clause.text))
    if len(refs) != len(gaps):
        return
    rate = next((d.metric for d in reversed(state.drafts) if d.kind == "growth" and d.unit == "%" and d.metric), None)
    if not rate:
        return
    verb = next((r.group(1) for r in refs if r.group(1)), "高于")
    for d, r in zip(gaps, refs):
        d.metric = gap_root(rate) + "增速" + verb + r.group(2)


def _share_trailing_comparator(doc: Doc, cq: list, out: list[Draft]) -> None:
    """`维持在15.3%和15.2%以上`, `分别增长5%和7.5%左右`: a bound written once after the last figure of a
    list joined by 和/、 holds for each figure of it."""
    if len(out) != len(cq) or len(cq) < 2:
        return
    for i in range(1, len(cq)):
        if doc.text[cq[i - 1].end : cq[i].value_start] in ("、", "和", "及", "与") and out[i].unit == out[i - 1].unit == "%":
            if out[i - 1].kind == "growth" and out[i].kind == "share" and out[i].metric.startswith(out[i - 1].metric):
                out[i].kind, out[i].metric = "growth", out[i - 1].metric  # 增速保持在12.1%和11.6%: both rates
    last = cq[-1]
    if not re.search(r"以上|左右|以内|以下|上下", doc.text[last.value_end : last.end]):
        return
    for i in range(len(cq) - 2, -1, -1):
        if doc.text[cq[i].end : cq[i + 1].value_start] not in ("、", "和", "及", "与") or out[i].unit != out[-1].unit:
            break
        if out[i].comparator == "=":
            out[i].comparator = out[-1].comparator


TRAILING_BOUND = re.compile(r"(?:以上|左右|以内|以下|上下)$")


def bound_after_list(doc: Doc, made: list[Draft]) -> None:
    """`分别达到10%和12%以上`, `分别增长5%、6%左右` read by a distributive path: the bound written once after
    the last figure holds for the figures listed before it (as _share_trailing_comparator for plain lists)."""
    made = sorted(made, key=lambda d: d.pos)
    if len(made) < 2 or not TRAILING_BOUND.search(doc.text[made[-1].pos : made[-1].end]):
        return
    for a, b in reversed(list(zip(made, made[1:]))):
        if doc.text[a.end : b.pos] not in ("、", "和", "及", "与") or a.unit != b.unit:
            break
        if a.comparator == "=":
            a.comparator = b.comparator


def plain(doc: Doc, sent: Sentence, clause: Clause, cq: list, state: State) -> list[Draft]:
    text = doc.text
    seps = _seps(text, clause)
    out: list[Draft] = []
    # orientation of the clause: figure first (培育10条…, 拥有35个工业大类…) or metric first
    first = cq[0]
    first_left = clause_words(doc, clause.start, first.start)
    after_first = _after_words(doc, clause, 0, cq, seps)  # the first figure's, read again below
    figure_first = (M.ends_with_verb(first_left) or POOL_BEFORE.search(first_left) is not None) and bool(
        M.metric_after(after_first)
    )
    prev_end = clause.start
    here = State(drafts=state.drafts, pending=out)  # the antecedents as each figure sees them
    for k, q in enumerate(cq):
        j = bisect_left(seps, q.start)
        lo = max(seps[j - 1] + 1 if j else clause.start, prev_end)
        if k == 0 and lo > clause.start and _names_list(doc, clause, lo):
            lo = clause.start  # 生物医药、体育器械、新能源汽车产业保300亿元: the whole list holds the figure
        bracket = text.rfind("（", lo, q.start)
        if bracket >= 0 and text.find("）", bracket, q.start) < 0:
            if (not text[bracket + 1 : q.start].strip() and text.startswith("）", q.end)
                    and _BRACKETED_FIGURE_LIST.search(text, clause.start, clause.end)
                    and not _BASE_BEFORE_BRACKET.match(clause_words(doc, lo, bracket))):
                # 规模以上工业增加值（12.7%）、一般公共预算收入（13.5%）增速均…: the bracket holds the figure alone,
                # of the words before it
                left_words = clause_words(doc, lo, bracket)
            else:
                lo = bracket + 1  # 开局良好（GDP增长5.9%）: a figure in brackets reads from the bracket
                left_words = clause_words(doc, lo, q.start)
        else:
            left_words = clause_words(doc, lo, q.start)
        after_words = after_first if k == 0 else _after_words(doc, clause, k, cq, seps)
        d = new_draft(doc, sent, clause, q, "")
        # both bracket references end right before the figure: one character test spares the searches
        bracketed = q.start > clause.start and (text[q.start - 1] in "（(" or "（" in text[q.start - 7 : q.start])
        reference = SCOPE_REFERENCE.search(text[max(clause.start, q.start - 10) : q.start]) if bracketed else None
        here.prev_noun = None if out else state.prev_noun
        if d.kind == "rank":
            scope_only = RANK_SCOPE_ONLY.search(text, lo, q.start) if not left_words else None
            d.metric = rank_metric(doc, scope_only.group(1) if scope_only else left_words, here)  # 居全国第3、全省第1
        else:
            led = figure_first or (k > 0 and q.unit == "count" and verb_led_count(left_words, after_words))
            metric = metric_of(doc, clause, q, lo, left_words, after_words, led, d.kind)
            if d.kind == "growth" and d.unit == "%" and ("同期" in metric or "相比" in metric):
                metric = RATE_BASE_TAIL.sub("", metric)  # 营业收入…，比去年同期增长14.8%: the amount's rate
            if multiple_of_base_only(doc, clause, q, d):
                metric = ""  # 9540亿元，是“十五”期末的4.3倍, 是设立前的19倍: the base is no indicator, the amount before is
            elif d.unit == "count" and (reached := places_reached(doc, clause, q, left_words)):
                metric = reached  # 产品远销欧美等30多个国家和地区: 产品远销国家和地区
            elif d.kind == "level" and BARE_CHANGE.fullmatch(metric) and (amount := same_measure_before(here, d)):
                metric = M.strip_new(amount) + metric  # 原油加工量484.2万吨、增产近17万吨: the amount's change
            elif d.unit == "CNY" and (drew := LEVERAGED.match(text, lo, q.start) or LEVERAGED.match(metric)) and (funds := funds_before(here, clause)):
                metric = funds + drew.string[drew.start() : q.start if drew.string is text else None]  # 以旧换新资金34亿元撬动消费332.5亿元
            elif OVER_PLAN.fullmatch(left_words) and (done := here.last_metric(skip_gaps=True)[0]):
                metric = done + left_words  # 完成投资7300亿元、超年度计划目标13.9%: how far the amount passed its plan
            if k + 1 < len(cq) and holder_is_fact(q, after_words, cq[k + 1]):
                metric = M.tidy(HOLDER_BODY.match(after_words).group(0))  # 178家国家高新区生产总值占…: 国家高新区
            elif k + 1 < len(cq) and cq[k + 1].start - q.end == len(after_words) and bodies_report(q, after_words):
                metric = M.tidy(bodies_noun(after_words))  # 60家重点企业完成工业总产值…: 重点企业
            if not metric and d.unit == "count" and (zones := ZONE_CLASS_COUNTED.match(text, q.end)):
                metric = zones.group(1)  # 全省106个开发区实现营业收入…: the zones counted (a zone word alone tidies away)
            if d.unit == "count" and left_words.endswith("的") and "的" not in metric and (bar := class_bar(doc, clause, q)) and bar[:-1] not in metric:
                metric = bar + metric  # 产值已超过5亿元的141户企业实现…: the class the bar sets (产值超过5亿元的企业)
            ante, _u = antecedent(here, "rate" if d.kind == "growth" and d.unit != "pp" else d.kind)
            if ante and d.kind == "level" and d.unit in ("CNY", "USD") and RATE_NAME_END.search(ante):
                # 从2021年的X亿元增长至2024年的Y亿元，年均增长8.9%，2025年上半年达Z亿元: the amount, not its rate
                latest = next((x for x in here._latest() if x.metric), None)
                if latest is not None and latest.kind == "growth" and latest.metric == ante and latest.sentence is sent and (
                    amount := next((x for x in here._latest() if x.kind == "level" and x.unit == d.unit and x.metric and x.sentence is sent), None)
                ):
                    ante = amount.metric
            if ante and d.kind == "growth" and d.unit == "%" and bare_gap(ante):
                ante = here.last_metric(skip_shares=True, skip_gaps=True)[0]  # …高于全国0.9个百分点；沈阳市增长4%: not the gap
            if not metric and not ante and (head := headline_noun(doc, sent, q)):
                metric, rate = head  # 8.5%！全省规上工业增加值增速创新高: the next sentence names it
                if rate and d.unit == "%":
                    d.kind = "growth"
            elif not metric and not ante and (above := line_above_noun(doc, sent, q)):
                metric = above  # a card's label line (全年GDP), its figure on the next line (增长5.3%)
            if ante and not out:
                ante = gap_root(ante)  # a figure after a gap (高于全省…个百分点) is on the indicator
            last = next((x for x in here._latest() if x.metric and x.kind != "rank"), None)
            if d.unit == "pp" and ante and last is not None and last.kind == "growth" and last.unit == "%":
                metric = rate_change(text[lo : q.start], ante) or metric
            metric = contribution_owner(metric, here)
            # 完成固定资产投资12.6亿元，同比增长18.2%，完成年计划的25.8%: progress on the plan, a share named by it
            progress = PROGRESS.search(text, lo, q.start) if d.unit == "%" and ante and "完成" in text[lo : q.start] else None
            if progress is not None:
                d.kind = "share"
            if d.kind == "share" and not metric and last is not None and last.kind == "growth" and last.unit == "%" and progress is None:
                d.kind, metric = "growth", last.metric  # …增长11.0%，逐月回落至6.2%: the rate moved, still a growth
            elif d.kind == "share" and not metric and bare_rate_before(here):
                d.kind = "growth"  # 甲县以增速14.2%位列第一，乙县12.2%: the next place's rate, its indicator named later
            plan = PLAN_AMOUNT_DONE.search(text[clause.start : q.start]) if d.kind == "share" and "完成" in clause.text else None
            if plan is not None:
                metric = "完成" + plan.group(1)  # 完成市考核目标61亿元的117%: 完成市考核目标, as gold writes 完成全年目标任务
            elif d.kind == "share":
                said = text[lo : q.start].strip(M.PUNCT)  # (a scope word is read as a place: not in left_words)
                if (scope := _SCOPE_ONLY.fullmatch(metric) or (not metric and _SCOPE_ONLY.fullmatch(said))) and out and out[-1].kind == "share" and (
                    was := next(reversed(list(_SHARE_OF_SCOPE.finditer(out[-1].metric))), None)
                ):
                    # 产量占全省98%、全国51%: the same share, of another whole
                    metric = out[-1].metric[: was.start(1)] + scope.group(1) + out[-1].metric[was.end(1) :]
                cue = _SHARE_CUE_HEAD.sub("", text[q.start : q.value_start])
                if cue.startswith("占") and not metric.endswith(cue):
                    metric += cue
                lead = SHARE_COMPARATOR.search(left_words)
                if lead and d.comparator == "=":
                    d.comparator = SHARE_COMPARATORS[lead.group(1)]
                metric = _BEFORE_SHARE.sub("", metric)
                if metric in BREADTH_WORDS and (field := _breadth_field(text, sent.start, q.start)):
                    # 全省规上工业40个行业大类中，有38个行业…，增长面达95%: the breadth of growth over that field
                    metric = _SCOPE_LEAD.sub("", field.group(1)) + field.group(2) + metric
                if metric.startswith("占") and not _SHARE_WORD.search(metric):
                    metric += "比重"
                if metric.startswith("占") and out and out[-1].kind == "rank" and out[-1].clause is clause:
                    # 出口居全国第一、占全球30%: the share of what was just ranked
                    metric = (_RANKED_OWNER.sub("", out[-1].metric) or "") + metric
                if (M.needs_antecedent(metric) or metric == "占") and ante:
                    numerator = ante[: ante.index("占", 1)] if "占" in ante[1:] and metric.startswith("占") else ante
                    if metric.startswith("占") and "占" not in numerator:
                        numerator = RATE_GAP_TAIL.sub("", numerator) or numerator  # 工业投资增速比上半年…，占全部投资比重: 工业投资's share
                    metric = numerator + (metric or ("" if M.SHARE_WORDS and numerator.endswith(M.SHARE_WORDS) else "占比"))
                    # …占全省53%以上，其中南昌占全省四分之一: one share; never 占比占比
                elif ante and (attr := M.GENERIC.match(metric)) and metric.startswith("占", attr.end()) and TOPIC_END.search(gap_root(ante)) and not ante.endswith(attr.group(0)):
                    # …等战略性新兴产业快速发展，产值已占规上工业的11.7%: the topic's 产值
                    owner = gap_root(ante)
                    if "占" in owner[1:]:
                        # 电瓷产值占全市…30%，产量占全省98%: the first share's owner, measured by this attribute
                        owner = _OWNER_MEASURE.sub("", owner[: owner.index("占", 1)])
                    metric = with_attribute(owner, attr.group(0)) + metric[attr.end() :]
                elif ante and PROGRESS.search(doc.text[lo : q.start]):
                    metric = ante + "完成" + metric + "比例"  # 完成全年目标任务的81%: progress on the plan
            elif not metric and not ante and d.kind == "growth" and (share := here.last_metric()[0]) and "占" in share[1:]:
                metric = share[: share.index("占", 1)]  # 增加值占…比重85.9%，同比增长5.2%: the numerator grew
            elif ante and d.kind == "level" and (change := INCREMENT.search(doc.text[lo : q.start])):
                # 较年初增加9.6万个, 较去年同期增加32亿元 (its base stripped): the change of the antecedent
                metric = M.strip_new(ante) + change.group(1)
            elif not metric and ante and d.unit == "count" and here.last_metric()[1] in ("CNY", "USD") and (
                counted := next((x.metric for x in here._latest() if x.unit == "count" and x.kind == d.kind and x.metric), None)
            ):
                metric = counted  # 福州25个、总投资348亿元，厦门24个、…: the count goes on with the counts, not the amount
            elif not metric and ante:
                # …新增规上工业企业200家以上，2023年达到2860家: a level after a flow is the stock
                metric = M.strip_new(ante) if d.kind == "level" and here.last_kind() == "level" else ante
                if d.kind == "growth" and d.unit == "%" and here.last_kind() == "level":
                    metric = _CHANGE_TAIL.sub("", metric) or metric  # 比上年增加776.87亿元，增长43.1%: the amount grew, not its change
                if d.kind == "growth" and d.unit == "%" and COMPARED_MORE.search(ante):
                    metric = _BASE_TAIL.sub("", ante)  # …比前3年总量多56%，年均增长17.3%: the indicator's own rate
                elif d.kind == "growth" and d.unit == "%" and after_share_change(here):
                    metric = ante[: ante.index("占", 1)]  # …占全省比重较上年提高1.3个百分点；同比增长8.3%: the amount's rate
            elif d.unit == "pp" and metric.startswith("占") and ante and "占" not in ante and here.last_kind() == "level":
                metric = ante + metric  # 完成投资915亿元，占全省投资的比重较上年提高1.3个百分点: the amount's share moved
            elif ante and M.is_generic(metric := ON_BASE_RATE.sub("", metric)) and not (INVEST_END.search(ante) and OUTPUT_HEAD.match(metric)):
                # 总数达到82家 after 新增上市公司9家; 增速比全省高3个百分点 after 增长8.3%;
                # 全年产量将突破60万辆 after 新能源汽车产量…
                base = gap_root(M.strip_new(ante))  # …增速高于全省0.8个百分点，高于全国2.7个百分点: not on the gap
                if d.kind == "growth" and here.last_kind() == "level":
                    base = _CHANGE_TAIL.sub("", base) or base  # …较去年同期增加32亿元，增加值增速达到7.4%: the amount's rate
                if "占" in base[1:] and not (d.unit == "pp" and here.last_kind() == "share" and not re.match(r"增速|增幅", metric)):
                    base = base[: base.index("占", 1)]  # a share's numerator: 高新技术产业增加值(占…比重)
                base = (_BASE_TAIL_SHARE if _SHARE_BASE.search(base) else _BASE_TAIL).sub("", base)  # …营业收入(比2019年1-11月): the indicator
                if base.endswith(metric) or metric in base:
                    base, metric = base, ""
                elif SELF_AMOUNT.fullmatch(metric) and OTHER_INDICATOR_END.search(base):
                    base = ""  # 税收收入345.61亿元，出口额250.73亿美元: the next indicator of a list, not the tax's exports
                elif ENERGY_END.search(base) and OTHER_INDICATOR_END.search(metric) and d.unit in ("CNY", "USD"):
                    base = ""  # 制造业用电量同比增长91.3%；预计实现营业收入320亿元: the power used owns no revenue
                elif (own := BASE_ATTRIBUTE.search(base)) and BASE_ATTRIBUTE.fullmatch(metric) and own.start() >= 2:
                    base = base[: own.start()]  # 工业完成总产值X…，完成增加值Y: 工业增加值, not 工业总产值增加值
                if d.unit == "pp" and M.COMPARISON.match(metric) and here.last_kind() == "growth" and "增速" not in base:
                    base += "增速"
                if base.endswith("平均增长") and metric.startswith(("增速", "增幅")):
                    base = base[:-2]  # 两年平均增长6.0%，增速比一季度加快…: 两年平均增速比一季度加快
                metric = base + metric
            if not out and state.prev_noun and SECTOR_TOPIC.search(state.prev_noun) and BARE_ATTRIBUTE.fullmatch(metric):
                metric = state.prev_noun + metric  # 化工产业快速壮大，实现工业增加值61.5亿元: the sector's
            elif not out and state.prev_noun and INVEST_TOPIC.search(state.prev_noun) and metric == "投资":
                # 重点项目有序推进，完成投资977.6亿元: the projects' (or the works') investment
                metric = state.prev_noun + ("完成投资" if "完成" in text[clause.start : q.start] else "投资")
            elif metric == "投资" and (made := INVEST_MADE.search(text, clause.start, q.start)) and (projects := projects_counted_before(here, clause)):
                metric = projects + made.group(0)  # 在建工业项目283个，完成投资147.83亿元: those projects' investment
            elif metric.endswith("项目投资") and d.unit in ("CNY", "USD") and (made := INVEST_MADE.search(text, lo, q.start)):
                metric = metric[:-2] + made.group(0)  # 245个项目完成投资190.3亿元: 项目完成投资 (完成 is no inner verb here)
            elif d.unit == "count" and (staged := stage_of_batch(metric, text[clause.start : q.start], here, clause)):
                metric = staged  # 签约项目120个，其中已开工85个、已投产30个: the batch's projects at that stage
            elif metric in PROJECT_TOTAL and d.unit in ("CNY", "USD") and (projects := projects_counted_before(here, clause)):
                metric = planned_of_batch(projects, metric) or project_head(projects) + metric  # 签订合同项目26个，总金额52.4亿元: 合同项目总金额
            if progress is not None and "完成" not in metric and (not metric or metric.endswith("占比")):
                metric = ante + progress.group(0).rstrip("的")
            if STANDING_AFTER.match(text, q.end) and text[lo : q.start].rstrip().endswith("以"):
                # 长丰县地区生产总值为946.43亿元…；肥东县以902亿元位居第三: the amount ranked is the same indicator
                metric = next((x.metric for x in here._latest() if x.unit == d.unit and x.kind == d.kind and x.metric), metric)
            if (named := named_project_metric(doc, sent, clause, metric)) is not None:
                metric = named  # 某某项目，计划总投资20亿元，…实现销售收入30亿元: the named project's
            elif d.kind == "level" and (top := top_list_metric(doc, clause, q.start, metric)) is not None:
                metric = top  # 签约协议投资额前5名是海口1191亿元、三亚978亿元: the indicator's leaders
            if d.kind == "growth" and metric.endswith(("两年", "三年")) and (avg := SPAN_AVERAGE.search(text, lo, q.start)):
                metric += "平均" + ("增长" if avg.group(1) else "")  # 两年平均增长4.1%: 地区生产总值两年平均增长, as gold writes it
            d.metric = HOLDER_COUNT.sub("", metric)
            if d.kind == "growth" and (d.metric in CLASS_NOUNS or PLACE_CLASS.fullmatch(d.metric)) and (rate := MEMBER_RATE.search(left_words)):
                d.metric += rate.group(0)  # 7个行业年均增速10%以上: the members' rate, not 行业
            average = AVERAGE_REFERENCE.search(text[max(clause.start, q.start - 30) : q.start]) if bracketed else None
            if average and d.unit == "%":
                # 17个行业增速高于全市规上工业平均水平（7.2%）: the bracket gives the average rate itself
                d.kind, d.metric = "growth", M.tidy(average.group(1)) + "增速"
            rate_words = RATE_IN_METRIC.search(d.metric) or RATE_IN_METRIC.search(left_words[-16:])
            if d.kind == "share" and d.unit == "%" and rate_words and not SHARE_IN_METRIC.search(d.metric) and not SET_PART.match(text, q.end):
                d.kind = "growth"  # 总产值与增加值增速连续五个月维持在15.3%: a rate, not a share
        if reference is not None:
            # 高于全国（3.9%）3.6个百分点: the bracketed figure is the scope's own, of the same kind
            last = next((x for x in here._latest() if x.metric and x.kind != "rank"), None)
            if last is not None:
                d.kind, d.metric = last.kind, last.metric
            else:
                raw_words = clause_words(doc, clause.start, q.start - len(reference.group(0)))
                d.metric = M.tidy(raw_words)
                if re.search(r"增速|增长|增幅", raw_words):
                    d.kind = "growth"
            d.subject = _whole_of(doc, reference.group(1))
            prev_end = clause.start  # the figure after the bracket reads the words before it too
            out.append(d)
            continue
        out.append(d)
        prev_end = q.end
    _share_trailing_comparator(doc, cq, out)
    _gaps_after_references(clause, out, state)
    if figure_first and len(out) >= 2:
        # 建成3.5万家基础级、8200家先进级、500家卓越级智能工厂: the noun written once after the last grade
        m = re.match(r"^(.{1,4}?[级型类])(.{2,})$", out[-1].metric)
        for d in out[:-1]:
            if m and d.unit == out[-1].unit and re.fullmatch(r".{1,4}[级型类]", d.metric):
                d.metric += m.group(2)
        head = _SHARED_HEAD.search(out[-1].metric)
        if head and 2 <= head.start() <= 4:
            # 已招引1个链主企业、5个强链、5个延链、2个补链项目: the bare items before the last share its head
            for d, nxt in zip(reversed(out[:-1]), reversed(out[1:])):
                if d.unit != out[-1].unit or not 2 <= len(d.metric) <= 4 or _SHARED_HEAD.search(d.metric):
                    break
                if doc.text[d.pos : nxt.pos].count("、") != 1 or re.search(r"[，,；]", doc.text[d.pos : nxt.pos]):
                    break
                d.metric += head.group(0)
    return out


_SHARED_HEAD = re.compile(any_of(LEX["word_lists"]["shared_item_heads"]) + "$")


# items each with its figure in brackets, listed (规模以上工业增加值（12.7%）、一般公共预算收入（13.5%）…), not a base
# of comparison (较上年同期（47.3%）) or a place's (青岛（第7位）、济南（第15位）) figure in brackets
_BRACKETED_FIGURE_LIST = re.compile(
    r"[\u4e00-\u9fff]（[\d.]+" + any_of(LEX["word_lists"]["bracketed_item_units"]) + r"）、[\u4e00-\u9fff]"
)
_BASE_BEFORE_BRACKET = re.compile(any_of(LEX["word_lists"]["bracket_base_words"]))
STANDING_AFTER = re.compile(r"(?:的(?:总量|规模|成绩))?" + any_of(LEX["word_lists"]["standing_verbs"]))
INVEST_TOPIC = re.compile(r"(?<=..)(?:项目|建设|工程)$")  # what an investment said after it is of
INVEST_MADE = re.compile(r"(?:累计)?完成投资")  # investment made (总投资 of a counted batch stays bare, as gold has it)


def _names_list(doc: Doc, clause: Clause, lo: int) -> bool:
    """Whether the clause opens with a 、-list of names (not regions, no 分别) that runs into the first
    figure's own words: then the list, as written, is part of the figure's metric."""
    head = doc.text[clause.start : lo]
    times = doc.times_in(clause.start, lo)
    if times:  # 2024年畜肉、鲜菜价格均…: the year is no part of the names
        head = remove_spans(head, clause.start, [(t.start, t.end) for t in times])
    if "、" not in head or many_respectively(doc, clause) or re.search(r"[\d：:（(]", head):
        return False
    k = bisect_left(doc.mention_starts, clause.start)
    return not (k < len(doc.mentions) and doc.mentions[k][0] < lo)  # no region named in the list


def project_head(projects: str) -> str:
    """The head of a batch of projects named before its total (新签约亿元以上工业项目 -> 工业项目): the kind of
    projects, short, as the gold sets write the total (签约项目总投资; a bare 总投资 in the older sets)."""
    kind = projects[-4:-2]
    return kind + "项目" if kind in PROJECT_KINDS else "项目"  # (制造业项目: 项目, not a cut 造业项目)


def planned_of_batch(projects: str, amount: str) -> str | None:
    """`现代服务业项目12项，总投资103.09亿元，今年计划投资14.9亿元`: the year's planned amount of a batch named by
    its field or purpose keeps the batch's name (现代服务业项目计划投资, as the gold sets write it), else None."""
    if amount not in _PLANNED or not _NAMED_BATCH.fullmatch(projects) or _STAGED.search(projects):
        return None
    return projects + amount


_PLANNED = frozenset({"计划投资", "年度计划投资", "今年计划投资"})
# a batch named by its field or purpose (现代服务业项目, 民生补短板项目): no threshold, count, place or stage
_NAMED_BATCH = re.compile(r"[\u4e00-\u9fff]{3,10}项目")
_STAGED = re.compile(any_of(LEX["word_lists"]["batch_stages"] + LEX["word_lists"]["not_batch_name"]))


RATE_NAME_END = re.compile(r"(?:增长率|增速|增幅|涨幅)$")  # a rate's own name (年均复合增长率) names no amount


def verb_led_count(left_words: str, after_words: str) -> bool:
    """`与20多个省签下726个投资项目`: a later count of the clause right after a verb that takes it as its
    object is named by the noun after it, as the clause's first figure is (figure_first)."""
    return M.ends_with_verb(left_words) and bool(M.metric_after(after_words))


def _after_words(doc: Doc, clause: Clause, k: int, cq: list, seps: list[int]) -> str:
    """The words after the k-th figure up to the next figure, list separator or the clause's end."""
    q = cq[k]
    hi = cq[k + 1].start if k + 1 < len(cq) else clause.end
    j = bisect_left(seps, q.end)
    if j < len(seps):
        end, start = min(hi, seps[j]), q.end
        while end < hi and _LEVEL_ITEM.fullmatch(doc.text, start, end) and _LEVEL_NEXT.match(doc.text, end + 1):
            # 19项国家、省级试点, 27家国家级、省级、市级企业: levels listed inside the noun, not a list of figures
            start, j = end + 1, j + 1
            end = min(hi, seps[j]) if j < len(seps) else hi
        hi = end
    opened = doc.text.rfind("（", clause.start, q.start)
    if opened >= 0 and doc.text.find("）", opened, q.start) < 0:
        close = doc.text.find("）", q.end, hi)
        if close >= 0:
            hi = close  # （已开工8宗）完成投资: a figure in brackets reads nothing past them
    bracket = doc.text.find("（", q.end, hi)
    if bracket >= 0:
        close = doc.text.find("）", bracket, hi + 1)
        inner = doc.text[bracket + 1 : close] if close > 0 else ""
        if close < 0 or len(inner) > 6 or DIGIT.search(inner):
            hi = bracket
    return remove_spans(doc.text[q.end : hi], q.end, [(t.start, t.end) for t in doc.times_in(q.end, hi)])


_LEVEL_ITEM = re.compile(any_of(LEX["word_lists"]["designation_levels"]) + "级?")  # 国家、 (级 said once, after the last)
_LEVEL_NEXT = re.compile(any_of(LEX["word_lists"]["designation_levels"]) + "级")
LEVERAGED = re.compile(r"(?:撬动|拉动|带动|吸引|引导|引来)(?:社会|民间|金融)?(?:消费|投资|资本|资金|融资|贷款)")

PROJECT_TOTAL = frozenset(LEX["word_lists"]["project_total"])
PROJECT_KINDS = frozenset(LEX["word_lists"]["project_kinds"])
BARE_CHANGE = re.compile(any_of(LEX["word_lists"]["bare_change"]))

OVER_PLAN = re.compile(r"(?:超|超过|超出|快于|高于)(?:年度|全年)?(?:投资)?(?:计划|目标|任务|序时进度|时序进度|进度)+")
