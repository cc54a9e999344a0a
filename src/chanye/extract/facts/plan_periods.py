"""Periods of goals, plans and running figures: a goal's year, a named plan's span, 年均/累计 figures over a span, a value
reached at a span's end.
"""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Paragraph
from chanye.extract.period_assignment import TimeSpan, find_time_spans
from chanye.extract.wordlists import any_of
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import FROM_WORD, LEX, PAST_YEAR_WORDS, YEAR, YEAR_SPAN
from chanye.extract.facts.periods import MULTIPLE_OF_BASE, para_times
from chanye.extract.facts.status import PRESENT_WORD
from chanye.extract.facts.item_lists import count_value

_YEAR_NOT_SPAN = re.compile(r"\d{4}(?!-\d{4})")  # a year or a month, not a span of years
GAP_AFTER_RATE = re.compile(r"\s*[，,、]?\s*(?:分别)?(?:高于|低于|快于|慢于|高出|低出|比[^，。；]{0,6}(?:高|低|快|慢))")


def gap_of_average(doc: Doc, made: list[Draft]) -> None:
    """`GDP年均增长7.1%，高于全省平均增速0.1个百分点`: a gap in points said right after an average rate
    compares that rate, over the same span."""
    for a, b in zip(made, made[1:]):
        if b.unit != "pp" or a.kind != "growth" or a.unit != "%" or not YEAR_SPAN.fullmatch(a.period or ""):
            continue
        if b.period == a.period or b.period_fixed or doc.times_in(b.clause.start, b.pos):
            continue
        if GAP_AFTER_RATE.match(doc.text, a.end) and "年均" in doc.text[a.clause.start : a.pos]:
            b.period = a.period


IN_TURN = re.compile(r"分别")
LIST_GAP = ("、", "和", "及", "，")
SPAN_SUM_OR_AVERAGE = re.compile(any_of(LEX["word_lists"]["span_sum_or_average"]))


def years_in_turn(doc: Doc, made: list[Draft]) -> None:
    """`2017年至2021年，规上工业增加值增速分别为8.5%、8.3%、8.0%、4.5%、9.8%`: as many figures of one
    indicator as the span has years, listed after 分别, are the span's years in turn (a list of names
    before 分别 takes the figures instead: `A、B分别增长…` keeps the span)."""
    by_clause: dict[int, list[Draft]] = {}
    for d in made:
        by_clause.setdefault(d.clause.start, []).append(d)
    for group in by_clause.values():
        period = group[0].period or ""
        if len(group) < 2 or not YEAR_SPAN.fullmatch(period) or any(d.period != period or d.period_fixed for d in group):
            continue
        first, last = int(period[:4]), int(period[5:])
        if last - first + 1 != len(group) or len({(d.unit, d.kind) for d in group}) != 1 or group[0].kind == "rank":
            continue
        clause = group[0].clause
        head = doc.text[clause.start : group[0].pos]
        cue = IN_TURN.search(head)
        if cue is None or "、" in head[: cue.start()] or SPAN_SUM_OR_AVERAGE.search(head):
            continue
        if any(doc.text[a.end : b.pos].strip() not in LIST_GAP for a, b in zip(group, group[1:])):
            continue
        for k, d in enumerate(group):
            d.period = str(first + k)


GOAL_AFTER = re.compile(r"[^，。；、\d]{0,2}的[^，。；、\d]{0,6}?目标")
# `围绕年度投资300亿元目标` (not a class aimed at: `10家目标企业`, `120个目标项目`)
GOAL_RIGHT_AFTER = re.compile(r"[”’」』]?目标(?!" + any_of(LEX["word_lists"]["aimed_at_nouns"]) + ")")  # (…突破1500亿元”目标: the quoted goal's close)
GOAL_YEAR = re.compile(r"((?:19|20)\d{2})\s*年[^，。；：:\d]{0,8}?目标")


def goal_year(doc: Doc, para: Paragraph, d: Draft, headline: bool = True) -> str | None:
    """The year of the goals a target is one of: `确定2025年发展目标。…规上工业营收突破1万亿元`, or a plan
    page's headline year (`2025年规上工业营收突破1万亿元` over a body of uncued goals)."""
    goals = GOAL_YEAR.findall(doc.text[para.start : d.sentence.start])
    if goals:
        return goals[-1]
    # (not in the work-report season: there a year's plans are that year's, whatever the headline quotes)
    if headline and doc.title_span and not (doc.pub_month and doc.pub_month <= 3):
        title = doc.text[doc.title_span[0] : doc.title_span[1]]
        years = {y for y in re.findall(r"((?:19|20)\d{2})\s*年", title) if not doc.pub_year or int(y) >= doc.pub_year}
        if len(years) == 1:
            return years.pop()
    return None


