"""Making a Draft from a recognized quantity: its kind, value, comparator cue and the metric an earlier figure left.
"""

from __future__ import annotations

import re

from chanye.extract.clauses import Clause, Sentence
from chanye.extract.wordlists import SCOPE, any_of
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import LEX, NAME_BRACKET_TAIL
from chanye.extract.facts.spans import remove_spans
from chanye.extract.facts.periods import MULTIPLE_OF_BASE
from chanye.extract.facts.metric_naming import COMPARED_MORE, NAMED_GROWTH_AFTER

_GROWTH = LEX["growth"]
GROWTH_CUE = re.compile(
    "(?:" + any_of(_GROWTH["rising"] + _GROWTH["falling"]) + "|(?<=年)减)" + any_of(_GROWTH["links"] + _GROWTH["more_links"]) + "?$"
)
# 8%的增速, 9%的稳步增长 (a manner word may stand before the word of growth)
GROWTH_AFTER = re.compile("的?" + any_of(_GROWTH["after_manner"]) + "?" + any_of(_GROWTH["after"]))
# a gap below a base (低于/慢于/落后于/低出 …, 比/较 … 低/慢), maybe after earlier gaps of a 分别 list
BELOW_GAP = re.compile(
    r"(?:(?:低于|慢于|落后于?|低出)[^，。；\d高快]{0,14}?|(?:比|较)[^，。；、\d最]{1,10}?(?:低|慢)了?)"
    r"(?:[\d.]+个?(?:百分点)?[、和及])*$"
)  # (比最低点收窄3个百分点 is no gap below)
# a gap or a rise that narrowed (差距缩小, 增速差…缩小, 增幅收窄); not a fall that did (降幅收窄: a rise)
NARROWED_GAP = re.compile(r"(?:差距|增速差|差值|增幅|涨幅|增速)[^，。；\d降跌亏逆温]{0,8}(?:缩小|收窄)了?$")  # (缩小至0.5个百分点: the gap left)
ON_BASE = re.compile(r"(?:同比|环比)(?:增比)?$")
NEGATIVE_CUE = re.compile("(?:" + any_of(_GROWTH["falling"]) + "|(?<=年)减)" + any_of(_GROWTH["links"]) + "?$")

_DIFFERENCE_CUE = re.compile(any_of(LEX["word_lists"]["difference_cue"]))

_SPACES = re.compile(r"\s+")

_NEAR_ADVERB = re.compile(any_of(LEX["word_lists"]["near_adverbs"]) + "+$")  # 年增仅0.4%: an adverb between cue and figure
_NEAR_FROM = re.compile(r"(?:的|从|由|自)+$")

LEAD_CLAUSE = 16  # characters: a figure-less clause this short is quoted with the figures it leads into


def antecedent(state: State, kind: str | None = None) -> tuple[str | None, str | None]:
    """What a figure that does not repeat its metric refers to. A growth rate (`kind` "rate") refers
    to the last amount, not to a share said in between (`产量133.6万辆，占全国的14%，同比增长38.6%`);
    a change in percentage points does refer to that share."""
    if state.prev_noun:
        return state.prev_noun, None
    latest = next((d for d in state._latest() if d.metric and d.kind != "rank"), None)
    if kind == "rate" and latest is not None and latest.kind == "share" and _PLAN_DONE.search(latest.clause.text):
        # 到位资金71.15亿元，完成考核目标61亿元的117%，同比增长42%: the amount grew, not the plan it is measured on
        done = next((d for d in state._latest() if d.metric and d.kind not in ("rank", "share") and d.clause.index != latest.clause.index), None)
        if done is not None:
            return done.metric, done.unit
    if kind == "rate" and latest is not None and latest.kind == "share" and (num := SHARE_NUMERATOR.match(latest.metric)):
        return num.group(1), None  # 高技术制造业增加值占比15%，累计增速14.5%: the share's numerator grew
    metric, unit = state.last_metric(skip_shares=kind == "rate")
    if kind == "rate" and unit == "count" and metric and (m := MEMBER_INDICATOR.match(metric)):
        return m.group(1), None  # 14个市中有5个市规上工业增加值同比增长。其中，A市增长4.9%: the members' indicator
    return metric, unit


