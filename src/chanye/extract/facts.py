"""The fact assembler: quantities in, contract facts out.

For each sentence of the cleaned text it takes the quantities the recognizer found
(`chanye.extract.quantity.find_quantities`), drops the ones that are not facts (numbers that only
number a list or a framework's parts, slogans in quotes, thresholds inside a counted noun), reads the
distributive phrasings (`A、B分别增长x%、y%`, `从2020年的X增长到2023年的Y`, `均居全国第四`,
`双过“千亿”`, `三次产业结构为a:b:c`) and, for every remaining figure, its metric (metric.py), kind,
comparator, period (period_assignment.py), status (modality.py) and subject (the region the clause
names, else the document's). Same figure twice (headline and body) is one fact.

Every rule here is for a phrasing family; each family's examples are in examples/facts_*.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from dataclasses import replace as _dc_replace
from typing import Any

from chanye.extract import metric as M
from chanye.extract import modality
from chanye.extract.clauses import Clause, Paragraph, Sentence, segment
from chanye.extract.period_assignment import TimeSpan, find_time_spans
from chanye.extract.not_figure import not_a_figure
from chanye.extract.quantity import find_quantities
from chanye.extract.rank import joins_strong_places
from chanye.extract.time import congress_year
from chanye.extract.wordlists import any_of, grouped, load
from chanye.knowledge.region_roles import incidental_mention, other_role
from chanye.extract.bodies import body_at, brand_short, company_at, introduced_company, quoted_company, listed_companies, measure_at
from chanye.knowledge.regions import Region, find_region_mentions, gazetteer, parent_chain, resolve_region

# ---------------------------------------------------------------- records


@dataclass(slots=True)
class Draft:
    """A fact under construction (spans index the cleaned text)."""

    value: float
    unit: str
    unit_text: str
    kind: str
    comparator: str
    metric: str
    pos: int  # where the figure's number starts
    end: int  # where the figure (with its cues) ends
    sentence: Sentence
    clause: Clause
    value_max: float | None = None
    period: str | None = None
    period_fixed: bool = False  # a distributive reading fixed the period
    change_base: bool = False  # the starting value of 从…的X增长到…的Y
    status: str | None = None
    subject: Any = None  # knowledge.regions.Region
    industry: str | None = None
    title: bool = False
    quote_start: int | None = None  # evidence starts earlier than the clause (a leading clause)


@dataclass(slots=True)
class _State:
    """What a sentence has said so far: antecedents for figures that do not repeat their metric."""

    drafts: list[Draft] = field(default_factory=list)
    prev_noun: str | None = None  # noun a figure-less clause ended on (valid for the next clause)
    change_periods: tuple[str | None, str | None] | None = None  # the last 从…到… pair's periods
    pending: list[Draft] = field(default_factory=list)  # drafts of the clause being read, not yet in `drafts`

    def _latest(self):
        yield from reversed(self.pending)
        yield from reversed(self.drafts)

    def last_metric(self, skip_shares: bool = False, skip_gaps: bool = False) -> tuple[str | None, str | None]:
        for d in self._latest():
            if skip_gaps and d.unit == "pp":
                continue  # 增长16.3%，高出全国5.1个百分点，居全国第10位: the rank is the rate's, not the gap's
            if skip_gaps and d.unit == "other" and d.unit_text in ("位", "位次"):
                continue  # 营收突破4万亿元，较上年前进一位至全国第12位: the rank is the amount's
            if d.metric and d.kind != "rank" and not (skip_shares and d.kind == "share"):
                return d.metric, d.unit
        return None, None

    def last_kind(self) -> str | None:
        for d in self._latest():
            if d.metric and d.kind != "rank":
                return d.kind
        return None

    def last_clause_drafts(self) -> list[Draft]:
        if not self.drafts:
            return []
        last = self.drafts[-1].clause.index
        return [d for d in self.drafts if d.clause.index == last]


@dataclass(slots=True)
class _Doc:
    text: str
    times: list[TimeSpan]
    mentions: list[tuple[int, int, Any]]
    doc_region: Any
    pub_year: int | None
    pub_month: int | None
    title_span: tuple[int, int] | None
    region_names: tuple[str, ...] = ()  # every name the mentions go by, longest first
    time_starts: list[int] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    cues: dict[int, list] = field(default_factory=dict)  # status cues per sentence start
    q_starts: list[int] = field(default_factory=list)  # where the figures begin (sorted)
    measure_starts: list[int] = field(default_factory=list)  # …of them, the measures (not dates, ordinals)
    carried: str | None = None  # the period an earlier paragraph (or section heading) opened with
    carried_span: str | None = None  # its plan period, for 年均/累计 figures (`十三五时期和2020年工作回顾`)
    heading_span: str | None = None
    carried_status: str | None = None  # what an uncued figure right after the carried period's time word reads as
    opening_status: str | None = None
    prev_plan: bool = False  # the last paragraph with figures ended on a plan (a target of the page's year or later)
    paragraphs: list = field(default_factory=list)
    codes: list | None = None  # framework codes (“1269”, “5+X”) with their spans, read on first need
    # per-document memo of pure functions of spans (clause words, a paragraph's
    # usable time words...): the same span is asked about once per figure, clause or draft
    memo: dict = field(default_factory=dict)

    def times_in(self, lo: int, hi: int) -> list[TimeSpan]:
        """Time expressions lying wholly inside [lo, hi) (times are sorted by start)."""
        if not self.times:
            return []
        if not self.time_starts:
            self.time_starts = [t.start for t in self.times]
        starts = self.time_starts
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi, i)
        if i == j:
            return []  # most stretches asked about hold no time word
        return [t for t in self.times[i:j] if t.end <= hi]


# ---------------------------------------------------------------- lexical helpers

DEPTH_OPEN = "（(“‘《「"
DEPTH_CLOSE = "）)”’》」"
_LEX = load("facts.yaml")  # the word lists (lexicon/facts.yaml)
_GROWTH = _LEX["growth"]
GROWTH_CUE = re.compile(
    "(?:" + any_of(_GROWTH["rising"] + _GROWTH["falling"]) + "|(?<=年)减)" + any_of(_GROWTH["links"] + _GROWTH["more_links"]) + "?$"
)
GROWTH_AFTER = re.compile("的?" + any_of(_GROWTH["after"]))
NEGATIVE_CUE = re.compile("(?:" + any_of(_GROWTH["falling"]) + "|(?<=年)减)" + any_of(_GROWTH["links"]) + "?$")
PURE_SCOPE = re.compile(
    r"^(?:全国|全省|全市|全球|世界|国内|省内|中部|西部|东部|东北|长三角|珠三角|京津冀|粤港澳|中西部|[\u4e00-\u9fff]{2}省)?"
    r"(?:地级市|地级及以上城市|同类城市|城市|省会城市|副省级城市|大中城市|设区市|县（市、区）|县区|开发区|首位)?$"
)
SHARE_COMPARATORS = {w: c for c, words in _LEX["share_comparators"].items() for w in words}
SHARE_COMPARATOR = re.compile("(" + any_of(list(SHARE_COMPARATORS)) + ")占")
RANK_SUFFIX = re.compile(any_of(_LEX["rank_suffixes"]) + "$")
NEW_QUALIFIER = re.compile(any_of(_LEX["new_qualifiers"]) + "$")
# 比1—9月份和1—10月份 / 分别比一季度、上半年、三季度: every period of a list of comparison bases
BASE_LIST = re.compile(r"(?:比|较)(?:[\d一二三四五六七八九十—\-~～至月份季度年上下半前全去]+(?:和|、|及|与))+$")
COMPARE_BEFORE = re.compile(r"(?:比|较|同|与|相比|对比|超过|高于|低于|是|相当于|恢复)[“‘]?$")  # 恢复到2019年的113%: a base
INCREMENT = re.compile(r"^[，、]?(?:较|比|同比|比上年|较上年)[^，、；]{0,6}?(增加|减少|新增|净增|增长|下降)$")
ATTENDANCE = re.compile(r"(?:出席|列席|参加|参会|与会|到会|实到|应到)[^，。；]{0,8}$")
SUBJECT_HEAD = re.compile(r"(?:这家|该|本|这个|此)[\u4e00-\u9fff]{0,4}(?:企业|公司|集团|园区|项目|行业|产业|基地)")
CLOSE_QUOTE = re.compile(r"[”’]")
LIST_REACH = 300  # characters before a count searched for the list it numbers
PROGRESS = re.compile(r"完成[^，。；]{0,8}(?:目标|计划|任务)[^，。；]{0,4}的?$")
# 高于全国（3.9%）, 高于全国（同比增长4.6%）: the scope's own figure in brackets
SCOPE_REFERENCE = re.compile(r"(全国|全省)[（(](?:同比)?(?:增长|增速为?|增幅为?)?$")
PREDICATE = re.compile(r"(?:均|全部|都)?(?:实现|保持|超过|达到|增长|下降|突破)|(?:年均)?(?:增速|增幅|增长)")  # 14个市州全部实现正增长, 7个行业年均增速…
POOL_PREFIX = re.compile(r"^.{0,14}?(?<!其)中(?:除|有|共有)")
POOL_BEFORE = re.compile(r"(?<!其)中(?:有|共有)?$")  # 35个行业大类中28个行业…: the counted noun follows
POOL_AFTER = re.compile(r"[^，。；（(]{0,12}?(?<!其)中(?:有|共有|，|除|(?=[\d一二三四五六七八九十两]))")
ATTENDING = re.compile(r"[^，。；]{0,10}?(?:代表|委员|嘉宾|来宾)[^，。；]{0,4}(?:出席|列席|参加|参会|与会)")
POOL = re.compile(r"在[^，。；]{0,12}$")
PROGRAMME = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:任务|举措|措施|行动|工程|方面|领域|原则|机制|路径|环节|战略|改革|政策|制度|标准体系|内容|部分|章节|条款)"
    r"(?![\u4e00-\u9fff])"  # 工程技术研究中心 is counted, 重点工程 numbers a programme
    r"|[\u4e00-\u9fff]{0,3}?(?:方面工作|方面的工作|底线|红线)"  # 六个方面工作, 两条底线
    r"|(?:大)?(?:台阶|大关|关口)"  # 跨越了两千亿元和三千亿元两个台阶: class words counted
)
DOUBLE_PASS = re.compile(r"(?:双双|双|均|都|同时)(?:突破|超过|超|过|迈过|跨过|破|跨越|迈上|跨上|达到|达)")
EACH_RANK = re.compile(r"^(?:均|都|皆|双双|同时)")
RESPECTIVELY = re.compile(r"分别|分居|分列|各居")
FROM_WORD = re.compile(r"(?:从|由)")
TO_WORD = re.compile(r"(?:到|至|为)")
RATE_BEFORE = re.compile(r"(?:增速|增幅|增长率|涨幅)[^，。；%]{0,12}(?:，[^，。；%]{0,16})?$")
AVERAGE_REFERENCE = re.compile(r"(?:高于|低于|快于|慢于)([^，。；（(]{2,20}?)(?:平均水平|平均增速|平均|增速|增幅)[（(]$")
BASE_ATTRIBUTE = re.compile(any_of(grouped(_LEX["attributes"]["base"], _LEX["attribute_groups"])) + "$")
RATE_IN_METRIC = re.compile(r"增速|增幅|涨幅")
SHARE_IN_METRIC = re.compile(r"占|比重|比例|占比|贡献|份额|率")
HOLDER_COUNT = re.compile(r"^(?:[两二三四五六七八九十\d]{1,4}|\d+(?:\.\d+)?万)[个条家项类户](?=[\u4e00-\u9fff“])")  # 两个行业产值: not the metric's words
GAP = re.compile(r"(?:增速|增幅)?(?:高于|低于|快于|慢于|高出|低出|快出|多出|领先)(?:全国|全省|全市|全区|全县|全球|同期|平均|规上|规模以上|上年|去年|全部)")
STRUCTURE = re.compile(r"(?:三次产业|一二三产业|三产|产业)的?(?:结构|比例|比重|占比|之比)")
_BODY = _LEX["body_after_region"]
BODY_AFTER_REGION = re.compile(
    "^(?:" + any_of(_BODY["words"]) + "|(?:专场)?" + any_of(_BODY["event_kinds"]) + "?" + any_of(_BODY["events"]) + ")"
)


_DEPTH_MARKS = re.compile("[、" + re.escape(DEPTH_OPEN + DEPTH_CLOSE) + "]")


def _seps(text: str, clause: Clause) -> list[int]:
    """Positions of list separators (、 outside brackets and quotes) in a clause."""
    body = clause.text
    if "、" not in body:
        return []
    # bracket and quote depth, walked over the marks only (not every character)
    depth, out = 0, []
    for m in _DEPTH_MARKS.finditer(body):
        ch = m.group()
        if ch == "、":
            if depth == 0:
                out.append(clause.start + m.start())
        elif ch in DEPTH_OPEN:
            depth += 1
        elif depth:
            depth -= 1
    return out


def _remove_spans(text: str, base: int, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # (most stretches hold no time word)
    out, pos = [], 0
    for a, b in sorted(spans):
        a, b = max(a - base, 0), min(b - base, len(text))
        if a >= b or a < pos:
            continue
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out)


# precompiled patterns of the rules below (module-level re.* calls recompile-check per call)
_AND_WORD = re.compile(r"和|及|与")
_AT_HEAD = re.compile(r"^在")
_BASE_TAIL = re.compile(r"(?<=.{2})(?:比|较)[^占]*$")
_BASE_TAIL_SHARE = re.compile(r"(?<=.{2})(?:(?<!占)比(?!重|例)|较)[^占]*$")  # 占…比重比去年同期: keep the share
_SHARE_BASE = re.compile(r"占(?:.+(?:比重|比例)|比)$")
_BEFORE_SHARE = re.compile(any_of(list(SHARE_COMPARATORS) + ["已经", "已"]) + "(?=占)")
_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+[大个条项类]")
_DATED_PART = re.compile(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])")
_DIFFERENCE_CUE = re.compile(r"高出|高|超出|多出|多|快|加快|提高|提升")
_DIGIT = re.compile(r"\d")
_DIGIT_PLACES = re.compile(r"[两三四]位数")
_SPACES = re.compile(r"\s+")
_EACH_BEFORE = re.compile(r"(?:均|都|皆|双双)[^，；]{0,6}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“]")
_IN_END = re.compile(r"(?:中|里)$")
_IN_LIST = re.compile(r"(?:之列|行列|榜|名单)")
_ITEM_SEP = re.compile(r"[、，]")
_LEAD_WORDS = re.compile(r"(?:力争|确保|争取|预计|预估|预料|预测|估计|计划|目标|将|要|在|于|截至|截止|到|至|自|从|进入|今年|据统计|数据显示|展望|回顾|纵观|(?:刚刚)?过去的)")
_LINKED = re.compile(r"[、，；和及与到至为达增降减升]|以及|提高")
_LISTED_AFTER = re.compile(r"[^，。；、（(：:]{0,16}[（(：:]([^）)。；]*)")
_LIST_CUT = re.compile(r"[，；：（(]")
_NEAR_ADVERB = re.compile(r"(?:分别|同比|年均|平均|比上年|比去年|较上年|较去年|环比|均|都|预期目标|目标|预期|计划|为|是|将|有望|预计|力争|要|仅|只|仍)+$")  # 年增仅0.4%: an adverb between cue and figure
_NEAR_FROM = re.compile(r"(?:的|从|由|自)+$")
_NOT_TOPICAL_BEFORE = re.compile(r"(?:占|居|列|比|较|于|在|与|同|对|向|赴|从|自|超过|超|高于|低于|全|排名)$")
_PART_OF_YEAR = re.compile(r"(\d{4})(?:-(\d{2})|Q([1-4])|H([12]))")
_RANK_ADVERB = re.compile(r"(?:均|都|分别|连续\S{1,3}年)$")
_RANK_AFTER = re.compile(r"(?:第|前(?!进|移)|排名|排位|同类)")  # 当涂县前进一位: a move, the county's own
_RUNNING = re.compile(r"(?:年均|累计)\D*(?:[\d.]+[%％]?[、和]\D*)*$")
_SHARE_CUE_HEAD = re.compile("^" + any_of([*SHARE_COMPARATORS, *_LEX["share_figure_cues"]]))
_SHARE_OWNER = re.compile(r"(?:贡献|提供|创造|吸纳|完成|实现|占据|占有|占).*$")
_SHARE_WORD = re.compile(r"比重|比例|占比")
_TERM_AFTER_RANK = re.compile(r"(?:产业|行业|城市|位置|任务|目标)")
_YEAR = re.compile(r"\d{4}")
_YEAR_SPAN = re.compile(r"\d{4}-\d{4}")


# ---------------------------------------------------------------- the assembler


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of the disjoint, sorted `spans` (bisect: pages with many
    masked spans made the pairwise check quadratic)."""
    if not spans:
        return False
    i = bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


# what a masked run keeps: line breaks and the marks that end clauses and sentences (`2个？；ぎa业…`:
# the `；` still closes the clause before the damage), but not `?`, which there stands for lost
# characters
_DAMAGE_CHAR = re.compile(r"[^\s，,；;：:。！!、]")


def _blanked(text: str, masked: list[tuple[int, int]]) -> str:
    """The text with the characters of its masked (mojibake) spans turned into spaces, offsets
    unchanged: a damaged run before `制造业利润` or `1至9月` must not become part of the metric nor hide
    that the time word opens its sentence; sentences and clauses already skip edge spaces. Quotes are
    taken from the cleaned text by span, so they keep the run."""
    if not masked:
        return text
    parts, at = [], 0
    for a, b in masked:
        parts.append(text[at:a])
        parts.append(_DAMAGE_CHAR.sub(" ", text[a:b]))
        at = b
    parts.append(text[at:])
    return "".join(parts)


def assemble_facts(
    text: str,
    *,
    doc_region: Any = None,
    pub_year: int | None = None,
    pub_month: int | None = None,
    masked: list[tuple[int, int]] | None = None,
    title_span: tuple[int, int] | None = None,
    warnings: list[str] | None = None,
) -> list[Draft]:
    """All facts of a cleaned text, in text order, each a Draft with spans into `text`.
    Problems are appended to `warnings` (a sentence that cannot be read is skipped)."""
    warnings = warnings if warnings is not None else []
    masked = _merged(masked or [])
    try:
        # figures are read from the text as it is (a numeral cut by a masked run is dropped whole)
        found = find_quantities(text)
    except Exception as exc:  # the recognizer failing on one page must not end a batch
        warnings.append(f"facts: quantities not read ({type(exc).__name__}: {exc})")
        found = []
    quantities = [q for q in found if not _overlaps_any(q.start, q.end, masked)]
    text = _blanked(text, masked)
    quantities.sort(key=lambda q: q.value_start)
    q_starts = [q.value_start for q in quantities]
    paragraphs = segment(text)
    # time words and region names are read only where they can matter: paragraphs with a figure,
    # and colon-ended lead-ins (a 20 MB page of prose costs no more than its figures)
    times: list[TimeSpan] = []
    mentions: list[tuple[int, int, Any]] = []
    for para in paragraphs:
        has_figure = bisect_left(q_starts, para.start) < bisect_left(q_starts, para.end)
        if has_figure or text.find("：", para.start, para.end) >= 0:
            body = text[para.start : para.end]
            times.extend(find_time_spans(body, pub_year, pub_month, offset=para.start))
        if has_figure:
            mentions.extend((s + para.start, e + para.start, r) for s, e, r in find_region_mentions(body))
    doc = _Doc(
        text=text,
        times=times,
        mentions=mentions,
        doc_region=doc_region,
        pub_year=pub_year,
        pub_month=pub_month,
        title_span=title_span,
        q_starts=q_starts,
        measure_starts=[q.value_start for q in quantities if q.role == "measure"],
        paragraphs=paragraphs,
    )
    names = {n for _s, _e, r in doc.mentions for n in (r.name, *getattr(r, "aliases", ()))}
    names |= {doc.text[s:e] for s, e, _r in doc.mentions}
    doc.region_names = tuple(sorted((n for n in names if n and n != "全国"), key=len, reverse=True))
    drafts: list[Draft] = []
    intro: tuple[str, str | None] | None = None  # status and period a list's colon-ended lead-in gives
    for para in paragraphs:
        if intro is not None and not _list_item(doc, para):
            intro = _time_line(doc, para)  # `过去5年` between a list's items: the items after it are of that time
        # (a paragraph without a figure is not split into sentences here)
        for sent in para.sentences if bisect_left(q_starts, para.start) < bisect_left(q_starts, para.end) else ():
            sq = quantities[bisect_left(q_starts, sent.start) : bisect_left(q_starts, sent.end)]
            if not sq:
                continue
            try:
                made = _sentence_facts(doc, sent, sq)
                made = _with_pool_wholes(doc, sent, sq, made)
                made = _with_rank_fields(doc, sent, sq, made)
                for d in made:
                    _finish(doc, para, d, made, intro)
                _doubled_over_years(doc, made)
                _years_in_turn(doc, made)
                _gap_of_average(doc, made)
                _largest_rank_metric(doc, made)
                made = [d for d in made if not _place_move(d)]
            except Exception as exc:  # one unreadable sentence must not cost the document its facts
                warnings.append(f"facts: sentence at {sent.start} skipped ({type(exc).__name__}: {exc})")
                continue
            drafts.extend(made)
            if made:
                doc.prev_plan = _is_plan(doc, made[-1])
        lead_in = _lead_in(doc, para)
        if lead_in == ("actual", None):
            lead_in = None  # `要点如下：` gives its items neither a status nor a period: headings below still carry theirs
        if lead_in is not None:
            intro = lead_in
        doc.heading_span = None
        doc.opening_status = None
        opening = _opening_period(doc, para)
        if opening is not NO_OPENING:
            doc.carried = opening
            doc.carried_span = doc.heading_span
            doc.carried_status = doc.opening_status
        elif doc.carried_status == "target" and _narrative_break(doc, para, q_starts):
            doc.carried = doc.carried_span = doc.carried_status = None
        if lead_in is not None and lead_in[1] is None and isinstance(opening, str) and doc.carried_status == "target":
            # `主要目标包括：\n1. 规模能级：到2027年，…` (the lead-in joined to its first item): the items after
            # it go on with that item's horizon
            intro = (lead_in[0], opening)
    _fill_bare_metrics(doc, drafts)
    return _page_period(doc, dedupe(_heading_restatements(doc, paragraphs, drafts)))


NARRATIVE_PARAGRAPH = 80  # characters: a paragraph of prose, not a heading or a goal's line


def _narrative_break(doc: _Doc, para: Paragraph, q_starts: list[int]) -> bool:
    """A long paragraph of prose with no figure (`近年来，新疆锚定…`) after a horizon's lead (`到2030年，…`):
    the goals end there, and the figures after it are not the horizon's."""
    if para.end - para.start < NARRATIVE_PARAGRAPH or bisect_left(q_starts, para.start) < bisect_left(q_starts, para.end):
        return False
    return doc.text.find("：", para.start, para.end) < 0 and doc.text.find(":", para.start, para.end) < 0


def _place_move(d: Draft) -> bool:
    """`前移3位`, `较上月提升2个位次`: a move of places is read (so its words name no other figure) but is
    no fact: the places themselves are (`由161位上升至84位` is two rank facts)."""
    return d.unit == "other" and d.unit_text in ("位", "位次") and d.kind == "growth"


BARE_RANK = re.compile(r"(?:全国|全省|全市|全区|全球)?排名")
OWNERLESS_RATE = re.compile(r"^(?:增速|增幅)(?:高于|低于|快于|慢于|高出|低出|比|较)|^(?:高于|低于|快于|慢于|高出|低出)(?:全国|全省|全市|全区)$")
FILL_REACH = 200  # characters: how far back an earlier figure's metric is taken up


def _fill_bare_metrics(doc: _Doc, drafts: list[Draft]) -> None:
    """`…规上工业增加值增长8.5%。其中4月当月同比增长12.2%，居全国第4位`: a figure whose sentence names no
    indicator is of the one the figure just before it (in an earlier sentence) was; an empty metric could
    only fail."""
    for i, d in enumerate(drafts):
        if OWNABLE_ATTRIBUTE.fullmatch(d.metric):
            d.metric = _topic_attribute(drafts[:i], d)
            continue
        bare_rank = d.kind == "rank" and BARE_RANK.fullmatch(d.metric)
        bare_rate = d.unit == "pp" and OWNERLESS_RATE.match(d.metric)
        if d.metric and not bare_rank and not bare_rate:
            continue
        for p in reversed(drafts[:i]):
            if d.pos - p.pos > FILL_REACH or p.sentence.paragraph != d.sentence.paragraph:
                break
            if (bare_rank or bare_rate) and p.metric and p.kind != "rank" and p.unit != "pp" and p.subject == d.subject:
                rate = "" if d.metric.startswith(("增速", "增幅")) or d.kind != "growth" else "增速"  # 高于全国0.9个百分点: the rate's gap
                d.metric = _gap_root(p.metric) + rate + d.metric  # not a gap's, not the reference scope's own figure
                break
            if bare_rate:
                continue
            if not bare_rank and d.unit == "%" and d.kind == "growth" and p.unit == "count" and (m := MEMBER_INDICATOR.match(p.metric)):
                d.metric = m.group(1)  # 5个市规上工业增加值同比增长。其中，A市同比增长4.9%: the members' indicator
                break
            if not bare_rank and p.metric and p.kind == d.kind and p.unit == d.unit and d.kind in ("growth", "level"):
                d.metric = p.metric
                break


# an attribute said bare after a figure of a named industry or cluster is that industry's
OWNABLE_ATTRIBUTE = re.compile(r"(?:上缴税金|税收|利税|利润总额|利润|营收|营业收入|销售收入|总产值|产值)")


def _topic_attribute(before: list[Draft], d: Draft) -> str:
    """`全省县域特色产业集群完成营收1.6万亿元…；上缴税金436亿元`: a bare attribute right after a figure of
    a named industry, cluster or chain (in reach, same paragraph) is that one's (县域特色产业集群上缴税金)."""
    p = next((p for p in reversed(before) if p.metric and p.kind != "rank"), None)
    if p is None or d.pos - p.pos > FILL_REACH or p.sentence.paragraph != d.sentence.paragraph:
        return d.metric
    if p.subject != d.subject:
        return d.metric  # 临港新片区规上工业总产值…。其中，特斯拉完成产值…: a body's own attribute
    if p.metric.endswith(d.metric) and len(p.metric) > len(d.metric) and p.unit != "pp":
        return p.metric  # …上缴税金436亿元，增速达2.5%: the same one's rate
    head = M.industry_of(p.metric)
    return head + d.metric if head and head != d.metric else d.metric


HEADING_MAX = 30  # characters: a line this short, with no sentence mark, heads the section below it


def _is_heading(doc: _Doc, para: Paragraph) -> bool:
    line = doc.text[para.start : para.end].strip()
    return 0 < len(line) <= HEADING_MAX and not re.search(r"[。；！？!?;：:，,]", line)


def _heading_restatements(doc: _Doc, paragraphs: list[Paragraph], drafts: list[Draft]) -> list[Draft]:
    """A section heading's figure that the body below states (`目标突破2万亿元` over `…力争突破2万亿元`;
    `六成行业增速回升` over `41个行业中有25个增速较上月回升`): one fact, the body's."""
    heads = {p.index for p in paragraphs if _is_heading(doc, p)}
    below = [b for b in drafts if b.sentence.paragraph not in heads and not b.title]
    return [
        d
        for d in drafts
        if not (d.title or d.sentence.paragraph in heads) or not any(_restated_below(doc, d, b) for b in below if b.pos > d.pos)
    ]


def _restated_below(doc: _Doc, head: Draft, body: Draft) -> bool:
    if same_figure(head, body) and head.status == body.status:
        return True
    # 六成行业…: an approximate share of a set whose count the body gives (…中有25个行业)
    noun = head.metric[:2]
    return head.unit_text == "成" and body.unit == "count" and len(noun) == 2 and noun in doc.text[body.clause.start : body.clause.end]


_POOL_WHOLE = re.compile(
    r"([\u4e00-\u9fff]{1,10}?)(?:中|里)?[，,]?(?:有|共有|预计有?)?([\d一二三四五六七八九十两]+)(?=[个种家项类条])"
)
_POOL_PART_REST = re.compile(r"[个种家项类条]([^，。；、\d]{0,16})")
_GROWTH_PREDICATE = re.compile(r"(?:实现|保持|均|都)?(?:正)?增长|(?:实现|保持)[^，。；]{0,4}增长|下降|盈利|亏损|增速")


