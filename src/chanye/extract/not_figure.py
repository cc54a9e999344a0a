"""Numbers that read like figures but state no indicator of the region: the angles a text is read
from (`从三个关键词来解读`), a priority's place in a list (`置于前三位`), a bare magnitude used as a
class word (`打造万亿“钢城”`, `冲击万亿的种子选手`), the size of a national list the region joined
(`入选全国首批20个试点城市`), a magnitude character that begins a company's name (`亿纬锂能`), a numeral
word and 元 inside a term (`三元前驱体`).
The cue words live in not_figure.yaml beside this module."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from importlib import resources

import yaml

from chanye.extract.wordlists import opening_class, search_at_openings


@cache
def _lexicon() -> dict:
    return yaml.safe_load(resources.files("chanye.extract").joinpath("not_figure.yaml").read_text("utf-8"))


def _any(name: str) -> str:
    return "(?:" + "|".join(sorted(_lexicon()[name], key=len, reverse=True)) + ")"


@cache
def _patterns() -> dict[str, re.Pattern]:
    return {
        "frame_after": re.compile(rf"^{_any('reading_frame_noun')}{_any('reading_frame_verb')}"),
        "frame_before": re.compile(rf"{_any('reading_frame_before')}$"),
        "placement": re.compile(rf"{_any('placement_verb')}$"),
        "class_after": re.compile(rf"^{_any('class_after')}"),
        "class_before": re.compile(rf"{_any('class_before')}$"),
        "joined": re.compile(
            rf"{_any('list_join_verb')}了?[^，。；]{{0,8}}{_any('list_scope')}[^，。；\d]{{0,8}}$"
        ),
        "pair_class": re.compile(rf"^[\u4e00-\u9fff“”]{{0,6}}?{_any('pair_class')}"),
        "milestone": re.compile(rf"^[千百万亿元级“”\d]{{0,6}}{_any('milestone_noun')}"),
        "member": re.compile(rf"^[^，。；]{{0,16}}?{_any('list_member')}(?:之一)?(?=$|[，。；、）)])"),
        "margin_before": re.compile(rf"{_any('margin_before')}$"),
        "margin_after": re.compile(rf"^{_any('margin_after')}"),
        "one_of_speech": re.compile(rf"^{_any('one_of_speech')}"),
        "criteria_before": re.compile(_any("criteria_before")),
        "mark_heading": re.compile(rf"{_any('mark_heading_before')}$"),
        "mark": re.compile(rf"^{_any('mark_after')}"),
        "circle": re.compile(rf"^{_any('circle_after')}"),
        "tier": re.compile(rf"^[“\"]?{_any('tier_magnitude')}(?:元|级){{1,2}}[^，。；、\d]{{0,6}}?{_any('tier_class')}"),
        "circle_unit": re.compile(rf"^{_any('circle_units')}$"),
        "time_limit": re.compile(rf"^{_any('time_limit_after')}"),
        "time_limit_unit": re.compile(rf"^{_any('time_limit_units')}$"),
        "conversion": re.compile(rf"{_any('conversion_before')}(?:约|近|超)?$"),
        "criteria_after": re.compile(rf"(?:及?以上|以下)?{_any('criteria_after')}"),
        "link_before": re.compile(rf"{_any('page_link_before')}$"),
        "link_unit": re.compile(rf"^{_any('page_link_unit')}$"),
        "compound_yuan": re.compile(rf"^{_any('compound_yuan_after')}"),
        "condition": re.compile(rf"^{_any('condition_after')}"),
        "plus_tier": re.compile(rf"^{_any('plus_tier_after')}"),
        "quoted_tier": re.compile(rf"^{_any('quoted_tier_after')}"),
        "comment_counter": re.compile(rf"^{_any('comment_counter_after')}"),
        "quoted_programme": re.compile(rf"^{_any('quoted_programme_after')}"),
        "place_class": re.compile(rf"^{_any('place_class_after')}(?!的)"),
        "campaign_year": re.compile(
            rf"^(?:目|项目)?[\u4e00-\u9fff“”]{{0,6}}?{_any('campaign_year_theme')}年(?![度前后来底末初产内销营均收增])"
        ),
        "comment_lead": re.compile(rf"{_any('comment_counter_lead')}$"),
        "list_published": re.compile(rf"{_any('list_publish_verbs')}[^，。；]{{0,24}}$"),
        "quoted_traits": re.compile(rf"^[“\"][^”\"，。；]{{1,10}}[”\"]的?[\u4e00-\u9fff]{{0,2}}?{_any('trait_nouns')}"),
    }


BARE_MAGNITUDE = re.compile(r"^(?:[十百千万]?亿|万)$")


def not_a_figure(text: str, lo: int, hi: int, q) -> bool:
    """Whether the number q (in the clause text[lo:hi]) is one of the non-figures above."""
    before = text[lo : q.start]
    after = text[q.end : hi]
    return (
        _reading_frame(before, after, q)
        or _placement(before, q)
        or _class_magnitude(before, after, q)
        or _joined_list(before, after, q)
        or _named_pair(before, after, q)
        or _attributive_percent(after, q)
        or _milestones(after, q)
        or _sector_ordinal(after, q)
        or _margin(before, after)
        or _one_of_speech(after, q)
        or _page_link(before, q)
        or _in_web_address(before)
        or _criterion(text, lo, hi, q)
        or _conversion(text, q)
        or _circle(after, q)
        or _time_limit(after, q)
        or _tier_phrase(after, q)
        or _compound_yuan(after, q)
        or _size_condition(after, q)
        or _plus_tier(after, q)
        or _quoted_tier(before, after, q)
        or _comment_counter(before, after, q)
        or _quoted_programme(after, q)
        or _campaign_year(after, q)
        or _place_class(after, q)
        or _byline_name(before, after, q)
        or _quoted_traits(after, q)
        or _published_list_length(before, q)
    )


def _published_list_length(before: str, q) -> bool:
    """`列出了一季度投资总额前30位和后30位产业集聚区`: the length of a ranking list a release publishes, no figure."""
    if q.unit not in ("rank", "count") or not (q.text.startswith(("前", "后")) or before.endswith(("前", "后"))):
        return False
    return bool(_patterns()["list_published"].search(before))


def _quoted_traits(after: str, q) -> bool:
    """`呈现三个“持续”的运行特点`: a count of the quoted traits the text describes next, no figure."""
    return q.unit == "count" and not re.search(r"\d", q.text) and bool(_patterns()["quoted_traits"].match(after))


_BYLINE_BRACKET = re.compile(r"[（(【\[](?:本报|本台|本网)?(?:记者|通讯员|实习生|见习记者|特约记者|融媒体记者)[^（）()【】\[\]，。；]{0,20}$")


def _byline_name(before: str, after: str, q) -> bool:
    """`湖北日报客户端讯（通讯员张光亿）`: a number word ending a reporter's name (亿, 万, 千) is no figure."""
    return not re.search(r"\d", q.text) and after[:1] in ("）", ")") and bool(_BYLINE_BRACKET.search(before))