PLAN_DOCUMENT_AFTER = re.compile(r"[”\"’」』]?(?:规划|纲要|建议|时期|期间|发展目标|主要目标|目标)")


def named_plan(doc: Doc, para: Paragraph, d: Draft) -> str | None:
    """A five-year plan still ahead of the page, named earlier in the paragraph as a document or its goals
    (`《…第十五个五年规划纲要》。《纲要》提出…年均增长5%`, `“十五五”时期主要目标`), though not at the head
    of a clause: its span, for the figures with no time word of their own."""
    if not doc.pub_year:
        return None
    found = None
    # a 年均 goal is a plan's: the plan may be named in an earlier paragraph (`审议通过了“十五五”规划建议。\n建议提出，…年均增长6%`)
    lo = 0 if d.kind == "growth" and "年均" in doc.text[d.clause.start : d.pos] else para.start
    for t in doc.times_in(lo, d.pos):
        if getattr(t.expr, "kind", "") != "plan" or getattr(t.expr, "part", None) not in (None, "during"):
            continue
        if t.period and YEAR_SPAN.fullmatch(t.period) and int(t.period[:4]) >= doc.pub_year - 1 and int(t.period[5:]) > doc.pub_year:
            if t.expr.part == "during" or PLAN_DOCUMENT_AFTER.match(doc.text, t.end) or t.text.endswith(("规划", "计划")):
                found = t.period
    return found


def keeps_carry(doc: Doc, t: TimeSpan) -> bool:
    """An earlier time word of the paragraph that does not end the carried period: one that restates it
    (`1-11月，化工产业…` under a 1-11月 release), or the base year of a change (`由2017年的18.2%提高到…`)."""
    if doc.carried and (t.period == doc.carried or (t.period is None and t.needs_year and t.expr is None)):
        return True  # …or 全年 / 年末 left open, which the carried year gives (`先进装备制造产业全年实现产值…`)
    if doc.pub_year is None and t.text in PAST_YEAR_WORDS and YEAR.fullmatch(doc.carried or ""):
        return True  # 回首2024年，…。\n在过去的一年里，…: on an undated page, the year under review
    if _in_bracket_note(doc.text, t.start):
        return True  # (两年平均增速是指以2019年相应周期数为基数…): a note's year is the note's
    return doc.text.startswith("的", t.end) and bool(FROM_WORD.search(doc.text[max(0, t.start - 1) : t.start]))


_NOTE_REACH = 60  # characters back to a note's opening bracket


def _in_bracket_note(text: str, at: int) -> bool:
    lo = max(0, at - _NOTE_REACH)
    opened = max(text.rfind("（", lo, at), text.rfind("(", lo, at))
    return opened >= 0 and max(text.rfind("）", opened, at), text.rfind(")", opened, at)) < 0 and "是指" in text[opened:at + 40]


TWO_YEAR_AVERAGE = re.compile(r"两年平均(?:增长|下降|增速|增幅|降幅)?(?:为|达)?$")
ANNUAL_AVERAGE = re.compile(r"年均")


def average_span(doc: Doc, d: Draft) -> str | None:
    """The span an average rate runs over, where the time word gave one year or month only:
    `1-9月…增长7.8%，两年平均下降2.3%` is 2020-2021; `到2020年…年均增长9%` (a plan's closing year)
    is 2016-2020. None leaves the period as it is."""
    period = d.period or ""
    if not _YEAR_NOT_SPAN.match(period):
        return None
    year = int(period[:4])
    if TWO_YEAR_AVERAGE.search(doc.text, max(d.clause.start, d.pos - 8), d.pos):
        return f"{year - 1}-{year}"
    if YEAR.fullmatch(period) and year % 5 == 0 and ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return f"{year - 4}-{year}"  # 十三五 ends 2020, 十四五 2025: 年均 to such a year is the plan's
    return None


AVERAGE_OVER_TWO = "两年平均"