def _with_pool_wholes(doc: _Doc, sent: Sentence, sq: list, made: list[Draft]) -> list[Draft]:
    """`全市38个工业大类行业中有29个行业实现增长`, `在监测的50种重点产品中，有32种产量增长`: the whole
    (38 工业大类行业) is a figure as well as the part; the part is named by what its members did
    (实现增长的行业)."""
    out = list(made)
    for q in sq:
        if q.unit != "count" or q.role != "measure" or q.comparator != "=" or any(d.pos == q.value_start for d in made):
            continue
        if not _DIGIT.match(q.text[q.value_start - q.start :]):
            continue  # 总量靠前的十个行业中: a selection, not a count reported
        m = _POOL_WHOLE.match(doc.text, q.end, sent.end)
        if not m or ("中" not in m.group(0) and "有" not in m.group(0) and "预计" not in m.group(0)):
            continue
        part_at = m.start(2)
        part = next((d for d in made if d.pos == part_at and d.unit == "count"), None)
        if part is None or part.value >= q.value or doc.text[part_at + len(m.group(2))] != q.unit_text[:1]:
            continue
        noun = m.group(1)
        clause = next((c for c in sent.clauses if c.start <= q.value_start < c.end), None)
        if clause is None:
            continue
        whole = _new_draft(doc, sent, clause, q, noun)
        rest = _POOL_PART_REST.match(doc.text, part_at + len(m.group(2)), sent.end)
        words = rest.group(1) if rest else ""
        pred = _GROWTH_PREDICATE.search(words)
        if not pred:
            continue  # 17个项目中有5个是…: only a field whose members grew or fell (an 增长面) is reported whole
        if "的" not in part.metric and pred.group(0) != "增速":  # (…增速较上月加快: the part's own words name it)
            own = words[: pred.start()]  # 有29个行业实现增长: 行业; 有32种产量保持增长: 产量 of the whole's noun
            if own.startswith(noun) and len(own) > len(noun):
                own = own[len(noun) :]  # 14个市中有5个市规上工业增加值同比增长: the members' indicator
            member = own if own and own in noun else noun
            attribute = own if own and own not in noun else ""
            part.metric = attribute + words[pred.start() : pred.end()] + "的" + member
        out.insert(out.index(part), whole)
    return out


_MILESTONE_PHRASE = re.compile(r"(?:跨过|迈过|跨越|越过|迈上|跃上|突破)[^、，,]{0,12}?(?:大关|新台阶|台阶|关口)")
_NTH_LARGEST = re.compile(r"第[一二三四五六七八九十\d]+大$|^最大$")
_NTH_OF_CLASS = re.compile(r"第[一二三四五六七八九十\d]+个")
_NTH_SCOPE = re.compile(r"(?:成为|是|跃升为|晋升为)(?:[^，。；、]{0,8}、)?([^，。；、]{0,8})$")


def _nth_place_rank_metric(doc: _Doc, d: Draft) -> str:
    """`成为河北首个、全国第27个万亿城市`: the class of places after 第N个 and the scope before it, as
    gold names it (万亿城市全国排名); '' where the clause is not so shaped."""
    k = doc.text.rfind("第", d.clause.start, d.pos + 1)
    m = _NTH_SCOPE.search(doc.text, max(d.clause.start, k - 14), k) if k >= 0 else None
    stop = re.search(r"[，。；,;、（(]", doc.text[d.end : d.clause.end])
    noun = doc.text[d.end : d.end + stop.start() if stop else d.clause.end].replace("的", "").replace("大关", "")
    if not m or not noun:
        return ""
    return noun + m.group(1).strip() + "排名"


def _largest_rank_metric(doc: _Doc, made: list[Draft]) -> None:
    """`世界第三大的光伏玻璃生产企业`, `全国第二大汽车生产基地`: the place is among what follows, in the scope
    before (世界光伏玻璃生产企业排名), not of the words before."""
    for d in made:
        if d.unit == "rank" and _MILESTONE_PHRASE.search(d.metric):
            d.metric = _MILESTONE_PHRASE.sub("", d.metric)  # 经济总量跨过两个万亿元大关、跃升至全国第五位: 经济总量全国排名
        if d.unit == "rank" and _NTH_OF_CLASS.fullmatch(d.unit_text):
            d.metric = _nth_place_rank_metric(doc, d) or d.metric
            continue
        if d.unit != "rank" or not _NTH_LARGEST.search(d.unit_text):
            continue
        after = re.sub(r"^、[^，。；、]{0,6}第[二三四五六七八九十]大", "", doc.text[d.end : d.clause.end])  # 国内最大、世界第三大的…
        noun = M.metric_after(re.sub(r"^的", "", after))
        k = d.pos if d.unit_text == "最大" else doc.text.rfind("第", d.clause.start, d.pos + 1)
        scope = re.search(r"(?:全国|全省|全球|世界|国内|省内|亚洲|全市|我国|中国)$", doc.text[max(d.clause.start, k - 2) : k])
        if noun and scope:
            d.metric = scope.group(0) + noun + "排名"


_YEARS_DOUBLED = re.compile(r"(?:(?<![\d])([一二三四五六七八九十两\d]{1,2})年(?:来|间|内)?)?(?:实现|已经|已)?翻$")


def _doubled_over_years(doc: _Doc, made: list[Draft]) -> None:
    """`高新技术企业总数突破1万户、三年翻一番`: the growth 翻N番 is of the noun named before (the metric left
    before it is only `三年翻`), over the N years that end in the figure's year."""
    if not any(d.unit_text == "番" for d in made):
        return
    for k, d in enumerate(made):
        m = _YEARS_DOUBLED.search(d.metric)
        if not m:
            continue
        d.metric = d.metric[: m.start()]  # 数字经济规模三年翻两番，达到2000亿元: the later figure's too
        if d.unit_text != "番":
            continue
        if not d.metric.strip() and k > 0 and made[k - 1].sentence is d.sentence:
            d.metric = made[k - 1].metric
        years = _count_value(m.group(1)) if m.group(1) else None
        if years and d.period and re.fullmatch(r"\d{4}", d.period) and not d.period_fixed:
            d.period = f"{int(d.period) - years + 1}-{d.period}"


GAP_AFTER_RATE = re.compile(r"\s*[，,、]?\s*(?:分别)?(?:高于|低于|快于|慢于|高出|低出|比[^，。；]{0,6}(?:高|低|快|慢))")


def _gap_of_average(doc: _Doc, made: list[Draft]) -> None:
    """`GDP年均增长7.1%，高于全省平均增速0.1个百分点`: a gap in points said right after an average rate
    compares that rate, over the same span."""
    for a, b in zip(made, made[1:]):
        if b.unit != "pp" or a.kind != "growth" or a.unit != "%" or not _YEAR_SPAN.fullmatch(a.period or ""):
            continue
        if b.period == a.period or b.period_fixed or doc.times_in(b.clause.start, b.pos):
            continue
        if GAP_AFTER_RATE.match(doc.text, a.end) and "年均" in doc.text[a.clause.start : a.pos]:
            b.period = a.period


IN_TURN = re.compile(r"分别")
LIST_GAP = ("、", "和", "及", "，")
SPAN_SUM_OR_AVERAGE = re.compile(r"年均|平均|累计|合计|共计|总计")


def _years_in_turn(doc: _Doc, made: list[Draft]) -> None:
    """`2017年至2021年，规上工业增加值增速分别为8.5%、8.3%、8.0%、4.5%、9.8%`: as many figures of one
    indicator as the span has years, listed after 分别, are the span's years in turn (a list of names
    before 分别 takes the figures instead: `A、B分别增长…` keeps the span)."""
    by_clause: dict[int, list[Draft]] = {}
    for d in made:
        by_clause.setdefault(d.clause.start, []).append(d)
    for group in by_clause.values():
        period = group[0].period or ""
        if len(group) < 2 or not _YEAR_SPAN.fullmatch(period) or any(d.period != period or d.period_fixed for d in group):
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


def _page_period(doc: _Doc, drafts: list[Draft]) -> list[Draft]:
    """A release whose achieved figures all speak of one period (`前三季度` said once, mid-page): its
    achieved figures in sentences with no time word at all (not 目前, not a base year) are of it too."""
    periods = {d.period for d in drafts if d.status == "actual" and d.period and not d.change_base}  # (a base year is another's)
    if doc.pub_year is None:
        return drafts  # an undated excerpt: one year named mid-page does not date the rest (`2月28日，…签约9个项目`)
    if len(periods) != 1 or not re.fullmatch(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])?", next(iter(periods))):
        return drafts
    (period,) = periods
    for d in drafts:
        if d.period is None and d.status == "actual" and not d.change_base:
            sent = d.sentence
            if not doc.times_in(sent.start, sent.end) and not _PRESENT_WORD.search(sent.text):
                d.period = period
    return drafts


_PRESENT_WORD = re.compile(r"目前|当前|现阶段|如今|现有|截至|截止")


ENUMERATOR = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]是|——|[-•·●■◆▲★○□◇◎※])")
PLAN_HEADING = re.compile(r"目标|计划|任务|预期")
_HEADING_MARKS = re.compile(r"[。！？，,%]")


def _list_item(doc: _Doc, para: Paragraph) -> bool:
    """A paragraph that reads as an item of a list: short or opened by an enumerator, with no time
    word of its own (`过去一年，…` opens a new stretch, not an item)."""
    body = doc.text[para.start : para.end]
    if BULLET.match(body):
        return True  # `●在速度指标上，…2027年…`: a bulleted goal under its heading, its own years or not
    return (len(body) <= 60 or bool(ENUMERATOR.match(body))) and not doc.times_in(para.start, para.end)


BULLET = re.compile(r"[•·●■◆▲★]")


def _lead_in(doc: _Doc, para: Paragraph) -> tuple[str, str | None] | None:
    """`今年主要预期目标是：` (its line may have been joined to the first item): the status and period
    the list items in the following short paragraphs inherit."""
    at = max(doc.text.rfind("：", para.start, para.end), doc.text.rfind(":", para.start, para.end))
    if (at < 0 and para.end - para.start > 30) or (at >= 0 and para.end - (at + 1) > 80):
        return None  # (most paragraphs: no heading, no closing list; read without copying them)
    body = doc.text[para.start : para.end]
    colon = at - para.start if at >= 0 else -1  # the paragraph's last colon
    if colon < 0 and len(body) <= 30 and not _HEADING_MARKS.search(body) and PLAN_HEADING.search(body):
        # a heading (■ 2025年主要预期目标) over a bullet list
        at = para.end
        sent = para.sentences[-1] if para.sentences else None
        if sent is None:
            return None
        times = [t for t in doc.times_in(sent.start, at) if t.period]
        if not times and not doc.times_in(para.start, para.end):  # a figure-less heading: its time words not read yet
            times = [t for t in find_time_spans(body, doc.pub_year, doc.pub_month) if t.period]  # (■ 未来五年主要目标任务)
        period = times[-1].period if times else None
        return modality.status_at(sent.text, len(sent.text), period=period, pub_year=doc.pub_year, pub_month=doc.pub_month), period
    if colon < 0 or len(body) - (colon + 1) > 80:
        return None  # a colon that opens the paragraph's last short stretch: the list begins there
    at = para.start + colon
    sent = next((s for s in para.sentences if s.start <= at < s.end), None)
    if sent is None:
        return None
    times = [t for t in doc.times_in(sent.start, at) if t.period]
    period = times[-1].period if times else _heading_after_colon(doc, para, at)
    status = modality.status_at(
        sent.text, at - sent.start, period=period, pub_year=doc.pub_year, pub_month=doc.pub_month
    )
    return status, period


def _time_line(doc: _Doc, para: Paragraph) -> tuple[str, str] | None:
    """A short line of a list that is only a time word (`过去5年`, `2025年`): the status and period of
    the items below it."""
    body = doc.text[para.start : para.end].strip()
    if len(body) > 12 or re.search(r"[，。；,;：:\d%％]", re.sub(r"\d+年", "", body)):
        return None
    times = [t for t in find_time_spans(body, doc.pub_year, doc.pub_month) if t.period]  # (a figure-less line: not read before)
    if len(times) != 1 or len(times[0].text) < len(body) - 4:
        return None
    period = times[0].period
    return modality.status_at(body, len(body), period=period, pub_year=doc.pub_year, pub_month=doc.pub_month), period


def _heading_after_colon(doc: _Doc, para: Paragraph, at: int) -> str | None:
    """`要点如下：\n一、2025年工作回顾` (the heading joined to its lead-in): the heading's year."""
    after = doc.text[at + 1 : para.end].strip()
    if not after or len(after) > SECTION_HEADING or not re.match(r"[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]", after):
        return None
    times = [t for t in doc.times_in(at + 1, para.end) if t.period and re.fullmatch(r"\d{4}(?:-\d{4})?", t.period)]
    return times[0].period if times else None


# ---------------------------------------------------------------- not facts


def _is_candidate(doc: _Doc, clause: Clause, q) -> bool:
    text = doc.text
    if q.role != "measure":
        return False
    if q.value == 0 and not _DIGIT.match(q.text[q.value_start - q.start :]):
        return False  # 零部件, 零碳: 零 is not a figure here
    after = text[q.value_end : q.value_end + 1]
    if (after == "大" and q.unit not in ("CNY", "USD", "%", "pp") and not q.unit_text) or q.unit_text == "大":
        return False  # 6大主导产业集群, 三大行动: numbering a framework's parts (not 4个大项目, 38所大中专院校)
    if _in_slogan(text, clause, q):
        return False
    if q.unit_text == "升" and RISE_FALL.match(text, q.end):
        return False  # 十大重点行业九升一降: a tally of movers, not litres
    if not_a_figure(text, clause.start, clause.end, q):
        return False  # 从三个关键词来解读, 入选全国首批20个试点城市, 亿纬锂能
    if q.unit == "count" and _numbers_a_list(text, clause, q):
        return False
    if q.unit == "rank" and q.unit_text.endswith("强") and _HAN.match(after) and not _IN_LIST.match(
        text[q.value_end : q.value_end + 2]
    ) and not joins_strong_places(text, q.value_start, q.value_end) and not _entered_top(text, clause, q):
        return False  # 百强县, 百强城市榜单: a class in a name, not this region's rank
    if q.unit == "rank" and _TERM_AFTER_RANK.match(text[q.end : q.end + 2]) and not joins_strong_places(text, q.value_start, q.value_end):
        return False  # 首位产业: a term, not a rank
    if q.unit == "count" and POOL.search(text[clause.start : q.start]) and text.find("中", q.end, clause.end) >= 0:
        return False  # 在全省11个设区市中排名第一: the size of the field ranked in (_with_rank_fields adds it)
    if q.unit == "count" and POOL_AFTER.match(text, q.end):
        return False  # 36个行业大类中有25个行业增长: the field the figure is counted in
    if q.unit == "count" and ATTENDING.match(text, q.end):
        return False  # 233名区二届人大代表出席大会
    if q.unit == "count" and q.unit_text in ("人", "名") and ATTENDANCE.search(text[clause.start : q.start]):
        return False  # 出席代表486人: who sat in a meeting, not an indicator
    if q.unit == "count" and PROGRAMME.match(text[q.value_end : q.value_end + 8]) and not _in_count_list(text, clause, q):
        return False  # 十二项重点任务, 三项举措: numbering a programme's parts
    if q.unit == "count" and re.search(r"(?:提出|设置|设定|包括|涵盖)$", text[max(clause.start, q.start - 4) : q.start]) and re.match(
        r"[\u4e00-\u9fff]{0,4}指标", text[q.end : q.end + 8]
    ):
        return False  # 纲要提出20项主要指标: how many indicators a plan sets, not one of them
    if q.unit == "count" and _spells_code(doc, q):
        return False  # “1269”行动计划…12条重点产业链…6个先进制造业集群: the parts the code numbers
    return True


FIELD_NOUN = re.compile(r"([^，。；、,;\d中]{1,12})中")
FIELD_RANKED = re.compile(r"[^。；;]{0,30}?(?:第[\d一二三四五六七八九十]|前[\d一二三四五六七八九十]|首位|排名|排位|位列|位居|领跑|之首)")


FIELD_TEST = re.compile(r"(?:综合)?(?:考评|考核|评价|评比|评估|测评|排名)$")  # 在126家开发区考核中: the field, not the test
FIELD_SCOPE = re.compile(r"在([^，。；、,;\d]{0,8})$")


def _with_rank_fields(doc: _Doc, sent: Sentence, sq: list, made: list[Draft]) -> list[Draft]:
    """`在217家国家级经开区中位列第14位`, `在安徽省59个县(市)中，…排名第一`: the size of the field a rank
    is taken in, counted in digits, is a figure too (fresh-set convention: count 217, subject the field's
    scope: 全国 unless a place or 全省 is named); the rank keeps its own reading. Written in words (在全省
    十一个设区市中) it stays a name."""
    out = list(made)
    for q in sq:
        if q.unit != "count" or q.comparator != "=" or any(d.pos == q.value_start for d in made):
            continue
        if not _DIGIT.match(q.text[q.value_start - q.start :]):
            continue
        clause = next((c for c in sent.clauses if c.start <= q.value_start < c.end), None)
        scope = FIELD_SCOPE.search(doc.text, max(clause.start, q.start - 10), q.start) if clause else None
        noun = FIELD_NOUN.match(doc.text, q.end, clause.end) if scope else None
        if not noun or not FIELD_RANKED.match(doc.text, noun.end()):
            continue
        # (县(市) in plain brackets, as the fresh sets' gold writes a field's name)
        name = FIELD_TEST.sub("", noun.group(1).strip()).replace("（", "(").replace("）", ")")
        whole = _new_draft(doc, sent, clause, q, name)
        whole.subject = _field_scope(doc, scope.start(1), scope.end(1), name)
        out.append(whole)  # (after the sentence's own facts: a list of places is shared out by their order)
    return out


def _field_scope(doc: _Doc, lo: int, hi: int, name: str):
    """The place whose field it is: one named there (在安徽省…), the province of 全省 (or of a field of
    省级 bodies), else the country."""
    groups = _mention_groups(doc, lo, hi)
    if groups:
        return groups[-1][-1][2]
    if "全省" in doc.text[lo:hi] or name.startswith("省"):
        return _whole_of(doc, "全省") or doc.doc_region
    return resolve_region("全国")


ENTER_TOP = re.compile(r"(?:进入|跻身|入围|迈入|挺进|位列|位居|稳居)(?:全国|全省|全球|世界|国内|省内)?$")


def _entered_top(text: str, clause: Clause, q) -> bool:
    """`唯一进入前30强的国家级经开区`: a place entering the top N (then 的 and what it is), its own rank."""
    return text.startswith("的", q.end) and bool(ENTER_TOP.search(text, max(clause.start, q.start - 8), q.start))


_COUNT_ITEM = r"\d+(?:\.\d+)?万?[项个条家座件所处]"
_COUNT_ITEM_BEFORE = re.compile(_COUNT_ITEM + r"[\u4e00-\u9fff]{1,8}[、和及与]$")
_COUNT_ITEM_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}[、和及与]" + _COUNT_ITEM)


def _in_count_list(text: str, clause: Clause, q) -> bool:
    """`确定了45项评价指标、90项重点任务、120项水利工程`: a count in digits listed with another count is a
    figure like its neighbours, even of tasks or works (a programme numbered alone, 十二项重点任务, is not)."""
    if not _DIGIT.match(q.text[q.value_start - q.start :]):
        return False
    before = text[max(clause.start, q.start - 16) : q.start]
    return bool(_COUNT_ITEM_BEFORE.search(before) or _COUNT_ITEM_AFTER.match(text[q.end : min(clause.end, q.end + 18)]))

RISE_FALL = re.compile(r"[一二三四五六七八九十两\d]{1,2}[降平]")


CODE_REACH = 400  # characters after a framework code within which its parts are numbered
CODE_PART_NOUN = re.compile(any_of(_LEX["code_part_nouns"]))


def _spells_code(doc: _Doc, q) -> bool:
    """A count that is one component of a framework code named shortly before it (`“1269”行动计划`,
    `“5+X”`), counting a framework-like noun: it numbers the framework's parts, not an indicator."""
    if q.value != int(q.value) or q.value_max is not None or not CODE_PART_NOUN.search(doc.text[q.end : q.end + 24]):
        return False
    if doc.codes is None:
        from chanye.extract.frameworks import find_codes  # only pages with a count need the codes

        doc.codes = [(c.code, c.start, c.end) for c in find_codes(doc.text)]
    digits = str(int(q.value))
    for code, start, end in doc.codes:
        if end > q.value_start or q.value_start - end > CODE_REACH or start <= q.value_start < end:
            continue
        between = doc.text[end : q.value_start]
        # (“7”就是…，“28”就是壮大28个…: each part explained in its own clause)
        sentence_head = re.search(r"[。！？\n；;，,]\s*“?([0-9]{1,3})”?(?:就是|即|是指|指)[^。！？\n；;，,]*$", between)
        if re.search(r"[。！？\n]", between) and not (sentence_head and sentence_head.group(1) == digits):
            continue  # the parts are numbered in the code's own sentence (or one explaining “12”就是…)
        parts = code.split("+") if "+" in code else [code]
        if any(p == digits or ("+" not in code and len(p) > len(digits) and digits in p) for p in parts):
            return True
    return False


def _in_slogan(text: str, clause: Clause, q) -> bool:
    """A number inside a short quoted slogan (“四个高地”, ‘六个迈上新台阶’, “一体两翼”)."""
    lo = max(clause.start, q.value_start - 16)  # a slogan is short
    open_at = max(text.rfind("“", lo, q.value_start), text.rfind("‘", lo, q.value_start))
    if open_at < 0:
        return False
    close_at = max(text.rfind("”", open_at, q.value_start), text.rfind("’", open_at, q.value_start))
    if close_at > open_at:
        return False
    m = CLOSE_QUOTE.search(text, q.value_end, min(clause.end + 1, q.value_end + 16))
    if not m:
        return False
    inner = text[open_at + 1 : m.start()]
    return len(inner) <= 12 and not _DIGIT.search(inner)


def _numbers_a_list(text: str, clause: Clause, q) -> bool:
    """`朴席、八里2个污水处理厂`: the count equals the items listed right before (or right after, in
    brackets or after a colon), so it only numbers them."""
    # 制造、圈链、新质、突破四个关键词: a cue word (突破) read as the figure's comparator is the last item
    end = q.value_start if text[q.start - 1 : q.start] == "、" else q.start
    before = text[max(clause.start, end - LIST_REACH) : end]
    before = _LIST_CUT.split(before)[-1]
    items = [i for i in before.split("、") if i.strip()]
    if len(items) >= 2 and not any(_DIGIT.search(i) for i in items):
        # 新一代信息技术、高端装备、新材料等3个产业: a count equal to the items listed numbers them
        # (with 等 too); 医药、智能终端等25个特色园区 lists examples of more
        joined_last = 0 if before.rstrip().endswith("等") else len(_AND_WORD.split(items[-1])) - 1
        if abs(q.value - len(items)) < 1e-9 or (joined_last and abs(q.value - len(items) - joined_last) < 1e-9):
            return True
    after = text[q.end : min(len(text), q.end + 200)]
    m = re.match(r"[^，。；、（(：:]{0,16}(?:[（(：:]|分别是|分别为|依次是|依次为)([^）)。；]*)", after)
    if m:
        body = m.group(1) if re.search(r"[（(：:]$", m.group(0)[: m.start(1)]) else m.group(1).split("，")[0]
        listed = [i for i in _ITEM_SEP.split(body) if i.strip()]
        joined = 1 if len(listed) >= 2 and re.search(r"和|及", listed[-1]) else 0
        if len(listed) >= 2 and (abs(q.value - len(listed)) < 1e-9 or abs(q.value - len(listed) - joined) < 1e-9):
            return True
    return False


# 总投资93.57亿元的27个项目: an amount with a total's word before it and the count right after its 的 is
# the total of the counted items, a fact beside the count (产值规模300亿元的产业集群2个 stays a class).
_AGGREGATE_BEFORE = re.compile(r"(?:总投资|投资总额|总额|引资额|签约额|投资额|合计|总计|共计)[达为约共计近超过]{0,2}$")


# 11个项目总投资额超20亿元: a bound on the total of the counted items is a fact (有45家企业营收超百亿元,
# a bound each of them passes, is not)
_TOTAL_BETWEEN = re.compile(r"总投资|总额|总产值|总金额|合计|共计|累计")


def _INVESTED_TOTAL(nxt, between: str) -> bool:
    """6个动工项目总投资额达16.55亿元: the count of projects stays a fact beside their invested total."""
    return nxt.unit in ("CNY", "USD") and bool(re.search(r"总投资|投资总额|总额|总金额", between))


def _aggregate_of_count(text: str, q, counts: list) -> bool:
    if q.comparator != "=" or q.unit not in ("CNY", "USD") or not text.startswith("的", q.end):
        return False
    if not any(c.value_start == q.end + 1 for c in counts):
        return False
    return bool(_AGGREGATE_BEFORE.search(text, max(0, q.start - 8), q.start))


def _drop_thresholds(doc: _Doc, clause: Clause, cq: list) -> list:
    """Within one list item, a count is the fact; an amount beside it qualifies the counted noun
    (`新签约3亿元以上制造业项目216个`, `有45家工业企业营收超百亿元`, `产值规模300亿元的产业集群2个`)."""
    if len(cq) < 2:
        return list(cq)  # a lone figure neither qualifies another nor opens another's noun phrase
    text = doc.text
    seps = _seps(text, clause)
    items: dict[int, list] = {}
    for q in cq:
        items.setdefault(bisect_left(seps, q.value_start), []).append(q)
    dropped: set[int] = set()
    for group in items.values():
        counts = [c for c in group if c.unit == "count"]
        for q in group:
            if q.unit == "count" or _aggregate_of_count(text, q, counts):
                continue
            # the amount qualifies the counted noun when it comes first (3亿元以上制造业项目216个) or is a
            # bound (有45家工业企业营收超百亿元); 198家重点企业完成工业总产值3748亿元 states an amount
            qualifies = any(c.value_start > q.value_start for c in counts) or (
                counts and q.comparator != "=" and not _TOTAL_BETWEEN.search(text, counts[0].end, q.start)
            )
            if qualifies and (q.unit in ("CNY", "USD", "other") or (q.unit == "rank" and q.unit_text.endswith("强"))):
                dropped.add(id(q))
            elif text[q.end : q.end + 1] == "的" and any(c.value_start > q.end for c in counts):
                dropped.add(id(q))  # 产值规模300亿元的产业集群2个 (not 46%的A和67%的B: two shares)
    keep = [q for q in cq if id(q) not in dropped]
    # 16个高新区重大项目开工382个, 178家国家高新区生产总值占…14.3%: a count that opens the noun
    # phrase another figure of the same item measures only says how many hold it
    out = []
    for i, q in enumerate(keep):
        if q.unit == "count" and i + 1 < len(keep):
            between = text[q.end : keep[i + 1].start]
            holder = _holder_is_fact(q, between, keep[i + 1]) or _bodies_report(q, between) or _each_holds(q, keep[i + 1])
            if holder:
                pass  # 全市484家规上企业产值增长8.1%: the number of enterprises is the region's own count
            elif (
                _HAN_OR_QUOTE.match(between)
                and not _LINKED.search(between)
                and not (len(between) <= 3 and keep[i + 1].unit == "count")  # 17个系列200多个品种: two counts
                and not re.search(r"[（(]", between)  # 39宗新开工项目（已开工8宗）: a part in brackets
                and not _INVESTED_TOTAL(keep[i + 1], between)
            ):
                continue
            if (
                not holder
                and keep[i + 1].unit in ("%", "pp")
                and (keep[i + 1].comparator or "=") in ("=", "~")  # 12个行业增速超过10%: the count is the fact
                and re.match(r"[\u4e00-\u9fff“]", between)
                and not re.search(r"[、，；和及与]|以及", between)
                and not M.tidy(_clause_words(doc, clause.start, q.start))
            ):
                continue  # 两个行业合计拉动增长0.9个百分点, 12条重点产业链…占比达到82.1%: how many hold the rate
        out.append(q)
    return out


