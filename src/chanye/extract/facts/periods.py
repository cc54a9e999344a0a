"""The period of a figure: the time word that governs it in its clause, sentence or paragraph (not a comparison base),
and which sentences open a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chanye.extract import metric as M
from chanye.extract import modality
from chanye.extract.clauses import Paragraph, Sentence
from chanye.extract.numeral import DIGIT_VALUE
from chanye.extract.period_assignment import TimeSpan, find_time_spans
from chanye.extract.time import congress_year
from chanye.extract.wordlists import any_of
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import DIGIT, FROM_WORD, LEX, TO_WORD, YEAR, YEAR_SPAN
from chanye.extract.facts.spans import clause_words
from chanye.extract.facts.status import BREAKDOWN_HEAD, PRESENT_WORD, paragraph_cue, planned_amount


# 比1—9月份和1—10月份 / 分别比一季度、上半年、三季度: every period of a list of comparison bases
BASE_LIST = re.compile(r"(?:比|较)(?:[\d一二三四五六七八九十—\-~～至月份季度年上下半前全去]+(?:和|、|及|与))+$")
COMPARE_BEFORE = re.compile(r"(?:比|较|同|与|相比|对比|超过|高于|低于|(?<!特别)(?<!尤其)是|相当于|恢复)[“‘]?$")  # 恢复到2019年的113%: a base (not 特别是今年…)

SUBJECT_HEAD = re.compile(r"(?:这家|该|本|这个|此)[\u4e00-\u9fff]{0,4}(?:企业|公司|集团|园区|项目|行业|产业|基地)")
# a clause's subject before a part of the year (全市重点项目1-4月…, 全县规模以上工业企业前三季度…): a noun phrase of
# plain words ending in a subject noun, no verb of an object before it (入围2021年…百强 is no subject)
TOPIC_HEAD = re.compile(r"[\u4e00-\u9fff“”]{0,10}" + any_of(LEX["word_lists"]["time_topic_heads"]))
TOPIC_TIME_KINDS = ("to_month", "quarter", "half")  # (not a single month: 今年4月份重整… dates an event)

DATED_PART = re.compile(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])")

_LEAD_WORDS = re.compile(
    r"(?:力争|确保|争取|预计|预估|预料|预测|估计|计划|目标|将|要|在|于|截至|截止|到|至|自|从|进入|今年|据统计|数据显示|展望|(?:刚刚)?过去的|"
    + any_of(LEX["word_lists"]["review_openings"]) + "|"
    + any_of(LEX["word_lists"]["lead_connective"])
    + ")"
)

PLAN_HEADING = re.compile(any_of(LEX["word_lists"]["plan_heading"]))

MULTIPLE_OF_YEAR = re.compile(r"是((?:19|20)\d{2})年的[\d.]+倍")
MULTIPLE_OF_BASE = re.compile(r"(?:是|为|相当于)[^，。；是]{0,12}的$")  # 是2016年的|1.4倍, 是设立前的|19倍
MULTIPLE_AFTER = re.compile(r"(?:末|底)?的[\d.]+倍")
BASE_YEAR_OWN = re.compile(r"(?:较|比)((?:19|20)\d{2})年的$")
BASE_YEAR_BRACKET = re.compile(r"(?:较|比|与)((?:19|20)\d{2})年(?:末|底)?\s*[（(]$")
FROM_TO_YEARS = re.compile(r"[从由]((?:19|20)\d{2})年的[^，。；]*?(?:到|至|为)((?:19|20)\d{2})年的")
FROM_LAST_YEAR = re.compile(r"[由从](?:上年|去年|上一年)(?:末|底)?的")


def _base_passed(doc: Doc, t: TimeSpan, d: Draft) -> bool:
    """`由上年的13.2:32.3:54.5调整为12.4:…`: the base's time word is not the period of the values reached."""
    return (
        doc.text.startswith("的", t.end)
        and t.start > 0
        and bool(FROM_WORD.match(doc.text, t.start - 1))
        and bool(TO_WORD.search(doc.text, t.end, d.pos))
    )


SINCE_CONGRESS = re.compile(r"(十[八九]|二十)大(?:召开)?以来")
CONGRESS_NUMBERS = {"十八": 18, "十九": 19, "二十": 20}


def years_since_congress(doc: Doc, d: Draft) -> str | None:
    """`党的十八大以来，…。十年来，…5379个贫困村全部摘帽` (a page of 2022): the N years counted back from the page
    are the ones since the congress named before, 2012-2022, not the N calendar years 2013-2022."""
    span = YEAR_SPAN.fullmatch(d.period or "")
    if span is None:
        return None
    first, last = (int(y) for y in d.period.split("-"))
    recent = _before(_earliest_times(doc, "recent_times", lambda t: getattr(t.expr, "kind", "") == "recent"), d.period, d.pos)
    if not recent:
        return None
    return f"{first - 1}-{last}" if _before(_congress_reach(doc), first - 1, d.pos) else None


def _before(earliest: dict, key, pos: int) -> bool:
    return earliest.get(key, pos + 1) <= pos


def _earliest_times(doc: Doc, name: str, keep) -> dict[str, int]:
    """For each period of the time words `keep` picks, the least position by which one of them lies wholly
    before it (doc.times_in(0, pos) holds one), found in one pass per page: every figure asks."""
    found = doc.memo.get(name)
    if found is None:
        found = doc.memo[name] = {}
        for t in doc.times:
            if keep(t):
                reach = max(t.end, t.start + 1)
                if reach < found.get(t.period, reach + 1):
                    found[t.period] = reach
    return found


def _congress_reach(doc: Doc) -> dict[int, int]:
    """For each congress year `十八大以来` names, where its first mention ends (one pass per page)."""
    found = doc.memo.get("congress_reach")
    if found is None:
        found = doc.memo["congress_reach"] = {}
        for m in SINCE_CONGRESS.finditer(doc.text):
            found.setdefault(congress_year(CONGRESS_NUMBERS[m.group(1)]), m.end())
    return found


def expected_clause_year(d: Draft, siblings: list[Draft]) -> str | None:
    """`地区生产总值同比增长预计超20%，工业总产值突破5000亿元`: a reported figure after an expected one in its
    sentence (the expectation kept to its own clause) is of the year that expectation is for."""
    for s in reversed(siblings):
        if s is not d and s.sentence is d.sentence and s.pos < d.pos and s.status == "forecast" and YEAR.fullmatch(s.period or ""):
            return s.period
    return None


