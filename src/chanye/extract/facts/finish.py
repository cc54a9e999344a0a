"""Finishing a draft: its period, status and subject, in that order, once its sentence has been read.
"""

from __future__ import annotations

import re

from chanye.extract import metric as M
from chanye.extract import modality
from chanye.extract.clauses import Paragraph
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import LEX, YEAR, YEAR_SPAN
from chanye.extract.wordlists import any_of
from chanye.extract.facts.subjects import _subject, without_body_name, without_county_short, without_place_name
from chanye.extract.facts.periods import (
    DATED_PART,
    EVENT_WORD,
    FROM_LAST_YEAR,
    FROM_TO_YEARS,
    MULTIPLE_OF_YEAR,
    THIS_EVENT,
    _period,
    assessment_result_year,
    closed_part_of_year,
    closed_period_after_goal,
    closed_year_word,
    cue_clause_has_figure,
    date_last_year_base,
    detail_time,
    event_day_year,
    expected_clause_year,
    headline_part_of_year,
    held_on_day,
    leads_clause,
    named_event_period,
    not_after_page,
    para_times,
    past_section,
    plan_in_object,
    release_after_lead,
    release_before_colon,
    usable_time,
    year_goal_period,
    years_since_congress,
)
from chanye.extract.facts.plan_periods import (
    GOAL_AFTER,
    GOAL_RIGHT_AFTER,
    SPAN_SUM,
    average_over_paragraph_span,
    average_since_base,
    average_span,
    counted_years,
    goal_year,
    horizon_average_span,
    horizon_total_span,
    keeps_carry,
    multiple_of_base_span,
    named_plan,
    obtained_in_closed_year,
    reached_at_span_end,
    since_plan_end,
)
from chanye.extract.facts.status import (
    PRESENT_WORD,
    REACHED_FROM_NOW,
    paragraph_cue,
    said_of_present,
    stock_said_of_present,
    breakdown_of_expected,
    within_expectation,
    sentence_cues,
    status_before_now,
    planned_amount,
    upon_completion,
)

ACHIEVED_VERB = re.compile(any_of(LEX["word_lists"]["achieved_verb"]))


EVENT_OCCASION = re.compile(
    r"(?:在|" + any_of(LEX["word_lists"]["occasion_held"]) + r"的)[^，。；]{2,40}?" + any_of(LEX["word_lists"]["event_occasions"]) + "上"
)


PROJECT_SIZE_BEFORE = re.compile(any_of(LEX["word_lists"]["project_size_words"]) + r"(?:额|总额)?(?:达到|达|为|约|近|超)?$")
NAMED_PROJECT_AFTER = re.compile(r"(?:元|美元)?(?:的|建设|建)[^，。；、\d]{2,30}?项目")
NAMED_PROJECT_CLAUSE = re.compile(r"[^，。；、\d]{2,40}?项目[，,]$")


def named_project_size(doc: Doc, d: Draft) -> bool:
    """A named project's size (`投资30亿元的华能微电网项目`, `引进…投资12.5亿元建设国际高端饮品产业园项目`,
    `另一个是澳盛科技…产业园项目，总投资25亿元`) with no plan cue in its own clause: reported, as the gold sets
    write project sizes (actual), whatever plan the sentence or paragraph voiced before it."""
    head = doc.text[d.clause.start : d.pos]
    if not PROJECT_SIZE_BEFORE.search(head) or any(
        c[2] not in modality.ACHIEVED_KINDS
        for c in doc.cues.get(d.sentence.start, []) if d.clause.start <= d.sentence.start + c[0] < d.pos
    ):
        return False
    if NAMED_PROJECT_AFTER.match(doc.text, d.end):
        return True
    prev = d.sentence.clause_at(d.clause.start - 1) if d.clause.start > d.sentence.start else None
    return prev is not None and d.pos - d.clause.start <= 6 and bool(NAMED_PROJECT_CLAUSE.fullmatch(doc.text, prev.start, d.clause.start))


def reports_event(doc: Doc, d: Draft) -> bool:
    """`这次全省开发区“三个一批”活动，签约项目413个…`, `在…项目签约仪式上，5个招商重点项目签约`: the figures of an
    event just held are its results (once per sentence: asked up to three times per figure)."""
    key = ("reports_event", d.sentence.start)
    if key not in doc.memo:
        text = d.sentence.text
        doc.memo[key] = bool(THIS_EVENT.search(text) or EVENT_OCCASION.search(text)) and bool(EVENT_WORD.search(text))
    return doc.memo[key]