PROJECT_VERB = re.compile(r"(洽谈|签约|新开工|开工|开复工|复工|竣工|投产|落地|引进|储备|在建|续建)$")
PROJECT_AFTER = re.compile(r"(?:集中|已|已经)?(开工|竣工|投产|签约|落地|开复工|复工|建成)")
PLACE_CLASS = re.compile(r"(?:市州|县区|县市区|县市|区县|市|县|区|乡镇|镇|县（市、区）|县（市）)")  # places counted as members
MEMBER_RATE = re.compile(r"(?:年均)?(?:增速|增幅|增长)$")
MEMBER_RATE_BAR = re.compile(
    r"[^，。；、\d]{1,10}?(?:年均)?(?:增速|增幅|增长)(?:均|都)?(?:超过|超|高于|达到|达|在)?\d+(?:\.\d+)?%(?:以上|左右)?"
)
CLASS_NOUNS = frozenset({"产业链", "产业", "行业", "集群", "企业", "园区", "项目"})  # 8条产业链实现两位数增长
HOLDER_BODY = re.compile(r"^[^，。；、]{0,8}?(企业|公司|园区|开发区|高新区|经开区|工业园|集团|基地)")
HOLDER_PART = re.compile(r"^[^，。；、]{0,6}?(?:行业|产业|链|集群|领域|板块|门类|大类|中类|小类|品种|产品|区域)")


_REPORTING = _LEX["reporting_bodies"]
REPORTING_BODIES = re.compile(
    r"^([^，。；、（(]{0,12}?" + any_of(_REPORTING["nouns"]) + r")(?:共|累计|合计|共计)?" + any_of(_REPORTING["verbs"])
)
ENTERPRISES_ABOVE_SCALE = re.compile(r"^(?:规模以上|规上)(?:工业)?")


def _bodies_report(q, between: str) -> bool:
    """`全市46个特色产业集群共实现营业收入…`, `60家省级重点企业完成工业总产值…`, `476户规模以上工业增加值
    增长…`: bodies counted in digits that report a total together are themselves a figure (how many
    there are). A count in words (三个千亿级产业) mostly names a class or a framework's parts."""
    if q.comparator not in ("=", ">", "~") or not _DIGIT.match(q.text[q.value_start - q.start :]):
        return False
    if q.unit_text in ("家", "户") and ENTERPRISES_ABOVE_SCALE.match(between):
        return True  # 476户规模以上工业…: enterprises above scale, with the noun left out
    return bool(REPORTING_BODIES.match(between))


def _each_holds(q, nxt) -> bool:
    """`21种矿产的保有资源量全国第一`, `6项指标位居苏北第一`, `22个集群产品市场占有率超50%`: items counted
    in digits that each hold a rank, or each pass a rate, are a figure (how many hold it) beside it."""
    if q.unit != "count" or q.comparator not in ("=", ">", "~") or not _DIGIT.match(q.text[q.value_start - q.start :]):
        return False
    return nxt.unit == "rank" or (nxt.unit == "%" and nxt.comparator in (">", ">="))


def _bodies_noun(between: str) -> str:
    """The counted noun of `_bodies_report` (特色产业集群, 省级重点企业, 规模以上工业企业)."""
    m = REPORTING_BODIES.match(between)
    if m:
        return m.group(1)
    return ENTERPRISES_ABOVE_SCALE.match(between).group(0) + "企业"


def _holder_is_fact(q, between: str, nxt) -> bool:
    """A count of enterprises or zones opening the noun phrase of a rate or share (`484家规上企业产值
    增长8.1%`, `178家国家高新区生产总值占…`) is a fact of its own: how many there are. Counts of sectors,
    chains or products there (`两个行业合计拉动…`, `9条重点产业链…占比`) number a list or a framework."""
    if q.unit != "count" or nxt.unit not in ("%", "pp") or q.comparator not in ("=", ">", "~"):
        return False
    body, part = HOLDER_BODY.match(between), HOLDER_PART.match(between)
    if not body or re.search(r"[（(]", between):
        return False
    if part and not (body.start(1) == part.end() and body.end() > part.end()):
        return False  # 9条重点产业链在链规上企业…: the chains are counted (产业基地 is a body)
    return q.value >= 10 or _DIGIT.match(q.text[q.value_start - q.start :]) is not None


# ---------------------------------------------------------------- per sentence


def _sentence_facts(doc: _Doc, sent: Sentence, sq: list) -> list[Draft]:
    state = _State()
    lead: Clause | None = None  # a short figure-less clause just before (力争到“十四五”末，…)
    starts = [q.value_start for q in sq]  # sq is sorted by value_start
    for clause in sent.clauses:
        raw = sq[bisect_left(starts, clause.start) : bisect_left(starts, clause.end)]
        cq = [q for q in raw if _is_candidate(doc, clause, q)]
        if cq:
            cq = _drop_thresholds(doc, clause, cq)
        handled = (
            _structure(doc, sent, clause, raw, state)
            or _pair_structure(doc, sent, clause)
            or (cq and _bracketed_rates(doc, sent, clause, cq))
            or (raw and _double_pass(doc, sent, clause, raw, state))  # (it reads a figure of the clause)
            or (cq and _from_to(doc, sent, clause, cq, state))
            or (cq and _gaps_over_scopes(doc, sent, clause, raw, cq, state))
            or (cq and _respectively(doc, sent, clause, cq, state))
            or (cq and _each_rank(doc, sent, clause, cq, state))
            or (cq and _each_name_rank(doc, sent, clause, cq))
            or (cq and _each_subject(doc, sent, clause, cq, state))
        )
        if not handled and not cq:
            if bisect_left(starts, clause.end) == len(sq):
                # no figure after this clause: no later clause of the sentence reads the noun
                state.prev_noun = None
            else:
                words = _clause_words(doc, clause.start, clause.end)
                noun = M.framed_indicator(words) or ("" if M.FRAMING.search(clause.text) else M.tail_noun(words))
                if _DIGIT_PLACES.search(noun):
                    noun = ""  # 保持了两位数的增长，增速比上年同期提升4.9个百分点: the rate said before, not a noun
                state.prev_noun = noun or None
            lead = clause if len(clause.text) <= LEAD_CLAUSE else None
            continue
        if handled:
            _bound_after_list(doc, handled)
        made = handled or _each_holder(
            doc, clause, cq, _each_place(doc, clause, cq, _parallel_list(doc, clause, cq, _plain(doc, sent, clause, cq, state), state))
        )
        if lead is not None:
            for d in made:
                d.quote_start = lead.start  # the evidence reads with the clause that sets it up
        state.drafts.extend(made)
        state.prev_noun = None
        lead = None
    return state.drafts


def _gaps_after_references(clause: Clause, out: list[Draft], state: _State) -> None:
    """`分别高出全国（5.1%）、全省（6.0%）平均水平2.5个和1.6个百分点`: each gap is the rate's, against the
    scope named before each bracket, in order."""
    gaps = [d for d in out if d.unit == "pp" and re.match(r"[\d.]+%", d.metric)]
    if not gaps:
        return  # (most clauses: no gap, and the references need not be looked for)
    refs = list(re.finditer(r"(高出|高于|低于|快于|慢于)?(全国|全省|全市|全区|全县)[（(]", clause.text))
    if len(refs) != len(gaps):
        return
    rate = next((d.metric for d in reversed(state.drafts) if d.kind == "growth" and d.unit == "%" and d.metric), None)
    if not rate:
        return
    verb = next((r.group(1) for r in refs if r.group(1)), "高于")
    for d, r in zip(gaps, refs):
        d.metric = _gap_root(rate) + "增速" + verb + r.group(2)


def _share_trailing_comparator(doc: _Doc, cq: list, out: list[Draft]) -> None:
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


def _bound_after_list(doc: _Doc, made: list[Draft]) -> None:
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


def _parallel_list(doc: _Doc, clause: Clause, cq: list, made: list[Draft], state: _State) -> list[Draft]:
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
    last = _gap_root(prior[-1].metric)
    for d, p in zip(made, prior):
        rest = d.metric[len(last):] if d.metric.startswith(last) else d.metric
        d.metric = _gap_root(p.metric) + rest
    return made


EACH_TOTAL = re.compile(r"合计|共计|总计|累计|(?<!总)共|总和|之和|整体|两者|二者|加起来")
_SUM_WORD = re.compile(r"总额|总投资|总金额|总计")
_TOTAL_OF_LIST = re.compile(r"^.{1,3}(?:总额|总量|总和)$")  # 出口、进口总额: the sum of the items


def _each_holder(doc: _Doc, clause: Clause, cq: list, made: list[Draft]) -> list[Draft]:
    """`电子信息、装备制造首次突破1万亿元`, `畜肉、鲜菜、蛋类价格均下降5%以上`: one figure after a 、-list of
    indicators, passed by each (突破, 超过) or said of each (均, 都), is one fact per item; a total
    (合计, 共, 总额) stays one."""
    if len(made) != 1 or len(cq) != 1 or "、" not in made[0].metric or _many_respectively(doc, clause):
        return made
    d, q = made[0], cq[0]
    if RESPECTIVELY.search(clause.text) and (d.unit == "rank" or d.value_max is not None):
        return made  # 分别位列第六至第十位: a range of places shared out, not one place held by each
    before = doc.text[clause.start : q.start]
    if not (_EACH_BEFORE.search(before) or RESPECTIVELY.search(before) or (d.comparator in (">", ">=") and d.kind == "level" and d.unit != "count")):
        return made  # (新技术、新产品、新工艺超过800项: a count passed by the list is their total)
    if EACH_TOTAL.search(before[before.rfind("、") :]) or _COUNTED.search(d.metric) or re.search(r"[\d（(]", d.metric):
        return made
    if not (_EACH_BEFORE.search(before) or RESPECTIVELY.search(before)) and _SUM_WORD.search(before[before.rfind("、") + 1 :] + d.metric[-3:]):
        return made  # 签约、开工、投产项目共计134个，总额超1100亿元: the amount of the list together
    if _TOTAL_OF_LIST.match(d.metric.split("、")[-1]):
        return made
    items = _share_class([i.strip() for i in d.metric.split("、") if i.strip()])
    if len(items) < 2 or any(len(i) < 2 for i in items):
        return made
    shared = _share_attribute(items)
    if shared == items:
        shared = _share_industry_tail(items)
    return [_dc_replace(d, metric=name) for name in (shared if shared != items else _share_head(items))]


def _each_place(doc: _Doc, clause: Clause, cq: list, made: list[Draft]) -> list[Draft]:
    """`晋江市、鼓楼区GDP突破3000亿元`, `义乌、慈溪、乐清等县（市）进入全省10强`, `A、B等9个县区增速20%以上`:
    one figure after a list of places opening its clause, passed by each (突破, 以上, N强), is one fact per
    place; a joint figure (合计, 共, 两市) stays one."""
    if len(made) != 1 or len(cq) != 1 or made[0].subject is not None or RESPECTIVELY.search(clause.text):
        return made
    d, q = made[0], cq[0]
    passed = d.comparator in (">", ">=") or (d.kind == "rank" and d.comparator == "<=")
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
    if (joint and not joint.group().startswith("等")) or EACH_TOTAL.search(doc.text, last[1], q.start):
        return made
    name = doc.text[last[0] : last[1]]
    metric = d.metric
    if name in metric:  # the list was read into the metric: the words after it name the figure
        metric = _AFTER_PLACE_LIST.sub("", metric[metric.rfind(name) + len(name) :]) or d.metric
    return [_dc_replace(d, subject=r, metric=metric) for r in places]


# a list of places counted as a group right after it (四个园区, 等3个区)
_COUNTED_GROUP = re.compile(r"等?(?:\d+|[两二三四五六七八九十]+)(?:个|家|大)")
# what follows a list of places before its indicator: 等, 等9个, 两个
_AFTER_PLACE_LIST = re.compile(r"^[、，]?等?(?:\d+|[两二三四五六七八九十]+)?个?")


def _head_places(doc: _Doc, at: int, hi: int) -> tuple[list[Any], tuple[int, int]]:
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


def _place_at(doc: _Doc, i: int, hi: int) -> tuple[Any, int] | None:
    """The place named at `i` (a topical mention, or a county's short form under the page's region) and
    where its name ends."""
    groups = _mention_groups(doc, i, hi)
    if groups and groups[0][0][0] == i:
        end = groups[0][-1][1]
        if _PART_OF_PLACE.match(doc.text, end):
            return None  # 三亚中央商务区: a part of the place, not the place
        return (groups[0][-1][2], end) if _topical(doc, groups[0]) else None
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return None
    g = gazetteer()
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


def _share_industry_tail(items: list[str]) -> list[str]:
    """`汽车及零部件、现代家居、服装服饰产业主营业务收入`: industries named before the last share its
    产业… tail (产业主营业务收入), as written once after the last."""
    m = INDUSTRY_TAIL.search(items[-1])
    if not m or m.start() < 2 or any(INDUSTRY_TAIL.search(i) or "产业" in i for i in items[:-1]):
        return items
    return [i + m.group(0) for i in items[:-1]] + [items[-1]]


def _share_frame(items: list[str]) -> list[str]:
    """`新建项目对工业产值、增加值的增长贡献率` -> 新建项目对工业产值的增长贡献率, 新建项目对增加值的增长贡献率:
    the owner before 对 and the measure after 的, written once around the list, frame each item."""
    first, last = items[0], items[-1]
    k, j = first.find("对"), last.rfind("的")
    if k < 1 or j < 1 or j == len(last) - 1:
        return items
    prefix, suffix = first[: k + 1], last[j:]
    cores = [first[k + 1 :]] + items[1:-1] + [last[:j]]
    if any(not c for c in cores):
        return items
    return [prefix + c + suffix for c in cores]


EACH_ATTRIBUTE = re.compile(r"(?:价格|出厂价格|出口额|进口额)$")
MEASURE_END = re.compile(r"(?:额|值|量|收入|营收|投资|利润|数|率|价格|指数|规模|面积|总额)$")  # an item that is already an indicator


def _share_attribute(items: list[str]) -> list[str]:
    """`A、B、C营业收入均突破…`, `猪肉、鲜果、水产品价格`: an attribute written once after the last item
    is each item's."""
    attribute = (ITEM_ATTRIBUTE.search(items[-1]) or EACH_ATTRIBUTE.search(items[-1])) if items else None
    if attribute and attribute.start() >= 2 and not any(MEASURE_END.search(i) for i in items[:-1]):
        return [i + attribute.group(0) for i in items[:-1]] + [items[-1]]
    return items


SET_PART = re.compile(r"[\u4e00-\u9fff]{0,2}(?:行业|企业|地区|县区|县（市、区）|县市区|城市|产品|园区)")  # 六成行业增速回升: a part of a set


RATE_GAP = re.compile(r"(?:增速|增幅)(?:高于|低于|快于|慢于|高出|低出|领先|落后|比|较)")


def _gap_root(metric: str) -> str:
    """`规上工业增加值增速高于全省` -> `规上工业增加值`: the indicator a gap is measured on."""
    m = GAP.search(metric) or RATE_GAP.search(metric)  # …增速低于采矿业增加值: a gap on another sector's rate
    return metric[: m.start()] if m and m.start() > 0 else metric


def _bare_gap(metric: str) -> bool:
    """`高于全国`, `比全省高`: a gap that names no indicator of its own (the next place's rate is on the one before)."""
    m = GAP.search(metric) or RATE_GAP.search(metric)
    return (m is not None and m.start() == 0) or _BARE_COMPARED.fullmatch(metric) is not None


_BARE_COMPARED = re.compile(r"(?:比|较)(?:全国|全省|全市|全区|全县|平均水平|平均)(?:高出|低出|高|低|快|慢)")


LEAD_CLAUSE = 16  # characters: a figure-less clause this short is quoted with the figures it leads into


def _clause_words(doc: _Doc, a: int, b: int) -> str:
    """Text of [a, b) without its time expressions and its leading region mentions."""
    key = ("words", a, b)
    words = doc.memo.get(key)
    if words is None:
        spans = [(t.start, t.end) for t in doc.times_in(a, b)]
        text = _remove_spans(doc.text[a:b], a, spans) if spans else doc.text[a:b]
        words = doc.memo[key] = _strip_region(doc, text)
    return words


def _strip_region(doc: _Doc, text: str) -> str:
    names = doc.region_names
    # strip_lead runs to a fixed point, so once no name follows it the text no longer changes
    text = M.strip_lead(text)
    while names and text.startswith(names):  # one C-level test before looking for which name
        for name in names:
            if text.startswith(name):
                text = text[len(name):]
                break
        text = M.strip_lead(text)
    return text


def _antecedent(state: _State, kind: str | None = None) -> tuple[str | None, str | None]:
    """What a figure that does not repeat its metric refers to. A growth rate (`kind` "rate") refers
    to the last amount, not to a share said in between (`产量133.6万辆，占全国的14%，同比增长38.6%`);
    a change in percentage points does refer to that share."""
    if state.prev_noun:
        return state.prev_noun, None
    latest = next((d for d in state._latest() if d.metric and d.kind != "rank"), None)
    if kind == "rate" and latest is not None and latest.kind == "share" and (num := SHARE_NUMERATOR.match(latest.metric)):
        return num.group(1), None  # 高技术制造业增加值占比15%，累计增速14.5%: the share's numerator grew
    metric, unit = state.last_metric(skip_shares=kind == "rate")
    if kind == "rate" and unit == "count" and metric and (m := MEMBER_INDICATOR.match(metric)):
        return m.group(1), None  # 14个市中有5个市规上工业增加值同比增长。其中，A市增长4.9%: the members' indicator
    return metric, unit


SHARE_NUMERATOR = re.compile(
    r"^(.{2,}?(?<![区市县省州镇]))(?:全区|全市|全省|全县|全国)?(?:占比|所占比重|比重|占[^占]+)$"
)  # (not a place's own share: 兴汉新区占比16.3%，同比下降2.3% is the place's rate of the indicator before)
# a count of members named by how their indicator moved (市规上工业增加值同比增长的市): the indicator
MEMBER_INDICATOR = re.compile(
    r"^(?:市州|县区|县市区|县（市、区）|州（市）|市|县|区|行业|省份|地区)?(.{2,}?)"
    r"(?:同比|比上年|较上年)?(?:均|都|全部)?(?:实现)?(?:正增长|增长|下降|两位数增长|(?:增速|增幅)(?:高于|快于|超过)[^的]{0,10})(?:的[^的]{1,6})?$"
)


def _kind_and_value(doc: _Doc, clause: Clause, q) -> tuple[str, float, float | None]:
    value, vmax = q.value, q.value_max
    if q.unit == "rank" or q.kind_hint == "rank":
        return "rank", value, vmax
    if q.unit == "pp":
        kind = "growth"
    elif q.kind_hint == "growth":
        kind = "growth"
    else:
        kind = None
    near = None  # the cue words just before the figure, read only where a rule needs them
    if kind is None and q.unit in ("%", "other") and (q.unit == "%" or q.unit_text == "倍"):
        near = _near_cue(doc, clause, q)
        if GROWTH_CUE.search(near) or GROWTH_AFTER.match(doc.text, q.end):
            kind = "growth"  # 增长8%, 保持20%以上的增速
        elif q.unit_text == "倍" and MULTIPLE_OF_BASE.search(doc.text, clause.start, q.start):
            kind = "growth"  # 是2016年的1.4倍: a change against the base
        elif q.unit == "%" and COMPARED_MORE.search(doc.text, clause.start, q.start):
            kind = "growth"  # 比2018—2020年总量多56%: more than the base, a change
        elif q.unit == "%":
            kind = _percent_kind(doc.text[clause.start : q.start])
        else:
            kind = "growth"  # 是2012年的3.2倍, 为上年的1.5倍: a multiple of a base is a change over it
    if kind is None and q.kind_hint == "share":
        kind = "share"
    kind = kind or "level"
    if kind == "growth" and value > 0 and NEGATIVE_CUE.search(near if near is not None else _near_cue(doc, clause, q)):
        value = -value
        if vmax is not None:  # 下降3%-5% is the range -5 … -3
            value, vmax = -vmax, value
    return kind, value, vmax


_PERCENT = _LEX["percent_kind"]
RATE_NOUN = re.compile(any_of(_PERCENT["rate_nouns"]))
SHARE_WORD = re.compile(any_of(_PERCENT["share_words"]))
INDEX_LEVEL = re.compile(any_of(_PERCENT["index_nouns"]) + r"(?:[达为是]|达到|保持在|升至|回升至|降至)?$")
OVER_TARGET = re.compile(r"超(?:过|出)?[^，。；、\d]{0,6}" + any_of(_PERCENT["over_target"]) + "$")


def _percent_kind(words: str) -> str:
    """The kind of a percentage with no word of change right before it, from its clause's words before
    it: an index (景气指数达到54.7%) is a level; a rate noun with no share word after it (GDP年增只有2.5%,
    增长目标设定为5%左右) or 超…目标 (超年度计划目标13.9%) makes a growth; else a share."""
    words = _SPACES.sub("", words)
    if INDEX_LEVEL.search(words):
        return "level"
    if OVER_TARGET.search(words):
        return "growth"
    rate = None
    for rate in RATE_NOUN.finditer(words):
        pass  # the last rate noun before the figure
    if rate is not None and not SHARE_WORD.search(words, rate.end()):
        return "growth"
    return "share"


def _near_cue(doc: _Doc, clause: Clause, q) -> str:
    lo = max(clause.start, q.value_start - 12)
    near = doc.text[lo : q.start]
    times = doc.times_in(clause.start, q.start)
    if times:
        near = _remove_spans(near, lo, [(t.start, t.end) for t in times])
    near = _SPACES.sub("", near)  # 同比增长 10.7%: a stray space before the figure
    near = _NEAR_FROM.sub("", near)  # 增速从1~2月的11.0%起步
    return _NEAR_ADVERB.sub("", near)


def _new_draft(doc: _Doc, sent: Sentence, clause: Clause, q, metric: str) -> Draft:
    kind, value, vmax = _kind_and_value(doc, clause, q)
    comparator = q.comparator or "="
    if q.unit == "rank" and q.unit_text.endswith("强") and comparator == "=":
        comparator = "<="
    cue = doc.text[q.start : q.value_start]
    if q.unit == "pp" and comparator == ">" and _DIFFERENCE_CUE.fullmatch(cue):
        comparator = "="  # 高出1.9个百分点 states the difference itself
    # the required fields by position (value, unit, unit_text, kind, comparator, metric, pos, end,
    # sentence, clause): a call by keywords costs twice as much, once per figure
    return Draft(value, q.unit, q.unit_text, kind, comparator, metric, q.value_start, q.end, sent, clause, value_max=vmax)


def _compose_rank(scope: str, ante: str | None, ante_unit: str | None) -> str:
    base = ante or ""
    if base and ante_unit == "count" and not base.endswith(("数量", "总数", "总量")):
        base += "数量"
    return base + scope + ("" if RANK_SUFFIX.search(scope) else "排名")


RANK_VERB = re.compile(
    r"位居|位列|稳居|跃居|跃升至|跃升到|跃升|提升至|提升到|提高至|提高到|上升至|上升到|前移至|前进至|升至|"
    r"排名|排位|排在|名列|并列|位于|处于|保持|跻身|居|列|排"
)
RANK_ATTR = re.compile(r"^(?:增速|增幅|增量|数量|总量|规模|拥有量|总数|占比|比重|综合实力|综合排名|排名)")


def _rank_metric(doc: _Doc, words: str, state: _State) -> str:
    ante, ante_unit = (state.prev_noun, None) if state.prev_noun else state.last_metric(skip_gaps=True)
    last = next(state._latest(), None)
    if not state.prev_noun and last is not None and last.kind == "rank" and (base := RANK_BASE.sub("", last.metric)):
        ante, ante_unit = base, None  # 稳居全国前18位，跻身西部前四强: the same indicator, ranked again
    return _rank_name(words, ante, ante_unit)


RANK_SCOPE_ONLY = re.compile(r"(全国|全省|全市|全区|全县|全球)$")
RANK_BASE = re.compile(r"(?:全国|全省|全市|全区|全县|全球|国内|省内|西部|中部|东部)?排名$")


RANK_TIED_WITH = re.compile(r"(?:^|与)[^，。；与]{1,10}?(?=并列)")
RANK_CLASS_WORD = re.compile(r"^(?:大关|新台阶|台阶|关口|门槛)")


def _rank_name(words: str, ante: str | None, ante_unit: str | None) -> str:
    """Metric of a rank. Its own noun where it has one (`争创全国国家级高新区30强` -> 全国国家级高新区排名,
    `铜产业营业收入在全省…中排名第一`); else the antecedent's, with the attribute and scope written here
    (`…51家、全国第三` -> <metric>数量全国排名; `增长9.1%，增速居全省第二位` -> <metric>增速全省排名)."""
    # 前进一位至全国第12位; 与乙县并列全市第三 (the place tied with is not the indicator)
    w = re.sub(r"^至", "", M.strip_lead(RANK_TIED_WITH.sub("", words)))
    verbs = list(RANK_VERB.finditer(w))
    if verbs:
        v = verbs[-1]
        before, scope = w[: v.start()], w[v.end():]
    elif (attr := RANK_ATTR.match(w)) and PURE_SCOPE.match(w[attr.end() :]):
        before, scope = w[: attr.end()], w[attr.end() :]  # 达到5200亿元，总量全市第一: the amount's rank, no verb
    else:
        before, scope = "", w
    if not RANK_ATTR.fullmatch(before):
        before = M.strip_trail(before)
    before = _IN_END.sub("", _AT_HEAD.sub("", before)).replace("在", "")
    before = _RANK_ADVERB.sub("", before)
    before = RANK_CLASS_WORD.sub("", before)  # 突破5000亿元大关居全市首位: the milestone's word, not the indicator
    scope = M.tidy(scope)
    kept = re.search(r"(全国|全省|全市|全区|全县|全球)" + re.escape(scope) + r"\W*$", words)
    if kept and not scope.startswith(kept.group(1)):
        scope = kept.group(1) + scope  # 全省省级开发区20强: here 全省 is the ranking's scope
    attr = RANK_ATTR.match(before)
    if ante and (not before or (attr and attr.end() == len(before))) and (not scope or PURE_SCOPE.match(scope) or before):
        if before:
            if (before in ("数量", "总数") and ante.endswith(("数量", "总数", "总量"))) or ante.endswith(before):
                before = ""  # 总数达229家，数量居全省第二; 以7.4%的增速居全省第一 after 增速
            return ante + before + scope + ("" if RANK_SUFFIX.search(before + scope) else "排名")
        return _compose_rank(scope, ante, ante_unit)
    name = before + scope
    if not name:
        return "排名"
    return name if RANK_SUFFIX.search(name) else name + "排名"


AWARD = re.compile(
    "^(" + any_of(_LEX["award_verbs"]["holders"]) + ")(" + any_of(_LEX["award_verbs"]["verbs"]) + r")([^，。；：！？]{2,30})$"
)
AWARD_TITLE_END = re.compile(r"(?:荣誉)?称号$|名单$|榜单$")
OTHER_COUNT = re.compile(r"\d+(?:\.\d+)?[万亿]?[个家户项条座名元%]")


def _awarded(doc: _Doc, clause: Clause, q) -> str:
    """`15家企业获评国家级、省级智能制造示范企业`, `9户企业获批省级数字化车间和智能工厂`: a count of holders
    that a title or a list place was given to is named by the verb and the title (获评省级绿色工厂企业), read
    to the clause's end (the title may hold a 、-list). '' where the words after the count are not that."""
    rest = _remove_spans(doc.text[q.end : clause.end], q.end, [(t.start, t.end) for t in doc.times_in(q.end, clause.end)])
    m = AWARD.match(rest.rstrip(M.PUNCT))
    if not m or OTHER_COUNT.search(m.group(3)):
        return ""
    title = AWARD_TITLE_END.sub("", m.group(3))
    holder = m.group(1)
    return m.group(2) + title + ("" if title.endswith(holder) else holder)


POOL_NOUN = re.compile(r"([^，。；、\d中]{1,10})中(?:有|共有|，)")  # the noun of a pool count (州（市）中有…)