def average_metric_span(d: Draft) -> str | None:
    """A two-year average, its gap or its rank (`两年平均增长9%，高于全国2.3个百分点，居全国第6`) dated by one year
    or a part of it only (the page's year, a headline's 前7月): the two years it averages over. None leaves it."""
    period = d.period or ""
    if AVERAGE_OVER_TWO not in (d.metric or "") or not _YEAR_NOT_SPAN.match(period):
        return None
    year = int(period[:4])
    return f"{year - 1}-{year}"


HORIZON_REACH = 10  # years: a plan's horizon ahead of its page


def horizon_average_span(doc: Doc, d: Draft) -> str | None:
    """`到2027年，…年均增长10%以上` in a plan written in 2023: the average goal runs over the years from the
    page's to the horizon (2023-2027). (A horizon that closes a five-year plan gives that plan's span, in
    _average_span.) None leaves the period."""
    if d.status != "target" or not doc.pub_year or not YEAR.fullmatch(d.period or ""):
        return None
    year = int(d.period)
    if not 0 < year - doc.pub_year <= HORIZON_REACH or not ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return None
    return f"{doc.pub_year}-{year}"


HORIZON_TOTAL = re.compile(any_of(LEX["word_lists"]["horizon_total"]))


def horizon_total_span(doc: Doc, d: Draft) -> str | None:
    """`到2017年，…累计完成工业投资1.6万亿元` in a plan: a sum the goal adds up runs over the years from the
    page's to the horizon (a sum since, per the contract); a page of December plans from the next year on.
    None leaves the period."""
    if d.status != "target" or not YEAR.fullmatch(d.period or ""):
        return None
    if not HORIZON_TOTAL.search(doc.text, d.clause.start, d.pos):
        return None
    year = int(d.period)
    if year % 5 == 0 and _names_a_plan(doc, d.sentence.start, d.pos):
        return f"{year - 4}-{year}"  # 到“十四五”末，…累计投资…: the plan's five years, whatever the page's date
    if not doc.pub_year:
        return None
    first = doc.pub_year + 1 if doc.pub_month == 12 else doc.pub_year
    if not 0 < year - first <= HORIZON_REACH:
        return None
    return f"{first}-{year}"


def _names_a_plan(doc: Doc, lo: int, hi: int) -> bool:
    """A five-year plan (“十四五”末, 第十五个五年规划) among the time words time.py read in [lo, hi)."""
    return any(getattr(t.expr, "kind", None) == "plan" for t in doc.times_in(lo, hi))


PLACES_REACHED = re.compile(r"(?:国家和地区|国家（地区）|国家及地区|国家|地区|城市)(?![级群高重标战])")  # not 国家级…, 城市群
REACH_VERB = re.compile(r"(?:已经|已)?" + any_of(LEX["word_lists"]["reach_verbs"]))
REACH_DEED = re.compile(r"了?([\u4e00-\u9fff]{2,12})$")


def places_reached(doc: Doc, clause: Clause, q, left_words: str) -> str | None:
    """A count of the countries or cities a thing reaches is named by the thing and its verb
    (`产品远销欧美、东南亚等30多个国家和地区` -> 产品远销国家和地区, `通航全球56个城市` -> 通航城市), or by
    what is done in them (`已在60多个国家和地区形成批量销售` -> 形成批量销售的国家和地区). None where the
    count's noun is not such places."""
    rest = doc.text[q.end : clause.end]
    m = PLACES_REACHED.match(rest)
    if m is None:
        return None
    verbs = list(REACH_VERB.finditer(left_words))
    if verbs:
        v = verbs[-1]
        return M.strip_lead(left_words[: v.start()]) + v.group(0).removeprefix("已经").removeprefix("已") + m.group(0)
    deed = REACH_DEED.match(rest[m.end() :].rstrip(M.PUNCT))
    before = doc.text[clause.start : q.start]
    if deed and re.search(r"在[约近超逾]?$", before):
        owner = M.tidy(re.sub(r"(?:已经|已|均|都|还)?在[约近超逾]?$", "", left_words))
        return owner + deed.group(1) + "的" + m.group(0)
    return None


_FUNDS_HEAD = re.compile("^" + any_of(LEX["word_lists"]["funds_verbs"]))
_FUNDS_TAIL = re.compile(r"(?<=....)(?:资金|金额)$")  # 专项资金 stays whole