def _place_class(after: str, q) -> bool:
    """`9万亿大省山东`: an amount written without 元 that sizes a class of places (大省, 强市), no figure."""
    return q.unit in ("CNY", "USD") and "元" not in q.text and bool(_patterns()["place_class"].match(after))


def _campaign_year(after: str, q) -> bool:
    """`组织2025项目提效年一季度重大项目…开竣工活动`: a year named in a campaign's name (2025项目提效年,
    2024招商引资攻坚年), written without 年 after it: no count."""
    return (
        q.unit == "count" and q.unit_text in ("", "项") and float(q.value).is_integer() and 1990 <= q.value <= 2099
        and bool(_patterns()["campaign_year"].match(after))
    )


def _quoted_programme(after: str, q) -> bool:
    """`统筹推进三个“一号工程”和“十项重大工程”`: the programme numbered, not a count of the region's."""
    return q.unit == "count" and bool(WORDS_COUNT.match(q.text)) and bool(_patterns()["quoted_programme"].match(after))


def _reading_frame(before: str, after: str, q) -> bool:
    return q.unit == "count" and bool(_patterns()["frame_after"].match(after)) and bool(
        _patterns()["frame_before"].search(before) or not before.strip()
    )


def _placement(before: str, q) -> bool:
    return q.unit == "rank" and bool(_patterns()["placement"].search(before))


