"""The metric boundary: the indicator's own words, minus value, comparator, time words and the verbs,
adverbs and scope words that lead into it.

`metric_before(text)` reads the words written before a figure (`全市规上工业增加值同比增长` ->
`规上工业增加值`); `metric_after(text)` the noun a figure counts when the figure comes first
(`40个专业园区成功落户` -> `专业园区`). Qualifiers that are part of the indicator stay: 新增, 新签约,
省级以上, 国家级, 规上. The lexicon lives in metric.yaml beside this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

import yaml

from chanye.evaluate.scoring import dice as _scorer_dice
from chanye.extract.wordlists import SCOPE, closing_chars

PUNCT = " \t\r\n，,、；;：:。！？!?.（(）)[]【】●■◆▲★•·○□◇◎※—-…▶►▷➤"

# The helpers below are pure functions of their string argument (the lexicon is fixed), and the
# assembler asks them about the same words many times over (every figure of a clause, every
# antecedent): they are memoised. The bound keeps a huge page from growing the caches without end.
_MEMO = 1 << 16


@cache
def lexicon() -> dict:
    return yaml.safe_load(resources.files("chanye.extract").joinpath("metric.yaml").read_text("utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((w for w in words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    lex = lexicon()
    return {
        "lead": re.compile(rf"^(?:{_alternation(lex['lead'])})"),
        "trail": re.compile(rf"(?:{_alternation(lex['trail'])})$"),
        "after_stop": re.compile(rf"(?:{_alternation(lex['after_stop'])})"),
        "after_reject": re.compile(rf"^(?:{_alternation(lex['after_reject'])})"),
        "verb_end": re.compile(rf"(?:{_alternation(lex['verb_end'])})$"),
        "clause_verb": re.compile(rf"(?:{_alternation(lex['clause_verbs'])})"),
        # 在…排名中 / 在…考核评价中 opening a clause, maybe with its predicate after (在…排名中全部跨越进位)
        "ranking_frame": re.compile(rf"^在?([^，。；]{{2,40}}?(?:{_alternation(lex['ranking_frames'])}))(?:中|里)"),
        "ranking_end": re.compile(rf"(?:{_alternation(lex['ranking_frames'])})$"),
        "doubled": re.compile(rf"({_alternation(lex['doubled'])})\1"),
        "list_count": re.compile(r"[、，]([^、，]*?)(?=[一二三四五六七八九十两\d]+[大个条项类])"),
        # a reporting 实现 inside a metric (石化产业实现产值); not after 可/将/能/有望 (年可实现工业产值: what a plant
        # could yield, another phrasing)
        "reporting_verb": re.compile(
            rf"(?<=.{{2}})(?<![可将能望])共?实现(?=[^，。；、实完达增]{{0,12}}(?:{_alternation(lex['reported_amount_end'])})$)"
        ),
    }


def _balance(text: str) -> str:
    # an opening mark left dangling at the end, or a closing one at the start, is not the metric's
    while text and text[-1] in "“‘《（(":
        text = text[:-1]
    while text and text[0] in "”’》）)":
        text = text[1:]
    if text.count("（") > text.count("）"):
        text = text[: text.rfind("（")] if text.rfind("（") > 0 else text.replace("（", "")
    if text.count("）") > text.count("（"):
        text = text.replace("）", "", 1)
    return text


def _strip_marks(text: str) -> str:
    return _strip_edges(text)


@cache
def _ending_patterns(pattern_name: str) -> dict[str, re.Pattern | None] | None:
    """For an end-anchored pattern, one pattern per final character, of the entries (in their order)
    whose match can end with it, and (key "") one of the entries that may end with any: a match must end
    at the text's end, so only those entries can match (the same match as the whole alternation, without
    trying its 230 branches at every position). None where the entries cannot be read so."""
    words = sorted(lexicon()[pattern_name], key=len, reverse=True)  # the order _alternation gives
    try:
        closing = [closing_chars(w) for w in words]
    except Exception:  # (a parser of another Python version: no dispatch)
        return None
    chars = set().union(*(f for f in closing if f is not None))

    def compiled(keep: list[str]) -> re.Pattern | None:
        return re.compile("(?:" + "|".join(keep) + ")$") if keep else None

    table = {ch: compiled([w for w, f in zip(words, closing) if f is None or ch in f]) for ch in chars}
    table[""] = compiled([w for w, f in zip(words, closing) if f is None])
    return table


def _strip_edges(text: str) -> str:
    """Edge punctuation off, except a closing bracket that closes one inside: 工业投资（含园区基础设施）
    keeps its qualifier (the metric as written)."""
    text = text.lstrip(PUNCT)
    while text and text[-1] in PUNCT:
        if text[-1] in "）)" and _QUALIFIER_END.search(text):
            break
        text = text[:-1]
    return text


# a qualifier in words (含园区基础设施, 不含房地产开发, 集团): not an alias (GDP), a figure (4.7%) or a note (副题)
_QUALIFIER_END = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z])[（(](?!副题|注|图|下同|人民币|单位)"
    r"(?:[^（()）\d%、，]{0,11}[\u4e00-\u9fff][^（()）\d%、，]{0,11}|[市县区镇乡州、]{3,5})[）)]$"  # …, or 县（市、区）
)


def _strip_repeatedly(text: str, pattern_name: str) -> str:
    """Strip edge punctuation and one match of the pattern, until neither changes the text."""
    pat = _patterns()[pattern_name]
    by_end = _ending_patterns(pattern_name) if pattern_name == "trail" else None
    prev = None
    while prev != text:
        prev = text
        text = _strip_edges(text)
        if by_end is not None and text and text[-1] != "\n":  # ($ also matches before a final line break)
            end_pat = by_end.get(text[-1], by_end[""])
            if end_pat is not None:
                text = end_pat.sub("", text, count=1)
        else:
            text = pat.sub("", text, count=1)
    return text


@lru_cache(maxsize=_MEMO)
def strip_lead(text: str) -> str:
    return _strip_repeatedly(text, "lead")


@lru_cache(maxsize=_MEMO)
def strip_trail(text: str) -> str:
    return _strip_repeatedly(text, "trail")


def drop_enumeration(text: str) -> str:
    """`船舶海工、电子信息、…、新能源六大产业集群产值` -> `六大产业集群产值`."""
    if "、" not in text:
        return text
    m = _COUNTED.search(text)
    if m and "、" in text[: m.start()]:
        return text[m.start():]
    return text


_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+[大个条项类]")
_BARE_NUMBER = re.compile(r"[\d.．]+")


_TOP_N_BRACKET = re.compile(r"[（(][^（）()，。；]{0,10}前[\d一二三四五六七八九十]+[位名]?[）)]")  # 重点行业（增加值总量前10）


@lru_cache(maxsize=_MEMO)
def tidy(text: str) -> str:
    if "前" in text:
        text = _TOP_N_BRACKET.sub("", text)  # the bracket picking the class's members is no part of the indicator
    text = strip_trail(strip_lead(text))
    text = drop_enumeration(text)
    text = drop_inner_verbs(text)
    text = _balance(text)
    text = _strip_marks(text)
    return "" if _BARE_NUMBER.fullmatch(text) else text  # 4. 4个重点州: a heading's number names nothing


def metric_before(text: str) -> str:
    """The metric in the words before a figure (time words already removed)."""
    out = tidy(text)
    if out and _PULL_GROWTH.search(out) and text.rstrip(PUNCT).endswith(out + "增长"):
        out += "增长"  # 拉动规上工业增长2.3个百分点: the growth pulled is the indicator's word (not a trailing verb)
    return out


# a pull on another figure's growth (拉动工业, 带动全市规上工业), written before its 增长
_PULL_GROWTH = re.compile(r"(?:拉动|带动)[^，。；、\d]{1,12}$")


@lru_cache(maxsize=_MEMO)
def cut_after(text: str) -> str:
    """The noun phrase a figure counts, from the words after it: up to a verb that ends it."""
    # (stop words opening the words, one after another, are their noun's own: 投资总额位居全省 ends at 位居,
    # 竣工投产项目 nowhere)
    opening = 0
    for m in _patterns()["after_stop"].finditer(text):
        if m.start() > opening:
            return text[: m.start()]
        opening = m.end()
    return text


_TRAILING_AND = re.compile(r"(?:和|及|以及|与)$")
_CHANGE_END = re.compile(r"(?:扩大|收窄|回升|上涨|下滑|放缓)$")
_BRACKETED_NOUN_IN = re.compile(r"([\u4e00-\u9fff]{1,4}（[\u4e00-\u9fff、]{1,8}）)(?:之中|当中|中)?")


@lru_cache(maxsize=_MEMO)
def metric_after(text: str) -> str:
    """The counted noun after a figure (`专业园区`), or '' where the words after are not one."""
    if text.startswith(("（", "(")):
        return ""  # 共96家（不含兵团）: a note on the figure, not the thing counted
    if text.startswith(("…", "...")):
        return ""  # 同比增长8.6%……近日，某县亮出…: an inverted lead's ellipsis ends the figure's words
    close = text.find("”")
    if close > 0 and "“" not in text[:close]:
        text = text[:close]  # 形成“1个千亿级园区、5个百亿级产业集群”的格局: the quoted list ends the noun
    text = _strip_marks(text)
    if not text or _patterns()["after_reject"].search(text):
        return ""
    text = cut_after(text)
    text = _TRAILING_AND.sub("", text)
    if bracketed := _BRACKETED_NOUN_IN.fullmatch(text):
        return bracketed.group(1)  # 9个县（市、区）: the bracket is the noun's own (7个县（市、区）中: the field's)
    if _CHANGE_END.search(text):
        return _strip_marks(strip_lead(text))  # 4个行业增幅进一步扩大: what the counted ones did names them
    return tidy(text) or _strip_marks(text)  # 5个园区…: a bare noun that is also a scope word stays


@lru_cache(maxsize=_MEMO)
def ends_with_verb(text: str) -> bool:
    """Whether the words before a figure end in a verb that takes the figure as its object
    (培育10条…, 打造40个…, 拥有35个…; 形成“1个…: a quote opening the object)."""
    text = _strip_marks(text).rstrip("“‘「『")
    return not text or bool(_patterns()["verb_end"].search(text))


FRAMING = re.compile(r"^(?:一方面|另一方面|按|据|经|从|分|以|对比|相比|与|其中|为|是|系|创)|(?:计算|来看|看|统计|测算|而言|显示|介绍|表示|指出)$")
OVERTAKING = re.compile(
    r"^(?:并|且|还|也)?(?:首次|再次|率先|已经|已)?(?:超越|超过|赶超|反超|领先|跻身|迈入|进入)"
    r"|^(?:并|且|还|也)?(?:持续|大幅|明显|均|远|继续)?(?:高于|低于|快于|慢于)"  # 大幅高于全省投资增速: a comparison
)
_LISTED_IN = re.compile(r"(?:入选|入围|进入|跻身|荣登|上榜)([^，。；]{4,})$")
_FIELD_COUNT = re.compile(r"[一二三四五六七八九十百两\d]+[个家]")
_POOL_CLAUSE = re.compile(r"[一二三四五六七八九十两\d]+[个家条项][^，。；]*中$")  # 在全省重点关注的10个州（市）中
_DURATION_HEAD = re.compile(r"^连续[一二三四五六七八九十两\d]+个?(?:月|季度)")  # 连续5个月增幅扩大 (连续三年入选…榜 names the list)


_FRAMED_INDICATOR = re.compile(
    r"^(?:从|就)([^，。；从]{1,10}?(?:增速|增幅|增加值|生产总值|GDP|总量|产值|营收|营业收入|投资|利润|产量|收入))(?:来看|看|而言)$"
)
def framed_indicator(text: str) -> str:
    """`从经济增速来看`, `从工业增加值看`: a framing clause that names the indicator of the figures after it."""
    calc = _INDICATOR_THEN_BASIS.match(text.strip(PUNCT))
    if calc:
        return tidy(calc.group(1))  # 全省GDP按不变价格计算，同比增长6.3%: the indicator before the basis
    if (sector := _framed_sector().match(text.strip(PUNCT))) and (name := sector.group(1) or sector.group(2)) not in (
        lexicon()["sector_frames"]["generic"]
    ):
        return name  # 以制鞋业为例，产值超700亿元: the sector's 产值
    m = _FRAMED_INDICATOR.match(text.strip(PUNCT))
    if not m or _BARE_ASPECT.fullmatch(m.group(1)):
        return ""  # 从月度增速看: an aspect of the indicator said before, not an indicator
    return m.group(1)


@cache
def _framed_sector() -> re.Pattern[str]:
    """以制鞋业为例, 拿纺织行业来说, 就汽车产业而言, 从电子信息产业看, 装备制造业方面: a sector set up as the topic of the
    figures after it (metric.yaml sector_frames)."""
    f = lexicon()["sector_frames"]
    opening, heads = _alternation(f["opening"]), _alternation(f["heads"])
    stop = "".join(f["opening"] + f["not_name_start"])  # (分行业看, 按行业看, 在工业方面: no sector's own name)
    name = rf"([^，。；{stop}][^，。；]{{0,11}}?(?:{heads}))"
    return re.compile(
        rf"^(?:(?:{opening}){name}(?:{_alternation(f['closing'])})|{name}(?:{_alternation(f['closing_alone'])}))$"
    )
_INDICATOR_THEN_BASIS = re.compile(r"^([^，。；]{2,16}?)按[^，。；]{2,8}(?:价格|价)(?:计算|核算)$")


_BARE_ASPECT = re.compile(r"(?:月度|季度|年度|累计|当月|单月|总体|整体|分月|同比|环比)?(?:增速|增幅|总量|产值|投资|收入)")


_TREND_ONLY = re.compile(
    r"^(?:实现|呈现)?(?:由负转正|由降转增|由降转升|扭负为正|止跌回升|触底回升|企稳回升"
    r"|(?:回升|回落|增长|下降|增势|降幅收窄|增速加快)(?:势头)?(?:较为|十分|比较|更加|尤为)?(?:明显|显著|较快|强劲))$"
)
_PLAN_DONE_ONLY = re.compile(r"^(?:已经?|提前|均)?(?:超额|全面|提前)?完成(?:了)?(?:年度|全年|上半年|时序进度)?(?:目标)?(?:任务)?$")
_PLACE_END = re.compile(r"(?:中|里|内|上)$")
_LATEST = re.compile(r"^(?:最新一次|最新一期|最新|本次|此次|新一轮)")
_LIST_NAME = re.compile(r"(?:榜单|名单|排行榜)$")


def ranking_frames() -> list[str]:
    """The words that end a ranking's or an assessment's name (排名, 榜单, 考核评价, …) (metric.yaml)."""
    return lexicon()["ranking_frames"]


def is_ranking(noun: str) -> bool:
    """`全国县域经济竞争力排名`, `全省开发区综合考核评价`: a noun that names a ranking (a place's bare 第N位 is read in it)."""
    return _patterns()["ranking_end"].search(noun) is not None


@lru_cache(maxsize=_MEMO)
def tail_noun(text: str) -> str:
    """The noun a figure-less clause names, kept as the antecedent of a following `有6家在苏州` or
    `位列全国第四`: a short clause whole (`在全省省级高新区的综合考核排名` -> `全省省级高新区综合考核排名`),
    a long one after its last 的 (`代表全球…最高水平的“灯塔工厂”` -> `“灯塔工厂”`) or before its
    first verb (`工业互联网发展水平连续三年保持…` -> `工业互联网发展水平`)."""
    if FRAMING.search(text):
        return ""  # 按不变价格计算, 分地区看: a framing clause names nothing
    if OVERTAKING.match(text):
        return ""  # 并首次超越A省、B省: a clause about others, whose names are not the next figure's metric
    if _TREND_ONLY.match(text.strip(PUNCT)) or _PLAN_DONE_ONLY.match(text.strip(PUNCT)):
        return ""  # 实现由负转正, 回升较为明显, 已超额完成目标任务: how a rate or a plan went, no indicator named
    if frame := _patterns()["ranking_frame"].match(text):
        # 在2023年全国县域经济竞争力排名中全部前移，分别第15、60位: the ranking the places are read in (its field's
        # count is no part of the name: 在全市10个县区综合考评中)
        name = tidy(_FIELD_COUNT.sub("", frame.group(1)))
        end = _patterns()["ranking_end"].search(frame.group(1)).group(0)
        return name if not name or name.endswith(end) else name + end  # (tidy drops a trailing 排名)
    if _POOL_CLAUSE.search(text) or _DURATION_HEAD.match(text):
        return ""  # the field the next figure is one of, or how long a trend ran: no indicator named
    text = _PLACE_END.sub("", tidy(text))  # 在…榜单中
    text = _LATEST.sub("", text)
    listed = _LISTED_IN.search(text)
    if listed:
        return tidy(_LIST_NAME.sub("", listed.group(1)))  # 入选全国先进制造业百强市
    m = _patterns()["clause_verb"].search(text)
    if m and m.start() >= 2 and "的" not in text[m.start():]:
        return tidy(text[: m.start()])  # 战略性新兴产业产值实现翻番 -> 战略性新兴产业产值
    if len(text) <= 16:
        return text.replace("的", "")
    if "的" in text:
        return tidy(text[text.rfind("的") + 1:])
    return ""


RANK_SCOPE_WORD = re.compile("^" + SCOPE)
GENERIC = re.compile(r"^(?:两年平均|两年|三年平均|总数|总量|数量|总额|总规模|规模|增速|增幅|降幅|涨幅|增长率|累计数|总数量|拥有量|产值|营收|营业收入|增加值|产量|销量|销售额|出口额|投资额)")
COMPARISON = re.compile(r"^(?:高于|低于|快于|慢于|高出|低出|快出|多出|比|较|超过|超出|领先)")


@lru_cache(maxsize=_MEMO)
def is_generic(metric: str) -> bool:
    """A metric that names only an attribute of something said before (`总数`, `增速比全省高`), not
    one that merely starts like one (`规模以上工业增加值`)."""
    m = GENERIC.match(metric)
    rest = metric[m.end():] if m else metric
    return (m is not None and (not rest or bool(COMPARISON.match(rest)))) or bool(COMPARISON.match(metric))


_NEW_HEAD = re.compile(r"^(?:每年|年均|累计)?(?:新增|净增|新签约|新开工|新认定|新培育|新引进|新建)")
_NEW_TAIL = re.compile(r"(?:新增|净增)$")


def strip_new(metric: str) -> str:
    """The standing noun of a flow (`新增上市公司` -> `上市公司`), to carry to `总数达到82家`."""
    return _NEW_TAIL.sub("", _NEW_HEAD.sub("", metric))


_INNER_VERB = re.compile(
    r"(?<=.{2})(?:累计)?(?:实现|完成|达到)(?=(?:总)?产值|地区生产总值|生产总值|GDP|主营业务收入|营业收入|营收|增加值|开票销售|销售收入|收入|投资|利润|税收|产量|出口|进出口)"
)


def drop_inner_verbs(metric: str) -> str:
    """`石化产业实现产值` -> `石化产业产值`; `工业园区实现工业增加值` -> `工业园区工业增加值`."""
    metric = _INNER_VERB.sub("", metric)
    return _patterns()["reporting_verb"].sub("", metric) if "实现" in metric else metric


# 生产汽车2.25万辆 / 累计生产钾肥658万吨: the product made (words in metric.yaml)
_MADE_PRODUCT = re.compile(r"(?:累计|共|全年)?生产(?P<product>[\u4e00-\u9fff]{1,8})")


@cache
def _made_product_words() -> tuple[frozenset[str], re.Pattern]:
    lex = lexicon()
    return frozenset(lex["product_measures"]), re.compile(_alternation(lex["made_product_not"]))


def made_product_output(metric: str, unit_text: str, said: Iterable[str] = ()) -> str:
    """`生产钾肥` counted in 吨 -> `钾肥产量` (or its rate, where a figure of the sentence already says it so);
    other metrics as they are (生产总值, 生产用水, 生产人员)."""
    m = _MADE_PRODUCT.fullmatch(metric)
    if m is None:
        return metric
    measures, not_product = _made_product_words()
    output = m.group("product") + "产量"
    if not_product.search(m.group("product")) or (unit_text not in measures and output not in said):
        return metric
    return output


_LEAD_MARKS = "●■◆▲★•·○□◇◎※▶►▷➤"


@lru_cache(maxsize=_MEMO)  # a page states the same metrics again and again
def polish(metric: str) -> str:
    """The metric as written out: a list bullet off its start (▶每年新增…), and a word said twice where
    two pieces were joined (家用电器出口 + 出口, …比重 + 比重较去年同期) said once."""
    return _patterns()["doubled"].sub(r"\1", metric.lstrip(_LEAD_MARKS))


_ASCII_OPEN = re.compile(r"\((?=[\u4e00-\u9fff])")  # an ASCII bracket opening Chinese words (not a pinyin reading: (chǎn))


def writes_ascii_brackets(original: str) -> bool:
    """Does the page, as it came, bracket its Chinese words in ASCII `(…)` (县(市), 规模(总产值)) more often than
    in full-width `（…）`? Cleaning writes them all full width; a metric is given as the page writes it."""
    return "(" in original and len(_ASCII_OPEN.findall(original)) > original.count("（")


def as_written_brackets(metric: str, ascii: bool) -> str:
    """`县（市）` -> `县(市)` on a page that writes its brackets in ASCII."""
    return metric.replace("（", "(").replace("）", ")") if ascii and "（" in metric else metric


@lru_cache(maxsize=_MEMO)
def dice(a: str, b: str) -> float:
    """Character-bigram Dice similarity, exactly as the scorer compares metrics."""
    return _scorer_dice(a, b)


SHARE_WORDS = ("占比", "比重", "比例", "份额")
_SHARE_ONLY = re.compile(r"^(?:占|所占)")


def needs_antecedent(metric: str) -> bool:
    """A metric that names only a share of something said before (`占比`, `占规上工业比重`)."""
    return not metric or metric in SHARE_WORDS or bool(_SHARE_ONLY.match(metric))


INDUSTRY_HEAD = re.compile(
    r"^(.{2,}?(?:产业集群|产业链|产业|服务业|集群))(?:总产值|产值|增加值|营业收入|营收|收入|规模|销售收入|开票销售|投资)"
)


@lru_cache(maxsize=_MEMO)
def industry_of(metric: str) -> str | None:
    """The industry, cluster or chain a metric is scoped to (`六大产业集群产值` -> `六大产业集群`)."""
    if "产业" not in metric and "服务业" not in metric and "集群" not in metric:
        return None  # INDUSTRY_HEAD needs one of these; its lazy head backtracks over every metric
    m = INDUSTRY_HEAD.match(metric)
    if not m:
        return None
    head = m.group(1)
    if head in ("工业", "产业", "全产业", "制造业", "服务业"):
        return None
    return head