def funds_before(state: State, clause: Clause) -> str | None:
    """`争取消费品以旧换新资金34亿元，撬动…` -> 消费品以旧换新: the scheme whose money, said just before (in
    this clause or the one before), drew the amount after it."""
    last = next(state._latest(), None)
    if last is None or last.unit != "CNY" or last.kind != "level" or not last.metric or last.clause.index < clause.index - 1:
        return None
    return _FUNDS_TAIL.sub("", _FUNDS_HEAD.sub("", last.metric))


def same_measure_before(state: State, d: Draft) -> str | None:
    """The metric of the amount said just before in the same unit (播种面积4440万亩、新增202.9万亩)."""
    last = next((x for x in state._latest() if x.metric), None)
    if last is None or last.kind != "level" or last.unit != d.unit or last.unit_text != d.unit_text:
        return None
    return last.metric


def after_share_change(state: State) -> bool:
    """Whether the figure before is a share's change (…占全省投资的比重较上年同期提高1.3个百分点)."""
    last = next((x for x in state._latest() if x.metric and x.kind != "rank"), None)
    return last is not None and last.unit == "pp" and "占" in last.metric[1:]


def multiple_of_base_only(doc: Doc, clause: Clause, q, d: Draft) -> bool:
    """A clause that is only `是<base>的N倍` (no indicator before 是) multiplies the amount said before it."""
    if d.unit_text != "倍":
        return False
    m = MULTIPLE_OF_BASE.search(doc.text, clause.start, q.start)
    return m is not None and not doc.text[clause.start : m.start()].strip(" ，,、")


def multiple_of_base_span(doc: Doc, d: Draft) -> str | None:
    """`2021年…达15428.2亿元，是2016年的1.4倍`, `是“十五”期末的4.3倍`: the multiple runs from the base's year to
    the year reported. None leaves the period."""
    if d.unit_text != "倍" or not YEAR.fullmatch(d.period or ""):
        return None
    m = MULTIPLE_OF_BASE.search(doc.text, d.clause.start, d.pos)
    if m is None:
        return None
    base = [t for t in doc.times_in(m.start(), m.end()) if YEAR.fullmatch(t.period or "")]
    if len(base) != 1 or not int(base[0].period) < int(d.period):
        return None
    return f"{base[0].period}-{d.period}"


PLAN_END_BASE = re.compile(r"(?:较|比)[“\"]?(十[一二三四五六七八九]五)[”\"]?(?:末|期末|时期末)")


def since_plan_end(doc: Doc, d: Draft) -> str | None:
    """`高新技术企业数量较“十三五”末增长103%` with no year of its own: the change over the plan after that
    end, to the page's year (2021-2025 on a page of 2025). None where it does not apply."""
    if not doc.pub_year:
        return None
    m = None
    for m in PLAN_END_BASE.finditer(doc.text, d.clause.start, d.pos):
        pass
    if m is None:
        return None
    ends = [t.period for t in find_time_spans(m.group(0)[1:], doc.pub_year, doc.pub_month) if YEAR.fullmatch(t.period or "")]
    if len(ends) != 1:
        return None
    first = int(ends[0]) + 1  # 十三五末 is 2020: the change runs from 2021
    last = min(doc.pub_year, first + 4)
    return f"{first}-{last}" if last > first else None


COMPARED_YEAR = re.compile(r"(?:比|较)((?:19|20)\d{2})年")


def average_since_base(doc: Doc, para: Paragraph, d: Draft) -> str | None:
    """`2021年…6201亿元，比2016年（2211亿元）增加3990亿元。年均增量近800亿元，年均增速23.1%`: a yearly average
    after a comparison with a base year (in its sentence or the one before) runs over the years after the
    base. None leaves the period."""
    if not YEAR.fullmatch(d.period or "") or not ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return None
    lo = d.sentence.start
    if 0 < d.sentence.index < len(para.sentences) and para.sentences[d.sentence.index] is d.sentence:
        lo = para.sentences[d.sentence.index - 1].start
    bases = COMPARED_YEAR.findall(doc.text, lo, d.pos)
    if not bases or not int(bases[-1]) < int(d.period):
        return None
    return f"{int(bases[-1]) + 1}-{d.period}"