def _class_magnitude(before: str, after: str, q) -> bool:
    if q.unit not in ("CNY", "USD") or not BARE_MAGNITUDE.match(q.text):
        return False
    if len(q.text) == 1 and re.match(r"[\u4e00-\u9fff]", after):
        return True  # 亿纬锂能: one magnitude character opening a name is no figure at all
    if _patterns()["mark"].match(after) and _patterns()["mark_heading"].search(before):
        return True  # 加速迈向万亿大关: the mark headed for, not an amount reached
    return bool(_patterns()["class_after"].match(after) or _patterns()["class_before"].search(before))


def _joined_list(before: str, after: str, q) -> bool:
    return q.unit == "count" and bool(_patterns()["joined"].search(before)) and bool(_patterns()["member"].match(after))


NAMED_PAIR = re.compile(r"[\u4e00-\u9fff“”]{2,14}(?:和|及|与)[\u4e00-\u9fff“”]{2,14}$")


def _named_pair(before: str, after: str, q) -> bool:
    """`打造A和B两个万亿级产业集群`: a 2 that numbers the two names joined right before it."""
    return (
        q.unit == "count"
        and q.value == 2
        and bool(NAMED_PAIR.search(before))
        and bool(_patterns()["pair_class"].match(after))
    )


ATTRIBUTIVE_BLOCK = re.compile(r"增|降|减|升|提高|以上|左右|以内|占|达|为|的|至|到|从|由|比|较")
COUNTED_AFTER = re.compile(r"([\u4e00-\u9fff]{2,12})[\d.]+[万千百]?[辆台个家套列艘座条项]")


def _attributive_percent(after: str, q) -> bool:
    """`投运100%低地板有轨电车12辆`: a percentage inside the name of the thing another figure counts."""
    m = COUNTED_AFTER.match(after)
    return q.unit == "%" and m is not None and not ATTRIBUTIVE_BLOCK.search(m.group(1))


def _milestones(after: str, q) -> bool:
    return q.unit == "count" and bool(_patterns()["milestone"].match(after))


SECTOR_ORDINALS = re.compile(r"^(?:[、和及与]第?[一二三])+产业")


def _sector_ordinal(after: str, q) -> bool:
    """`第一、第二和第三产业增加值…`: the sectors' names, not ranks."""
    return q.unit == "rank" and bool(SECTOR_ORDINALS.match(after))


def _margin(before: str, after: str) -> bool:
    """`以44亿元的优势前进一位`: how far a place leads the next one, no figure of its own."""
    return bool(_patterns()["margin_before"].search(before) and _patterns()["margin_after"].match(after))


def _one_of_speech(after: str, q) -> bool:
    """`交出一份“硬核”答卷`: one answer sheet is a figure of speech for a year's results."""
    return q.unit == "count" and q.value == 1 and bool(_patterns()["one_of_speech"].match(after))


def _page_link(before: str, q) -> bool:
    """`上一篇`, `下一篇`: links to the articles beside this one."""
    return q.unit == "count" and bool(_patterns()["link_unit"].match(q.unit_text)) and bool(
        _patterns()["link_before"].search(before)
    )


WEB_ADDRESS = re.compile(r"(?://|www\.)[\x21-\x7e]*$")  # (a clause may begin after http:)


def _in_web_address(before: str) -> bool:
    """`http://news.example.com/2017/0815/…`: digits of a link read as a fraction or a date."""
    return bool(WEB_ADDRESS.search(before))


SENTENCE_END = re.compile(r"[。！？\n]")


def _criterion(text: str, lo: int, hi: int, q) -> bool:
    """`划定标准为：…总产值1000亿元以上，或…200亿元以上`, `按照…500亿元以上的标准`: a bar that places are
    measured against (criteria opened earlier in the sentence, or the figure followed by 的标准)."""
    if _patterns()["criteria_after"].match(text, q.end, hi):
        return True
    start = max(0, q.start - 120)
    # from just after the last sentence end within that reach
    ends = _sentence_ends(text)
    k = bisect_left(ends, q.start)
    begin = ends[k - 1] + 1 if k and ends[k - 1] >= start else start
    if not _sentence_may_hold_criteria(text, ends, k):
        return False
    return bool(_patterns()["criteria_before"].search(text, begin, q.start))