def _metric_of(
    doc: _Doc, clause: Clause, q, lo: int, left_words: str, after_words: str, figure_first: bool, kind: str
) -> str:
    """The words that name what a (non-rank) figure measures, read before or after it."""
    if q.unit == "count" and (awarded := _awarded(doc, clause, q)):
        return awarded
    if q.unit == "count" and (acting := HOLDER_ACT.match(doc.text, q.end, clause.end)):
        # 55883家企业入驻, 36家企业落户园区, 1500家企业参展: the holders that did it (入驻企业)
        qual = NEW_QUALIFIER.search(M.strip_trail(left_words))
        return (qual.group(0) if qual else "") + acting.group(2) + acting.group(1)
    if q.unit == "count" and (pool := POOL_NOUN.match(doc.text, q.end, clause.end)):
        return pool.group(1)  # 16个州（市）中有13个…: the whole counted is 州（市）, not 州（市）中
    metric = ""
    scope = SHARE_SCOPE_VERB.search(left_words) if kind == "share" else None
    if scope and (noun := M.metric_after(after_words)):
        return noun + "占" + scope.group(1) + "比重"  # 创造了全国近三成工业增加值: 工业增加值占全国比重
    if figure_first or not M.metric_before(left_words):
        metric = M.metric_after(after_words)
        if not metric and figure_first and q.unit in ("other", "count") and after_words.startswith("的"):
            metric = M.metric_after(after_words[1:])  # 年产20万吨多晶硅、20吉瓦的光伏电池组件: the noun after 的
        if metric and (len(metric) <= 2 or metric in CLASS_NOUNS or metric.endswith("）")) and PREDICATE.match(after_words, len(metric)):
            # 有12个行业实现两位数增长, 7个行业年均增速10%以上: a bare class noun is counted by what its
            # members did, said whole (the rate words stay: they are what sets the members apart)
            whole = after_words.strip(M.PUNCT)
            metric = whole if len(whole) <= 20 else M.tidy(after_words)
            if (bar := MEMBER_RATE_BAR.match(doc.text, q.end)) and len(bar.group(0)) <= 20:
                metric = bar.group(0)  # 4个市州增速超过10%: the bar sets the members apart
        rest = doc.text[q.end : clause.end] if q.unit == "count" else ""  # (read for counts only)
        if q.unit == "count" and "、" in rest[: rest.rfind("的") + 1] and not re.search(r"\d", rest):
            # 争创3-5个引领…、在全国具有…的领军型企业: a modifier of listed phrases; the head follows the last 的
            head = M.metric_after(rest[rest.rfind("的") + 1 :])
            metric = head or metric
        if metric:
            qual = NEW_QUALIFIER.search(M.strip_trail(left_words))
            if qual and not metric.startswith(qual.group(0)):
                metric = qual.group(0) + metric
        if metric == "项目":
            # 洽谈52个项目, 151个项目开工建设: a bare 项目 is named by what was done with it
            done = PROJECT_VERB.search(M.strip_trail(left_words)) or PROJECT_AFTER.match(after_words, 2)
            if done:
                metric = done.group(1) + metric
    if not metric and after_words.startswith("的") and not figure_first:
        # 总规模达80亿元的省级新材料产业基金: the noun after 的 owns the figure
        noun = M.metric_after(after_words[1:]) or M.metric_after(re.sub(r"^(?:全国|全省|全市|全区|全球)", "", after_words[1:]))
        before = M.metric_before(left_words)
        if noun and kind == "share":
            # 民营经济贡献了全市约六成的税收 -> 民营经济税收占比
            owner = _SHARE_OWNER.sub("", before)
            if re.search(r"(?:和|及|与|、)$", left_words.strip()):
                owner = ""  # 46%的A企业和67%的B企业: the words before are the previous item, not an owner
            owner = re.sub(r"^.*?(?:集聚了|聚集了|拥有|集聚|聚集)", "", owner)  # 国家高新区集聚了全国33%的…
            metric = owner + noun + "占比"
        elif noun:
            metric = noun + before
    if not metric:
        metric = M.metric_before(left_words)
    if q.unit == "count" and not figure_first and left_words.endswith("的"):
        metric = _modified_count(metric, after_words) or metric
    pool = POOL_PREFIX.match(metric)
    if pool and pool.end() < len(metric):
        metric = metric[pool.end():]  # 37个行业大类中除煤炭开采和洗选业亏损 -> 煤炭开采和洗选业亏损
    m = _COUNTED.search(metric) if doc.text.find("、", clause.start, lo) >= 0 else None
    if m and m.start() > 0:
        metric = metric[m.start():]  # 船舶海工、…、新能源六大产业集群产值: the list is not the metric
    return metric


_NOUN_ATTRIBUTE = re.compile(r"(?:主导产业|主营业务)?(?:总产值|产值|增加值|营业收入|营收|利润总额|利润|总投资|投资)")


def _modified_count(before: str, after_words: str) -> str:
    """`此次签约的8个项目包括…`, `重点培育的25个先进制造业集群产值…`: a count between a short modifier
    ending in 的 and its noun counts the modified noun (签约项目), not the modifier."""
    noun = M.metric_after(after_words)
    attribute = _NOUN_ATTRIBUTE.search(noun)
    if attribute and attribute.start() >= 2:
        noun = noun[: attribute.start()]  # the noun's own figure follows: the count is of the noun
    if not noun or not before or len(before) > 8 or before.endswith(noun):
        return ""
    return re.sub(r"^(?:此次|本次|这次|今年|当天|近期)", "", before) + noun


def _plain(doc: _Doc, sent: Sentence, clause: Clause, cq: list, state: _State) -> list[Draft]:
    text = doc.text
    seps = _seps(text, clause)
    out: list[Draft] = []
    # orientation of the clause: figure first (培育10条…, 拥有35个工业大类…) or metric first
    first = cq[0]
    first_left = _clause_words(doc, clause.start, first.start)
    after_first = _after_words(doc, clause, 0, cq, seps)  # the first figure's, read again below
    figure_first = (M.ends_with_verb(first_left) or POOL_BEFORE.search(first_left) is not None) and bool(
        M.metric_after(after_first)
    )
    prev_end = clause.start
    here = _State(drafts=state.drafts, pending=out)  # the antecedents as each figure sees them
    for k, q in enumerate(cq):
        j = bisect_left(seps, q.start)
        lo = max(seps[j - 1] + 1 if j else clause.start, prev_end)
        if k == 0 and lo > clause.start and _names_list(doc, clause, lo):
            lo = clause.start  # 生物医药、体育器械、新能源汽车产业保300亿元: the whole list holds the figure
        bracket = text.rfind("（", lo, q.start)
        if bracket >= 0 and text.find("）", bracket, q.start) < 0:
            lo = bracket + 1  # 开局良好（GDP增长5.9%）: a figure in brackets reads from the bracket
        left_words = _clause_words(doc, lo, q.start)
        after_words = after_first if k == 0 else _after_words(doc, clause, k, cq, seps)
        d = _new_draft(doc, sent, clause, q, "")
        # both bracket references end right before the figure: one character test spares the searches
        bracketed = q.start > clause.start and (text[q.start - 1] in "（(" or "（" in text[q.start - 7 : q.start])
        reference = SCOPE_REFERENCE.search(text[max(clause.start, q.start - 10) : q.start]) if bracketed else None
        here.prev_noun = None if out else state.prev_noun
        if d.kind == "rank":
            scope_only = RANK_SCOPE_ONLY.search(text, lo, q.start) if not left_words else None
            d.metric = _rank_metric(doc, scope_only.group(1) if scope_only else left_words, here)  # 居全国第3、全省第1
        else:
            metric = _metric_of(doc, clause, q, lo, left_words, after_words, figure_first, d.kind)
            if _multiple_of_base_only(doc, clause, q, d):
                metric = ""  # 9540亿元，是“十五”期末的4.3倍, 是设立前的19倍: the base is no indicator, the amount before is
            elif d.unit == "count" and (reached := _places_reached(doc, clause, q, left_words)):
                metric = reached  # 产品远销欧美等30多个国家和地区: 产品远销国家和地区
            elif d.kind == "level" and BARE_CHANGE.fullmatch(metric) and (amount := _same_measure_before(here, d)):
                metric = M.strip_new(amount) + metric  # 原油加工量484.2万吨、增产近17万吨: the amount's change
            elif d.unit == "CNY" and (drew := LEVERAGED.match(text, lo, q.start) or LEVERAGED.match(metric)) and (funds := _funds_before(here, clause)):
                metric = funds + drew.string[drew.start() : q.start if drew.string is text else None]  # 以旧换新资金34亿元撬动消费332.5亿元
            elif OVER_PLAN.fullmatch(left_words) and (done := here.last_metric(skip_gaps=True)[0]):
                metric = done + left_words  # 完成投资7300亿元、超年度计划目标13.9%: how far the amount passed its plan
            if k + 1 < len(cq) and _holder_is_fact(q, after_words, cq[k + 1]):
                metric = M.tidy(HOLDER_BODY.match(after_words).group(0))  # 178家国家高新区生产总值占…: 国家高新区
            elif k + 1 < len(cq) and cq[k + 1].start - q.end == len(after_words) and _bodies_report(q, after_words):
                metric = M.tidy(_bodies_noun(after_words))  # 60家重点企业完成工业总产值…: 重点企业
            ante, _u = _antecedent(here, "rate" if d.kind == "growth" and d.unit != "pp" else d.kind)
            if ante and d.kind == "growth" and d.unit == "%" and _bare_gap(ante):
                ante = here.last_metric(skip_shares=True, skip_gaps=True)[0]  # …高于全国0.9个百分点；沈阳市增长4%: not the gap
            if not metric and not ante and (head := _headline_noun(doc, sent, q)):
                metric, rate = head  # 8.5%！全省规上工业增加值增速创新高: the next sentence names it
                if rate and d.unit == "%":
                    d.kind = "growth"
            elif not metric and not ante and (above := _line_above_noun(doc, sent, q)):
                metric = above  # a card's label line (全年GDP), its figure on the next line (增长5.3%)
            if ante and not out:
                ante = _gap_root(ante)  # a figure after a gap (高于全省…个百分点) is on the indicator
            last = next((x for x in here._latest() if x.metric and x.kind != "rank"), None)
            if d.unit == "pp" and ante and last is not None and last.kind == "growth" and last.unit == "%":
                metric = _rate_change(text[lo : q.start], ante) or metric
            metric = _contribution_owner(metric, here)
            if d.kind == "share" and not metric and last is not None and last.kind == "growth" and last.unit == "%":
                d.kind, metric = "growth", last.metric  # …增长11.0%，逐月回落至6.2%: the rate moved, still a growth
            elif d.kind == "share" and not metric and _bare_rate_before(here):
                d.kind = "growth"  # 甲县以增速14.2%位列第一，乙县12.2%: the next place's rate, its indicator named later
            if d.kind == "share":
                cue = _SHARE_CUE_HEAD.sub("", text[q.start : q.value_start])
                if cue.startswith("占") and not metric.endswith(cue):
                    metric += cue
                lead = SHARE_COMPARATOR.search(left_words)
                if lead and d.comparator == "=":
                    d.comparator = SHARE_COMPARATORS[lead.group(1)]
                metric = _BEFORE_SHARE.sub("", metric)
                if metric.startswith("占") and not _SHARE_WORD.search(metric):
                    metric += "比重"
                if (M.needs_antecedent(metric) or metric == "占") and ante:
                    numerator = ante[: ante.index("占", 1)] if "占" in ante[1:] and metric.startswith("占") else ante
                    if metric.startswith("占") and "占" not in numerator:
                        numerator = _RATE_GAP_TAIL.sub("", numerator) or numerator  # 工业投资增速比上半年…，占全部投资比重: 工业投资's share
                    metric = numerator + (metric or ("" if M.SHARE_WORDS and numerator.endswith(M.SHARE_WORDS) else "占比"))
                    # …占全省53%以上，其中南昌占全省四分之一: one share; never 占比占比
                elif ante and (attr := M.GENERIC.match(metric)) and metric.startswith("占", attr.end()) and TOPIC_END.search(_gap_root(ante)) and not ante.endswith(attr.group(0)):
                    # …等战略性新兴产业快速发展，产值已占规上工业的11.7%: the topic's 产值
                    metric = _with_attribute(_gap_root(ante), attr.group(0)) + metric[attr.end() :]
                elif ante and PROGRESS.search(doc.text[lo : q.start]):
                    metric = ante + "完成" + metric + "比例"  # 完成全年目标任务的81%: progress on the plan
            elif not metric and not ante and d.kind == "growth" and (share := here.last_metric()[0]) and "占" in share[1:]:
                metric = share[: share.index("占", 1)]  # 增加值占…比重85.9%，同比增长5.2%: the numerator grew
            elif not metric and ante:
                # …新增规上工业企业200家以上，2023年达到2860家: a level after a flow is the stock
                metric = M.strip_new(ante) if d.kind == "level" and here.last_kind() == "level" else ante
                if d.kind == "growth" and d.unit == "%" and COMPARED_MORE.search(ante):
                    metric = _BASE_TAIL.sub("", ante)  # …比前3年总量多56%，年均增长17.3%: the indicator's own rate
                elif d.kind == "growth" and d.unit == "%" and _after_share_change(here):
                    metric = ante[: ante.index("占", 1)]  # …占全省比重较上年提高1.3个百分点；同比增长8.3%: the amount's rate
            elif d.unit == "pp" and metric.startswith("占") and ante and "占" not in ante and here.last_kind() == "level":
                metric = ante + metric  # 完成投资915亿元，占全省投资的比重较上年提高1.3个百分点: the amount's share moved
            elif ante and d.kind == "level" and (change := INCREMENT.search(doc.text[lo : q.start])):
                metric = M.strip_new(ante) + change.group(1)  # 较年初增加9.6万个: the change of the antecedent
            elif ante and M.is_generic(metric) and not (INVEST_END.search(ante) and OUTPUT_HEAD.match(metric)):
                # 总数达到82家 after 新增上市公司9家; 增速比全省高3个百分点 after 增长8.3%;
                # 全年产量将突破60万辆 after 新能源汽车产量…
                base = _gap_root(M.strip_new(ante))  # …增速高于全省0.8个百分点，高于全国2.7个百分点: not on the gap
                if "占" in base[1:] and not (d.unit == "pp" and here.last_kind() == "share" and not re.match(r"增速|增幅", metric)):
                    base = base[: base.index("占", 1)]  # a share's numerator: 高新技术产业增加值(占…比重)
                base = (_BASE_TAIL_SHARE if _SHARE_BASE.search(base) else _BASE_TAIL).sub("", base)  # …营业收入(比2019年1-11月): the indicator
                if base.endswith(metric) or metric in base:
                    base, metric = base, ""
                elif (own := BASE_ATTRIBUTE.search(base)) and BASE_ATTRIBUTE.fullmatch(metric) and own.start() >= 2:
                    base = base[: own.start()]  # 工业完成总产值X…，完成增加值Y: 工业增加值, not 工业总产值增加值
                if d.unit == "pp" and M.COMPARISON.match(metric) and here.last_kind() == "growth" and "增速" not in base:
                    base += "增速"
                metric = base + metric
            if not out and state.prev_noun and SECTOR_TOPIC.search(state.prev_noun) and BARE_ATTRIBUTE.fullmatch(metric):
                metric = state.prev_noun + metric  # 化工产业快速壮大，实现工业增加值61.5亿元: the sector's
            elif not out and state.prev_noun and INVEST_TOPIC.search(state.prev_noun) and metric == "投资":
                # 重点项目有序推进，完成投资977.6亿元: the projects' (or the works') investment
                metric = state.prev_noun + ("完成投资" if "完成" in text[clause.start : q.start] else "投资")
            elif metric == "投资" and (made := INVEST_MADE.search(text, clause.start, q.start)) and (projects := _projects_counted_before(here, clause)):
                metric = projects + made.group(0)  # 在建工业项目283个，完成投资147.83亿元: those projects' investment
            if STANDING_AFTER.match(text, q.end) and text[lo : q.start].rstrip().endswith("以"):
                # 长丰县地区生产总值为946.43亿元…；肥东县以902亿元位居第三: the amount ranked is the same indicator
                metric = next((x.metric for x in here._latest() if x.unit == d.unit and x.kind == d.kind and x.metric), metric)
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
                raw_words = _clause_words(doc, clause.start, q.start - len(reference.group(0)))
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
    return out


SHARE_SCOPE_VERB = re.compile(r"(?:创造|贡献|提供|实现|完成|吸纳|集聚|聚集|占据|拥有)了?(全国|全省|全市|全区|全县)$")
HOLDER_ACT = re.compile(r"(企业|项目|客商|单位)(入驻|落户|参展|参会|入园|入库|上市|挂牌)(?=[，。；、]|$|园区|本地|我[市区县省])")
STANDING_AFTER = re.compile(r"(?:的(?:总量|规模|成绩))?(?:位居|位列|居|排名|排在|领跑|领先|首次晋级|晋级|跻身|稳居|名列|列)")
INVEST_TOPIC = re.compile(r"(?<=..)(?:项目|建设|工程)$")  # what an investment said after it is of
INVEST_MADE = re.compile(r"(?:累计)?完成投资")  # investment made (总投资 of a counted batch stays bare, as gold has it)
PROJECTS_COUNTED = re.compile(r"(?<=..)项目$")


def _projects_counted_before(state: _State, clause: Clause) -> str | None:
    """`实施重点项目1121项，1至6月完成投资977.6亿元`, `已开工设备更新项目373个、更新设备2万台、累计完成投资65亿元`:
    the projects counted just before (other counts may stand between, no clause without a figure) made it."""
    index = clause.index
    for d in state._latest():
        if d.clause.index < index - 1 or d.unit not in ("count", "other") or d.kind != "level":
            return None
        if d.unit == "count" and PROJECTS_COUNTED.search(d.metric):
            return d.metric
        index = d.clause.index
    return None
SECTOR_TOPIC = re.compile(r"(?<=.)(?:产业|行业|制造业|服务业|工业|业)$")
BARE_ATTRIBUTE = re.compile(r"(?:工业)?(?:总产值|产值|增加值|营业收入|营收|利润总额|利润)")
INVEST_END = re.compile(r"(?:总投资|投资额|投资)$")  # a project's investment does not own its future output
OUTPUT_HEAD = re.compile(r"(?:产量|产值|营收|营业收入|销售额)")
TOPIC_END = re.compile(r"(?:产业|行业|业|集群|企业|增加值|产值|营业收入|营收)$")  # a topic that can own an attribute's share
COMPARED_MORE = re.compile(r"(?:比|较)[^，。；、占]{1,16}多$")
_RATE_GAP_TAIL = re.compile(r"(?<=.{2})(?:增速|增幅)?(?:比|较|高于|低于|快于|慢于)[^占]*$")


HEADLINE_PREDICATE = re.compile(
    r"(?:的?(?:增速|增幅|增长率|涨幅))?(?:再|首次|首度|历史性地|成功|一举|稳稳)?"
    r"(?:创|迈上|迈入|迈进|跨上|跨入|跃上|跃居|突破|首破|站上|登上|稳居|位居|居|实现|达到|同比|增长|比上年)"
)
_RATE_WORD = re.compile(r"增速|增幅|增长率|涨幅|增长")


def _headline_noun(doc: _Doc, sent: Sentence, q) -> tuple[str, bool] | None:
    """`8.5%！全省规上工业增加值增速创近十年新高`, `1.2万亿元！全省GDP迈上新台阶`: a figure that stands alone
    as an exclamation is named by the sentence after it, up to its predicate. Returns the metric and
    whether that sentence calls the figure a rate."""
    body = doc.text[sent.start : sent.end].strip(" \t\r\n“”")
    if not body or body[-1] not in "！!" or doc.text[q.start : q.end].strip() != body.rstrip("！!").strip():
        return None
    lo = sent.end
    while lo < len(doc.text) and doc.text[lo] in " \t\r\n":
        lo += 1
    hi = lo
    while hi < len(doc.text) and doc.text[hi] not in "。！？!?\n，,；;":
        hi += 1
    words = _remove_spans(doc.text[lo:hi], lo, [(t.start, t.end) for t in doc.times_in(lo, hi)])
    m = HEADLINE_PREDICATE.search(words, 2)
    if not m or re.search(r"\d", words[: m.start()]):
        return None
    metric = M.tidy(words[: m.start()])
    if len(metric) < 2:
        return None
    return metric, bool(_RATE_WORD.search(m.group(0)))


_LABEL_LINE = re.compile(r"[^\d\s，,。；;：:、！!？?（）()]{2,20}")


def _line_above_noun(doc: _Doc, sent: Sentence, q) -> str | None:
    """The label line just above a line that opens with its figure's verb (`全年GDP` / `增长5.3%左右`):
    a short line of words alone, no figure, no punctuation, not ending on a verb."""
    start = doc.text.rfind("\n", 0, q.start) + 1
    lead = doc.text[start : q.start].strip()
    if start <= 0 or start < sent.start - 1 or not lead or re.search(r"[\d，,；;：:]", lead):
        return None  # the line opens with its verb (增长), never with the figure itself
    above_start = doc.text.rfind("\n", 0, start - 1) + 1
    line = doc.text[above_start : start - 1].strip()
    if not _LABEL_LINE.fullmatch(line) or M.ends_with_verb(line):
        return None
    metric = M.tidy(line)
    return metric if len(metric) >= 2 else None


RATE_CHANGE = re.compile(
    r"^(?:增速|增幅)?(?:同比|环比)?((?:比|较|环比)(?:上月|上年|去年|上年同期|去年同期|上季度|一季度|上半年|前三季度"
    r"|\d{1,2}月份?|1[至—-]\d{1,2}月)?)?"  # 环比9月提高, 增速比1至3月回升
    r"(回升|回落|加快|放缓|提高|提升|上升|下降|扩大|收窄|缩小|下滑|上涨)了?$"
)


def _rate_change(words: str, ante: str) -> str:
    """`采矿业增长2.9%，回升1.6个百分点`: a bare change verb before a pp figure moves the rate said just
    before: `采矿业增速回升` (as `固定资产投资增速比一季度加快`). '' where the words say more than that."""
    m = RATE_CHANGE.match(words.strip(M.PUNCT))
    root = _gap_root(ante)
    rate = root + ("" if RATE_IN_METRIC.search(root) else "增速")
    if not m:
        gap = RATE_GAP_OVER_TIME.match(words.strip(M.PUNCT))
        return rate + gap.group(1) + gap.group(2) if gap else ""  # 增速快于上年7.3个百分点: above its own past rate
    return rate + (m.group(1) or "") + m.group(2)


RATE_GAP_OVER_TIME = re.compile(
    r"^(?:增速|增幅)?(高于|低于|快于|慢于)(上年同期|去年同期|上年|去年|上月|一季度|上半年|前三季度|\d{1,2}月份?|1[至—-]\d{1,2}月)$"
)


CONTRIBUTION = re.compile(r"^(?:(?:对|上拉|下拉|拉动|带动|(?:总量|其)(?=占))[^，；]{2,24}|贡献率|贡献度)$")
_OWNER_WORD = re.compile(r"^(?:总量|其)(?=占)")


def _bare_rate_before(state: _State) -> bool:
    """Whether the latest figure of the sentence (ranks aside) is a rate whose indicator is still unnamed."""
    prior = next((x for x in state._latest() if x.kind != "rank"), None)
    return prior is not None and not prior.metric and prior.kind == "growth" and prior.unit == "%"


def _contribution_owner(metric: str, state: _State) -> str:
    """`采矿业增加值增长14.4%，…对全市工业增长的贡献率109.7%，上拉全市工业增加值增速10.6个百分点`: a
    contribution said without its owner is the contribution of the rate said before it in the sentence."""
    if not CONTRIBUTION.match(metric):
        return metric
    rate = next((d for d in state._latest() if d.kind == "growth" and d.unit == "%" and d.metric), None)
    if rate is None or CONTRIBUTION.match(rate.metric):
        return metric
    if sum(1 for d in state._latest() if d.clause is rate.clause and d.kind == "growth" and d.unit == "%") > 1:
        return metric  # A、B、C分别增长…，合计拉动…: the pull of them all, not of the last one
    return _gap_root(rate.metric) + _OWNER_WORD.sub("", metric)  # 总量占…比重: its share


def _many_respectively(doc: _Doc, clause: Clause) -> bool:
    """分别 with figures to share out (A、B分别增长x%、y%); with one figure only (A、B、C产业营业收入分别达到
    4000亿元左右) it says, like 均, that each item holds that figure."""
    if not RESPECTIVELY.search(clause.text):
        return False
    k = bisect_left(doc.measure_starts, clause.start)
    if k + 1 < len(doc.measure_starts) and doc.measure_starts[k + 1] < clause.end:
        return True
    return bool(_NEXT_FIGURE.match(doc.text, clause.end))  # 分别增长15.3%,29.6%: the list runs past a comma


_NEXT_FIGURE = re.compile(r"[，,、；;]?\s*\d")


def _names_list(doc: _Doc, clause: Clause, lo: int) -> bool:
    """Whether the clause opens with a 、-list of names (not regions, no 分别) that runs into the first
    figure's own words: then the list, as written, is part of the figure's metric."""
    head = doc.text[clause.start : lo]
    times = doc.times_in(clause.start, lo)
    if times:  # 2024年畜肉、鲜菜价格均…: the year is no part of the names
        head = _remove_spans(head, clause.start, [(t.start, t.end) for t in times])
    if "、" not in head or _many_respectively(doc, clause) or re.search(r"[\d：:（(]", head):
        return False
    if not doc.mention_starts:
        doc.mention_starts = [m[0] for m in doc.mentions]
    k = bisect_left(doc.mention_starts, clause.start)
    return not (k < len(doc.mentions) and doc.mentions[k][0] < lo)  # no region named in the list


def _after_words(doc: _Doc, clause: Clause, k: int, cq: list, seps: list[int]) -> str:
    """The words after the k-th figure up to the next figure, list separator or the clause's end."""
    q = cq[k]
    hi = cq[k + 1].start if k + 1 < len(cq) else clause.end
    j = bisect_left(seps, q.end)
    if j < len(seps):
        hi = min(hi, seps[j])
    opened = doc.text.rfind("（", clause.start, q.start)
    if opened >= 0 and doc.text.find("）", opened, q.start) < 0:
        close = doc.text.find("）", q.end, hi)
        if close >= 0:
            hi = close  # （已开工8宗）完成投资: a figure in brackets reads nothing past them
    bracket = doc.text.find("（", q.end, hi)
    if bracket >= 0:
        close = doc.text.find("）", bracket, hi + 1)
        inner = doc.text[bracket + 1 : close] if close > 0 else ""
        if close < 0 or len(inner) > 6 or _DIGIT.search(inner):
            hi = bracket
    return _remove_spans(doc.text[q.end : hi], q.end, [(t.start, t.end) for t in doc.times_in(q.end, hi)])


# ---------------------------------------------------------------- distributive phrasings


RATIO = re.compile(r"(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)")


def _structure(doc: _Doc, sent: Sentence, clause: Clause, raw: list, state: _State) -> list[Draft] | None:
    """`三次产业结构为9.7:47.3:43` -> one share per sector; `由15:61.9:23.1调整为14:57.5:28.5` -> both."""
    m = STRUCTURE.search(clause.text) if "产" in clause.text else None  # every structure word holds 产
    if not m:
        return None
    base = clause.start + m.end()
    out = []
    for r in RATIO.finditer(doc.text, base, clause.end):
        for k, name in enumerate(("第一产业", "第二产业", "第三产业")):
            out.append(_part_share(r, k + 1, f"{name}比重", sent, clause))
    return out or None


def _part_share(ratio: re.Match, group: int, metric: str, sent: Sentence, clause: Clause) -> Draft:
    """One part of a written ratio (9.7:47.3:43, 25:75) as a share."""
    return Draft(
        value=float(ratio.group(group)),
        unit="%",
        unit_text="%",
        kind="share",
        comparator="=",
        metric=metric,
        pos=ratio.start(group),
        end=ratio.end(group),
        sentence=sent,
        clause=clause,
    )


# 轻重工业比例为25:75: two parts named by one pair of opposed characters before the whole's noun
PAIR_STRUCTURE = re.compile(r"(轻|内|城|男)(重|外|乡|女)([\u4e00-\u9fff]{1,3}?)的?(?:结构|比例|之比|比)")
PAIR_RATIO = re.compile(r"(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)(?![\d:])")


def _pair_structure(doc: _Doc, sent: Sentence, clause: Clause) -> list[Draft] | None:
    """`轻重工业比达到25:75` -> the share of 轻工业 and of 重工业 (the parts add up to 100)."""
    m = PAIR_STRUCTURE.search(clause.text) if ":" in clause.text else None
    r = PAIR_RATIO.search(doc.text, clause.start + m.end(), clause.end) if m else None
    if r is None or abs(float(r.group(1)) + float(r.group(2)) - 100) > 0.01:
        return None
    return [_part_share(r, k + 1, f"{m.group(k + 1)}{m.group(3)}比重", sent, clause) for k in range(2)]


# `A（22.0%）、B（19.8%）等3个重点行业增加值增速均超两位数`: each name's rate in brackets after it; the
# attribute and the rate word follow the list
BRACKET_NAME = re.compile(r"(?:其中[，,：:]?)?([^，,、：:；;（）()\d]{2,30})$")
BRACKET_RATE_AFTER = re.compile(r"(增加值|产值|营业收入|营收|投资|利润|收入|出口|进口)(?:增速|增幅|增长|同比增长)")