def date_last_year_base(doc: Doc, d: Draft, siblings: list[Draft]) -> None:
    """The base of `由上年的X…为Y` is the year before Y's (a communiqué of 2024 posted in 2025: 上年 is
    2023, not the page's year before)."""
    m = FROM_LAST_YEAR.search(doc.text, d.clause.start, d.pos)
    if m is None or not YEAR.fullmatch(d.period or "") or not TO_WORD.search(doc.text, m.end(), d.pos):
        return
    for s in siblings:
        if s is not d and s.clause is d.clause and m.end() <= s.pos and not TO_WORD.search(doc.text, m.end(), s.pos):
            s.period = str(int(d.period) - 1)
            s.change_base = True


CLOSED_YEAR_WORDS = frozenset(LEX["word_lists"]["closed_year_words"])


def closed_year_word(doc: Doc, para: Paragraph, d: Draft) -> bool:
    """A bare 全年 / 年末 before the figure in its sentence, or a work report's review leading its paragraph with
    no time word, on a page of the year's first quarter (when the year just closed is reported), outside a plan
    paragraph."""
    if not doc.pub_year or not doc.pub_month or doc.pub_month > 3:
        return False
    if not any(t.expr is None and t.text in CLOSED_YEAR_WORDS for t in doc.times_in(d.sentence.start, d.pos)) and not (
        REPORT_REVIEWED.search(doc.text, para.start, d.pos) and not doc.times_in(para.start, d.pos) and work_report_news(doc)
    ):
        return False  # (报告指出，四川省地区生产总值突破6万亿元 at a January session: the year the report reviews)
    return paragraph_cue(doc, para, d.sentence) not in ("target", "horizon", "will")


# a work report's review told at the year's first sessions (报告指出，…; 政府工作报告显示，…), on a page that is news
# of the government work report or of a congress session (not 中国信通院发布的报告显示)
REPORT_REVIEWED = re.compile(r"报告(?:指出|显示|提到|称|回顾)")
_WORK_REPORT_NEWS = re.compile(r"政府工作报告|人大[^。，\n]{0,6}次会议")
_NEWS_LEAD = 1000  # characters of the page read for it


def work_report_news(doc: Doc) -> bool:
    key = ("work_report_news",)
    if key not in doc.memo:
        doc.memo[key] = _WORK_REPORT_NEWS.search(doc.text, 0, _NEWS_LEAD) is not None
    return doc.memo[key]


def past_section(doc: Doc) -> bool:
    """Whether the carried period is a year before the page's: a report's review (`一、2023年工作回顾`), where an
    earlier 争取 (obtained) or a plan noun does not make the next sentences' figures plans."""
    return bool(doc.carried and YEAR.fullmatch(doc.carried) and doc.pub_year and int(doc.carried) < doc.pub_year)


def detail_time(doc: Doc, para: Paragraph, t: TimeSpan, sent: Sentence) -> bool:
    """A time word in an earlier `其中，6月份…` sentence of the paragraph: a detail of the period carried
    from before, which the paragraph's later sentences return to."""
    if sent.start <= t.start:
        return False
    owner = next((s for s in para.sentences if s.start <= t.start < s.end), None)
    return owner is not None and doc.text[owner.start : owner.end].lstrip().startswith("其中")


def closed_part_of_year(doc: Doc, period: str) -> bool:
    """A month range, quarter or half of the page's year already over when it was written (前三季度 on a
    November page): `预计金昌市规上工业增长31.1%` in a later paragraph is an early estimate of that period."""
    part = modality.period_last_month(period)
    if not part or not doc.pub_year or not doc.pub_month or part[0] != doc.pub_year:
        return False
    return part[1] < doc.pub_month


def not_after_page(doc: Doc, d: Draft) -> str | None:
    """An achieved figure cannot run past its page: `11月份，利润总额151亿元` on a page of January 2023 is
    2022-11 (the month, quarter or half of the year before) - unless the page writes that part of its own
    year with the year (`举行2024年一季度重大项目开工活动。…一季度共开工319个项目` on a February page, an
    event's batch for the quarter under way; `于今年下半年投资2000余万元` in October)."""
    period, pub_year, pub_month = d.period, doc.pub_year, doc.pub_month
    if d.status != "actual" or not period or not pub_year or not pub_month or not period.startswith(str(pub_year)):
        return period
    part = modality.period_last_month(period)
    if not part or part[1] <= pub_month or _part_with_year(doc, period, d.end):
        return period
    return str(pub_year - 1) + period[4:]


def _part_with_year(doc: Doc, period: str, end: int) -> bool:
    """Whether the page writes this part of a year (2024Q1, 2011H2, 2024-03) with its year (2024年一季度,
    今年下半年) before `end`."""
    parts = _earliest_times(doc, "parts_with_year", lambda t: bool(t.period) and not t.needs_year and t.expr is not None
                            and getattr(t.expr, "kind", "") in ("half", "quarter", "to_month", "month"))
    return _before(parts, period, end)


def usable_time(doc: Doc, t: TimeSpan) -> bool:
    """Not a comparison base: 比上年, 是2019年的, 比1—9月份和1—10月份."""
    before = doc.text[max(0, t.start - 24) : t.start]
    if before.endswith("为") and MULTIPLE_AFTER.match(doc.text, t.end):
        return False  # 为2015年的1.8倍: the base of a multiple
    m = COMPARE_BEFORE.search(before[-4:])
    if m and m.group(0) == "是" and COPULA_TIME.match(t.text):
        m = None  # 目标是到2020年工业总产值…, 这是过去一年…: a copula before the horizon, not 是2019年的
    return not m and not BASE_LIST.search(before)


COPULA_TIME = re.compile(any_of(LEX["word_lists"]["copula_time"]))


def para_times(doc: Doc, para: Paragraph) -> tuple[list[TimeSpan], list[TimeSpan]]:
    """The paragraph's usable time words, and those of them that name, block or need a period
    (memoised: every draft of the paragraph asks)."""
    key = ("para_times", para.start, para.end)
    found = doc.memo.get(key)
    if found is None:
        spans = [t for t in doc.times_in(para.start, para.end) if usable_time(doc, t)]
        found = doc.memo[key] = (spans, [t for t in spans if t.period or t.blocks or t.needs_year])
    return found