_PLAN_WORD = r"(?:目标|任务|计划|指标)"  # what a share done is measured against (完成…目标/任务…的N%)
_PLAN_DONE = re.compile(r"完成[^，。；]{0,12}?" + _PLAN_WORD + r"[^，。；]{0,16}的")  # 完成市分配任务25亿元的142.4%
# a plan named with its amount before the share of it done (完成市分配任务25亿元的142.4%)
PLAN_AMOUNT_DONE = re.compile(r"完成([^，。；\d]{2,12}?" + _PLAN_WORD + r"[^，。；\d]{0,4}?)[\d.]+[万亿]*(?:元|美元)的$")
SHARE_NUMERATOR = re.compile(
    r"^(.{2,}?(?<![区市县省州镇]))" + SCOPE + r"?(?:占比|所占比重|比重|占[^占]+)$"
)  # (not a place's own share: 兴汉新区占比16.3%，同比下降2.3% is the place's rate of the indicator before)

# a count of members named by how their indicator moved (市规上工业增加值同比增长的市): the indicator
MEMBER_INDICATOR = re.compile(
    r"^(?:市州|县区|县市区|县（市、区）|州（市）|市|县|区|行业|省份|地区)?(.{2,}?)"
    r"(?:同比|比上年|较上年)?(?:均|都|全部)?(?:实现)?(?:正增长|增长|下降|两位数增长|(?:增速|增幅)(?:高于|快于|超过)[^的]{0,10})(?:的[^的]{1,6})?$"
)


def _kind_and_value(doc: Doc, sent: Sentence, clause: Clause, q) -> tuple[str, float, float | None]:
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
        elif q.unit == "%" and NAMED_GROWTH_AFTER.match(doc.text, q.end) and not SHARE_WORD.search(doc.text, clause.start, q.start):
            kind = "growth"  # 保持7.4%的投资增速 (not 贡献了全市60%的工业增长: a share of it)
        elif ON_BASE.search(doc.text, max(clause.start, q.start - 4), q.start):
            kind = "growth"  # 同比34.7%, 同比增比12%: the change on the base with the verb left out
        elif q.unit_text == "倍" and MULTIPLE_OF_BASE.search(doc.text, clause.start, q.start):
            kind = "growth"  # 是2016年的1.4倍: a change against the base
        elif q.unit == "%" and COMPARED_MORE.search(doc.text, clause.start, q.start):
            kind = "growth"  # 比2018—2020年总量多56%: more than the base, a change
        elif q.unit == "%":
            words = doc.text[_kind_words_start(doc, sent, clause) : q.start]
            kind = _percent_kind(words)
            if kind == "share" and _place_rate_in_bracket(doc.text, sent, q):
                kind = "growth"  # 江苏（7.6%）、安徽（7.5%） in a sentence about 增速: each place's rate
            elif kind == "share" and INDEX_CONTEXT.search(doc.text, sent.start, sent.end) and not SHARE_WORD.search(words):
                kind = "level"  # 景气指数连续7个月保持在荣枯线以上，10月份达到54.7%: the index's level
        else:
            kind = "growth"  # 是2012年的3.2倍, 为上年的1.5倍: a multiple of a base is a change over it
    if kind is None and q.kind_hint == "share":
        kind = "share"
    kind = kind or "level"
    if kind == "growth" and value > 0 and NEGATIVE_CUE.search(near if near is not None else _near_cue(doc, clause, q)):
        value = -value
        if vmax is not None:  # 下降3%-5% is the range -5 … -3
            value, vmax = -vmax, value
    elif q.unit == "pp" and value > 0 and vmax is None and BELOW_GAP.search(doc.text, clause.start, q.start):
        value = -value  # 低于全省1.2个百分点, 比全国低0.8个百分点: a gap below the base
    elif kind == "growth" and value > 0 and vmax is None and NARROWED_GAP.search(doc.text, clause.start, q.start):
        value = -value  # 与全市增速差较上半年缩小1.8个百分点, 增幅收窄2个百分点: the gap or the rise got smaller
    return kind, value, vmax


_PERCENT = LEX["percent_kind"]
RATE_NOUN = re.compile(any_of(_PERCENT["rate_nouns"]))
SHARE_WORD = re.compile(any_of(_PERCENT["share_words"]))
INDEX_LEVEL = re.compile(
    any_of(_PERCENT["index_nouns"]) + r"(?:[（(][A-Za-z]{2,5}[）)])?(?:[达为是]|达到|保持在|升至|回升至|降至)?$"
)  # 采购经理指数（PMI）为49.5%
INDEX_CONTEXT = re.compile(any_of(_PERCENT["index_context"]))
OVER_TARGET = re.compile(r"(?:超(?:过|出)?|高于|快于)[^，。；、\d]{0,10}" + any_of(_PERCENT["over_target"]) + "$")
# 超过目标任务4000亿元的19%: over a target amount stated right there, by a percentage of it (超额完成…的112% is a
# completion ratio, left a share)
OVER_TARGET_AMOUNT = re.compile(
    r"(?:超(?!额)(?:过|出)?|高于)[^，。；、\d]{0,10}" + any_of(_PERCENT["over_target"]) + r"(?:任务)?\d[\d.]*(?:万亿|亿|万)?元的$"
)