_AVERAGE_RATE = re.compile(r"平均(?:增速|增长|增幅)")
_RUNNING = re.compile(r"(?:年均|累计)\D*(?:[\d.]+[%％]?[、和]\D*)*$")


def finish(
    doc: Doc, para: Paragraph, d: Draft, siblings: list[Draft], intro: tuple[str, str | None] | None = None
) -> None:
    if not d.period_fixed:
        d.period = _period(doc, para, d) or release_after_lead(doc, d) or release_before_colon(doc, d)
    elif d.period is None and not d.change_base and FROM_LAST_YEAR.search(doc.text, d.clause.start, d.pos):
        d.period = _period(doc, para, d)  # `由上年的120家增加到136家`: the value reached is of the year reported
    if intro is not None and d.period is None and not d.change_base and not said_of_present(doc, d):
        d.period = intro[1]  # (not a starting point, nor a figure said of the present: `从目前的14.4万元`)
    if "年均" in d.clause.text and d.kind == "growth" and not YEAR_SPAN.fullmatch(d.period or ""):
        # 从2020年的X增长到2023年的Y；…年均增长z%: the average runs over the years after the base
        years = sorted({int(s.period) for s in siblings if s.period_fixed and s.period and YEAR.fullmatch(s.period)})
        if len(years) >= 2:
            d.period = f"{years[0] + 1}-{years[-1]}"
        else:
            pair = [m for m in FROM_TO_YEARS.finditer(doc.text, d.sentence.start, d.pos)][-1:]
            if pair and int(pair[0].group(1)) < int(pair[0].group(2)):  # `由2020年的X提升至2025年的Y、增长…，年均增长5%`
                d.period = f"{int(pair[0].group(1)) + 1}-{pair[0].group(2)}"
            base = [m for m in MULTIPLE_OF_YEAR.finditer(doc.text, d.sentence.start, d.pos)][-1:]
            if not pair and base and YEAR.fullmatch(d.period or "") and int(base[0].group(1)) < int(d.period):
                d.period = f"{int(base[0].group(1)) + 1}-{d.period}"  # `2016年…达到2264亿元，是2012年的1.45倍，年均增长10.9%`
    if d.kind == "growth":
        d.period = average_span(doc, d) or average_over_paragraph_span(doc, para, d) or multiple_of_base_span(doc, d) or d.period
    if d.kind in ("growth", "level"):
        d.period = average_since_base(doc, para, d) or d.period
    if d.period is None and d.kind == "growth":
        d.period = since_plan_end(doc, d)
    sentence_cues(doc, d.sentence)  # (read once: the checks below look them up in doc.cues)
    d.status = modality.status_at(
        d.sentence.text,
        d.pos - d.sentence.start,
        period=d.period,
        pub_year=doc.pub_year,
        pub_month=doc.pub_month,
        cues=doc.cues[d.sentence.start],
    )
    # some cue before the figure; not where the last one is a deed reported or progress against a goal (共签约,
    # 高于年初预期目标): a period carried from an earlier paragraph still reaches the figure
    before = [c for c in doc.cues[d.sentence.start] if c[0] < d.pos - d.sentence.start]
    reported = bool(before) and before[-1][2] == "reported"
    own_cue = bool(before) and not reported
    if d.status == "target" and not own_cue and held_on_day(doc, d):
        d.status = "actual"  # `17日，…217个产业项目同时开工` on an April page: the day's results, not the year's plan
    if d.status == "actual" and ((not own_cue and breakdown_of_expected(doc, para, d)) or within_expectation(doc, para, d)):
        d.status = "forecast"  # 初步预计，全区生产总值635亿元…。其中，第一产业增加值18亿元…: the expectation's breakdown
    if d.status == "target" and not before and stock_said_of_present(doc, d):
        d.status = "actual"  # `现有规上工业企业126家，其中…` on a March page: a stock said of today, not the year's plan
    project_size = d.unit in ("CNY", "USD") and named_project_size(doc, d)
    if project_size and d.status == "target":
        d.status = "actual"  # `投资30亿元的华能微电网项目落户…` under a plan paragraph: the project's size as reported
    if d.status == "actual" and REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos):
        # `从目前的14.4万元增加到20万元左右`: 目前 is the starting point's; the value reached is ahead
        d.status = status_before_now(doc, d)
    if planned_amount(doc, d):
        d.status = "target"  # `今年计划投资61.01亿元`: a project's plan, amid its reported figures
        own_cue = True
    if GOAL_AFTER.match(doc.text, d.end) or (GOAL_RIGHT_AFTER.match(doc.text, d.end) and d.status != "forecast"):
        # `确定10%的增长目标`, `…地区生产总值1250亿元的目标`, `实现三年引资1万亿元目标`: the figure is the goal
        # (`预计全年完成3600亿元目标`, the goal named right after its amount: the amount is what is expected)
        d.status = "target"
        own_cue = True
    if modality.forecast_note_after().match(doc.text, d.end):
        d.status = "forecast"  # `完成地区生产总值22.86亿元（预计数）`: the figure's own note
        own_cue = True
    if d.status == "forecast" and DATED_PART.fullmatch(d.period or ""):
        # `预计全年…达22%，1至11月高技术制造业增长17.2%`: a to-date period opening the figure's own clause,
        # after an expectation of an earlier clause, is reported data
        cue = [c for c in doc.cues[d.sentence.start] if c[0] < d.pos - d.sentence.start][-1:]
        cue_at = d.sentence.start + cue[0][0] if cue else d.pos
        if cue_clause_has_figure(doc, d.sentence, cue_at) and any(
            cue_at < t.start and d.sentence.clause_at(t.start).start > cue_at and leads_clause(doc, t, d.sentence)
            for t in doc.times_in(cue_at, d.pos)
        ):
            d.status = "actual"
    if d.status == "target" and own_cue and closed_period_after_goal(doc, d):
        d.status = "actual"  # `…，全部计划落户在园区；1至6月在园区共实施重点项目68个` (a July page)
    if intro is not None and not own_cue:
        d.status = intro[0]  # an item of a list led in by `主要预期目标是：`
    elif not own_cue and d.period is None and d.status == "actual" and not past_section(doc):
        # a plan paragraph: `今年南通将…。计划培育…，市级以上创新型中小企业达600家以上。` — a figure with no
        # cue and no time word of its own follows the last plan cue of the paragraph's earlier sentences
        carried = paragraph_cue(doc, para, d.sentence)
        if (
            carried in ("target", "horizon", "will")
            and not any(c[2] in modality.ACHIEVED_KINDS for c in doc.cues[d.sentence.start])
            and not ACHIEVED_VERB.search(d.sentence.text)  # (…。洛阳跻身首批…50强城市: a distinction won)
            and not reports_event(doc, d)  # (…将建设石材加工园区。近日，在…签约仪式上，5个项目签约: the event's results)
            and not project_size
        ):
            d.status = "target"  # (not into a sentence that says it is done: `…生产线也已全面开工建设`)
    elif not own_cue and d.status == "target" and paragraph_cue(doc, para, d.sentence) == "actual":
        # `今年以来，全区…实现…。一是工业生产回升。规上工业增加值增长6.2%。` (a spring page): the page's own
        # year does not make a plan of a figure the paragraph reports as achieved
        d.status = "actual"
    if own_cue and d.status == "target" and intro is None and past_section(doc):
        # own_cue may come from a goal after the figure (…的目标): then no cue stands before it
        before = [c for c in doc.cues[d.sentence.start] if c[0] < d.pos - d.sentence.start]
        if before and d.sentence.text[before[-1][0] : before[-1][1]] == "争取" and not para_times(doc, para)[0]:
            # a review section (`一、2023年工作回顾`): 争取专项债券项目86个 is what was obtained
            d.status = "actual"
            if d.period is None:
                d.period = doc.carried
    # a plan's later paragraphs (`到2027年，…。\n产业规模更大。规上工业营业收入突破5000亿元`, a January
    # `二、2025年工作安排`): their uncued figures are targets of the carried period
    plan_carry = (
        doc.carried_status == "target"
        and (d.status == "target" or (d.status == "actual" and not own_cue))
        and not (d.status == "actual" and reports_event(doc, d))
        and not reported  # (完成全年目标的56.6%, 共签约…: done, whatever plan the page voiced before)
        and not project_size
    )
    # a goal under a year-less goal heading (`一、行动目标`) on a plan page whose year opened it (`2026年，是…开局之年`)
    heading_goal = (
        intro is not None and intro[1] is None and d.status == "target" and YEAR.fullmatch(doc.carried or "") is not None
        and doc.pub_year is not None and int(doc.carried) >= doc.pub_year
    )
    if (
        d.period is None
        and doc.carried
        and (intro is None or heading_goal)
        and (
            heading_goal
            or (d.status == "actual" and not own_cue)
            or plan_carry
            # 预计，全市实现地区生产总值1360亿元 under `一、2015年工作回顾` (a report of January 2016)
            or (d.status == "forecast" and YEAR.fullmatch(doc.carried))
            or (d.status == "forecast" and closed_part_of_year(doc, doc.carried))
        )
        # an achieved figure is not of a later year
        and (plan_carry or not (doc.pub_year and int(doc.carried[:4]) > doc.pub_year))
        and not any(
            t.start < d.end
            and not detail_time(doc, para, t, d.sentence)
            and not keeps_carry(doc, t)
            and not plan_in_object(doc, para, t)
            for t in para_times(doc, para)[0]
        )
    ):
        # a release's later paragraph (`全市固定资产投资增长10.4%`) under the period its earlier paragraph
        # opened with (`上半年，…`), or a report's section under its heading (`一、2024年工作回顾`)
        d.period = doc.carried
        if (
            d.status == "actual" and not own_cue and doc.carried == str(doc.pub_year)
            and not PRESENT_WORD.search(doc.text, d.sentence.start, d.clause.end)
        ):
            # 年初以来，… under `——某市上半年经济社会发展综述` (an August page): the part of the year the page reviews
            d.period = headline_part_of_year(doc) or d.period
        if plan_carry or (not own_cue and doc.pub_year and int(re.findall(r"\d{4}", doc.carried)[-1]) > doc.pub_year):
            d.status = "target"  # …or under a plan's span running past the page (`“十四五”时期，…`)
        if doc.carried_span and (
            _RUNNING.search(doc.text[d.clause.start : d.pos]) or (d.kind == "level" and SPAN_SUM.search(doc.text, d.clause.start, d.pos))
        ):
            d.period = doc.carried_span  # (`“十四五”时期工作回顾` … 新增铁路里程989公里, 开工项目超1万个: sums over the span)
        if d.status == "actual" and not own_cue and DATED_PART.fullmatch(d.period) and reports_event(doc, d):
            # `今年一季度，…增长11%。…近日，在…集群建设工作推进会上，…29个项目签约` (fg23 甘肃), `刚刚闭幕的…博览会上，6个
            # 重大项目签约落地` under a 1-9月 headline (fg22 盐城): an event's results are of its year, not of the
            # release period an earlier paragraph opened (a quarter's event keeps its quarter: named_event_period)
            d.period = d.period[:4]
    if d.period is None and d.status == "actual" and not own_cue and intro is None:
        # `…由2020年的9998亿元提升至2025年的12786亿元。…网上零售额达1558亿元`: the year the paragraph's
        # review reached
        pair = [m for m in FROM_TO_YEARS.finditer(doc.text, para.start, d.sentence.start)][-1:]
        own = [t for t in doc.times_in(d.sentence.start, d.sentence.end) if usable_time(doc, t)]  # (not a base: 是2020年的)
        quiet = not own and not PRESENT_WORD.search(d.sentence.text)
        if pair and quiet and int(pair[0].group(2)) <= (doc.pub_year or 9999):
            d.period = pair[0].group(2)
    if d.change_base and d.status == "forecast" and d.period and doc.pub_year and int(d.period[:4]) < doc.pub_year - 1:
        # 预计全市地区生产总值从2011年的1091.18亿元增加到2016年的1650亿元: the starting point is known
        d.status = "actual"
    if (
        not own_cue
        and d.status == "actual"
        and d.period is None
        and intro is None
        and doc.prev_plan
        and doc.pub_month
        and doc.pub_month <= 4
        and not (doc.carried and doc.pub_year and int(doc.carried[:4]) < doc.pub_year)
        and not doc.times_in(para.start, para.end)
        and not reports_event(doc, d)
    ):
        # a January report's plan goes on in a paragraph with no time word and no cue of its own
        # (`…力争…。\n着力推进数字化转型，新建5G基站2000个。`): still the plan
        d.status = "target"
    if d.kind in ("level", "share"):
        d.period = reached_at_span_end(doc, d) or d.period  # (after the carried period: `这五年，…`)
    d.period = counted_years(doc, d) or d.period
    if obtained_in_closed_year(doc, d):
        d.status = "actual"
    d.period = not_after_page(doc, d)
    if d.status == "forecast" and doc.pub_year and doc.pub_month and re.fullmatch(r"\d{4}-\d{2}", d.period or ""):
        # 预计1-12月份… on a November page: the year about to close, not the one before (an expectation of a
        # to-date range a month or two ahead)
        year, month = int(d.period[:4]), int(d.period[5:])
        if year == doc.pub_year - 1 and 0 < month - doc.pub_month <= 2 and not re.search(
            r"\d{4}年|[去上前]年", doc.text[d.clause.start : d.pos]
        ):
            d.period = f"{doc.pub_year}-{month:02d}"
    if d.period is None and (d.status == "target" or (d.status == "actual" and not own_cue)):
        plan = named_plan(doc, para, d)
        if plan is not None:
            d.period, d.status = plan, "target"  # `《建议》明确了“十五五”时期主要目标。…年均增长5.5%`
    if d.period is None and (d.status == "target" or (d.status == "actual" and not own_cue)):
        goal = goal_year(doc, para, d, d.status == "target")
        if goal and (d.status == "target" or (doc.pub_year and int(goal) > doc.pub_year)):
            d.period, d.status = goal, "target"
    if d.period is None and d.status == "actual" and not own_cue and intro is None and closed_year_word(doc, para, d):
        d.period = str(doc.pub_year - 1)  # `全年经济总量首次突破140万亿元` reported in February: the year just closed
    if d.period is None and doc.pub_year and doc.pub_month:
        # a plan without a year in a work report (written at the year's start) is for that year; an
        # expectation without a year in a page written late in the year is for that year's outcome
        if (d.status == "target" and doc.pub_month <= 4) or (d.status == "forecast" and doc.pub_month >= 9):
            d.period = str(doc.pub_year)
        elif d.status == "forecast" and doc.pub_month <= 2:
            d.period = str(doc.pub_year - 1)  # `全年预计完成…` in a January report: the year just ended
    if d.period is None and d.status == "actual":
        d.period = expected_clause_year(d, siblings)
    d.period = years_since_congress(doc, d) or d.period
    d.period = event_day_year(doc, d) or d.period
    d.period = named_event_period(doc, para, d) or d.period
    d.period = d.period or assessment_result_year(doc, para, d)
    d.period = year_goal_period(doc, d) or d.period
    if d.status == "forecast" and d.period is not None and upon_completion(doc, d):
        d.period = None  # `建成达产后可实现年产值15亿元`: not of the year the paragraph names
    if d.kind == "growth":
        d.period = horizon_average_span(doc, d) or average_span(doc, d) or d.period  # (a carried year too)
    elif d.kind == "level":
        d.period = horizon_total_span(doc, d) or d.period
    elif d.kind == "rank" and _AVERAGE_RATE.search(d.metric or ""):
        # 两年平均增长6.0%，两年平均增速居全市第2: the rank of the average, over the average's years
        d.period = next(
            (s.period for s in reversed(siblings) if s.kind == "growth" and s.sentence is d.sentence and YEAR_SPAN.fullmatch(s.period or "")),
            d.period,
        )
    date_last_year_base(doc, d, siblings)
    if d.subject is None:
        d.subject = _subject(doc, d)
        d.metric = without_body_name(d.metric, d.subject)
    if d.unit == "rank":
        d.metric = without_place_name(d.metric, d.subject)  # (a project's or zone's name keeps its place: 厦门某某项目)
    else:
        d.metric = without_county_short(d.metric, d.subject)
    doc.memo.setdefault(("sentence_subject", d.sentence.paragraph, d.sentence.index), d.subject)  # its first figure's
    d.metric = M.made_product_output(d.metric, d.unit_text, (s.metric for s in siblings if s is not d))
    d.industry = M.industry_of(d.metric)
    if doc.title_span and doc.title_span[0] <= d.pos < doc.title_span[1]:
        d.title = True