def _period(doc: Doc, para: Paragraph, d: Draft) -> str | None:
    """The nearest governing time word: before the figure in its clause, after it in the clause, a
    clause-leading one earlier in the sentence, the paragraph's opening one. A time word without its
    own year (一季度, 上半年, 全年) takes the year that governs it (`2024年，…一季度…，全年…`)."""
    spans, usable = para_times(doc, para)
    base = BASE_YEAR_OWN.search(doc.text, d.clause.start, d.pos) or BASE_YEAR_BRACKET.search(doc.text, d.clause.start, d.pos)
    if base is not None:
        return base.group(1)  # `较2020年的16.2%实现翻番`, `比2016年（2211亿元）增加`: the base year is this figure's own
    for t in _period_candidates(doc, para, d, usable):
        period = in_governing_year(doc, spans, para, t) if t.needs_year else t.period
        if period is not None and getattr(t.expr, "kind", "") == "relative_year" and YEAR.fullmatch(period):
            period = _narrower_before(doc, d, usable, t, period) or period
        if period is not None or t.blocks:
            return period
    return None


def _period_candidates(doc: Doc, para: Paragraph, d: Draft, usable: list[TimeSpan]):
    """_period's time words, nearest first (lazily: the first one usually decides)."""
    clause, sent = d.clause, d.sentence
    for t in reversed(usable):
        if clause.start <= t.start and t.end <= d.pos and not _base_passed(doc, t, d):
            yield t
    for t in usable:
        if d.end <= t.start and t.end <= clause.end:
            between = doc.text[d.end : t.start]
            if "、" not in between and "（" not in between and "(" not in between:
                yield t  # (not one in a bracket after the figure: `企业12户（2015年同期29户）` is the bracket's)
            break
    for t in reversed(usable):
        if sent.start <= t.start and t.end <= clause.start and (leads_clause(doc, t, sent) or after_topic(doc, t, sent)):
            yield t
    yield from _breakdown_time(doc, para, sent, usable)
    # the paragraph's opening sentence; after a topic sentence (`工业生产稳中有进。前三季度，…`)
    # the one that follows it opens the paragraph's figures
    for first in opening_sentences(doc, para):
        if first.index >= sent.index:
            break
        opening = opening_time(
            [t for t in usable if first.start <= t.start and t.end <= first.end and leads_clause(doc, t, first)]
        )
        if opening and getattr(opening[0].expr, "since", False):
            # `今年以来，…。1-2月实现规上工业总产值…。重点企业…实现增加值6.8亿元`: a later sentence that opens
            # with a narrower to-date period speaks for the paragraph's figures after it
            opening = _narrower_opening(doc, para, usable, first, sent) or opening
        yield from opening


NARROWER_KINDS = ("month", "to_month", "quarter", "half")


def _narrower_before(doc: Doc, d: Draft, usable: list[TimeSpan], t: TimeSpan, year: str) -> str | None:
    """`截止7月，今年旺苍县工业园区…实现35.15亿元`: 今年 after a narrower time of the same year leading the
    sentence restates that time's year; the narrower one governs (2015-07, not 2015)."""
    sent = d.sentence
    for s in reversed(usable):
        if sent.start <= s.start and s.end <= t.start and s.start < d.clause.start:
            if getattr(s.expr, "kind", "") in NARROWER_KINDS and (s.period or "").startswith(year) and DATED_PART.fullmatch(s.period or ""):
                own, after = sent.clause_at(s.start), sent.clause_at(t.start)
                # only a lead-in clause of its own right before 今年's (截止7月，今年…), not a clause of figures
                lead_in = own is not None and after is not None and after.index == own.index + 1 and own.delimiter == "，"
                bare = lead_in and not DIGIT.search(doc.text, s.end, own.end)
                return s.period if bare and leads_clause(doc, s, sent) else None
            return None  # (the nearest earlier time word decides)
    return None




def _breakdown_time(doc: Doc, para: Paragraph, sent: Sentence, usable: list[TimeSpan]) -> list[TimeSpan]:
    """`今年1-10月，…规上工业增加值增长6.9%。其中，装备制造业增加值增长39.5%`: a sentence opening with 其中
    breaks down the one before (the last of the paragraph before, where it opens its paragraph), under the time
    word that leads it."""
    if not BREAKDOWN_HEAD.match(doc.text, sent.start):
        return []
    if sent.index == 0:
        # …上半年，全区实现地区生产总值286.5亿元…。\n其中，园区内…产值达到126亿元: a paragraph opening with 其中 breaks
        # down the last sentence of the paragraph before
        before = doc.paragraphs[sent.paragraph - 1] if sent.paragraph > 0 else None
        if before is None or not before.sentences:
            return []
        prev, times = before.sentences[-1], para_times(doc, before)[1]
    else:
        prev, times = para.sentences[sent.index - 1], usable
    return [t for t in times if prev.start <= t.start and t.end <= prev.end and leads_clause(doc, t, prev)][:1]


def _narrower_opening(doc: Doc, para: Paragraph, usable: list[TimeSpan], first: Sentence, sent: Sentence) -> list[TimeSpan]:
    """The latest quarter / half / to-date range opening a sentence between `first` and `sent`."""
    for s in reversed(para.sentences[first.index + 1 : sent.index]):
        for t in usable:
            if s.start <= t.start < s.end and getattr(t.expr, "kind", "") in ("quarter", "half", "to_month"):
                if leads_clause(doc, t, s) and (s.clause_at(t.start) is s.clauses[0] or _lead_in_only(doc, s, t)):
                    return [t]
    return []


LEAD_IN_CLAUSE = 10  # characters: `数据显示，`, `据统计，` before the period that opens a sentence's figures


REPORT_VERB = re.compile(r"(?:" + any_of(LEX["word_lists"]["report_verb"]) + r")[，,：:]?\s*$")


def _lead_in_only(doc: Doc, s: Sentence, t: TimeSpan) -> bool:
    """Only a figure-less lead-in clause stands before `t` in its sentence: a short one (`数据显示，前三季度，…`)
    or a reporter's of any length (`记者在日前召开的招商引资工作推动会上获悉，2022年前三季度，…`)."""
    head = doc.text[s.start : s.clause_at(t.start).start]
    return not re.search(r"\d", head) and (len(head) <= LEAD_IN_CLAUSE or bool(REPORT_VERB.search(head)))