def _percent_kind(words: str) -> str:
    """The kind of a percentage with no word of change right before it, from its clause's words before
    it: an index (景气指数达到54.7%) is a level; a rate noun with no share word after it (GDP年增只有2.5%,
    增长目标设定为5%左右) or 超…目标 (超年度计划目标13.9%) makes a growth; else a share."""
    words = _SPACES.sub("", words)
    if INDEX_LEVEL.search(words):
        return "level"
    if OVER_TARGET.search(words) or OVER_TARGET_AMOUNT.search(words):
        return "growth"
    rate = None
    for rate in RATE_NOUN.finditer(words):
        pass  # the last rate noun before the figure
    if rate is not None and not SHARE_WORD.search(words, rate.end()):
        return "growth"
    return "share"


_BRACKET_AFTER_NAME = re.compile(r"[\u4e00-\u9fff]" + NAME_BRACKET_TAIL)


def _place_rate_in_bracket(text: str, sent: Sentence, q) -> bool:
    """A bare percentage in brackets right after a name (江苏（7.5%）, 太原（9.2%）、大同（8.5%）增速较快, 江苏（与甘肃
    并列7.6%）) in a sentence that speaks of a rate (增速, 增幅) and of no share: the place's rate, a growth."""
    if text[q.end : q.end + 1] != "）" or not _BRACKET_AFTER_NAME.search(text, max(sent.start, q.value_start - 12), q.value_start):
        return False
    sentence = text[sent.start : sent.end]
    return bool(_CHANGE_WORD.search(sentence)) and not SHARE_WORD.search(sentence) and not _OTHER_RATE.search(sentence)


_CHANGE_WORD = re.compile(RATE_NOUN.pattern + "|增长|下降")
_OTHER_RATE = re.compile(r"(?<!增长)率")  # 城镇化率, 利润率: a rate that is a level or a share, not a change


def _kind_words_start(doc: Doc, sent: Sentence, clause: Clause) -> int:
    """Where the words naming a percentage's kind begin: its clause, or the clause before where its own
    only opens a list (增速均高于全市平均水平，分别为15.2%、12.8%: the rate noun is in the clause before)."""
    if clause.index > 0 and LIST_OPENING.match(doc.text, clause.start):
        return sent.clauses[clause.index - 1].start
    return clause.start


LIST_OPENING = re.compile(r"\s*(?:则|均)?(?:分别|依次)(?:为|是|达到|达)?\s*[-+－]?\d")


def _near_cue(doc: Doc, clause: Clause, q) -> str:
    lo = max(clause.start, q.value_start - 12)
    near = doc.text[lo : q.start]
    times = doc.times_in(clause.start, q.start)
    if times:
        near = remove_spans(near, lo, [(t.start, t.end) for t in times])
    near = _SPACES.sub("", near)  # 同比增长 10.7%: a stray space before the figure
    near = _NEAR_FROM.sub("", near)  # 增速从1~2月的11.0%起步
    return _NEAR_ADVERB.sub("", near)


def new_draft(doc: Doc, sent: Sentence, clause: Clause, q, metric: str) -> Draft:
    kind, value, vmax = _kind_and_value(doc, sent, clause, q)
    comparator = q.comparator or "="
    if q.unit == "rank" and q.unit_text.endswith("强") and comparator == "=":
        comparator = "<="
    cue = doc.text[q.start : q.value_start]
    if q.unit == "pp" and comparator == ">" and _DIFFERENCE_CUE.fullmatch(cue):
        comparator = "="  # 高出1.9个百分点 states the difference itself
    # the required fields by position (value, unit, unit_text, kind, comparator, metric, pos, end,
    # sentence, clause): a call by keywords costs twice as much, once per figure
    return Draft(value, q.unit, q.unit_text, kind, comparator, metric, q.value_start, q.end, sent, clause, value_max=vmax)