def average_over_paragraph_span(doc: Doc, para: Paragraph, d: Draft) -> str | None:
    """`过去五年，…。…预计2022年达到8.7万亿元，年均增长5.4%左右`: an average rate said of the closing year of
    a span its paragraph names earlier runs over that span. None leaves the period."""
    if not YEAR.fullmatch(d.period or "") or not ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return None
    spans = [t for t in para_times(doc, para)[0] if t.end <= d.pos and YEAR_SPAN.fullmatch(t.period or "")]
    if spans and spans[-1].period.endswith(d.period):
        return spans[-1].period
    return None


STRIVE_FOR_GOAL = re.compile(any_of(LEX["word_lists"]["strive_for_goal"]))


def obtained_in_closed_year(doc: Doc, d: Draft) -> bool:
    """`争取消费品以旧换新资金34亿元撬动消费…` said of a year the page reports after it closed: 争取 +
    a thing (funds, projects) is what was obtained there, and the sentence's figures after it are achieved.
    (争取实现/达到/增长 is a goal, whatever the year.)"""
    if d.status != "target" or not doc.pub_year or not YEAR.fullmatch(d.period or "") or int(d.period) >= doc.pub_year:
        return False
    cues = [c for c in doc.cues.get(d.sentence.start) or [] if c[0] < d.pos - d.sentence.start][-1:]
    if not cues or d.sentence.text[cues[0][0] : cues[0][1]] != "争取":
        return False
    return not STRIVE_FOR_GOAL.match(d.sentence.text, cues[0][1])


REACHED_BEFORE = re.compile(any_of(LEX["word_lists"]["reached_before"]) + "$")
RATIO_HEAD = re.compile(r"(?:[\d.]+\s*[:：]\s*)+$")
SPAN_TOTAL = re.compile(r"累计|新增|新设|增量|签约|总额|总金额|总投资|合计|总计|共计|增加(?!值)|减少|建成|培育|引进|落地|实施")
# what a review's years added up besides SPAN_TOTAL: projects started (not 开工率), investment completed
SPAN_SUM = re.compile(SPAN_TOTAL.pattern + r"|开工(?!率)|完成投资")


def reached_at_span_end(doc: Doc, d: Draft) -> str | None:
    """`“十四五”期间，…财政收入达到1350亿元`, `这五年…收入突破300亿元`: an amount or share a span's years
    reached is the closing year's; what they added up (累计, 新增) keeps the span, and so does a goal.
    None leaves the period."""
    period = d.period or ""
    if not YEAR_SPAN.fullmatch(period) or d.status != "actual":
        return None  # (a plan's goal keeps its span: `“十五五”时期，…人均预期寿命提高到80岁`)
    head = RATIO_HEAD.sub("", doc.text[d.clause.start : d.pos].rstrip())  # 比重已达到4.6:|50.7: the ratio's later parts
    present = PRESENT_WORD.search(doc.text, d.sentence.start, d.pos) is not None  # (…70年来，…。据了解，全市现有工业园区20个)
    if not (REACHED_BEFORE.search(head.rstrip()) or present) or SPAN_SUM.search(head):
        return None
    if d.kind == "share" and SPAN_TOTAL.search(doc.text, d.sentence.start, d.pos):
        return None  # `签约项目…，其中省外项目个数占比超六成`: a part of the span's sum
    return period[5:]


COUNTED_YEARS = re.compile(
    r"(?<![\d近这每第连续过去未来今后〇零一二三四五六七八九十])([两二三四五六七八九十]|\d{1,2})年(?:来|间|内|时间)?[，,]?"
    r"(?=累计|共计|合计|共|增长|增加|新增|提高|提升|翻)"
)


def counted_years(doc: Doc, d: Draft) -> str | None:
    """`去年…新增364家，两年累计达到685家`, `财政收入达到1350亿元，3年增长58.6%`: a sum or change over N years
    counted back from the year the figure is of (its year, or the end of its span). None leaves the period."""
    if doc.text.find("年", d.clause.start, d.pos) < 0:
        return None  # (every match holds 年: the pattern, which opens with a lookbehind, is not run)
    m = None
    for m in COUNTED_YEARS.finditer(doc.text, d.clause.start, d.pos):
        pass
    if m is None or any(t.start < m.end() and m.start() < t.end for t in doc.times_in(d.clause.start, d.pos)):
        return None
    years = count_value(m.group(1))
    last = re.fullmatch(r"(?:\d{4}-)?(\d{4})", d.period or "")
    if not years or years < 2 or last is None:
        return None
    end = int(last.group(1))
    return f"{end - years + 1}-{end}"