def in_governing_year(doc: Doc, spans: list[TimeSpan], para: Paragraph, t: TimeSpan) -> str | None:
    """一季度 / 上半年 / 全年 under a year named earlier in the paragraph (2024年，…; 2023年泰州市…，其中一季度…)."""
    present = False  # a word of the page's present (目前) passed on the way back
    for a in reversed(spans):
        if a.start >= t.start:
            continue
        if _present(a):
            present = True
            continue
        year = a.year
        if year is None and not a.needs_year and DATED_PART.fullmatch(a.period or ""):
            year = int(a.period[:4])  # 2022年，…。2023年前三季度，…。前三季度，…: the nearer year
        if year is None and getattr(a.expr, "kind", "") == "to_month" and t.expr is None and _same_sentence(para, a, t):
            # 1—11月…，预计全年…: the year of the range just given, itself under the year that governs it
            # (2024年，…从一季度增长5.2%…再到前三季度升至5.4%，全年增长5.8%: 2024, not the page's)
            own = in_governing_year(doc, spans, para, a) if a.needs_year else a.period
            if DATED_PART.fullmatch(own or ""):
                year = int(own[:4])
        if year is None:
            continue
        if present and _past_event_date(doc, para, a, year):
            return t.period  # `2008年10月，省委作出了…决定。…目前建成区…。截至9月末，…` (2010): the page's year
        sent = next((s for s in para.sentences if s.start <= a.start < s.end), None)
        same_sentence = sent is not None and sent.start <= t.start < sent.end
        if same_sentence or (sent is not None and leads_clause(doc, a, sent)):
            return t.in_year(year)
        break
    past = _carried_past_year(doc, t) if not any(a.start < t.start and a.expr is not None for a in spans) else None
    if past is not None:
        return past  # (only where the paragraph names no time of its own before: `今年以来，…。全年预计…` is this year)
    if t.period is None and doc.carried and re.fullmatch(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])?", doc.carried):
        # 全年 / 年末 in a communiqué of the next spring, under the year its opening paragraph named
        # (`2024年，…。\n初步核算，全年地区生产总值…`)
        return t.in_year(int(doc.carried[:4]))
    return t.period


def _past_event_date(doc: Doc, para: Paragraph, a: TimeSpan, year: int) -> bool:
    """A year before the page's that dates an event (a month of it: `2008年10月，…作出了…决定`) or is named
    inside the paragraph rather than opening it: once the text turns to the present (目前…), a later month
    or quarter is the page's, not that year's. (A year opening a review paragraph - `2023年，…。目前，…。
    全年…` - still governs it.)"""
    if not doc.pub_year or year >= doc.pub_year:
        return False
    if re.fullmatch(r"\d{4}-\d{2}", a.period or ""):
        return True
    return all(not (s.start <= a.start < s.end) for s in opening_sentences(doc, para))


def _same_sentence(para: Paragraph, a: TimeSpan, t: TimeSpan) -> bool:
    return any(s.start <= a.start and t.end <= s.end for s in para.sentences)


def _carried_past_year(doc: Doc, t: TimeSpan) -> str | None:
    """全年 / 年末 in a communiqué posted long after the year it reports (`2023年是…` opening a bulletin
    put online in August 2024): that year, not the page's."""
    if t.expr is not None or t.text not in ("全年", "年末") or not doc.carried or not YEAR.fullmatch(doc.carried):
        return None
    return doc.carried if doc.pub_year and int(doc.carried) < doc.pub_year else None


def opening_time(leading: list[TimeSpan]) -> list[TimeSpan]:
    """The time word a sentence opens with: its first clause-leading one, or a later one that narrows a
    `今年以来` opening (`今年以来，全区…，一季度经济运行总体平稳。`: the first quarter's figures)."""
    if len(leading) > 1 and getattr(leading[0].expr, "since", False):
        narrower = [t for t in leading[1:] if getattr(t.expr, "kind", "") in ("quarter", "half", "to_month")]
        if narrower:
            return narrower[:1]
    return leading[:1]


DAY_AFTER = re.compile(r"\s*(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])[日号]")  # 2024年1月|10日
TOPIC_SENTENCE = 12  # characters: a paragraph's topic line, not yet its content


def opening_sentences(doc: Doc, para: Paragraph) -> list[Sentence]:
    """The sentences that open a paragraph's figures: the first one, and after a short topic line, or
    topic lines with neither a figure nor a time word (`工业运行总体平稳，骨干行业带动明显。1至8月，…`),
    the first sentence that has one."""
    key = ("opening", para.start, para.end)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _find_opening_sentences(doc, para)
    return found


def _find_opening_sentences(doc: Doc, para: Paragraph) -> list[Sentence]:
    sents = para.sentences
    if len(sents) > 1 and len(sents[0].text) <= TOPIC_SENTENCE:
        return sents[:2]
    for i, s in enumerate(sents[:3]):
        # a dateline sentence (`3月5日，第十三届…会议开幕。`) has no figure that opens anything
        if _holds_figure(doc, s) or doc.times_in(s.start, s.end):
            if i < 2 and len(sents) > i + 1 and (
                _names_period_only(doc, s) or _dateline_before_year(doc, s, sents[i + 1]) or _dates_history_only(doc, s, sents[0])
            ):
                continue  # `1月19日，…发布了2011年全省经济运行情况。2011年陕西实现…`: the next one opens
            return sents[: i + 1] if i == 0 else [s]
    return sents[:1]


def _holds_figure(doc: Doc, s: Sentence) -> bool:
    return bisect_left(doc.measure_starts, s.start) < bisect_left(doc.measure_starts, s.end)


def _dateline_before_year(doc: Doc, s: Sentence, nxt: Sentence) -> bool:
    """A figure-less sentence led by the day a report was given (`…——2022年1月23日在…会议上发布。`)
    before one that names the year reported (`其中提到，在2021年，…`): the day opens no period."""
    if _holds_figure(doc, s):
        return False
    leading = [t for t in doc.times_in(s.start, s.end) if leads_clause(doc, t, s)]
    if not leading or not all(DAY_AFTER.match(doc.text, t.end) for t in leading):
        return False
    named = [t for t in doc.times_in(nxt.start, nxt.end) if leads_clause(doc, t, nxt)][:1]
    return bool(named) and bool(YEAR.fullmatch(named[0].period or ""))


HISTORY_VERB = re.compile(any_of(LEX["word_lists"]["history_verbs"]))
FOUNDED_IN = re.compile(any_of(LEX["word_lists"]["founded_in_verbs"]))
HISTORY_YEARS = 2  # a founding or approval this many years before the page's is its history


def _dates_history_only(doc: Doc, s: Sentence, first: Sentence) -> bool:
    """A sentence without figures whose leading time words each date a founding or an approval
    (`成立于1992年，2012年8月被国务院批准为国家级高新区。`): the place's history, no period for the paragraph."""
    if _holds_figure(doc, s):
        return False
    leading = [t for t in doc.times_in(s.start, s.end) if leads_clause(doc, t, s)]
    if not leading:
        return False
    if doc.pub_year is None:
        if not FOUNDED_IN.search(first.text):
            return False  # an undated page: only a paragraph that tells the founding (成立于1992年) opens with history
    elif any(not t.period or int(t.period[:4]) > doc.pub_year - HISTORY_YEARS for t in leading):
        return False  # a recent approval (2023年8月获批…) is the news the page's figures go with
    for t in leading:
        clause_end = next((c.end for c in s.clauses if c.start <= t.start < c.end), s.end)
        if not HISTORY_VERB.search(doc.text, t.end, clause_end):
            return False
    return True