def _bracketed_rates(doc: _Doc, sent: Sentence, clause: Clause, cq: list) -> list[Draft] | None:
    rates = [q for q in cq if q.unit == "%"]
    text = doc.text
    if len(rates) < 2 or any(text[q.start - 1] not in "（(" or text[q.end : q.end + 1] not in ("）", ")") for q in rates):
        return None
    names, lo = [], clause.start
    for q in rates:
        m = BRACKET_NAME.search(text, lo, q.start - 1)
        if m is None:
            return None
        names.append(m.group(1))
        lo = q.end + 1
    after = BRACKET_RATE_AFTER.search(text, lo, clause.end)
    if after is None or any(q.start > lo for q in cq if q.unit == "%" and q not in rates):
        return None
    out = []
    for q, name in zip(rates, names):
        d = _new_draft(doc, sent, clause, q, name + after.group(1))
        d.kind = "growth"
        out.append(d)
    return out  # (the count of the list, 等3个, numbers the names: no figure)


def _double_pass(doc: _Doc, sent: Sentence, clause: Clause, raw: list, state: _State) -> list[Draft] | None:
    """`A、B…，于2021年双双跨过“百亿”台阶` -> one fact per metric said just before."""
    m = DOUBLE_PASS.search(clause.text)
    if not m:
        return None
    at = clause.start + m.end()
    q = next((q for q in raw if q.role not in ("date", "phone", "code", "vague") and 0 <= q.value_start - at <= 2), None)
    if q is None:
        return None
    prev = [d for d in state.last_clause_drafts() if d.kind != "rank"]
    metrics = list(dict.fromkeys(d.metric for d in prev if d.metric))
    own = M.strip_lead(_clause_words(doc, clause.start, clause.start + m.start()))
    if "、" in own:
        metrics = []  # 新建项目对工业产值、增加值的增长贡献率均超过50%: the clause lists its own metrics
    if len(metrics) < 2:
        # 电子信息、装备制造两大产业营业收入双双突破5000亿元: the metrics are listed right here
        head = M.strip_lead(_clause_words(doc, clause.start, clause.start + m.start()))
        items = _share_class([i for i in head.split("、") if i.strip()])
        if len(items) == 1:
            # 地区生产总值和规上工业总产值双过“千亿”: two metrics joined by 和 (a short part before it is
            # one compound name: 批发和零售业)
            parts = re.split(r"和|与|及", items[0])
            if len(parts) == 2 and all(len(p.strip()) >= 3 or QUALIFIED_ATTRIBUTE.fullmatch(p) for p in parts):
                items = parts
        if len(items) > 1:
            items = _share_frame(_share_attribute(_share_head(items)))
        metrics = _share_qualifier([M.tidy(i) for i in items if M.tidy(i)])
    if len(metrics) < 2:
        return None
    if q.unit not in ("CNY", "USD", "count", "other", "%", "pp", "rank"):
        q = _replace(q, unit="CNY", unit_text="元")  # 双过“千亿”: a bare magnitude of money
    elif q.unit == "CNY" and not q.unit_text:
        q = _replace(q, unit_text="元")
    passed = bool(re.search(r"突破|超|过|破|跨", m.group(0)))
    out = []
    for name in metrics:
        d = _new_draft(doc, sent, clause, q, name)
        if passed:
            d.comparator = ">"
        out.append(d)
    return out


def _from_to(doc: _Doc, sent: Sentence, clause: Clause, cq: list, state: _State) -> list[Draft] | None:
    """`工业增加值从2019年的312.4亿元提升到2022年的468.9亿元` -> two facts, each with its own period."""
    if len(cq) != 2:
        return None
    q1, q2 = cq
    if q1.unit != q2.unit:
        return None
    between = doc.text[q1.end : q2.start]
    head = doc.text[clause.start : q1.start]
    fm = None
    for fm in FROM_WORD.finditer(head):
        pass
    if fm is None or not TO_WORD.search(between):
        return None
    from_at = clause.start + fm.start()
    metric = M.metric_before(_clause_words(doc, clause.start, from_at))
    if not metric:
        metric = _antecedent(state)[0] or ""
        metric = re.sub(r"(?<=增速|增幅)(?:在|于|经历|出现).*$", "", metric)  # 工业增速在年初经历回落后，从…
    out = []
    for q, lo in ((q1, from_at), (q2, q1.end)):
        d = _new_draft(doc, sent, clause, q, metric)
        if d.kind == "rank" and not RANK_SUFFIX.search(metric):
            d.metric = metric + "排名" if metric else "排名"
        d.period = _own_period(doc, lo, q.value_start)
        d.period_fixed = True
        out.append(d)
    out[0].change_base = True
    if out[1].kind == "share" and (out[0].kind == "growth" or RATE_BEFORE.search(doc.text[sent.start : from_at])):
        out[1].kind = out[0].kind = "growth"  # 增速从一季度的2.2%逐季回升至全年的4.5%: both are rates
    periods = (out[0].period, out[1].period)
    if periods == (None, None) and not state.change_periods:
        # 2020年至2024年，工业增加值由2560亿元攀升至3580亿元: the span's ends are the two years
        span = next(
            (t for t in reversed(doc.times_in(sent.start, from_at)) if t.period and _YEAR_SPAN.fullmatch(t.period)),
            None,
        )
        if span is not None:
            first_year, last_year = span.period.split("-")
            out[0].period, out[1].period = periods = first_year, last_year
    if periods == (None, None) and state.change_periods:
        # …从2011年的X增加到2016年的Y；人均GDP从24433元增加到36700元: the same two years
        out[0].period, out[1].period = periods = state.change_periods
    if periods == (None, None) and not doc.times_in(sent.start, from_at):
        # `…由2020年的9998亿元提升至2025年的12786亿元。其中，城镇消费品零售额由8572亿元提升至10577亿元`
        pair = [m for m in FROM_TO_YEARS.finditer(doc.text, doc.text.rfind("\n", 0, sent.start) + 1, sent.start)][-1:]
        if pair:
            out[0].period, out[1].period = periods = pair[0].group(1), pair[0].group(2)
    if periods == (None, None):
        ends = _change_frame(doc, sent, from_at)
        if ends is not None:
            out[0].period, out[1].period = periods = ends
    if periods[0] is not None and periods[1] is None and not doc.times_in(q1.end, q2.value_start):
        # `前三季度，…比重由2022年年末的31.1%提高至31.9%`: the value reached is of the period leading the sentence
        # (not one with a time word of its own: `上升至目前的84位`, `回升至全年的4.5%`)
        lead = [t for t in doc.times_in(sent.start, from_at) if _usable_time(doc, t) and _leads_clause(doc, t, sent)][-1:]
        if lead and (_DATED_PART.fullmatch(lead[0].period or "") or _YEAR.fullmatch(lead[0].period or "")):
            out[1].period = lead[0].period
            periods = (periods[0], out[1].period)
    state.change_periods = periods
    return out


SAME_TIME_LAST_YEAR = re.compile(r"[从由](?:去年|上年)同期")
HEADING_LINES_BACK = 4  # short heading lines (`2012年到2021年` / `十年时间`) looked through before a paragraph


def _change_frame(doc: _Doc, sent: Sentence, from_at: int) -> tuple[str | None, str] | None:
    """The two years of a `从X增长至Y` that names none: the span its paragraph opens with (`2022—2024年，
    全省…。全省千亿县从14个增长至18个`) or a heading line just before gives (`2012年到2021年` above the
    paragraph), else, under a single year leading the sentence, that year's change (`2023年，…门槛由404亿元
    上升至414亿元`: from the year before). None where nothing frames it."""
    own = [t for t in doc.times_in(sent.start, from_at) if _usable_time(doc, t)]
    if own and SAME_TIME_LAST_YEAR.match(doc.text, from_at):
        # `一季度，…比重由去年同期的34.5%提升到37.8%`: the same part of the year before, and this one
        t = own[-1]
        if len(own) == 1 and _DATED_PART.fullmatch(t.period or "") and _leads_clause(doc, t, sent):
            return str(int(t.period[:4]) - 1) + t.period[4:], t.period
        return None
    if own:
        t = own[-1]
        if len(own) != 1 or getattr(t.expr, "kind", "") != "year" or not t.year or not _YEAR.fullmatch(t.period or ""):
            return None
        if not _leads_clause(doc, t, sent):
            return None
        if t.expr.by:
            return None, str(t.year)  # `到2027年，力争…由1200家增加到1500家`: the goal's year; the start is left open
        if doc.pub_year is not None and t.year < doc.pub_year:
            return str(t.year - 1), str(t.year)
        return None
    para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
    if para is None or para.index != sent.paragraph:
        return None
    earlier = [t for t in doc.times_in(para.start, sent.start) if _usable_time(doc, t)]
    if earlier:
        t = earlier[-1]
        owner = next((s for s in para.sentences if s.start <= t.start < s.end), None)
        if owner is not None and _YEAR_SPAN.fullmatch(t.period or "") and _leads_clause(doc, t, owner):
            return t.period[:4], t.period[5:]
        return None
    for p in reversed(doc.paragraphs[max(0, para.index - HEADING_LINES_BACK) : para.index]):
        body = doc.text[p.start : p.end].strip()
        if len(body) > SECTION_HEADING or _CLAUSE_MARK.search(body):
            return None
        spans = find_time_spans(body, doc.pub_year, doc.pub_month)
        if spans:
            period = spans[-1].period or ""
            return (period[:4], period[5:]) if _YEAR_SPAN.fullmatch(period) else None
    return None


_SCOPE = r"(?:全国|全省|全市|全区|全县|全州|全盟|全球|省|市|区|县)"
_SCOPES = rf"({_SCOPE}(?:[、和及与]{_SCOPE})+)"
SCOPE_GAPS = re.compile(
    rf"^(?:并|且|增速|增幅|分别)*(?:(?:比|较){_SCOPES}(?:分别)?(高出|低出|高|低|快|慢)"
    rf"|(高于|低于|快于|慢于|高出|低出|超出|领先){_SCOPES}(?:平均水平|平均|水平|增速|增幅)?(?:分别)?(?:高|低)?)$"
)


SCOPE_FIRST = re.compile(rf"^(?:并|且|增速|增幅|分别)*(高于|低于|快于|慢于|高出|低出|超出|领先)({_SCOPE})$")
SCOPE_NEXT = re.compile(rf"^[、和及与，]({_SCOPE})$")


def _interleaved_scopes(doc: _Doc, clause: Clause, cq: list) -> tuple[str, list[str]] | None:
    """`高于全国0.4、全省0.1个百分点`: each figure after its own scope; (verb, scopes) or None."""
    m = SCOPE_FIRST.match(doc.text[clause.start : cq[0].start].strip(M.PUNCT))
    if m is None:
        return None
    scopes = [m.group(2)]
    for a, b in zip(cq, cq[1:]):
        nxt = SCOPE_NEXT.match(doc.text[a.end : b.start])
        if nxt is None:
            return None
        scopes.append(nxt.group(1))
    return m.group(1), scopes


def _gaps_over_scopes(doc: _Doc, sent: Sentence, clause: Clause, raw: list, cq: list, state: _State) -> list[Draft] | None:
    """`增长6.5%，分别高于全国和全省1.3和0.8个百分点`: one gap per scope listed, each the rate said
    before compared with that scope (`地区生产总值增速高于全国`, `…增速高于全省`). The unit may be written
    once, after the last figure (`1.0和0.6个百分点`)."""
    cq = [q for q in raw if q in cq or q.role == "bare"]
    if len(cq) < 2:
        return None
    interleaved = _interleaved_scopes(doc, clause, cq)
    if interleaved is not None:
        verb, scopes = interleaved
        words = [verb + scope for scope in scopes]
    else:
        if any(doc.text[a.end : b.start] not in ("、", "和", "及", "与") for a, b in zip(cq, cq[1:])):
            return None
        m = SCOPE_GAPS.match(doc.text[clause.start : cq[0].start].strip(M.PUNCT))
        if m is None:
            return None
        scopes = re.split(r"[、和及与]", m.group(1) or m.group(4))
        words = [f"比{scope}{m.group(2)}" if m.group(1) else f"{m.group(3)}{scope}" for scope in scopes]
    values = list(cq)
    _fix_shared_unit(doc, values)
    last = next((d for d in reversed(state.drafts) if d.metric and d.kind != "rank"), None)
    if len(scopes) != len(values) or any(q.unit != "pp" for q in values) or last is None or last.unit != "%":
        return None
    root = _gap_root(last.metric)
    if last.kind == "growth" and not RATE_IN_METRIC.search(root):
        root += "增速"
    return [_new_draft(doc, sent, clause, q, root + w) for q, w in zip(values, words)]


def _own_period(doc: _Doc, lo: int, hi: int) -> str | None:
    span = None
    for t in doc.times_in(lo, hi):
        if lo <= t.start and t.end <= hi:
            span = t
    return span.period if span else None


def _respectively(doc: _Doc, sent: Sentence, clause: Clause, cq: list, state: _State) -> list[Draft] | None:
    """`社会消费品零售总额、固定资产投资年均分别增长8.4%、11.7%`, `石化、钢铁、食品三大产业产值分别为…`,
    `江都区、邗江区工业开票销售分别突破…`, `新增量和总量分别位居全省设区市第二、第五`."""
    rm = RESPECTIVELY.search(clause.text) or _place_list(doc, clause, cq) or _implicit_list(doc, clause, cq)
    if rm is None:
        return None
    at = clause.start + rm.start()
    values = [q for q in cq if q.start >= at]
    if len(values) < 2:
        return None
    fixed = list(values)
    _fix_shared_unit(doc, fixed)
    for old_q, new_q in zip(values, fixed):
        if new_q is not old_q:
            cq[cq.index(old_q)] = new_q  # `分别拉动增长2.5个和1.4个百分点`: the shared unit holds on any reading
    values = fixed
    listed_times = _listed_times(doc, clause.start, at, len(values))
    if listed_times:
        return _respectively_over_times(doc, sent, clause, values, listed_times, at)
    regions = _listed_regions(doc, clause.start, at, len(values))
    head_lo = regions[-1][1] if regions else clause.start
    head = M.strip_trail(M.strip_lead(_clause_words(doc, head_lo, at)))
    tail = M.tidy(_clause_words(doc, clause.start + rm.end(), values[0].start))  # 分别实现产值 -> 产值
    items = _list_items(head, len(values))
    if items and (lead := ITEM_LEAD_VERB.match(items[0])):
        items[0] = items[0][lead.end() :]  # 高端化…发展带动钢铁、化工…增加值分别增长: the sectors, not the cause
    items = _share_qualifier(_share_head(_share_class(items)))
    if len(items) == 1 and len(values) == 2:
        items = _split_pair(items[0])  # 存贷款余额分别达3.03万亿元、2.08万亿元
    if len(values) >= 3 and not regions and (len(items) != len(values) or SECTOR_END.search(doc.text[sent.start : clause.start].rstrip("，, ")[-1:])):
        # 非金属矿物制品业，计算机、通信和其他电子设备制造业，皮革、毛皮…制鞋业增加值分别…: the names are the
        # ，-pieces even where the last piece holds as many 、-parts as there are figures
        items = _comma_items(doc, sent, at, len(values)) or items
    back = COUNTED_HEAD.match(head)
    if back and len(items) == 1 and _count_value(back.group(1)) == len(values):
        # 医药、电子行业贡献较高，两个行业产值分别增长11.9%和4.7%: the two named in an earlier clause
        named = _earlier_items(doc, sent, clause, len(values))
        if named:
            items = [i + back.group(3) for i in named]
    if tail and not RANK_VERB.match(tail) and items and not M.RANK_SCOPE_WORD.match(tail) and not M.COMPARISON.match(tail):
        items = [i + tail if not i.endswith(tail) else i for i in items]
    items = [M.tidy(i) for i in items if M.tidy(i)]
    if not items and not regions and not tail and not (state.drafts and state.drafts[-1].clause.index == clause.index - 1):
        items = _earlier_items(doc, sent, clause, len(values))  # A业、B业表现亮眼，分别增长x%、y%: the names before
    if not items and not regions and tail and not RANK_VERB.match(tail):
        named = _earlier_items(doc, sent, clause, len(values)) or _clause_subjects(doc, sent, clause, len(values))
        if named:
            # 汽车和计算机制造业贡献突出，分别拉动全市增长2.5个和1.4个百分点: the names of the clause before
            items = [i + tail for i in named]
    elif len(items) == 1 and not regions and SHARE_OF.match(items[0]) and (named := _clause_subjects(doc, sent, clause, len(values))):
        items = [i + items[0] for i in named]  # A迅速成长…，B不断发展壮大，C…，占…比重分别达到: each one's share
    elif len(items) == 1 and not regions and M.is_generic(items[0]) and not M.COMPARISON.search(items[0]):
        named = _earlier_items(doc, sent, clause, len(values))
        if named:
            # A、B等现代服务业增势较好，实现营业收入分别增长x%、y%: each named one's attribute
            items = [_with_attribute(i, items[0]) for i in named]
    # distinct metrics said before, the latest mention of each last (分居全省第4、第3位)
    prior = list(reversed(list(dict.fromkeys(d.metric for d in reversed(state.drafts) if d.kind != "rank" and d.metric))))
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
        metrics = [_merge_generic(base, i) for i in items]
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
        metrics = (items or [tail]) * len(values)
    elif not items and not regions and prior and _respective_places(doc, sent, clause, len(values)):
        # 重庆市地区生产总值…，四川省地区生产总值…，分别比上年增长5.3%、5.5%: the rate of what was said, each place's
        metrics = [prior[-1]] * len(values)
    else:
        return None
    if all(q.unit == "pp" for q in values):
        gaps = _gaps_over_bases(doc.text[clause.start + rm.end() : values[0].start], len(values), prior)
        metrics = gaps or _over_bases(doc.text[clause.start : values[0].start], metrics)
    rank_words = _clause_words(doc, clause.start + rm.end(), values[0].start)
    places = _respective_places(doc, sent, clause, len(values)) if not regions and RESPECTIVELY.match(clause.text, rm.start()) else None
    out = []
    for k, (q, name, unit) in enumerate(zip(values, metrics, units)):
        d = _new_draft(doc, sent, clause, q, name)
        if out and out[0].kind == "growth" and (d.kind == "share" or d.unit_text == "倍") or (
            out and d.unit == out[0].unit and d.kind != out[0].kind and out[0].kind != "rank"
        ):
            d.kind = out[0].kind  # 分别增长22.6%、21.9% (or 3.9倍、10.9%): the cue before the first governs them all
            if d.kind == "growth" and out[0].value < 0 < d.value:
                d.value = -d.value
        elif out and d.kind == "growth" == out[0].kind and out[0].value < 0 < d.value and d.value_max is None:
            if doc.text[values[k - 1].end : q.start] in ("和", "、", "与", "及", "，"):
                d.value = -d.value  # 分别回落2.16和1.66个百分点: the first one's falling verb covers the bare next
        if out and d.comparator == "=" and out[0].comparator != "=" and doc.text[q.start : q.value_start] == "":
            d.comparator = out[0].comparator  # 分别突破2000亿元、1800亿元
        if d.kind == "rank":
            d.metric = _rank_name(rank_words, name, unit)
            if name and not regions and name not in d.metric:
                d.metric = name + d.metric  # A、B…分别跃升至全国品牌百强榜第8、第11位: each name's own rank
        if regions:
            d.subject = regions[k][2]
        elif places:
            d.subject = places[k]
        out.append(d)
    return out


# 主要分布在A、B和C，分别为…: words before a list of places that hand each its figure
_PLACE_LIST_LEAD = re.compile(any_of(_LEX["place_list_leads"]))


def _respective_places(doc: _Doc, sent: Sentence, clause: Clause, n: int) -> list[Any] | None:
    """`重庆市地区生产总值…，四川省地区生产总值…，分别比上年增长5.3%、5.5%`: the distinct places opening the
    n clauses right before, in order, each one's figure; or a list of n places opening the clause right
    before (`池州、芜湖分列二三位，增速分别为7.2%、7%`)."""
    before = [c for c in sent.clauses if c.start < clause.start][-n:]
    if before:
        listed = _listed_regions(doc, before[-1].start, before[-1].end, n)
        lead = M.strip_lead(_clause_words(doc, before[-1].start, listed[0][0])) if listed else None
        if listed and (not lead or _PLACE_LIST_LEAD.fullmatch(lead)):
            return [r[2] for r in listed]  # (主要分布在A、B和C，分别为36家、14家和9家)
    if len(before) < n:
        return None
    places = []
    for c in before:
        groups = [g for g in _mention_groups(doc, c.start, c.end) if _topical(doc, g)]
        if not groups or M.strip_lead(_clause_words(doc, c.start, groups[0][0][0])):
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
_BASE_WORD = re.compile(r"季度|月|年|同期|半年")


GAP_OVER_BASES = re.compile(r"(高于|低于|快于|慢于)([^，；、和及与]{2,8})(?:和|、|及|与)([^，；、和及与]{2,8})")


def _gaps_over_bases(words: str, n: int, prior: list[str]) -> list[str] | None:
    """`增长6.3%，分别高于上年全年和上年同期0.5个、0.2个百分点`: the rate said before, above each base in
    turn (GDP增速高于上年全年, GDP增速高于上年同期). None where the words are not that."""
    m = GAP_OVER_BASES.fullmatch(words.strip())
    if not m or n != 2 or not prior:
        return None
    root = _gap_root(prior[-1])
    rate = root + ("" if RATE_IN_METRIC.search(root) else "增速")
    return [rate + m.group(1) + m.group(2), rate + m.group(1) + m.group(3)]


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


SHARE_OF = re.compile(r"^(?:占|对)[^，；]{1,30}(?:比重|比例|占比|贡献率|贡献度)$|^(?:拉动|带动)[^，；]{2,20}$")
COUNTED_HEAD = re.compile(
    r"^(?:这|上述|以上|前述)?([两二三四五六七八九十\d]{1,2})(个|大|类|家)?(?:行业|产业|领域|板块|集群|产业链|企业|品种|产品)的?(.*)$"
)
LIST_PREDICATE = re.compile(r"(?:对|在|为|的|等|分别|均|都|也|同样|占|实现|完成|增长|贡献|拉动|发展|表现)")


def _count_value(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}.get(word)


def _earlier_items(doc: _Doc, sent: Sentence, clause: Clause, n: int) -> list[str]:
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
        seg = seg[_PLACE_LIST_LEAD.match(seg).end() :] if _PLACE_LIST_LEAD.match(seg) else seg  # 主要分布于A、B: places
        seg = re.sub(r"^(?:我国|我省|我市|我区|我县)", "", M.strip_lead(_strip_region(doc, seg)))
        opener = re.search(r"(?:分别是|分别为|依次是|依次为|包括)", seg)
        if opener:
            seg = seg[opener.end() :]  # 贡献最大的三个行业分别是A、B和C: the list follows
        cut = LIST_PREDICATE.search(seg)
        head = seg[: cut.start()] if cut else seg
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
        items = [M.tidy(i) for i in _list_items(head, n)]
        if klass and re.fullmatch(r"(?:产业集群|产业链|产业|集群|行业)", klass):
            items = [i if i.endswith(klass) else i + klass for i in items]
        sector = re.search(r"(?:制造业|加工业|服务业|行业|产业)$", items[-1]) if items else None
        if sector:
            items = [i if i.endswith("业") else i + sector.group(0) for i in items]  # 汽车和计算机制造业
        else:
            items = [M.tidy(i) for i in _share_head(_share_class(items))]  # 猪、牛出栏
        return items if len(items) == n and all(items) else []
    return []


def _place_list(doc: _Doc, clause: Clause, cq: list):
    """`A、B、C品牌价值跃升至全国第8、第11和第31位`: places listed after as many names, read like 分别
    (the match of the rank verb stands in for 分别)."""
    if len(cq) < 2 or any(q.unit != "rank" for q in cq):
        return None
    if any(doc.text[a.end : b.start] not in ("、", "和", "及", "与", "、第", "和第") for a, b in zip(cq, cq[1:])):
        return None
    verbs = [m for m in RANK_VERB.finditer(clause.text) if clause.start + m.end() <= cq[0].start]
    if not verbs or "、" not in clause.text[: verbs[-1].start()]:
        return None
    head = M.strip_lead(_clause_words(doc, clause.start, clause.start + verbs[-1].start()))
    return verbs[-1] if len(_list_items(head, len(cq))) == len(cq) else None