def _sentence_may_hold_criteria(text: str, ends: list[int], k: int) -> bool:
    """Whether criteria_before matches anywhere in the k-th sentence (between sentence marks), once per
    sentence: a match before a figure lies inside its sentence, and most sentences hold none (the
    pattern opens with an optional group, so a search is tried at every character, per figure)."""
    if not _bound_free("criteria_before"):
        return True  # (a pattern reading the end of its range may match there only: no screen)
    memo = _per_text_memo(text)
    found = memo.get(("criteria", k))
    if found is None:
        lo = ends[k - 1] + 1 if k else 0
        hi = ends[k] if k < len(ends) else len(text)
        pat = _patterns()["criteria_before"]
        found = memo[("criteria", k)] = search_at_openings(pat, text, lo, hi, _opening_class("criteria_before")) is not None
    return found


@cache
def _opening_class(name: str):
    return opening_class(_patterns()[name])


@cache
def _bound_free(name: str) -> bool:
    """A pattern that reads nothing past its match (no end anchor, word boundary or lookahead): a match
    within a shorter range is a match within any longer one."""
    source = _patterns()[name].pattern
    return not any(mark in source for mark in ("$", "\\Z", "\\b", "\\B", "(?=", "(?!"))


@lru_cache(maxsize=2)
def _per_text_memo(text: str) -> dict:
    return {}


@lru_cache(maxsize=2)
def _sentence_ends(text: str) -> list[int]:
    """Where the text's sentence marks stand, once per text (every figure of a page looks back for one)."""
    return [m.start() for m in SENTENCE_END.finditer(text)]


def _conversion(text: str, q) -> bool:
    """`人民币59万亿3034亿元（约新台币255万亿46亿元）`: a bracketed conversion of the amount before it."""
    return bool(_patterns()["conversion"].search(text, max(0, q.start - 8), q.value_start))


def _circle(after: str, q) -> bool:
    """`融入京津冀2小时经济圈`: the reach of a circle of towns names it; it measures nothing of the region."""
    return bool(_patterns()["circle_unit"].match(q.unit_text)) and bool(_patterns()["circle"].match(after))


def _time_limit(after: str, q) -> bool:
    """`涉企问题48小时办结率达98%`: the time limit names the rate; the rate is the figure."""
    return bool(q.unit_text) and bool(_patterns()["time_limit_unit"].match(q.unit_text)) and bool(_patterns()["time_limit"].match(after))


WORDS_COUNT = re.compile(r"^[一二三四五六七八九十两]+个$")


def _tier_phrase(after: str, q) -> bool:
    """`打造三个千亿级产业集群`: a count in words before a tier of clusters names the programme (the
    fresh sets' convention); `7个千亿级产业集群` in digits stays a figure."""
    return q.unit == "count" and bool(WORDS_COUNT.match(q.text)) and bool(_patterns()["tier"].match(after))


DIGIT_YUAN = re.compile(r"^[一二三四五六七八九两多]元$")


def _compound_yuan(after: str, q) -> bool:
    """`年产10万吨三元前驱体`, `城乡二元结构`: a numeral word and 元 inside a term, no amount of money."""
    return q.unit == "CNY" and bool(DIGIT_YUAN.match(q.text)) and bool(_patterns()["compound_yuan"].match(after))


ROUND_SIZE = re.compile(r"^(?:[十百千万]?亿|万)元?$")


def _size_condition(after: str, q) -> bool:
    """`县域经济达到千亿元规模后`: a round size the clause imagines reaching, not an amount reported."""
    written = q.text[q.value_start - q.start :]
    return q.unit == "CNY" and bool(ROUND_SIZE.match(written)) and bool(_patterns()["condition"].match(after))


def _plus_tier(after: str, q) -> bool:
    """`均处在“2000亿+”梯队`, `带入“3000亿+”时代`: a quoted amount and a plus sign, the name of a tier."""
    return q.unit in ("CNY", "USD") and bool(_patterns()["plus_tier"].match(after))


def _quoted_tier(before: str, after: str, q) -> bool:
    """`率先迈入“5万亿之城”`: an amount opening a quoted tier name (之城, 俱乐部), the tier, not an amount reached."""
    return q.unit in ("CNY", "USD") and before.endswith(("“", '"', "「", "『")) and bool(_patterns()["quoted_tier"].match(after))


def _comment_counter(before: str, after: str, q) -> bool:
    """`已有0人参与会员评论`, `128条评论`, `已有25人参与`: the page's count of comments, page furniture."""
    if q.unit != "count" or q.unit_text not in ("人", "条"):
        return False
    if _patterns()["comment_counter"].match(after):
        return True
    return after.startswith("参与") and bool(_patterns()["comment_lead"].search(before))