def _names_period_only(doc: Doc, s: Sentence) -> bool:
    """A sentence without figures whose time words all sit inside its clauses (a dateline announcing
    `…发布了2011年全省国民经济运行情况`): it opens no period for the paragraph."""
    if _holds_figure(doc, s):
        return False
    return not any(leads_clause(doc, t, s) for t in doc.times_in(s.start, s.end))


def is_plan(doc: Doc, d: Draft) -> bool:
    """A target of the page's own year or later (or of no year): a plan the next paragraph may go on with."""
    if d.status != "target" or planned_amount(doc, d):
        return False  # (a project's planned amount is a figure's own target, not a plan the page goes on with)
    year = YEAR.match(d.period or "")
    return year is None or doc.pub_year is None or int(year.group(0)) >= doc.pub_year


def cue_clause_has_figure(doc: Doc, sentence, cue_at: int) -> bool:
    """`预计全年…达22%，…`: the cue's own clause holds a figure. A cue clause with none (`据机构预测，…`)
    governs the clauses after it."""
    clause = sentence.clause_at(cue_at)
    return clause is None or any(ch.isdigit() for ch in doc.text[cue_at : clause.end])


def leads_clause(doc: Doc, t: TimeSpan, sent: Sentence) -> bool:
    """A time word governs later clauses only as an adverbial: at the head of its clause (after at most
    a region, a connective or a cue), not inside an object (`入围2021年中国制造业企业500强`)."""
    key = ("leads", t.start, t.end, sent.start)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _find_leads_clause(doc, t, sent)
    return found


_TOPIC_LABEL = re.compile(r"[^，。；\d]{0,30}——")


def _find_leads_clause(doc: Doc, t: TimeSpan, sent: Sentence) -> bool:
    c = sent.clause_at(t.start)
    if c is None or doc.text.startswith("的", t.end):
        return False  # 从2016年的104家: the year belongs to its figure
    if _TOPIC_LABEL.fullmatch(doc.text, c.start, t.start):
        return True  # after a topic label: `结构向优——1至11月…`, `某区全力推动经济高位运行——今年上半年，…`
    if t.text.endswith("报"):
        return True  # a period's report (经济“半年报”出炉，完成…, 交出亮眼半年报：…) is of what the sentence goes on to report
    if _since_before_comma(doc, t):
        return True  # a heading run into its paragraph: `发展势能显著增强“十四五”以来，全省…`
    byline = _BYLINE_BRACKET.match(doc.text, c.start, t.start)
    a = byline.end() if byline else c.start
    item = ITEM_NUMBER.match(doc.text, a, t.start)  # `1. 到2027年，…`, `（二）2024年，…`: a list item's number is no head
    head = clause_words(doc, item.end() if item else a, t.start).strip("“”‘’\"'「」")
    if doc.text.startswith("到", t.start) and GOAL_STATED.search(head):
        return True  # 会议提出到2025年，…: the goals the plan states after it
    if doc.text.startswith(("据", "根据"), a) and RELEASE_SHOWS.search(doc.text, t.end, c.end):
        return True  # `据省统计局发布的2016年1—7月全省工业园区发展情况显示，…`: the release's period is its figures'
    if doc.text.startswith("在", a) and ASSESSOR_HEAD.fullmatch(head) and ASSESSMENT_FRAME.search(doc.text, t.end, c.end):
        return True  # `在商务部2023年针对229家国家级经开区综合考核中，…分别位列第2、第7位`: the assessment's year
    if RELEASE_EVENT_HEAD.search(head) and RELEASE_EVENT_AFTER.match(doc.text, t.end, c.end):
        return True  # `某区召开2022年上半年经济运行情况新闻发布会，…生产总值达…`: the period the conference reports
    head = _LEAD_WORDS.sub("", head)
    return not head or bool(SUBJECT_HEAD.fullmatch(head))


# the end of a 据 clause naming a release (据…发布的2016年1—7月…情况显示，)
RELEASE_SHOWS = re.compile(r"[^，。；,;]{0,40}?" + any_of(LEX["word_lists"]["release_shows"]) + r"[：:，,\s]*$")
# a press conference on the period's economy, held before the figures it gives (召开2022年上半年经济运行情况新闻发布会)
RELEASE_EVENT_HEAD = re.compile(any_of(LEX["word_lists"]["release_event_verbs"]) + r"了?$")
RELEASE_EVENT_AFTER = re.compile(
    r"[^，。；,;]{0,12}?" + any_of(LEX["word_lists"]["release_event_topics"])
    + r"[^，。；,;]{0,12}?" + any_of(LEX["word_lists"]["release_event_meetings"])
)
# an assessment or ranking that frames a sentence's figures, its assessor named before its year
# (在商务部2023年…综合考核中, 在工信部2022年度…评价中)
ASSESSOR_HEAD = re.compile(r"[\u4e00-\u9fff]{1,8}")  # (after 在, which clause_words leaves out)
ASSESSMENT_FRAME = re.compile(any_of(M.ranking_frames()) + r"中[，,\s]*$")


_FRAME = any_of(M.ranking_frames())
_RESULT_VERB = any_of(LEX["word_lists"]["assessment_result_verbs"])
_RESULT_NOUN = any_of(LEX["word_lists"]["assessment_result_nouns"])
# 公布2024年…考核评价结果 / 揭晓了“2024中国…百强榜单” (a year without 年 only opening a quoted name: not 公布了1200家…)
# / 2024年度…综合考核结果揭晓 (the year written as the assessment's, not as a date)
ASSESSMENT_RESULT = re.compile(
    rf"{_RESULT_VERB}了?(?:[“《\"](?P<y0>(?:19|20)\d{{2}})(?!\d)(?:年度?)?|(?P<y1>\d{{4}})年度?)"
    rf"[^。；，,\d]{{0,40}}?(?:{_FRAME}[^。；，,]{{0,4}}?)?{_RESULT_NOUN}"
    rf"|(?<![\d月])(?P<y2>\d{{4}})年度?[^。；，,\d]{{0,40}}?{_FRAME}[^。；，,]{{0,4}}?{_RESULT_NOUN}(?:正式)?{_RESULT_VERB}"
)
RANK_TOLD = re.compile(any_of(LEX["word_lists"]["rank_told"]) + r"|第[\d一二三四五六七八九十]+[位名]")