class _At:
    """A stand-in for the match of 分别 where a list reads distributively without it."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


IMPLICIT_CUE = re.compile(r"(?:力争|预计|年均|同比|比上年)?(?:增长|下降|提高|提升|达到|达|为)$")


def _implicit_list(doc: _Doc, clause: Clause, cq: list):
    """`固定资产投资、社会消费品零售总额力争增长8%和6%左右`: as many figures joined by 和/、 as names listed
    before one verb, read like 分别."""
    if len(cq) < 2 or any(q.unit != cq[0].unit or q.unit == "rank" for q in cq):
        return None
    if any(doc.text[a.end : b.value_start] not in ("、", "和", "及", "与") for a, b in zip(cq, cq[1:])):
        return None
    before = doc.text[clause.start : cq[0].start]
    cue = IMPLICIT_CUE.search(before)
    if cue is None or "、" not in before[: cue.start()]:
        return None
    head = M.strip_lead(_clause_words(doc, clause.start, clause.start + cue.start()))
    if len(_list_items(head, len(cq))) != len(cq) and not _listed_regions(doc, clause.start, clause.start + cue.start(), len(cq)):
        return None
    return _At(cue.start(), cue.start())


def _listed_times(doc: _Doc, lo: int, hi: int, n: int) -> list[TimeSpan]:
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


def _respectively_over_times(
    doc: _Doc, sent: Sentence, clause: Clause, values: list, times: list[TimeSpan], at: int
) -> list[Draft]:
    metric = M.tidy(_clause_words(doc, clause.start, at))
    para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
    if para is None or para.index != sent.paragraph:
        para = Paragraph(sent.start, sent.end, sent.paragraph, [sent])
    # the year that governs the listed words: in the sentence, or opening an earlier sentence of the
    # paragraph (`2021年全区实现…。从增长走势来看，一季度、上半年、前三季度和全年GDP增速分别为…`)
    spans = [t for t in doc.times_in(para.start, clause.end) if _usable_time(doc, t)]
    out = []
    for q, t in zip(values, times):
        d = _new_draft(doc, sent, clause, q, metric)
        if out and d.unit == out[0].unit and out[0].kind != "rank":
            d.kind = out[0].kind
        d.period = _in_governing_year(doc, spans, para, t) if t.needs_year else t.period
        d.period_fixed = True
        out.append(d)
    return out


def _listed_regions(doc: _Doc, lo: int, hi: int, n: int) -> list[tuple[int, int, Any]]:
    """`宁波市北仑区、鄞州区…`: n regions listed with 、/和 at the head of [lo, hi), one per figure (or per
    subject of 均); [] where the head does not list them."""
    groups = _mention_groups(doc, lo, hi)
    listed: list[tuple[int, int, Any]] = []
    for g in groups:
        gap = doc.text[listed[-1][1] : g[0][0]] if listed else ""
        if listed and gap not in ("、", "和", "及", "与"):
            listed = []  # 扬州将推动江都区、邗江区…: the list is the last run of regions
        listed.append(g[-1])
    if len(listed) >= 2 and (n == 0 or len(listed) == n):
        return listed
    return []


ITEM_LEAD_VERB = re.compile(r"^[^、，]{2,}?(?:带动|推动|拉动|促进|助推)(?=[\u4e00-\u9fff]{2})")


def _list_items(head: str, n: int) -> list[str]:
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


GENERIC_ITEM = re.compile(any_of(_LEX["generic_items"]["qualifiers"]) + "?" + any_of(_LEX["generic_items"]["heads"]))
ITEM_ATTRIBUTE = re.compile(any_of(grouped(_LEX["attributes"]["item"], _LEX["attribute_groups"])) + "$")
LIST_ATTRIBUTE = re.compile(any_of(grouped(_LEX["attributes"]["list"], _LEX["attribute_groups"])) + "$")
SECTOR_END = re.compile(any_of(_LEX["sector_ends"]) + "$")
PAIRED_CHARS = frozenset(_LEX["paired_chars"])
SECTOR_ATTRIBUTE = re.compile("(?<=业)" + any_of(grouped(_LEX["attributes"]["sector"], _LEX["attribute_groups"])) + "$")


def _share_head(items: list[str]) -> list[str]:
    """`城镇、农村居民人均可支配收入` -> 城镇居民人均可支配收入, 农村居民人均可支配收入: short leading
    items share the head noun written once after the last one; sector names (`采矿业、水电燃气业利润`)
    share only the attribute."""
    if len(items) >= 2 and all(SECTOR_END.search(i) for i in items[:-1]):
        m = SECTOR_ATTRIBUTE.search(items[-1])
        if m:
            return [i + m.group(0) for i in items[:-1]] + [items[-1]]
        return items
    m = SECTOR_ATTRIBUTE.search(items[-1]) if len(items) >= 2 else None
    if m and m.start() >= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", i) for i in items[:-1]):
        # 钢铁、化工、农副食品加工业增加值: short sector names take the last one's 业 and attribute
        return [i + "业" + m.group(0) for i in items[:-1]] + [items[-1]]
    shared = SECTOR_SHARED_TAIL.match(items[-1]) if len(items) >= 2 else None
    if shared and all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", i) and not re.search(r"业|产值|收入", i) for i in items[:-1]):
        # 装备制造、食品产业规模以上主营业务收入: the sector word and the attribute written once, after the last
        return [i + shared.group(1) for i in items[:-1]] + [items[-1]]
    if len(items) == 2 and len(items[0]) > 3 and len(items[1]) == 2 and items[0][-2] + items[1][0] in PAIRED_CHARS:
        return [items[0], items[0][:-2] + items[1]]  # 地方财政收入、支出 -> 地方财政支出
    if len(items) == 2 and len(items[0]) > 1 and len(items[1]) > 2 and items[0][-1] + items[1][0] in PAIRED_CHARS:
        # 金融机构存、贷款余额 -> 金融机构存款余额, 金融机构贷款余额: one character of a pair, the rest shared
        prefix, tail = items[0][:-1], items[1][1:]
        return [items[0] + tail, prefix + items[1]]
    if len(items) >= 2 and any(len(i) > 3 for i in items[:-1]):
        m = LIST_ATTRIBUTE.search(items[-1])
        if m and m.start() >= 2 and not any(LIST_ATTRIBUTE.search(i) or len(i) > 8 for i in items[:-1]):
            return [i + m.group(0) for i in items[:-1]] + [items[-1]]  # 高速铁路、高速公路通车里程
    if len(items) < 2 or any(len(i) > 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", i) for i in items[:-1]):
        return items  # GDP、工业增加值: a Latin abbreviation is a whole name, not a share of the last
    width = len(items[0])
    last = items[-1]
    if len(last) <= width + 1 or any(len(i) != width for i in items[:-1]):
        return items
    head = last[width:]
    return [i + head for i in items[:-1]] + [last]


SECTOR_SHARED_TAIL = re.compile(
    r"^[\u4e00-\u9fff]{2,6}?((?:产业|行业)[^、，]{0,8}(?:总产值|产值|增加值|营业收入|营收|主营业务收入|销售收入|利润总额|利润|税收))$"
)
QUALIFIED_ATTRIBUTE = re.compile(
    r"(?:总产值|产值|增加值|营业收入|营收|主营业务收入|销售收入|利润总额|利润|利税|税收|出口交货值)$"
)


def _share_qualifier(items: list[str]) -> list[str]:
    """`规上工业产值、营收` -> 规上工业产值, 规上工业营收: a bare attribute listed after a qualified one
    is an attribute of the same thing."""
    own = QUALIFIED_ATTRIBUTE.search(items[0]) if len(items) >= 2 else None
    if own is None or own.start() < 2:
        return items
    qualifier = items[0][: own.start()]
    if len(qualifier) > 10 or re.search(r"从|开始|在|由|，", qualifier):
        return items  # 从7月份累计开始全市…总产值与增加值: not a plain qualifier
    return [items[0]] + [qualifier + i if QUALIFIED_ATTRIBUTE.fullmatch(i) else i for i in items[1:]]


def _with_attribute(name: str, attribute: str) -> str:
    """有色金属产业营收 + 增加值 -> 有色金属产业增加值: a name's own attribute gives way to the one said now."""
    own = BASE_ATTRIBUTE.search(name)
    if own and own.start() >= 2 and BASE_ATTRIBUTE.fullmatch(attribute):
        return name[: own.start()] + attribute
    return name + attribute


CLAUSE_PREDICATE = re.compile(r"迅速|不断|持续|加快|稳步|进一步|快速|的支柱|的地位|成长为|发展壮大")


def _clause_subjects(doc: _Doc, sent: Sentence, clause: Clause, n: int) -> list[str]:
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


def _comma_items(doc: _Doc, sent: Sentence, at: int, n: int) -> list[str]:
    """`农副食品加工业，金属制品业，计算机、通信和其他电子设备制造业，…增加值分别增长…`: sector names
    that hold 、 themselves are listed with ，, each its own clause."""
    segs = [x.strip() for x in re.split(r"[，,]", doc.text[sent.start : at])]
    if len(segs) < n:
        return []
    names = segs[-n:]
    names[0] = M.strip_lead(_strip_region(doc, re.sub(r"^.*?中", "", names[0]) if "中" in names[0][:-1] else names[0]))
    if any(re.search(r"\d", x) or not x for x in names) or not all(SECTOR_END.search(x) for x in names[:-1]):
        return []
    return [M.tidy(x) for x in _share_head(names)]


def _split_pair(item: str) -> list[str]:
    """`存贷款余额` -> 存款余额, 贷款余额; `进出口总额` -> 进口总额, 出口总额: a compound of a pair."""
    for k in range(len(item) - 2):
        if item[k : k + 2] in PAIRED_CHARS and k + 2 < len(item):
            prefix, rest = item[:k], item[k + 2 :]
            return [prefix + item[k] + rest, prefix + item[k + 1] + rest]
    return [item]


def _share_class(items: list[str]) -> list[str]:
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


def _merge_generic(base: str, item: str) -> str:
    """新增数 + 国家卓越级智能工厂 -> 新增国家卓越级智能工厂; 累计数 -> 国家卓越级智能工厂累计数."""
    if item.startswith("新增"):
        return "新增" + base
    return base + item


def _fix_shared_unit(doc: _Doc, values: list) -> None:
    """`分别高8.8个、35.4个百分点`: the unit written once at the end applies to each figure."""
    last = values[-1]
    for i, q in enumerate(values[:-1]):
        if q.unit != last.unit and q.unit_text in ("", "个", None) and last.unit in ("pp", "%"):
            values[i] = _replace(q, unit=last.unit, unit_text=last.unit_text, kind_hint=last.kind_hint)


def _replace(q, **changes):
    from dataclasses import replace

    return replace(q, **changes)


def _each_rank(doc: _Doc, sent: Sentence, clause: Clause, cq: list, state: _State) -> list[Draft] | None:
    """`A 2.6万家、B 318家，均列全省第三` -> one rank (or figure) per metric listed just before."""
    if len(cq) != 1 or not EACH_RANK.match(doc.text[clause.start : cq[0].start].strip()):
        return None
    q = cq[0]
    prev = [d for d in state.last_clause_drafts() if d.kind != "rank"]
    if len(prev) < 2:
        return None
    words = _clause_words(doc, clause.start, q.start)
    out = []
    for p in prev:
        d = _new_draft(doc, sent, clause, q, p.metric)
        if d.kind == "rank":
            d.metric = _rank_name(words, p.metric, p.unit)
        out.append(d)
    return out


def _each_name_rank(doc: _Doc, sent: Sentence, clause: Clause, cq: list) -> list[Draft] | None:
    """`营业收入和利润总额均跃居中部第1位、全国第7位` -> each rank for each name joined before 均."""
    if any(q.unit != "rank" for q in cq):
        return None
    m = re.search(r"(?:均|都)(?=[^，；]{0,8}$)", doc.text[clause.start : cq[0].start])
    if m is None:
        return None
    head = M.strip_lead(_clause_words(doc, clause.start, clause.start + m.start()))
    names = [M.strip_lead(x) for x in re.split(r"和|、|及|与", head) if M.strip_lead(x)]  # 增速 stays: 增速均居第一
    names = _share_qualifier(names)
    if len(names) < 2 or any(len(x) > 12 or re.search(r"\d", x) for x in names):
        return None
    if _listed_regions(doc, clause.start, clause.start + m.start(), 0):
        return None  # 海门区、启东市…均: regions, read by _each_subject
    out = []
    lo = clause.start + m.end()
    for q in cq:
        words = _clause_words(doc, lo, q.start)
        for name in names:
            d = _new_draft(doc, sent, clause, q, "")
            d.metric = _rank_name(words, name, None)
            out.append(d)
        lo = q.end
    return out


def _each_subject(doc: _Doc, sent: Sentence, clause: Clause, cq: list, state: _State) -> list[Draft] | None:
    """`海门区、启东市新能源产业产值增速均超过20%` -> one fact per listed region."""
    if len(cq) != 1:
        return None
    q = cq[0]
    if not _EACH_BEFORE.search(doc.text[clause.start : q.start]):
        return None
    regions = _listed_regions(doc, clause.start, q.start, 0)
    if not regions:
        return None
    metric = M.metric_before(_clause_words(doc, regions[-1][1], q.start))
    out = []
    for r in regions:
        d = _new_draft(doc, sent, clause, q, metric)
        d.subject = r[2]
        out.append(d)
    return out


# ---------------------------------------------------------------- period, status, subject


def _finish(
    doc: _Doc, para: Paragraph, d: Draft, siblings: list[Draft], intro: tuple[str, str | None] | None = None
) -> None:
    if not d.period_fixed:
        d.period = _period(doc, para, d)
    elif d.period is None and not d.change_base and FROM_LAST_YEAR.search(doc.text, d.clause.start, d.pos):
        d.period = _period(doc, para, d)  # `由上年的120家增加到136家`: the value reached is of the year reported
    if intro is not None and d.period is None and not d.change_base and not _said_of_present(doc, d):
        d.period = intro[1]  # (not a starting point, nor a figure said of the present: `从目前的14.4万元`)
    if "年均" in d.clause.text and d.kind == "growth" and not _YEAR_SPAN.fullmatch(d.period or ""):
        # 从2020年的X增长到2023年的Y；…年均增长z%: the average runs over the years after the base
        years = sorted({int(s.period) for s in siblings if s.period_fixed and s.period and _YEAR.fullmatch(s.period)})
        if len(years) >= 2:
            d.period = f"{years[0] + 1}-{years[-1]}"
        else:
            pair = [m for m in FROM_TO_YEARS.finditer(doc.text, d.sentence.start, d.pos)][-1:]
            if pair and int(pair[0].group(1)) < int(pair[0].group(2)):  # `由2020年的X提升至2025年的Y、增长…，年均增长5%`
                d.period = f"{int(pair[0].group(1)) + 1}-{pair[0].group(2)}"
            base = [m for m in MULTIPLE_OF_YEAR.finditer(doc.text, d.sentence.start, d.pos)][-1:]
            if not pair and base and _YEAR.fullmatch(d.period or "") and int(base[0].group(1)) < int(d.period):
                d.period = f"{int(base[0].group(1)) + 1}-{d.period}"  # `2016年…达到2264亿元，是2012年的1.45倍，年均增长10.9%`
    if d.kind == "growth":
        d.period = _average_span(doc, d) or _average_over_paragraph_span(doc, para, d) or _multiple_of_base_span(doc, d) or d.period
    if d.kind in ("growth", "level"):
        d.period = _average_since_base(doc, para, d) or d.period
    if d.period is None and d.kind == "growth":
        d.period = _since_plan_end(doc, d)
    if d.sentence.start not in doc.cues:
        doc.cues[d.sentence.start] = modality.find_cues(d.sentence.text)
    d.status = modality.status_at(
        d.sentence.text,
        d.pos - d.sentence.start,
        period=d.period,
        pub_year=doc.pub_year,
        pub_month=doc.pub_month,
        cues=doc.cues[d.sentence.start],
    )
    first_cue = doc.memo.get(("first_cue", d.sentence.start))
    if first_cue is None:  # where the sentence's earliest cue starts (inf: none), once per sentence
        cues = doc.cues[d.sentence.start]
        first_cue = doc.memo[("first_cue", d.sentence.start)] = min(c[0] for c in cues) if cues else float("inf")
    own_cue = first_cue < d.pos - d.sentence.start  # some cue before the figure
    if d.status == "actual" and REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos):
        # `从目前的14.4万元增加到20万元左右`: 目前 is the starting point's; the value reached is ahead
        d.status = _status_before_now(doc, d)
    if GOAL_AFTER.match(doc.text, d.end):
        d.status = "target"  # `确定10%的增长目标`, `…地区生产总值1250亿元的目标`: the figure is the goal
        own_cue = True
    if d.status == "forecast" and re.fullmatch(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])", d.period or ""):
        # `预计全年…达22%，1至11月高技术制造业增长17.2%`: a to-date period opening the figure's own clause,
        # after an expectation of an earlier clause, is reported data
        cue = [c for c in doc.cues[d.sentence.start] if c[0] < d.pos - d.sentence.start][-1:]
        cue_at = d.sentence.start + cue[0][0] if cue else d.pos
        if _cue_clause_has_figure(doc, d.sentence, cue_at) and any(
            cue_at < t.start and d.sentence.clause_at(t.start).start > cue_at and _leads_clause(doc, t, d.sentence)
            for t in doc.times_in(cue_at, d.pos)
        ):
            d.status = "actual"
    if intro is not None and not own_cue:
        d.status = intro[0]  # an item of a list led in by `主要预期目标是：`
    elif not own_cue and d.period is None and d.status == "actual" and not _in_review(doc):
        # a plan paragraph: `今年南通将…。计划培育…，市级以上创新型中小企业达600家以上。` — a figure with no
        # cue and no time word of its own follows the last plan cue of the paragraph's earlier sentences
        carried = _paragraph_cue(doc, para, d.sentence)
        if carried in ("target", "horizon", "will"):
            d.status = "target"
    elif not own_cue and d.status == "target" and _paragraph_cue(doc, para, d.sentence) == "actual":
        # `今年以来，全区…实现…。一是工业生产回升。规上工业增加值增长6.2%。` (a spring page): the page's own
        # year does not make a plan of a figure the paragraph reports as achieved
        d.status = "actual"
    if own_cue and d.status == "target" and intro is None and _past_section(doc):
        cue = [c for c in doc.cues[d.sentence.start] if c[0] < d.pos - d.sentence.start][-1]
        if d.sentence.text[cue[0] : cue[1]] == "争取" and not _para_times(doc, para)[0]:
            # a review section (`一、2023年工作回顾`): 争取专项债券项目86个 is what was obtained
            d.status = "actual"
            if d.period is None:
                d.period = doc.carried
    # a plan's later paragraphs (`到2027年，…。\n产业规模更大。规上工业营业收入突破5000亿元`, a January
    # `二、2025年工作安排`): their uncued figures are targets of the carried period
    plan_carry = doc.carried_status == "target" and (d.status == "target" or (d.status == "actual" and not own_cue))
    if (
        d.period is None
        and doc.carried
        and intro is None
        and (
            (d.status == "actual" and not own_cue)
            or plan_carry
            # 预计，全市实现地区生产总值1360亿元 under `一、2015年工作回顾` (a report of January 2016)
            or (d.status == "forecast" and _YEAR.fullmatch(doc.carried))
            or (d.status == "forecast" and _closed_part_of_year(doc, doc.carried))
        )
        # an achieved figure is not of a later year
        and (plan_carry or not (doc.pub_year and int(doc.carried[:4]) > doc.pub_year))
        and not any(
            t.start < d.end and not _detail_time(doc, para, t, d.sentence) and not _keeps_carry(doc, t)
            for t in _para_times(doc, para)[0]
        )
    ):
        # a release's later paragraph (`全市固定资产投资增长10.4%`) under the period its earlier paragraph
        # opened with (`上半年，…`), or a report's section under its heading (`一、2024年工作回顾`)
        d.period = doc.carried
        if plan_carry or (not own_cue and doc.pub_year and int(re.findall(r"\d{4}", doc.carried)[-1]) > doc.pub_year):
            d.status = "target"  # …or under a plan's span running past the page (`“十四五”时期，…`)
        if doc.carried_span and _RUNNING.search(doc.text[d.clause.start : d.pos]):
            d.period = doc.carried_span
    if d.period is None and d.status == "actual" and not own_cue and intro is None:
        # `…由2020年的9998亿元提升至2025年的12786亿元。…网上零售额达1558亿元`: the year the paragraph's
        # review reached
        pair = [m for m in FROM_TO_YEARS.finditer(doc.text, para.start, d.sentence.start)][-1:]
        own = [t for t in doc.times_in(d.sentence.start, d.sentence.end) if _usable_time(doc, t)]  # (not a base: 是2020年的)
        quiet = not own and not _PRESENT_WORD.search(d.sentence.text)
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
    ):
        # a January report's plan goes on in a paragraph with no time word and no cue of its own
        # (`…力争…。\n着力推进数字化转型，新建5G基站2000个。`): still the plan
        d.status = "target"
    if d.kind in ("level", "share"):
        d.period = _reached_at_span_end(doc, d) or d.period  # (after the carried period: `这五年，…`)
    d.period = _counted_years(doc, d) or d.period
    if _obtained_in_closed_year(doc, d):
        d.status = "actual"
    d.period = _not_after_page(d.period, d.status, doc.pub_year, doc.pub_month)
    if d.status == "forecast" and doc.pub_year and doc.pub_month and re.fullmatch(r"\d{4}-\d{2}", d.period or ""):
        # 预计1-12月份… on a November page: the year about to close, not the one before (an expectation of a
        # to-date range a month or two ahead)
        year, month = int(d.period[:4]), int(d.period[5:])
        if year == doc.pub_year - 1 and 0 < month - doc.pub_month <= 2 and not re.search(
            r"\d{4}年|[去上前]年", doc.text[d.clause.start : d.pos]
        ):
            d.period = f"{doc.pub_year}-{month:02d}"
    if d.period is None and (d.status == "target" or (d.status == "actual" and not own_cue)):
        plan = _named_plan(doc, para, d)
        if plan is not None:
            d.period, d.status = plan, "target"  # `《建议》明确了“十五五”时期主要目标。…年均增长5.5%`
    if d.period is None and (d.status == "target" or (d.status == "actual" and not own_cue)):
        goal = _goal_year(doc, para, d, d.status == "target")
        if goal and (d.status == "target" or (doc.pub_year and int(goal) > doc.pub_year)):
            d.period, d.status = goal, "target"
    if d.period is None and d.status == "actual" and not own_cue and intro is None and _closed_year_word(doc, para, d):
        d.period = str(doc.pub_year - 1)  # `全年经济总量首次突破140万亿元` reported in February: the year just closed
    if d.period is None and doc.pub_year and doc.pub_month:
        # a plan without a year in a work report (written at the year's start) is for that year; an
        # expectation without a year in a page written late in the year is for that year's outcome
        if (d.status == "target" and doc.pub_month <= 4) or (d.status == "forecast" and doc.pub_month >= 9):
            d.period = str(doc.pub_year)
        elif d.status == "forecast" and doc.pub_month <= 2:
            d.period = str(doc.pub_year - 1)  # `全年预计完成…` in a January report: the year just ended
    if d.period is None and d.status == "actual":
        d.period = _expected_clause_year(d, siblings)
    d.period = _years_since_congress(doc, d) or d.period
    if d.kind == "growth":
        d.period = _horizon_average_span(doc, d) or d.period
    _date_last_year_base(doc, d, siblings)
    if d.subject is None:
        d.subject = _subject(doc, d)
        d.metric = _without_body_name(d.metric, d.subject)
    doc.memo.setdefault(("sentence_subject", d.sentence.paragraph, d.sentence.index), d.subject)  # its first figure's
    d.industry = M.industry_of(d.metric)
    if doc.title_span and doc.title_span[0] <= d.pos < doc.title_span[1]:
        d.title = True


def _said_of_present(doc: _Doc, d: Draft) -> bool:
    """`目前` before the figure in its clause, the figure not the value reached from it."""
    return bool(_PRESENT_WORD.search(doc.text, d.clause.start, d.pos)) and not REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos)


REACHED_FROM_NOW = re.compile(r"[从由](?:目前|当前|现在|现有)的?[^，。；]*\d[^，。；]*(?:到|至)[^，。；\d]{0,3}$")


def _status_before_now(doc: _Doc, d: Draft) -> str:
    """The status the cues before `从目前的` give (an expectation stays one); else a goal."""
    at = REACHED_FROM_NOW.search(doc.text, d.clause.start, d.pos).start() - d.sentence.start
    cues = [c for c in doc.cues[d.sentence.start] if c[1] <= at]
    status = modality.status_at(d.sentence.text, at, pub_year=doc.pub_year, pub_month=doc.pub_month, cues=cues)
    return "forecast" if status == "forecast" else "target"


MULTIPLE_OF_YEAR = re.compile(r"是((?:19|20)\d{2})年的[\d.]+倍")
MULTIPLE_OF_BASE = re.compile(r"(?:是|为|相当于)[^，。；是]{0,12}的$")  # 是2016年的|1.4倍, 是设立前的|19倍
MULTIPLE_AFTER = re.compile(r"(?:末|底)?的[\d.]+倍")
BASE_YEAR_OWN = re.compile(r"(?:较|比)((?:19|20)\d{2})年的$")
BASE_YEAR_BRACKET = re.compile(r"(?:较|比|与)((?:19|20)\d{2})年(?:末|底)?\s*[（(]$")
FROM_TO_YEARS = re.compile(r"[从由]((?:19|20)\d{2})年的[^，。；]*?(?:到|至|为)((?:19|20)\d{2})年的")
FROM_LAST_YEAR = re.compile(r"[由从](?:上年|去年|上一年)(?:末|底)?的")


def _base_passed(doc: _Doc, t: TimeSpan, d: Draft) -> bool:
    """`由上年的13.2:32.3:54.5调整为12.4:…`: the base's time word is not the period of the values reached."""
    return (
        doc.text.startswith("的", t.end)
        and t.start > 0
        and bool(FROM_WORD.match(doc.text, t.start - 1))
        and bool(TO_WORD.search(doc.text, t.end, d.pos))
    )


SINCE_CONGRESS = re.compile(r"(十[八九]|二十)大(?:召开)?以来")
CONGRESS_NUMBERS = {"十八": 18, "十九": 19, "二十": 20}


def _years_since_congress(doc: _Doc, d: Draft) -> str | None:
    """`党的十八大以来，…。十年来，…5379个贫困村全部摘帽` (a page of 2022): the N years counted back from the page
    are the ones since the congress named before, 2012-2022, not the N calendar years 2013-2022."""
    span = _YEAR_SPAN.fullmatch(d.period or "")
    if span is None:
        return None
    first, last = (int(y) for y in d.period.split("-"))
    recent = any(getattr(t.expr, "kind", "") == "recent" and t.period == d.period for t in doc.times_in(0, d.pos))
    if not recent or doc.text.find("大", 0, d.pos) < 0:
        return None
    congress = any(congress_year(CONGRESS_NUMBERS[m.group(1)]) == first - 1 for m in SINCE_CONGRESS.finditer(doc.text, 0, d.pos))
    return f"{first - 1}-{last}" if congress else None


def _expected_clause_year(d: Draft, siblings: list[Draft]) -> str | None:
    """`地区生产总值同比增长预计超20%，工业总产值突破5000亿元`: a reported figure after an expected one in its
    sentence (the expectation kept to its own clause) is of the year that expectation is for."""
    for s in reversed(siblings):
        if s is not d and s.sentence is d.sentence and s.pos < d.pos and s.status == "forecast" and _YEAR.fullmatch(s.period or ""):
            return s.period
    return None


def _date_last_year_base(doc: _Doc, d: Draft, siblings: list[Draft]) -> None:
    """The base of `由上年的X…为Y` is the year before Y's (a communiqué of 2024 posted in 2025: 上年 is
    2023, not the page's year before)."""
    m = FROM_LAST_YEAR.search(doc.text, d.clause.start, d.pos)
    if m is None or not _YEAR.fullmatch(d.period or "") or not TO_WORD.search(doc.text, m.end(), d.pos):
        return
    for s in siblings:
        if s is not d and s.clause is d.clause and m.end() <= s.pos and not TO_WORD.search(doc.text, m.end(), s.pos):
            s.period = str(int(d.period) - 1)
            s.change_base = True


def _closed_year_word(doc: _Doc, para: Paragraph, d: Draft) -> bool:
    """A bare 全年 before the figure in its sentence, on a page of the year's first quarter (when the
    year just closed is reported), outside a plan paragraph."""
    if not doc.pub_year or not doc.pub_month or doc.pub_month > 3:
        return False
    if not any(t.expr is None and t.text == "全年" for t in doc.times_in(d.sentence.start, d.pos)):
        return False
    return _paragraph_cue(doc, para, d.sentence) not in ("target", "horizon", "will")


def _past_section(doc: _Doc) -> bool:
    """Whether the carried period is a year before the page's."""
    return bool(doc.carried and _YEAR.fullmatch(doc.carried) and doc.pub_year and int(doc.carried) < doc.pub_year)


def _detail_time(doc: _Doc, para: Paragraph, t: TimeSpan, sent: Sentence) -> bool:
    """A time word in an earlier `其中，6月份…` sentence of the paragraph: a detail of the period carried
    from before, which the paragraph's later sentences return to."""
    if sent.start <= t.start:
        return False
    owner = next((s for s in para.sentences if s.start <= t.start < s.end), None)
    return owner is not None and doc.text[owner.start : owner.end].lstrip().startswith("其中")


GOAL_AFTER = re.compile(r"[^，。；、\d]{0,2}的[^，。；、\d]{0,6}?目标")
GOAL_YEAR = re.compile(r"((?:19|20)\d{2})\s*年[^，。；：:\d]{0,8}?目标")


def _goal_year(doc: _Doc, para: Paragraph, d: Draft, headline: bool = True) -> str | None:
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


def _named_plan(doc: _Doc, para: Paragraph, d: Draft) -> str | None:
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
        if t.period and _YEAR_SPAN.fullmatch(t.period) and int(t.period[:4]) >= doc.pub_year - 1 and int(t.period[5:]) > doc.pub_year:
            if t.expr.part == "during" or PLAN_DOCUMENT_AFTER.match(doc.text, t.end) or t.text.endswith(("规划", "计划")):
                found = t.period
    return found


def _in_review(doc: _Doc) -> bool:
    """Under a past year's section heading or opening (`一、2023年工作回顾`): a report's review, where an
    earlier 争取 (obtained) or a plan noun does not make the next sentences' figures plans."""
    return bool(doc.carried and _YEAR.fullmatch(doc.carried) and doc.pub_year and int(doc.carried) < doc.pub_year)


def _keeps_carry(doc: _Doc, t: TimeSpan) -> bool:
    """An earlier time word of the paragraph that does not end the carried period: one that restates it
    (`1-11月，化工产业…` under a 1-11月 release), or the base year of a change (`由2017年的18.2%提高到…`)."""
    if doc.carried and (t.period == doc.carried or (t.period is None and t.needs_year and t.expr is None)):
        return True  # …or 全年 / 年末 left open, which the carried year gives (`先进装备制造产业全年实现产值…`)
    return doc.text.startswith("的", t.end) and bool(FROM_WORD.search(doc.text[max(0, t.start - 1) : t.start]))


TWO_YEAR_AVERAGE = re.compile(r"两年平均(?:增长|下降|增速|增幅|降幅)?(?:为|达)?$")
ANNUAL_AVERAGE = re.compile(r"年均")


def _average_span(doc: _Doc, d: Draft) -> str | None:
    """The span an average rate runs over, where the time word gave one year or month only:
    `1-9月…增长7.8%，两年平均下降2.3%` is 2020-2021; `到2020年…年均增长9%` (a plan's closing year)
    is 2016-2020. None leaves the period as it is."""
    period = d.period or ""
    if not re.match(r"\d{4}(?!-\d{4})", period):
        return None
    year = int(period[:4])
    if TWO_YEAR_AVERAGE.search(doc.text, max(d.clause.start, d.pos - 8), d.pos):
        return f"{year - 1}-{year}"
    if _YEAR.fullmatch(period) and year % 5 == 0 and ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return f"{year - 4}-{year}"  # 十三五 ends 2020, 十四五 2025: 年均 to such a year is the plan's
    return None


HORIZON_REACH = 10  # years: a plan's horizon ahead of its page