def assessment_result_year(doc: Doc, para: Paragraph, d: Draft) -> str | None:
    """`近日，商务部公布2024年国家级经开区综合发展水平考核评价结果。在全国229个国家级经开区中，某区位列第19位`:
    an achieved figure of a sentence telling a rank, with no time word of its own, is of the year of the
    assessment whose results the sentence before it announces (for a paragraph's first sentence, the paragraph
    before). Where the announcement opens the figure's own sentence (…公布了2022年…考核排名结果，…有3家实现提档
    晋位), its year, the sentence's only time word, is the figure's."""
    if d.period is not None or d.status != "actual" or d.change_base:
        return None
    sent = d.sentence
    if not RANK_TOLD.search(sent.text):
        return None
    times = doc.times_in(sent.start, d.pos)
    if times:
        # 商务部公布了2022年…考核排名结果，…4家经开区有3家实现提档晋位: the announcement's year, in the sentence
        m = ASSESSMENT_RESULT.search(doc.text, sent.start, d.pos)
        year = _assessment_year(m) if m is not None else None
        # (another time word of the sentence may name the same year: …“2024…百强榜单”和“2024年…潜力百强榜单”，…第九位)
        if m is None or any(not (m.start() <= t.start < m.end()) and (t.period or "")[:4] != year for t in times):
            return None
        return year
    k = next((i for i, s in enumerate(para.sentences) if s.start == sent.start), None)
    if k is None:
        return None
    # (the sentence before, or for a paragraph's first sentence the paragraph before: 公布了2022年…结果，…。\n
    # 某经开区在参评的全国217家经开区中排名第94位)
    before = para.sentences[k - 1].text if k else _paragraph_before(doc, para.start)
    m = ASSESSMENT_RESULT.search(before)
    return _assessment_year(m) if m is not None else None


def _assessment_year(m: re.Match[str]) -> str:
    return m.group("y0") or m.group("y1") or m.group("y2")


def _paragraph_before(doc: Doc, start: int) -> str:
    """The text of the paragraph (line) before the one starting at `start`, blank lines skipped."""
    end = start
    while end > 0 and doc.text[end - 1] in "\n \t":
        end -= 1
    return doc.text[doc.text.rfind("\n", 0, end) + 1 : end]


def after_topic(doc: Doc, t: TimeSpan, sent: Sentence) -> bool:
    """`全市重点项目1-4月累计完成投资110亿元，同比增长12.5%`: a part of the year written right after its clause's
    subject governs the later clauses of its sentence (not, as an opening time word would, the paragraph's later
    sentences)."""
    if getattr(t.expr, "kind", "") not in TOPIC_TIME_KINDS:
        return False
    c = sent.clause_at(t.start)
    if c is None or doc.text.startswith("的", t.end):
        return False
    head = _LEAD_WORDS.sub("", clause_words(doc, c.start, t.start).strip("“”‘’\"'「」"))
    return bool(TOPIC_HEAD.fullmatch(head))


ITEM_NUMBER = re.compile(r"\s*(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[）)、.．]|——)\s*")
GOAL_STATED = re.compile("(?:" + any_of(LEX["word_lists"]["goal_stating_verb"]) + ")$")


def _since_before_comma(doc: Doc, t: TimeSpan) -> bool:
    """`X以来，` is an adverbial opening what follows whatever stands before it in the clause: a subheading
    whose line break was lost (`亮点四：发展势能显著增强“十四五”以来，…`, `质量效益稳步提升今年以来，…`)."""
    return bool(getattr(t.expr, "since", False)) and doc.text.endswith("以来", 0, t.end) and doc.text.startswith(("，", ","), t.end)


# （记者 李明）今年以来，… / 新华社兰州11月5日电（记者 王某）前三季度…: a byline in brackets (after an
# outlet's 讯, a dateline's 电 or 消息) before the time word is no head
_BYLINE_BRACKET = re.compile(r"\s*(?:[^（(，。；]{0,16}?(?:[讯电]|消息))?\s*[（(【][^（()）【】]{0,24}[）)】]\s*")


def plan_in_object(doc: Doc, para: Paragraph, t: TimeSpan) -> bool:
    """`一、2024年工作回顾\n刚刚过去的一年，是深入实施“十四五”规划的关键之年。预计…`: a five-year plan named
    inside an object governs no figure; it does not end the past year a review section's heading carries."""
    if getattr(t.expr, "kind", "") != "plan" or not past_section(doc):
        return False
    sent = next((s for s in para.sentences if s.start <= t.start < s.end), None)
    return sent is not None and not leads_clause(doc, t, sent)


def closed_period_after_goal(doc: Doc, d: Draft) -> bool:
    """`上半年全区共签约项目15个，全部计划落户在四大园区；1至6月在四大园区共实施重点项目68个` (a July page):
    a goal word's reach ends at a `；` after which a part of the page's year already over leads the figure's
    clause — what follows is reported."""
    cues = [c for c in doc.cues[d.sentence.start] if c[0] < d.pos - d.sentence.start]
    if not cues or not DATED_PART.fullmatch(d.period or ""):
        return False
    closed = closed_part_of_year(doc, d.period)
    cue_end = d.sentence.start + cues[-1][1]
    semicolon = doc.text.find("；", cue_end, d.pos)
    return semicolon >= 0 and any(
        semicolon < t.start
        and t.period == d.period
        and leads_clause(doc, t, d.sentence)
        # (a page whose month is unknown: a range from January, 1至6月, is figures to date)
        and (closed or (doc.pub_month is None and getattr(t.expr, "kind", "") == "to_month"))
        for t in doc.times_in(semicolon, d.pos)
    )


EVENT_WORD = re.compile(any_of(LEX["word_lists"]["event_word"]))
EVENT_DAY = re.compile(r"(?<!截至)(?<!截止)(?<![到至])(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})[日号]")


def event_day_year(doc: Doc, d: Draft) -> str | None:
    """`在9月26日举行的招商大会上，共签约项目86个` (a page of 2023-09-28), `2022年5月18日，15个园区同步揭牌`: a
    figure of an event held on a day is of the event's year, not of its month nor of none. The day (the
    last one before the figure in its sentence) must be an event's: an event word in its sentence."""
    if not EVENT_WORD.search(d.sentence.text):
        return None
    days = []
    if doc.text.find("月", d.sentence.start, d.pos) >= 0:
        # (most sentences name no day: EVENT_DAY opens with lookbehinds, tried at every character)
        days = list(EVENT_DAY.finditer(doc.text, d.sentence.start, d.pos))
    if not days:
        days = _day_of_event_before(doc, d)
    if not days:
        return None
    m = days[-1]
    year, month = m.group(1), int(m.group(2))
    if year:
        return year if d.period == f"{year}-{month:02d}" else None
    if d.period is not None or not doc.pub_year or not 1 <= month <= 12:
        return None
    return str(doc.pub_year - 1 if doc.pub_month and month > doc.pub_month else doc.pub_year)


def _day_of_event_before(doc: Doc, d: Draft) -> list[re.Match[str]]:
    """`5月7日，某区重大项目集中签约仪式举行。某区与…等21家企业集中签约项目21个`: the day of an event held in
    the sentence before, in the figure's paragraph, when the figure's sentence has no time word of its own."""
    if d.period is not None or d.sentence.index == 0 or doc.times_in(d.sentence.start, d.pos):
        return []
    before = doc.paragraphs[d.sentence.paragraph].sentences[d.sentence.index - 1]
    if not _held_on_day_in(doc, before.start, before.end, before.text):
        return []
    return list(EVENT_DAY.finditer(doc.text, before.start, before.end))[-1:]


HELD_DAY = re.compile(r"(?<!截至)(?<!截止)(?<![到至\d])(?:\d{1,2}月)?\d{1,2}[日号](?:[，,]|上午|下午|晚)")


def held_on_day(doc: Doc, d: Draft) -> bool:
    """`17日，绥化市首批217个产业项目同时开工` (an April page): the sentence reports an event held on a day before
    the figure (an event word in it) - its figures are the event's results, not the year's plan. So are those of
    the next sentences of its paragraph that refer back to it (`本次签约项目共计36个，协议总投资218亿元`)."""
    if _held_on_day_in(doc, d.sentence.start, d.pos, d.sentence.text):
        return True
    if not THIS_EVENT.search(doc.text, d.sentence.start, d.pos):
        return False
    earlier = doc.paragraphs[d.sentence.paragraph].sentences[: d.sentence.index]
    return any(_held_on_day_in(doc, s.start, s.end, s.text) for s in earlier)


THIS_EVENT = re.compile(any_of(LEX["word_lists"]["this_event"]))


def _held_on_day_in(doc: Doc, start: int, end: int, sentence: str) -> bool:
    # (the event word first: HELD_DAY opens with lookbehinds, tried at every character)
    return bool(EVENT_WORD.search(sentence)) and bool(HELD_DAY.search(doc.text, start, end))


NAMED_EVENT = re.compile(
    r"(?:((?:19|20)\d{2})(?:\s*年度?|(?=[\u4e00-\u9fff])(?![万亿千百元个家项年月日]))|第?[一二三四]季度)[^，。；]{0,32}?"
    + any_of(LEX["word_lists"]["quarter_event_deeds"]) + r"[^，。；]{0,8}?" + any_of(LEX["word_lists"]["quarter_event_nouns"])
)
QUARTER_IN_NAME = re.compile(r"第?([一二三四])季度")
THIS_EVENT_WORD = re.compile(any_of(LEX["word_lists"]["this_event_refs"]))
NAMED_EVENT_REACH = 3  # paragraphs back to the event a figure's sentence refers to (此次…, 集中开工项目中…)


def named_events(doc: Doc) -> list[tuple[int, int, int | None, int | None]]:
    """(start, end, year or None, quarter or None) of each event named for a quarter or a year, once per page."""
    found = doc.memo.get("named_events")
    if found is None:
        found = doc.memo["named_events"] = []
        for m in NAMED_EVENT.finditer(doc.text):
            q = QUARTER_IN_NAME.search(m.group(0))
            found.append((m.start(), m.end(), int(m.group(1)) if m.group(1) else None, DIGIT_VALUE[q.group(1)] if q else None))
    return found


def named_event_period(doc: Doc, para: Paragraph, d: Draft) -> str | None:
    """`某市举行2022年二季度重点项目集中开工活动。此次开工项目共48项` (gold fg13 廊坊, fg20 云霄): the results
    of an event named for a quarter are that quarter's, where the figure has no time word of its own before it
    (the year it took from the page or the paragraph, if any, is the event's); those of an event named for a
    year (在达茂旗2014年…项目签约仪式上，5个…项目签约, fg20; 在2023成都经开区…签约仪式上) that year's, where the
    figure has no period yet or one carried from a part of that year. The event is named earlier in the figure's
    paragraph, or a few paragraphs back when the figure's sentence refers to it (此次, 本次, 集中…, 其中…)."""
    if d.status != "actual" or not named_events(doc):
        return None
    refers = bool(THIS_EVENT_WORD.search(d.sentence.text)) or d.sentence.text.startswith("其中")
    back = doc.paragraphs[max(0, para.index - NAMED_EVENT_REACH)].start if doc.paragraphs else para.start
    lo = min(back, para.start) if refers else para.start
    events = [e for e in named_events(doc) if lo <= e[0] and e[1] <= d.pos]
    if not events:
        return None
    start, end, year, quarter = events[-1]
    if d.period is not None and not YEAR.fullmatch(d.period):
        # `2025年…重大项目集中签约…活动` … `今年1-7月份，…。此次集中签约…的224个项目，总投资额达403亿元`: a part of the
        # year carried into a sentence about a year's event does not date the event's results; the year does
        if quarter or not DATED_PART.fullmatch(d.period) or not (refers or start >= d.sentence.start):
            return None
    if not quarter and not year:
        return None
    year = year or doc.pub_year  # (the year the page's figures take where the event's name gives none)
    if year is None or (d.period is not None and int(d.period[:4]) != year):
        return None
    if any(not (start <= t.start and t.end <= end) for t in doc.times_in(d.sentence.start, d.pos)):
        return None  # a time word of the figure's own (今年以来，…; 今年计划投资 is a target anyway)
    return f"{year}Q{quarter}" if quarter else str(year)


RELEASE_WORD = re.compile(any_of(LEX["word_lists"]["release_words"]))
LEAD_ELLIPSIS = "……"
RELEASE_TIME_REACH = 40  # characters after the ellipsis the release's period may stand at