def _horizon_average_span(doc: _Doc, d: Draft) -> str | None:
    """`到2027年，…年均增长10%以上` in a plan written in 2023: the average goal runs over the years from the
    page's to the horizon (2023-2027). (A horizon that closes a five-year plan gives that plan's span, in
    _average_span.) None leaves the period."""
    if d.status != "target" or not doc.pub_year or not _YEAR.fullmatch(d.period or ""):
        return None
    year = int(d.period)
    if not 0 < year - doc.pub_year <= HORIZON_REACH or not ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return None
    return f"{doc.pub_year}-{year}"


PLACES_REACHED = re.compile(r"(?:国家和地区|国家（地区）|国家及地区|国家|地区|城市)(?![级群高重标战])")  # not 国家级…, 城市群
REACH_VERB = re.compile(r"(?:已经|已)?(?:远销|销往|出口到|出口至|出口|通达|通航|覆盖|辐射|遍及|遍布|联通|连通|直达|延伸至|延伸到)")
REACH_DEED = re.compile(r"了?([\u4e00-\u9fff]{2,12})$")


def _places_reached(doc: _Doc, clause: Clause, q, left_words: str) -> str | None:
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


LEVERAGED = re.compile(r"(?:撬动|拉动|带动|吸引|引导|引来)(?:社会|民间|金融)?(?:消费|投资|资本|资金|融资|贷款)")
_FUNDS_HEAD = re.compile(r"^(?:发放|争取|安排|投入|设立|下达|拨付|兑现|落实)")
_FUNDS_TAIL = re.compile(r"(?<=....)(?:资金|金额)$")  # 专项资金 stays whole


def _funds_before(state: _State, clause: Clause) -> str | None:
    """`争取消费品以旧换新资金34亿元，撬动…` -> 消费品以旧换新: the scheme whose money, said just before (in
    this clause or the one before), drew the amount after it."""
    last = next(state._latest(), None)
    if last is None or last.unit != "CNY" or last.kind != "level" or not last.metric or last.clause.index < clause.index - 1:
        return None
    return _FUNDS_TAIL.sub("", _FUNDS_HEAD.sub("", last.metric))


BARE_CHANGE = re.compile(r"新增|增加|增产|减产|净增|减少")


def _same_measure_before(state: _State, d: Draft) -> str | None:
    """The metric of the amount said just before in the same unit (播种面积4440万亩、新增202.9万亩)."""
    last = next((x for x in state._latest() if x.metric), None)
    if last is None or last.kind != "level" or last.unit != d.unit or last.unit_text != d.unit_text:
        return None
    return last.metric


OVER_PLAN = re.compile(r"(?:超|超过|超出|快于|高于)(?:年度|全年)?(?:投资)?(?:计划|目标|任务|序时进度|时序进度|进度)+")


def _after_share_change(state: _State) -> bool:
    """Whether the figure before is a share's change (…占全省投资的比重较上年同期提高1.3个百分点)."""
    last = next((x for x in state._latest() if x.metric and x.kind != "rank"), None)
    return last is not None and last.unit == "pp" and "占" in last.metric[1:]


def _multiple_of_base_only(doc: _Doc, clause: Clause, q, d: Draft) -> bool:
    """A clause that is only `是<base>的N倍` (no indicator before 是) multiplies the amount said before it."""
    if d.unit_text != "倍":
        return False
    m = MULTIPLE_OF_BASE.search(doc.text, clause.start, q.start)
    return m is not None and not doc.text[clause.start : m.start()].strip(" ，,、")


def _multiple_of_base_span(doc: _Doc, d: Draft) -> str | None:
    """`2021年…达15428.2亿元，是2016年的1.4倍`, `是“十五”期末的4.3倍`: the multiple runs from the base's year to
    the year reported. None leaves the period."""
    if d.unit_text != "倍" or not _YEAR.fullmatch(d.period or ""):
        return None
    m = MULTIPLE_OF_BASE.search(doc.text, d.clause.start, d.pos)
    if m is None:
        return None
    base = [t for t in doc.times_in(m.start(), m.end()) if _YEAR.fullmatch(t.period or "")]
    if len(base) != 1 or not int(base[0].period) < int(d.period):
        return None
    return f"{base[0].period}-{d.period}"


PLAN_END_BASE = re.compile(r"(?:较|比)[“\"]?(十[一二三四五六七八九]五)[”\"]?(?:末|期末|时期末)")


def _since_plan_end(doc: _Doc, d: Draft) -> str | None:
    """`高新技术企业数量较“十三五”末增长103%` with no year of its own: the change over the plan after that
    end, to the page's year (2021-2025 on a page of 2025). None where it does not apply."""
    if not doc.pub_year:
        return None
    m = None
    for m in PLAN_END_BASE.finditer(doc.text, d.clause.start, d.pos):
        pass
    if m is None:
        return None
    ends = [t.period for t in find_time_spans(m.group(0)[1:], doc.pub_year, doc.pub_month) if _YEAR.fullmatch(t.period or "")]
    if len(ends) != 1:
        return None
    first = int(ends[0]) + 1  # 十三五末 is 2020: the change runs from 2021
    last = min(doc.pub_year, first + 4)
    return f"{first}-{last}" if last > first else None


COMPARED_YEAR = re.compile(r"(?:比|较)((?:19|20)\d{2})年")


def _average_since_base(doc: _Doc, para: Paragraph, d: Draft) -> str | None:
    """`2021年…6201亿元，比2016年（2211亿元）增加3990亿元。年均增量近800亿元，年均增速23.1%`: a yearly average
    after a comparison with a base year (in its sentence or the one before) runs over the years after the
    base. None leaves the period."""
    if not _YEAR.fullmatch(d.period or "") or not ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return None
    lo = d.sentence.start
    if 0 < d.sentence.index < len(para.sentences) and para.sentences[d.sentence.index] is d.sentence:
        lo = para.sentences[d.sentence.index - 1].start
    bases = COMPARED_YEAR.findall(doc.text, lo, d.pos)
    if not bases or not int(bases[-1]) < int(d.period):
        return None
    return f"{int(bases[-1]) + 1}-{d.period}"


def _average_over_paragraph_span(doc: _Doc, para: Paragraph, d: Draft) -> str | None:
    """`过去五年，…。…预计2022年达到8.7万亿元，年均增长5.4%左右`: an average rate said of the closing year of
    a span its paragraph names earlier runs over that span. None leaves the period."""
    if not _YEAR.fullmatch(d.period or "") or not ANNUAL_AVERAGE.search(doc.text, d.clause.start, d.pos):
        return None
    spans = [t for t in _para_times(doc, para)[0] if t.end <= d.pos and _YEAR_SPAN.fullmatch(t.period or "")]
    if spans and spans[-1].period.endswith(d.period):
        return spans[-1].period
    return None


STRIVE_FOR_GOAL = re.compile(r"实现|达到|达|增长|完成|突破|超过|提高|提升|保持|在|到|全年|年内")


def _obtained_in_closed_year(doc: _Doc, d: Draft) -> bool:
    """`争取消费品以旧换新资金34亿元撬动消费…` said of a year the page reports after it closed: 争取 +
    a thing (funds, projects) is what was obtained there, and the sentence's figures after it are achieved.
    (争取实现/达到/增长 is a goal, whatever the year.)"""
    if d.status != "target" or not doc.pub_year or not _YEAR.fullmatch(d.period or "") or int(d.period) >= doc.pub_year:
        return False
    cues = [c for c in doc.cues.get(d.sentence.start) or [] if c[0] < d.pos - d.sentence.start][-1:]
    if not cues or d.sentence.text[cues[0][0] : cues[0][1]] != "争取":
        return False
    return not STRIVE_FOR_GOAL.match(d.sentence.text, cues[0][1])


REACHED_BEFORE = re.compile(r"(?:达到|达|突破|超过|超|提高到|提升至|提高至|增加到|增长到|增至|上升至)$")
RATIO_HEAD = re.compile(r"(?:[\d.]+\s*[:：]\s*)+$")
SPAN_TOTAL = re.compile(r"累计|新增|新设|增量|签约|总额|总金额|总投资|合计|总计|共计|增加(?!值)|减少|建成|培育|引进|落地|实施")


def _reached_at_span_end(doc: _Doc, d: Draft) -> str | None:
    """`“十四五”期间，…财政收入达到1350亿元`, `这五年…收入突破300亿元`: an amount or share a span's years
    reached is the closing year's; what they added up (累计, 新增) keeps the span, and so does a goal.
    None leaves the period."""
    period = d.period or ""
    if not _YEAR_SPAN.fullmatch(period) or d.status != "actual":
        return None  # (a plan's goal keeps its span: `“十五五”时期，…人均预期寿命提高到80岁`)
    head = RATIO_HEAD.sub("", doc.text[d.clause.start : d.pos].rstrip())  # 比重已达到4.6:|50.7: the ratio's later parts
    if not REACHED_BEFORE.search(head.rstrip()) or SPAN_TOTAL.search(head):
        return None
    if d.kind == "share" and SPAN_TOTAL.search(doc.text, d.sentence.start, d.pos):
        return None  # `签约项目…，其中省外项目个数占比超六成`: a part of the span's sum
    return period[5:]


COUNTED_YEARS = re.compile(
    r"(?<![\d近这每第连续过去未来今后〇零一二三四五六七八九十])([两二三四五六七八九十]|\d{1,2})年(?:来|间|内|时间)?[，,]?"
    r"(?=累计|共计|合计|共|增长|增加|新增|提高|提升|翻)"
)


def _counted_years(doc: _Doc, d: Draft) -> str | None:
    """`去年…新增364家，两年累计达到685家`, `财政收入达到1350亿元，3年增长58.6%`: a sum or change over N years
    counted back from the year the figure is of (its year, or the end of its span). None leaves the period."""
    m = None
    for m in COUNTED_YEARS.finditer(doc.text, d.clause.start, d.pos):
        pass
    if m is None or any(t.start < m.end() and m.start() < t.end for t in doc.times_in(d.clause.start, d.pos)):
        return None
    years = _count_value(m.group(1))
    last = re.fullmatch(r"(?:\d{4}-)?(\d{4})", d.period or "")
    if not years or years < 2 or last is None:
        return None
    end = int(last.group(1))
    return f"{end - years + 1}-{end}"


def _closed_part_of_year(doc: _Doc, period: str) -> bool:
    """A month range, quarter or half of the page's year already over when it was written (前三季度 on a
    November page): `预计金昌市规上工业增长31.1%` in a later paragraph is an early estimate of that period."""
    m = _PART_OF_YEAR.fullmatch(period or "")
    if not m or not doc.pub_year or not doc.pub_month or int(m.group(1)) != doc.pub_year:
        return False
    month, quarter, half = m.group(2), m.group(3), m.group(4)
    last_month = int(month) if month else int(quarter) * 3 if quarter else int(half) * 6
    return last_month < doc.pub_month


def _not_after_page(period: str | None, status: str | None, pub_year: int | None, pub_month: int | None) -> str | None:
    """An achieved figure cannot run past its page: `11月份，利润总额151亿元` on a page of January 2023 is
    2022-11 (the month, quarter or half of the year before)."""
    if status != "actual" or not period or not pub_year or not pub_month or not period.startswith(str(pub_year)):
        return period
    m = _PART_OF_YEAR.fullmatch(period)
    if not m:
        return period
    month, quarter, half = m.group(2), m.group(3), m.group(4)
    last_month = int(month) if month else int(quarter) * 3 if quarter else int(half) * 6
    if last_month <= pub_month:
        return period
    return str(pub_year - 1) + period[4:]


def _paragraph_cue(doc: _Doc, para: Paragraph, sent: Sentence) -> str | None:
    """The kind of the last status cue in the paragraph's sentences before `sent`."""
    key = ("para_cue", para.start, sent.index)
    if key not in doc.memo:  # the same for every figure of the sentence
        doc.memo[key] = _find_paragraph_cue(doc, para, sent)
    return doc.memo[key]


def _find_paragraph_cue(doc: _Doc, para: Paragraph, sent: Sentence) -> str | None:
    for s in reversed(para.sentences[: sent.index]):
        if s.start not in doc.cues:
            doc.cues[s.start] = modality.find_cues(s.text)
        if doc.cues[s.start]:
            return doc.cues[s.start][-1][2]
        if doc.times_in(s.start, s.end):
            return None  # a sentence with its own time word ends the reach of an earlier cue
    return None


def _usable_time(doc: _Doc, t: TimeSpan) -> bool:
    """Not a comparison base: 比上年, 是2019年的, 比1—9月份和1—10月份."""
    before = doc.text[max(0, t.start - 24) : t.start]
    if before.endswith("为") and MULTIPLE_AFTER.match(doc.text, t.end):
        return False  # 为2015年的1.8倍: the base of a multiple
    m = COMPARE_BEFORE.search(before[-4:])
    if m and m.group(0) == "是" and COPULA_TIME.match(t.text):
        m = None  # 目标是到2020年工业总产值…, 这是过去一年…: a copula before the horizon, not 是2019年的
    return not m and not BASE_LIST.search(before)


COPULA_TIME = re.compile(r"到|至|过去")


def _para_times(doc: _Doc, para: Paragraph) -> tuple[list[TimeSpan], list[TimeSpan]]:
    """The paragraph's usable time words, and those of them that name, block or need a period
    (memoised: every draft of the paragraph asks)."""
    key = ("para_times", para.start, para.end)
    found = doc.memo.get(key)
    if found is None:
        spans = [t for t in doc.times_in(para.start, para.end) if _usable_time(doc, t)]
        found = doc.memo[key] = (spans, [t for t in spans if t.period or t.blocks or t.needs_year])
    return found


def _period(doc: _Doc, para: Paragraph, d: Draft) -> str | None:
    """The nearest governing time word: before the figure in its clause, after it in the clause, a
    clause-leading one earlier in the sentence, the paragraph's opening one. A time word without its
    own year (一季度, 上半年, 全年) takes the year that governs it (`2024年，…一季度…，全年…`)."""
    spans, usable = _para_times(doc, para)
    base = BASE_YEAR_OWN.search(doc.text, d.clause.start, d.pos) or BASE_YEAR_BRACKET.search(doc.text, d.clause.start, d.pos)
    if base is not None:
        return base.group(1)  # `较2020年的16.2%实现翻番`, `比2016年（2211亿元）增加`: the base year is this figure's own
    for t in _period_candidates(doc, para, d, usable):
        period = _in_governing_year(doc, spans, para, t) if t.needs_year else t.period
        if period is not None or t.blocks:
            return period
    return None


def _period_candidates(doc: _Doc, para: Paragraph, d: Draft, usable: list[TimeSpan]):
    """_period's time words, nearest first (lazily: the first one usually decides)."""
    clause, sent = d.clause, d.sentence
    for t in reversed(usable):
        if clause.start <= t.start and t.end <= d.pos and not _base_passed(doc, t, d):
            yield t
    for t in usable:
        if d.end <= t.start and t.end <= clause.end:
            if "、" not in doc.text[d.end : t.start]:
                yield t
            break
    for t in reversed(usable):
        if sent.start <= t.start and t.end <= clause.start and _leads_clause(doc, t, sent):
            yield t
    yield from _breakdown_time(doc, para, sent, usable)
    # the paragraph's opening sentence; after a topic sentence (`工业生产稳中有进。前三季度，…`)
    # the one that follows it opens the paragraph's figures
    for first in _opening_sentences(doc, para):
        if first.index >= sent.index:
            break
        opening = _opening_time(
            [t for t in usable if first.start <= t.start and t.end <= first.end and _leads_clause(doc, t, first)]
        )
        if opening and getattr(opening[0].expr, "since", False):
            # `今年以来，…。1-2月实现规上工业总产值…。重点企业…实现增加值6.8亿元`: a later sentence that opens
            # with a narrower to-date period speaks for the paragraph's figures after it
            opening = _narrower_opening(doc, para, usable, first, sent) or opening
        yield from opening


BREAKDOWN_HEAD = re.compile(r"\s*其中[，,：:]?")


def _breakdown_time(doc: _Doc, para: Paragraph, sent: Sentence, usable: list[TimeSpan]) -> list[TimeSpan]:
    """`今年1-10月，…规上工业增加值增长6.9%。其中，装备制造业增加值增长39.5%`: a sentence opening with 其中
    breaks down the one before, under the time word that leads it."""
    if sent.index == 0 or not BREAKDOWN_HEAD.match(doc.text, sent.start):
        return []
    prev = para.sentences[sent.index - 1]
    return [t for t in usable if prev.start <= t.start and t.end <= prev.end and _leads_clause(doc, t, prev)][:1]


def _narrower_opening(doc: _Doc, para: Paragraph, usable: list[TimeSpan], first: Sentence, sent: Sentence) -> list[TimeSpan]:
    """The latest quarter / half / to-date range opening a sentence between `first` and `sent`."""
    for s in reversed(para.sentences[first.index + 1 : sent.index]):
        for t in usable:
            if s.start <= t.start < s.end and getattr(t.expr, "kind", "") in ("quarter", "half", "to_month"):
                if _leads_clause(doc, t, s) and (s.clause_at(t.start) is s.clauses[0] or _lead_in_only(doc, s, t)):
                    return [t]
    return []


LEAD_IN_CLAUSE = 10  # characters: `数据显示，`, `据统计，` before the period that opens a sentence's figures


def _lead_in_only(doc: _Doc, s: Sentence, t: TimeSpan) -> bool:
    """Only a short figure-less lead-in clause stands before `t` in its sentence (`数据显示，前三季度，…`)."""
    head = doc.text[s.start : s.clause_at(t.start).start]
    return len(head) <= LEAD_IN_CLAUSE and not re.search(r"\d", head)


def _in_governing_year(doc: _Doc, spans: list[TimeSpan], para: Paragraph, t: TimeSpan) -> str | None:
    """一季度 / 上半年 / 全年 under a year named earlier in the paragraph (2024年，…; 2023年泰州市…，其中一季度…)."""
    for a in reversed(spans):
        if a.start >= t.start:
            continue
        year = a.year
        if year is None and not a.needs_year and _DATED_PART.fullmatch(a.period or ""):
            year = int(a.period[:4])  # 2022年，…。2023年前三季度，…。前三季度，…: the nearer year
        if year is None and getattr(a.expr, "kind", "") == "to_month" and t.expr is None and _same_sentence(para, a, t):
            # 1—11月…，预计全年…: the year of the range just given, itself under the year that governs it
            # (2024年，…从一季度增长5.2%…再到前三季度升至5.4%，全年增长5.8%: 2024, not the page's)
            own = _in_governing_year(doc, spans, para, a) if a.needs_year else a.period
            if _DATED_PART.fullmatch(own or ""):
                year = int(own[:4])
        if year is None:
            continue
        sent = next((s for s in para.sentences if s.start <= a.start < s.end), None)
        same_sentence = sent is not None and sent.start <= t.start < sent.end
        if same_sentence or (sent is not None and _leads_clause(doc, a, sent)):
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


def _same_sentence(para: Paragraph, a: TimeSpan, t: TimeSpan) -> bool:
    return any(s.start <= a.start and t.end <= s.end for s in para.sentences)


def _carried_past_year(doc: _Doc, t: TimeSpan) -> str | None:
    """全年 / 年末 in a communiqué posted long after the year it reports (`2023年是…` opening a bulletin
    put online in August 2024): that year, not the page's."""
    if t.expr is not None or t.text not in ("全年", "年末") or not doc.carried or not _YEAR.fullmatch(doc.carried):
        return None
    return doc.carried if doc.pub_year and int(doc.carried) < doc.pub_year else None


def _opening_time(leading: list[TimeSpan]) -> list[TimeSpan]:
    """The time word a sentence opens with: its first clause-leading one, or a later one that narrows a
    `今年以来` opening (`今年以来，全区…，一季度经济运行总体平稳。`: the first quarter's figures)."""
    if len(leading) > 1 and getattr(leading[0].expr, "since", False):
        narrower = [t for t in leading[1:] if getattr(t.expr, "kind", "") in ("quarter", "half", "to_month")]
        if narrower:
            return narrower[:1]
    return leading[:1]


DAY_AFTER = re.compile(r"\s*(?:\d{1,2}|[一二三]?十?[一二三四五六七八九十])[日号]")  # 2024年1月|10日
TOPIC_SENTENCE = 12  # characters: a paragraph's topic line, not yet its content
NO_OPENING = object()
HEADING_HEAD = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?")
SECTION_HEADING = 40  # characters: a heading line (`一、2024年工作回顾`) may open a section's period
NUMERALS = "一二三四五"
_CLAUSE_MARK = re.compile(r"[，。；,;：:]")
PLAN_AND_YEAR = re.compile(
    HEADING_HEAD.pattern + r"(?:[“\"]?十(?:([一二三四五])五)[”\"]?(?:时期|期间)?|过去五年|五年来)[和及与暨、]"
)


def _opening_sentences(doc: _Doc, para: Paragraph) -> list[Sentence]:
    """The sentences that open a paragraph's figures: the first one, and after a short topic line, or
    topic lines with neither a figure nor a time word (`工业运行总体平稳，骨干行业带动明显。1至8月，…`),
    the first sentence that has one."""
    key = ("opening", para.start, para.end)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _find_opening_sentences(doc, para)
    return found


def _find_opening_sentences(doc: _Doc, para: Paragraph) -> list[Sentence]:
    sents = para.sentences
    if len(sents) > 1 and len(sents[0].text) <= TOPIC_SENTENCE:
        return sents[:2]
    for i, s in enumerate(sents[:3]):
        # a dateline sentence (`3月5日，第十三届…会议开幕。`) has no figure that opens anything
        if bisect_left(doc.measure_starts, s.start) < bisect_left(doc.measure_starts, s.end) or doc.times_in(s.start, s.end):
            if i < 2 and len(sents) > i + 1 and (_names_period_only(doc, s) or _dateline_before_year(doc, s, sents[i + 1])):
                continue  # `1月19日，…发布了2011年全省经济运行情况。2011年陕西实现…`: the next one opens
            return sents[: i + 1] if i == 0 else [s]
    return sents[:1]


def _dateline_before_year(doc: _Doc, s: Sentence, nxt: Sentence) -> bool:
    """A figure-less sentence led by the day a report was given (`…——2022年1月23日在…会议上发布。`)
    before one that names the year reported (`其中提到，在2021年，…`): the day opens no period."""
    if bisect_left(doc.measure_starts, s.start) < bisect_left(doc.measure_starts, s.end):
        return False
    leading = [t for t in doc.times_in(s.start, s.end) if _leads_clause(doc, t, s)]
    if not leading or not all(DAY_AFTER.match(doc.text, t.end) for t in leading):
        return False
    named = [t for t in doc.times_in(nxt.start, nxt.end) if _leads_clause(doc, t, nxt)][:1]
    return bool(named) and bool(_YEAR.fullmatch(named[0].period or ""))


def _names_period_only(doc: _Doc, s: Sentence) -> bool:
    """A sentence without figures whose time words all sit inside its clauses (a dateline announcing
    `…发布了2011年全省国民经济运行情况`): it opens no period for the paragraph."""
    if bisect_left(doc.measure_starts, s.start) < bisect_left(doc.measure_starts, s.end):
        return False
    return not any(_leads_clause(doc, t, s) for t in doc.times_in(s.start, s.end))


def _opening_period(doc: _Doc, para: Paragraph):
    """The period a paragraph opens with, for the paragraphs after it that name no time of their own:
    a clause-leading year, month range, quarter or half (`上半年，全市…`, `1-10月，…`, a heading
    `一、2024年工作回顾`). None where it opens with a span (十四五以来), an unresolved word (目前) or a
    word that stops the search; NO_OPENING where it opens with no time word (the carried one stays)."""
    if para.end - para.start > SECTION_HEADING and not doc.times_in(para.start, para.end):
        return NO_OPENING  # no heading and no time word (most paragraphs)
    spans = [t for t in _para_times(doc, para)[0] if not DAY_AFTER.match(doc.text, t.end)]  # a dateline opens no period
    body = doc.text[para.start : para.end] if para.end - para.start <= SECTION_HEADING else ""
    if body and not _CLAUSE_MARK.search(body):  # a heading line
        if not doc.times_in(para.start, para.end):
            spans = [t for t in find_time_spans(body, doc.pub_year, doc.pub_month, offset=para.start) if _usable_time(doc, t)]
            spans = [t for t in spans if not DAY_AFTER.match(doc.text, t.end)]
        if not spans:
            return NO_OPENING
        if len(spans) > 1 and PLAN_AND_YEAR.fullmatch(doc.text[para.start : spans[1].start]):
            spans = spans[1:]  # `十三五时期和2020年`: the plan is read from the words before the year
        head = doc.text[para.start : spans[0].start]
        plan = PLAN_AND_YEAR.fullmatch(head)
        if plan and not spans[0].needs_year and _YEAR.fullmatch(spans[0].period or ""):
            # `一、十三五时期和2020年工作回顾`: the review's figures are the closing year's, its 年均/累计
            # figures the plan period's (only where that period ends with the year)
            year = int(spans[0].period)
            n = NUMERALS.index(plan.group(1)) + 1 if plan.group(1) else None
            first = 2006 + 5 * (n - 1) if n else year - 4
            if first + 4 == year:
                doc.heading_span = f"{first}-{year}"
                _note_opening(doc, para.start, para.end, spans[0].period, heading=True)
                return spans[0].period
        if HEADING_HEAD.fullmatch(head):
            t = spans[0]
            reviewed = _reviewed_plan(doc, t, body)
            if reviewed is not None:
                # `“十四五”时期工作回顾` in a report of the next January: the closing year's figures, the
                # plan's span for its 年均/累计 ones (as `十三五时期和2020年工作回顾`)
                doc.heading_span = t.period
                _note_opening(doc, para.start, para.end, reviewed, heading=True)
                return reviewed
            period = t.period if not t.needs_year else None
            year = getattr(t.expr, "year", None)
            if getattr(t.expr, "since", False) and year and doc.pub_year and year == doc.pub_year - 1:
                period = str(year)  # `一、2023年以来工作回顾` in a report of early 2024: the year reviewed
            if period and re.fullmatch(r"\d{4}(?:-\d{2}|Q[1-4]|H[12])?", period):
                _note_opening(doc, para.start, para.end, period, heading=True)  # `二、2025年工作安排`
                return period
            return None
    if not spans:
        return NO_OPENING
    for first in _opening_sentences(doc, para):
        leading = [t for t in spans if first.start <= t.start and t.end <= first.end and _leads_clause(doc, t, first)]
        for t in _opening_time(leading):
            period = _in_governing_year(doc, spans, para, t) if t.needs_year else t.period
            period = _reviewed_since(doc, t) or period
            if period and re.fullmatch(r"\d{4}(?:-\d{2}|Q[1-4]|H[12]|-\d{4})?", period):
                _note_opening(doc, first.start, t.end, period)
                return period
            return None
    return NO_OPENING


def _reviewed_since(doc: _Doc, t: TimeSpan) -> str | None:
    """`2020年以来，…` opening a review in a report of the next January-March: the year reviewed."""
    year = getattr(t.expr, "year", None)
    if getattr(t.expr, "since", False) and year and doc.pub_year and year == doc.pub_year - 1 and (doc.pub_month or 12) <= 3:
        return str(year)
    return None


REVIEW_WORD = re.compile(r"回顾|成就|成绩|总结")


def _reviewed_plan(doc: _Doc, t: TimeSpan, heading: str) -> str | None:
    """The last year of a five-year plan that a heading reviews just after it closed, else None."""
    if getattr(t.expr, "kind", "") != "plan" or getattr(t.expr, "part", None) not in (None, "during"):
        return None
    if not (t.period and _YEAR_SPAN.fullmatch(t.period) and doc.pub_year and REVIEW_WORD.search(heading)):
        return None
    last = int(t.period[5:])
    return str(last) if last in (doc.pub_year - 1, doc.pub_year) else None


def _note_opening(doc: _Doc, start: int, at: int, period: str, heading: bool = False) -> None:
    """A plan the later paragraphs that carry the period go on with: a heading that reads as one (a
    January `二、2025年工作安排`), or a horizon opening a paragraph of goals (`（二）发展目标。到2027年，`;
    in a page of the year's first months only under a goal word: there a later year is one target among
    the year's plans)."""
    text = doc.text[start:at]
    cues = modality.find_cues(text)
    if heading:
        status = modality.status_at(text, len(text), period=period, pub_year=doc.pub_year, pub_month=doc.pub_month, cues=cues)
        doc.opening_status = status if status == "target" else None
        return
    if not cues or cues[-1][2] != "horizon":
        return
    early = doc.pub_month is not None and doc.pub_month <= 4
    if early and not PLAN_HEADING.search(doc.text[max(0, start - SECTION_HEADING) : at]):
        return
    doc.opening_status = "target"


def _is_plan(doc: _Doc, d: Draft) -> bool:
    """A target of the page's own year or later (or of no year): a plan the next paragraph may go on with."""
    if d.status != "target":
        return False
    year = re.match(r"\d{4}", d.period or "")
    return year is None or doc.pub_year is None or int(year.group(0)) >= doc.pub_year


def _cue_clause_has_figure(doc: _Doc, sentence, cue_at: int) -> bool:
    """`预计全年…达22%，…`: the cue's own clause holds a figure. A cue clause with none (`据机构预测，…`)
    governs the clauses after it."""
    clause = sentence.clause_at(cue_at)
    return clause is None or any(ch.isdigit() for ch in doc.text[cue_at : clause.end])


def _leads_clause(doc: _Doc, t: TimeSpan, sent: Sentence) -> bool:
    """A time word governs later clauses only as an adverbial: at the head of its clause (after at most
    a region, a connective or a cue), not inside an object (`入围2021年中国制造业企业500强`)."""
    key = ("leads", t.start, t.end, sent.start)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _find_leads_clause(doc, t, sent)
    return found


def _find_leads_clause(doc: _Doc, t: TimeSpan, sent: Sentence) -> bool:
    c = sent.clause_at(t.start)
    if c is None or doc.text.startswith("的", t.end):
        return False  # 从2016年的104家: the year belongs to its figure
    if re.fullmatch(r"[^，。；]{0,12}——", doc.text[c.start : t.start]):
        return True  # after a topic label: `结构向优——1至11月…`
    if _since_before_comma(doc, t):
        return True  # a heading run into its paragraph: `发展势能显著增强“十四五”以来，全省…`
    byline = _BYLINE_BRACKET.match(doc.text, c.start, t.start)
    head = _clause_words(doc, byline.end() if byline else c.start, t.start).strip("“”‘’\"'「」")
    head = _LEAD_WORDS.sub("", head)
    return not head or bool(SUBJECT_HEAD.fullmatch(head))


def _since_before_comma(doc: _Doc, t: TimeSpan) -> bool:
    """`X以来，` is an adverbial opening what follows whatever stands before it in the clause: a subheading
    whose line break was lost (`亮点四：发展势能显著增强“十四五”以来，…`, `质量效益稳步提升今年以来，…`)."""
    return bool(getattr(t.expr, "since", False)) and doc.text.endswith("以来", 0, t.end) and doc.text.startswith(("，", ","), t.end)


# （记者 李明）今年以来，… / 新华社兰州11月5日电（记者 王某）前三季度…: a byline in brackets (after an
# outlet's 讯, a dateline's 电 or 消息) before the time word is no head
_BYLINE_BRACKET = re.compile(r"\s*(?:[^（(，。；]{0,16}?(?:[讯电]|消息))?\s*[（(【][^（()）【】]{0,24}[）)】]\s*")


def _subject(doc: _Doc, d: Draft):
    """The region the figure's clause names (`苏州3家企业…`), else the one that opens an earlier clause
    of its sentence (`今年扬州…，…，力争…`), else the document's. Scope words (全国第一, 占全省) and
    speakers (扬州市市长, 南通市工信局) are not subjects."""
    clause, sent = d.clause, d.sentence
    body = _clause_body(doc, clause, d.pos)
    if body is not None:
        return body  # 天津口岸进出口总值…, 某某有限公司在全国出口市场中占30%: the port's, the company's
    in_clause = [g for g in _mention_groups(doc, clause.start, d.pos) if _topical(doc, g)]
    if in_clause:
        together = _listed_together(doc, in_clause)
        if together:
            return _one_of_together(doc, together)
        return in_clause[-1][-1][2]
    speaker = _quoted_company(doc, d.pos)
    if speaker is not None:
        return speaker
    short = _head_county_short(doc, d)
    if short is not None:
        return short
    among = _among_previous(doc, sent, clause)
    if among is not None:
        return among
    introduced = _introduced_body(doc, sent, clause)
    if introduced is not None:
        return introduced
    scope = _scope_subject(doc, d)
    if scope is not None:
        return scope
    # (全 is in every match; most clauses have none: no slice, no search)
    own = OWN_WHOLE.search(doc.text[clause.start : d.pos]) if doc.text.find("全", clause.start, d.pos) >= 0 else None
    if own and not M.strip_lead(_clause_words(doc, clause.start, clause.start + own.start())):
        # …玉林经济技术开发区产值达到280亿元，全市规上工业增加值增长6%: the page's own place (or its section's)
        named = _whole_named_before(doc, d, own.group()) or _whole_named_in_paragraph(doc, d, own.group())
        if named is not None:
            return named
        section = _section_region(doc, sent.paragraph)
        whole_of = own.group(0)[-1]  # 全市 is a 市's, 全区 a 区's: not a district's 全市
        if getattr(section, "level", None) in ("city", "county") and section.name.endswith(whole_of):
            return section
        return doc.doc_region
    key = ("earlier_subject", clause.start)
    if key not in doc.memo:  # the same for every figure of the clause
        doc.memo[key] = _earlier_subject(doc, sent, clause)
    found = doc.memo[key]
    if found is None:
        found = _section_region(doc, sent.paragraph)
    if found is None and sent.index > 0:
        found = _paragraph_topic(doc, sent.paragraph)
    return doc.doc_region if found is None else found


_TOPIC_LEAD_MAX = 8  # characters before a paragraph's opening place (类似的还有阜南县…, 在潜山…)


def _paragraph_topic(doc: _Doc, index: int):
    """潜山的刷子同样具有较高的知名度，…。2024年，共生产各式刷子2.5亿个: a place below the page's own that
    opens its paragraph is the topic of the paragraph's later sentences that name no place."""
    key = ("paragraph_topic", index)
    if key not in doc.memo:
        doc.memo[key] = _find_paragraph_topic(doc, index)
    return doc.memo[key]


def _find_paragraph_topic(doc: _Doc, index: int):
    if index >= len(doc.paragraphs) or doc.doc_region is None:
        return None
    para = doc.paragraphs[index]
    first = doc.text[para.start : para.end].split("，", 1)[0].split("。", 1)[0]
    groups = _mention_groups(doc, para.start, para.start + len(first))
    if not groups or groups[0][0][0] - para.start > _TOPIC_LEAD_MAX or not _topical(doc, groups[0]):
        region = _opening_county_short(doc, para.start, para.start + len(first))
        if region is None:
            return None
    else:
        region = groups[0][-1][2]
    own = doc.doc_region
    if getattr(region, "code", None) is None or region.code == own.code:
        return None
    if own.code not in {r.code for r in parent_chain(region)}:
        return None  # only a part of the page's place (not a place above it or elsewhere)
    sentence_end = doc.text.find("。", para.start, para.end)
    for g in _mention_groups(doc, para.start, para.end if sentence_end < 0 else sentence_end):
        if getattr(g[-1][2], "code", None) == own.code:
            return None  # 据新华社南宁电…广西壮族自治区…: the opening sentence is about the page's own place
    return region


# 扬州、泰州两市合计…, 苏锡常三市共…: the places before it are counted together
_TOGETHER_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,3})?等?(?:[两二三四五六七八九十]|\d{1,2})(?:个)?(?:市|地|省|县|区|州|城)|(?:合计|共计|总计|合共)")
_LIST_JOIN = re.compile(r"[、和与及]")


def _listed_together(doc: _Doc, groups: list[list[tuple[int, int, Any]]]) -> list[Any]:
    """The places of a list the figure's clause counts together (`A、B两市合计…`), else []."""
    text = doc.text
    listed = [groups[-1]]
    for g in reversed(groups[:-1]):
        gap = text[g[-1][1] : listed[0][0][0]]
        if not _LIST_JOIN.fullmatch(gap):
            break
        listed.insert(0, g)
    if len(listed) < 2 or not _TOGETHER_AFTER.match(text, listed[-1][-1][1]):
        return []
    return [g[-1][2] for g in listed]


def _one_of_together(doc: _Doc, regions: list[Any]):
    """A figure of several places together is no one's: the page's place where it is one of them (its
    share of the whole is meant), else the list's head."""
    own = getattr(doc.doc_region, "code", None)
    if _parts_of_own(doc, regions):
        return doc.doc_region
    return next((r for r in regions if getattr(r, "code", None) == own), regions[0])


def _parts_of_own(doc: _Doc, regions: list[Any]) -> bool:
    """合肥、芜湖、滁州3市贡献了全省50%的产值 on the province's page: the places' joint figure is the
    page's place's (their share of it), not the first-listed city's."""
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return False
    return all(own in {p.code for p in parent_chain(r)} for r in regions if hasattr(r, "code"))


def _earlier_subject(doc: _Doc, sent: Sentence, clause: Clause):
    """The region that opens the nearest earlier clause of the sentence, or None."""
    for c in _statement_before(doc, sent, clause):
        body = _clause_body(doc, c, c.end)
        goes_on = _RATE_GOES_ON.match(doc.text, clause.start) or measure_at(doc.text, clause.start)
        if body is not None and (goes_on or not _has_figure(doc, c)):
            # 某某公司传来好消息，1430辆…订单落地; 某某港集装箱吞吐量…，增长9.1%: the body's; not the clauses
            # after a body's own figure that go on with the place's (某某集团营业收入…，新增…企业7家)
            return body
        if _opens_with_own_whole(doc, c):
            # 某市对口支援本县，全县新增项目26个，规上工业增加值增长10%: 全县 took over
            return _paragraph_county(doc, sent, OWN_WHOLE.search(doc.text, c.start, c.end).group())
        groups = [g for g in _mention_groups(doc, c.start, c.end) if _topical(doc, g)]
        groups = [g for g in groups if not M.strip_lead(_clause_words(doc, c.start, g[0][0]))]
        together = _listed_together(doc, groups) if len(groups) > 1 else []
        if together:
            return _one_of_together(doc, together)  # 扬州、泰州两市合计…，同比增长6.5%
        # 江北新区、滨江开发区获批省级平台，…，总部企业增加80家: places listed are no topic
        groups = [g for g in groups if doc.text[g[-1][1] : g[-1][1] + 1] != "、"]
        if groups:
            return groups[0][-1][2]
    return None


# a clause that goes on with the rate of the figure before (…，同比增长9.1%)
_RATE_GOES_ON = re.compile(r"[\s，,、]*(?:同比|[比较](?:上年|去年)(?:同期)?)?(?:增长|下降|增幅|增速|提高|减少)")


def _has_figure(doc: _Doc, c: Clause) -> bool:
    return bisect_left(doc.q_starts, c.start) < bisect_left(doc.q_starts, c.end)


def _without_body_name(metric: str, subject) -> str:
    """某某集团股份有限公司营业收入 -> 营业收入: a body's name (or its tail, the place read off) is its subject,
    not its indicator."""
    if getattr(subject, "zone_type", None) != "body":
        return metric
    name = subject.name
    for i in range(len(name) - 1):
        if metric.startswith(name[i:]) and len(metric) > len(name) - i:
            rest = metric[len(name) - i :]
            return re.sub(r"^(?:完成|实现)(?=..)", "", rest)  # 某公司完成原油加工量: 原油加工量
    return metric


# a sentence that breaks down the one before: 其中进口…，出口…
_AMONG = re.compile(r"[\s，,]*其中[，,：:]?")


def _among_previous(doc: _Doc, sent: Sentence, clause: Clause):
    """`某县规上工业总产值2750亿元。其中，高新技术产业增加值增长18.9%`, `天津口岸进出口总值…。其中进口…`: a
    sentence opening with 其中 that names no place is a part of the sentence before, and so its subject's,
    where that is not the page's own."""
    if not _AMONG.match(sent.text) or _mention_groups(doc, sent.start, clause.end):
        return None
    found = doc.memo.get(("sentence_subject", sent.paragraph, sent.index - 1))
    own = getattr(doc.doc_region, "code", None)
    if found is None or getattr(found, "code", None) == own:
        return None
    return found


# what may stand before a body's name at the head of its clause
_BODY_LEAD = re.compile(r"(?:特别是|尤其是|目前|据悉|全年|今年|去年)?")


def _clause_body(doc: _Doc, c: Clause, hi: int):
    """The port or company whose name opens clause `c` (after its lead and time words), as a subject."""
    short = _brand_short_at(doc, c, hi)
    if short is not None:
        return short
    if not any(0 <= doc.text.find(w, c.start, hi) for w in ("港", "口岸", "公司", "集团", "园", "完成", "营", "利润", "生产", "交付", "产销")):
        return None  # (most clauses name none: the name patterns are not tried)
    at = _CLAUSE_LEAD.match(doc.text, c.start, hi).end()
    for t in doc.times_in(at, hi):
        if t.start == at:
            at = t.end  # 1-8月，…, 上半年某某公司…
    at = _BODY_LEAD.match(doc.text, at, hi).end()
    groups = _mention_groups(doc, at, hi)
    opening = groups[0] if groups and groups[0][0][0] == at else None
    found = body_at(doc.text, at, hi)
    if found is None and not (opening and doc.text[at : opening[-1][1]] == opening[-1][2].name):
        found = company_at(doc.text, at, hi)  # (not 株洲市轨道交通装备完成产值: a place by its full name, then its industry)
    if found is None:
        return None
    if opening and opening[-1][1] >= found[1]:
        return None  # the whole name is a place's or a zone's
    return _body_region(doc, found[0])


def _introduced_body(doc: _Doc, sent: Sentence, clause: Clause):
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


def _introduced_brands(doc: _Doc) -> list[tuple[int, str, str]]:
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
        doc.memo[key] = found
    return doc.memo[key]


def _brand_short_at(doc: _Doc, c: Clause, hi: int):
    """宇通新能源客车已在60多个国家…, 宇通还与…: a clause opening with the short form of a company the page
    introduced before is that company's."""
    brands = _introduced_brands(doc)
    if not brands:
        return None
    at = _CLAUSE_LEAD.match(doc.text, c.start, hi).end()
    for t in doc.times_in(at, hi):
        if t.start == at:
            at = t.end
    at = _BODY_LEAD.match(doc.text, at, hi).end()
    for where, name, short in brands:
        if where <= c.start and doc.text.startswith(short, at):
            return _body_region(doc, name)
    return None


# “投产后，可年产20万吨多晶硅…。”某某硅业相关负责人说: the company whose officer the quote is attributed to
_QUOTE_SPEAKER = re.compile(
    r"[\s，,。]*([\u4e00-\u9fffA-Za-z0-9（）()]{2,20}?)(?:相关)?(?:负责人|董事长|副董事长|总经理|副总经理|总裁|党委书记)"
    r"[\u4e00-\u9fff]{0,4}?(?:说|表示|介绍|告诉)"
)
_QUOTE_MAX = 200  # characters a quoted passage may run to


def _quoted_company(doc: _Doc, pos: int):
    """A figure inside a quoted passage attributed right after to a company's officer is the company's."""
    opening = doc.text.rfind("“", max(0, pos - _QUOTE_MAX), pos)
    if opening < 0 or doc.text.find("”", opening, pos) >= 0:
        return None
    closing = doc.text.find("”", pos, pos + _QUOTE_MAX)
    if closing < 0 or "\n" in doc.text[opening:closing]:
        return None
    m = _QUOTE_SPEAKER.match(doc.text, closing + 1)
    if m is None or _mention_groups(doc, m.start(1), m.end(1)) or not quoted_company(m.group(1)):
        return None
    return _body_region(doc, m.group(1))


def _find_introduced_body(doc: _Doc, sent: Sentence):
    """(the body, where its introduction ends) for a sentence opening with 作为…, else None."""
    if len(sent.clauses) < 2 or "作为" not in sent.text[:8]:
        return None
    first, second = sent.clauses[0], sent.clauses[1]
    at = _CLAUSE_LEAD.match(doc.text, first.start, first.end).end()
    if not doc.text.startswith("作为", at):
        return None
    words = doc.text[at : first.end]
    named = words.rsplit("的", 1)[1] if "的" in words else ""
    if named and introduced_company(named) and not _mention_groups(doc, first.end - len(named), first.end):
        return _body_region(doc, named), first.end  # 作为出口主力的宇通客车，…
    body = _clause_body(doc, second, second.end)
    if body is not None:
        return body, second.start  # 作为…企业，某某有限公司在…，规划建设…
    return None


def _body_region(doc: _Doc, name: str):
    """A port or a company as a figure's subject (a region-like record under the page's place)."""
    own = getattr(doc.doc_region, "code", "") or ""
    return Region(name=name, code=f"{own}:{name}", level="zone", parent_code=own or None, zone_type="body")


# …开发区实现业务总收入420亿元，…；实现财政收入15亿元: a statement opening with its verb goes on with the
# subject of the one before (elided_subject_verbs in facts.yaml)
_ELIDED_SUBJECT = re.compile(r"\s*" + any_of(_LEX["elided_subject_verbs"]))


def _statement_before(doc: _Doc, sent: Sentence, clause: Clause) -> list[Clause]:
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


def _whole_named_before(doc: _Doc, d: Draft, word: str):
    """`金坛区负责人介绍，全区新签约项目50个` in a city's page: 全区 / 全县 is the district or county the
    sentence named before, not the page's city."""
    if getattr(doc.doc_region, "level", None) != "city" or word[-1] not in "区县":
        return None
    before = [m for m in _mention_groups(doc, d.sentence.start, d.clause.start)]
    for group in reversed(before):
        region = group[-1][2]
        if getattr(region, "level", None) == "county" and region.name.endswith(word[-1]):
            return region
    return None


def _whole_named_in_paragraph(doc: _Doc, d: Draft, word: str):
    """`甲县是全国最大的…集散地。…2024年，全县…营收23.6亿元` in a province's roundup: 全县 is the county the
    paragraph is about (the last it named), not the page's province."""
    return _paragraph_county(doc, d.sentence, word)


def _paragraph_county(doc: _Doc, sent: Sentence, word: str):
    if getattr(doc.doc_region, "level", None) not in ("province", "city") or word[-1] not in "区县":
        return None
    start = doc.paragraphs[sent.paragraph].start
    for group in reversed(_mention_groups(doc, start, sent.start)):
        region = group[-1][2]
        if getattr(region, "level", None) == "county" and region.name.endswith(word[-1]):
            return region
    return None


_CLAUSE_LEAD = re.compile(r"[\s，,、；;：:“”\"（(]*(?:其中|此外|同时|另外)?[，,]?")


def _head_county_short(doc: _Doc, d: Draft):
    """`安平丝网国内市场占有率超80%` in a province's or city's roundup of its clusters: a county's short name
    opening the figure's clause is whose figure it is, where it names one county of the page's place."""
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return None
    at = _CLAUSE_LEAD.match(doc.text, d.clause.start, d.pos).end()
    counties = gazetteer().county_short
    for size in (3, 2):
        found = [r for r in counties.get(doc.text[at : at + size], ()) if own in {p.code for p in parent_chain(r)}]
        if len(found) == 1 and at + size < d.pos and not _NOT_COUNTY_AFTER.match(doc.text, at + size):
            return found[0]
    return None


def _opening_county_short(doc: _Doc, at: int, hi: int):
    """潜山的刷子同样具有较高的知名度: a county's short name opening a paragraph, where it names one county
    of the page's province or city, or None."""
    own = getattr(doc.doc_region, "code", None)
    if own is None or getattr(doc.doc_region, "level", None) not in ("province", "city"):
        return None
    at = _CLAUSE_LEAD.match(doc.text, at, hi).end()
    counties = gazetteer().county_short
    for size in (3, 2):
        found = [r for r in counties.get(doc.text[at : at + size], ()) if own in {p.code for p in parent_chain(r)}]
        if len(found) == 1 and at + size < hi and not _NOT_COUNTY_AFTER.match(doc.text, at + size):
            return found[0]
    return None


# 香洲、金湾和斗门三个区分别… (a list: each its own), 贺兰山东麓 (a mountain), 金川集团 (a company)
_NOT_COUNTY_AFTER = re.compile(r"[、和与及山江河湖海岛]|集团|公司|股份|银行|控股")


def _opens_with_own_whole(doc: _Doc, c: Clause) -> bool:
    own = OWN_WHOLE.search(doc.text, c.start, c.end)
    return bool(own) and not M.strip_lead(_clause_words(doc, c.start, own.start()))


def _section_region(doc: _Doc, index: int):
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


def _find_section_region(doc: _Doc, index: int):
    for k in range(index, -1, -1):
        para = doc.paragraphs[k]
        line = doc.text[para.start : para.end]
        if para.index == index and _PLACE_COLON.match(line, _HEADING_LEAD.match(line).end()):
            # 惠州：印发…方案。到2025年，全市…: the paragraph's own place, where its opening names one
            found = _heading_place(doc, line[: max(line.find("："), line.find(":"))])
            if found is not None:
                return found
        if len(line) > _SECTION_HEADING_MAX or "\n" in line or line.rstrip()[-1:] in "。；;":
            continue
        if doc.title_span is not None and para.start < doc.title_span[1]:
            return None
        # the nearest heading decides, naming a place or not — or, where it is the subtitle right under a
        # place's heading (桐庐县 / 快递产业之乡), that place's heading
        return _heading_place(doc, line) or _heading_above_subtitle(doc, k)
    return None


def _heading_above_subtitle(doc: _Doc, k: int):
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


def _heading_place(doc: _Doc, line: str):
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
WHOLE_OF = re.compile(r"(?<![占居列比较于在为向给])(全省|全国)(?![第前排]|(?:同类)?(?:市场)?(?:占有率|份额|占比))")


def _scope_subject(doc: _Doc, d: Draft):
    """`今年全省地区生产总值增长5%左右` in a city's page: 全省 is the city's province; 全国 the country.
    Only as the head of the figure's clause, never a rank's scope."""
    if d.kind == "rank" or doc.doc_region is None:
        return None
    m = WHOLE_OF.search(doc.text[d.clause.start : d.pos]) if doc.text.find("全", d.clause.start, d.pos) >= 0 else None
    if not m or M.strip_lead(_clause_words(doc, d.clause.start, d.clause.start + m.start())):
        return None
    return _whole_of(doc, m.group(1))


def _whole_of(doc: _Doc, word: str):
    """全国 / 全省 said in a page about a place below them: the country, the place's province."""
    level = getattr(doc.doc_region, "level", None)
    if word == "全国":
        return resolve_region("全国") if level != "country" else None
    if level in ("province", "country") or doc.doc_region is None:
        return None
    return next((r for r in parent_chain(doc.doc_region) if r.level == "province"), None)


def _mention_groups(doc: _Doc, lo: int, hi: int) -> list[list[tuple[int, int, Any]]]:
    """Region mentions in [lo, hi), contiguous ones grouped (江苏省扬州市 names one place: the last)."""
    groups: list[list[tuple[int, int, Any]]] = []
    if not doc.mention_starts:
        doc.mention_starts = [m[0] for m in doc.mentions]
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


def _topical(doc: _Doc, group: list[tuple[int, int, Any]]) -> bool:
    # memoised: a clause's mentions are asked about for each of its figures and its later clauses
    key = ("topical", group[0][0], group[-1][1], id(group[-1][2]))
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = _find_topical(doc, group)
    return found


def _find_topical(doc: _Doc, group: list[tuple[int, int, Any]]) -> bool:
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
    if _RANK_AFTER.match(follow) or BODY_AFTER_REGION.match(follow) or follow.startswith("等地"):
        return False  # 在上海、江苏等地考察对接: where the page's place went, not whose figure it is
    if getattr(region, "level", None) in ("province", "city") and SUB_AREA_AFTER.match(follow):
        return False  # 成都平原经济区支撑作用明显: a part of the province, not the city
    return True


SUB_AREA_AFTER = re.compile(r"(?:平原)?(?:经济区|城市群|都市圈|经济圈|经济带)")
# a place named as the base a figure is measured against: 占到陕西省三分之一, 成为河北首个…的城市
_REFERENCE_BEFORE = re.compile(r"(?:占到|占了|占据|领跑|领先|继|紧随)$")
_REFERENCE_AFTER = re.compile(r"(?:省|市|区)?(?:首个|首家|首座|首位|唯一|第一个|又一个|又一座|率先)")


def _reference_region(text: str, s: int, e: int) -> bool:
    """The region is the comparison base of the figure, not whose figure it is."""
    return bool(_REFERENCE_BEFORE.search(text[max(0, s - 2) : s]) or _REFERENCE_AFTER.match(text, e)) or incidental_mention(text, s, e)
# a place later in a list whose head is not a subject (在上海、江苏、浙江…): none of the list is
_LISTED_AFTER_NOT_TOPICAL = re.compile(r"(?:在|赴|与|同|向|对|从)(?:[\u4e00-\u9fff]{2,8}、)+$")


# ---------------------------------------------------------------- dedupe


def same_figure(a: Draft, b: Draft) -> bool:
    if a.unit != b.unit or a.kind != b.kind:
        return False
    if abs(a.value - b.value) > 1e-3 * max(abs(a.value), abs(b.value), 1e-9):
        return False
    return True


def _bracketed(d: Draft) -> bool:
    """A figure restated in brackets (`…可比增长5.8%（GDP增长5.8%）`)."""
    text = d.sentence.text
    i = d.pos - d.sentence.start
    opened = text.rfind("（", 0, i)
    return opened >= 0 and text.find("）", opened, i) < 0


def _figure_key(d: Draft) -> tuple:
    # the same figure written twice is written alike: a key of 4 significant digits gathers
    # candidates; same_figure then applies the scorer's 0.1 % tolerance
    return d.unit, d.kind, float(f"{d.value:.4g}")


def _restates(headline: Draft, body: Draft) -> bool:
    """A headline's rounded figure (`营收突破5000亿元`) for a body figure (`营业总收入5120亿元`)."""
    if headline.unit != body.unit or headline.kind != body.kind:
        return False
    if headline.period and body.period and headline.period != body.period:
        return False
    h, b = headline.value, body.value
    if headline.comparator in (">", ">="):
        near = h <= b <= h * 1.2
    elif headline.comparator == "~" or headline.comparator == "=":
        near = abs(b - h) <= 0.05 * abs(h)
    else:
        near = False
    # the metrics last: a headline is compared with every body figure, and dice is the dear test
    return near and not (M.dice(headline.metric, body.metric) < 0.3 and not set(headline.metric) <= set(body.metric))


def _parallel(a: tuple | None, b: tuple | None) -> bool:
    """Two figures each said right after a figure of the same unit but another value (`项目58个，总投资
    320亿元；…项目41个，总投资320亿元`): parallel statements, not one figure said twice."""
    return a is not None and b is not None and a[0] == b[0] and a[1] != b[1]


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One fact per figure: a headline figure the body repeats is dropped; a body figure stated
    again in another sentence (same subject, value, status, period, comparator and a like metric) is
    kept once."""
    body = [d for d in drafts if not d.title]
    keys = [_figure_key(d) for d in drafts]
    body_keys: dict[tuple, list[Draft]] = {}
    for d, key in zip(drafts, keys):
        if not d.title:
            body_keys.setdefault(key, []).append(d)
    out: list[Draft] = []
    kept: dict[tuple, list[Draft]] = {}
    # the figure said just before in the same sentence: `…172个项目，总投资420亿元` and `…47个项目，总投资
    # 420亿元` are two investments (of different project sets), not one figure said twice
    before: dict[int, tuple | None] = {}
    for i, d in enumerate(drafts):
        p = drafts[i - 1] if i else None
        before[id(d)] = (p.unit, p.value) if p is not None and p.sentence is d.sentence else None
    for d, key in zip(drafts, keys):
        if d.title:
            if any(same_figure(d, b) for b in body_keys.get(key, ())) or any(_restates(d, b) for b in body):
                continue  # a headline figure the body states
            out.append(d)
            continue
        dup = key in kept and any(  # (most figures have no earlier one of their key)
            same_figure(o, d)
            and o.status == d.status
            and o.comparator == d.comparator
            and getattr(o.subject, "code", o.subject) == getattr(d.subject, "code", d.subject)
            and (
                # …可比增长5.8%（GDP增长5.8%）: restated in brackets in the same sentence, in other words
                (o.sentence is d.sentence and (_bracketed(d) or _bracketed(o)))
                or (
                    o.sentence is not d.sentence
                    and o.period == d.period
                    and M.dice(o.metric, d.metric) >= 0.7
                    and not _parallel(before[id(o)], before[id(d)])
                )
            )
            for o in kept.get(key, ())
        )
        if not dup:
            out.append(d)
            kept.setdefault(key, []).append(d)
    return out