def release_after_lead(doc: Doc, d: Draft) -> str | None:
    """`…转型项目占工业投资比重为92.4%……近日，山西左云经济技术开发区今年一季度经济数据“出炉”` (gold fg20 左云;
    `…相继突破60亿元……近日，宿迁市沭阳县亮出2023年度工业经济答卷`): an inverted lead's figures, with no time word
    before them in their sentence, are of the period the release after the ellipsis names."""
    at = doc.text.find(LEAD_ELLIPSIS, d.end, d.sentence.end)
    if at < 0 or doc.times_in(d.sentence.start, d.pos):
        return None
    after = at + len(LEAD_ELLIPSIS)
    times = [t for t in doc.times_in(after, min(d.sentence.end, after + RELEASE_TIME_REACH)) if t.period and not t.blocks]
    if not times or not RELEASE_WORD.search(doc.text, times[0].end, d.sentence.end):
        return None
    return times[0].period


def release_before_colon(doc: Doc, d: Draft) -> str | None:
    """`某县亮出2023年度工业经济答卷：规上工业总产值突破1000亿元`: figures after a colon that closes a release's
    words (答卷, 成绩单 … with 亮出, 交出, 出炉) are of the period the release names, where none comes between."""
    colon = max(doc.text.rfind("：", d.sentence.start, d.pos), doc.text.rfind(":", d.sentence.start, d.pos))
    if colon < 0 or doc.times_in(colon, d.pos):
        return None
    head = doc.text[d.sentence.start : colon]
    if not RELEASE_WORD.search(head):
        return None
    times = [t for t in doc.times_in(d.sentence.start, colon) if t.period and not t.blocks]
    return times[-1].period if times else None


def page_year(doc: Doc, d: Draft) -> str | None:
    """An achieved figure in a sentence with no time word, on a page dated to its month after February
    (`…与该县共签约项目15个`, `全县招商引资到位资金107.5亿元`): of the page's year. Not where the last time
    word before it in its paragraph names another year (a review of last year opening a section, `一、2023年工作回顾`,
    reaches later paragraphs by the carried period instead); on a page
    of January or February, or dated to the year only, only an event's figure (`本次签约项目共计22个`).
    The page's present (`截至目前，全县招商引资到位资金…`, `目前，全市已有…`) is its year too. Where the
    headline or its subtitle names a part of the year already over (`——某市上半年…综述`), a figure not
    said of the present is of that part instead (headline_part_of_year)."""
    if d.period is not None or d.status != "actual" or d.change_base or not doc.pub_year:
        return None
    if d.kind == "growth" and "年均" in doc.text[d.clause.start : d.pos]:
        return None  # (`当前，…研发经费年均增速达到26.1%`: an average over years the text does not fix)
    year = str(doc.pub_year)
    if any(
        not (t.period or "").startswith(year) and not _present(t) and not _after_page_year(t, year)
        for t in doc.times_in(d.sentence.start, d.sentence.end)
    ):
        return None  # (one of the page's year inside a name is no other: `举行“2019年集中签约活动”，…共计134个`)
    para_start = doc.paragraphs[d.sentence.paragraph].start if d.sentence.paragraph < len(doc.paragraphs) else 0
    dated = [t for t in doc.times_in(para_start, d.pos) if t.period and not _since_to_page_year(t, year) and not _after_page_year(t, year)]
    if dated and not dated[-1].period.startswith(year):
        return None
    if (doc.pub_month is None or doc.pub_month <= 2) and not (
        EVENT_WORD.search(d.sentence.text) or THIS_EVENT_WORD.search(d.sentence.text)  # (这批项目中，先进制造业项目达49个)
    ):
        return None
    if PRESENT_WORD.search(doc.text, d.sentence.start, d.clause.end):
        return year  # (`截至目前，全省建成…产能600余万吨` under a 一季度 headline: a stock today, of the year)
    return headline_part_of_year(doc) or year


SUBTITLE_LINES = 3  # lines under the headline where its subtitle (——某市上半年经济社会发展综述) may stand
SUBTITLE_HEAD = ("—", "--")  # (—— too)


def headline_part_of_year(doc: Doc) -> str | None:
    """The part of the page's year its headline or subtitle names as the page's subject (`——某市上半年经济社会
    高质量发展综述`, `前三季度全市工业经济运行情况`), over when the page was written: the period of its figures that
    give no time of their own, rather than the bare year. None where they name none, or more than one."""
    key = ("headline_part",)
    if key not in doc.memo:
        doc.memo[key] = _find_headline_part(doc)
    return doc.memo[key]


def _find_headline_part(doc: Doc) -> str | None:
    if doc.title_span is None or not doc.pub_year:
        return None
    spans = [doc.title_span]
    at = doc.title_span[1]
    for _ in range(SUBTITLE_LINES):
        end = doc.text.find("\n", at + 1)
        end = len(doc.text) if end < 0 else end
        if doc.text[at:end].strip().startswith(SUBTITLE_HEAD):
            spans.append((at, end))
        at = end
        if at >= len(doc.text):
            break
    # (figure-less lines' time words are not read with the page's: read them here)
    periods = {
        t.period for a, b in spans for t in find_time_spans(doc.text[a:b], doc.pub_year, doc.pub_month, offset=a) if t.period
    }
    if len(periods) != 1:
        return None
    (period,) = periods
    # (a part already over when the page was written: not 冲刺首季开门红 on a March page, a goal)
    return period if DATED_PART.fullmatch(period) and closed_part_of_year(doc, period) else None


YEAR_GOAL_BEFORE = re.compile(r"(?:全年|年度|年初)(?:目标任务|目标|计划|任务)(?:为|是)?[约近]?$")


def year_goal_period(doc: Doc, d: Draft) -> str | None:
    """`1—8月，…完成全年目标任务8000亿元的78.28%`: the goal quoted in a progress clause is the whole year's,
    not of the months to date that lead the clause."""
    if d.status != "target" or not DATED_PART.fullmatch(d.period or ""):
        return None
    return d.period[:4] if YEAR_GOAL_BEFORE.search(doc.text, d.clause.start, d.pos) else None


def _since_to_page_year(t: TimeSpan, year: str) -> bool:
    """`2021年以来连续获评…`: a span since a year runs to the page's present; it reviews no other year."""
    return "以来" in t.text and t.period.endswith(f"-{year}")


def _after_page_year(t: TimeSpan, year: str) -> bool:
    """`…总投资420.6亿元，2016年计划完成投资148.9亿元` on a 2015 page: a year still to come is a plan's, and
    the achieved figures around and after it are still of the page's year."""
    return YEAR.match(t.period or "") is not None and t.period[:4] > year


def _present(t: TimeSpan) -> bool:
    """目前, 截至目前, 当前: a word of the page's present, which fixes no period of its own."""
    return t.period is None and PRESENT_WORD.search(t.text) is not None
