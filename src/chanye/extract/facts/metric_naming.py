"""The metric name of a figure: the words before it, ranks, rates and gaps, shares and contributions, headline nouns,
list items' attributes.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chanye.extract import metric as M
from chanye.extract.clauses import Clause, Sentence
from chanye.extract.wordlists import LEVEL_SCOPE, SCOPE, any_of, grouped
from chanye.knowledge.regions import parent_chain
from chanye.extract.facts.drafts import Doc, Draft, State
from chanye.extract.facts.cues import BASE_ATTRIBUTE, COUNTED, GAP, LEX, RANK_SUFFIX, RATE_IN_METRIC, RESPECTIVELY, served_count
from chanye.extract.facts.spans import remove_spans
from chanye.extract.facts.candidates import CLASS_NOUNS, PROJECT_AFTER, PROJECT_VERB
from chanye.extract.facts.subjects import is_body_or_town

PURE_SCOPE = re.compile(
    r"^(?:" + SCOPE + r"|中部|西部|东部|东北|长三角|珠三角|京津冀|粤港澳|中西部|[\u4e00-\u9fff]{2}省)?"
    r"(?:地级市|地级及以上城市|同类城市|城市|省会城市|副省级城市|大中城市|设区市|县（市、区）|县区|开发区|首位)?$"
)

NEW_QUALIFIER = re.compile(any_of(LEX["new_qualifiers"]) + "$")
BATCHES_BEFORE = re.compile(r"[\d一二三四五六七八九十两]+" + any_of(LEX["word_lists"]["batch_units"]) + "$")

PREDICATE = re.compile(r"(?:均|全部|都)?(?:实现|保持|超过|达到|增长|下降|突破)|(?:年均)?(?:增速|增幅|增长)")  # 14个市州全部实现正增长, 7个行业年均增速…
POOL_PREFIX = re.compile(r"^.{0,14}?(?<!其)中(?:除|有|共有)")

_AT_HEAD = re.compile(r"^在")

_IN_END = re.compile(r"(?:中|里)$")

# how long the place has held it (连续3年, 持续6个月): not the indicator
_RANK_ADVERB = re.compile(
    r"(?:均|都|分别|逐渐|逐步|一路|首次|遥遥领先|(?:已经?)?(?:连续|持续)(?:\S{1,3}年|[\d一二三四五六七八九十两]{1,3}个?(?:月|季度))"
    r"|^[\d一二三四五六七八九十两]{1,3}个?(?:月|季度))$"  # (持续 gone with the lead words: 6个月 alone)
)

_SHARE_OWNER = re.compile(any_of(LEX["word_lists"]["share_owner_verbs"]) + ".*$")

FILL_REACH = 200  # characters: how far back an earlier figure's metric is taken up

# an attribute said bare after a figure of a named industry or cluster is that industry's
OWNABLE_ATTRIBUTE = re.compile(any_of(LEX["word_lists"]["ownable_attribute"]))
ATTRIBUTE_HOLDERS = tuple(LEX["word_lists"]["attribute_holders"])  # longest first, as listed


def topic_attribute(before: list[Draft], d: Draft) -> str:
    """`全省县域特色产业集群完成营收1.6万亿元…；上缴税金436亿元`: a bare attribute right after a figure of
    a named industry, cluster or chain (in reach, same paragraph) is that one's (县域特色产业集群上缴税金)."""
    p = next((p for p in reversed(before) if p.metric and p.kind != "rank"), None)
    if p is None or d.pos - p.pos > FILL_REACH or p.sentence.paragraph != d.sentence.paragraph:
        return d.metric
    if p.subject != d.subject and not (_province_of_place(p.subject, d.subject) or _sibling_places(p.subject, d.subject)):
        return d.metric  # 临港新片区规上工业总产值…。其中，特斯拉完成产值…: a body's own attribute
    if p.metric.endswith(d.metric) and len(p.metric) > len(d.metric) and p.unit != "pp":
        return p.metric  # …上缴税金436亿元，增速达2.5%: the same one's rate
    owner = gap_root(p.metric)  # …增速超过同期高新技术产业增加值4.95个百分点；上缴税金…: not the gap's base industry
    head = M.industry_of(owner)
    if not head and p.sentence is d.sentence:
        head = next((h for h in ATTRIBUTE_HOLDERS if owner.startswith(h) and len(owner) > len(h)), None)
    return head + d.metric if head and head != d.metric else d.metric


def _province_of_place(whole, part) -> bool:
    """我省高新技术产业产值…。…产值分别为…: is `whole` the province `part` (a city, county or zone, not a body
    named on the page) lies in - its places' figures go on with the province's indicator?"""
    if getattr(whole, "level", None) != "province" or is_body_or_town(part):
        return False
    return any(r.code == whole.code for r in parent_chain(part))


def _sibling_places(a, b) -> bool:
    """产值总量前三名为烟台、青岛、东营，产值分别为…: places (not bodies) under one parent, each giving the same
    indicator."""
    kinds = ("city", "county", "zone")
    if getattr(a, "level", None) not in kinds or getattr(b, "level", None) not in kinds:
        return False
    if is_body_or_town(a) or is_body_or_town(b):
        return False
    return a.parent_code is not None and a.parent_code == b.parent_code


MEMBER_RATE_BAR = re.compile(
    r"[^，。；、\d]{1,10}?(?:年均)?(?:增速|增幅|增长)(?:均|都)?(?:超过|超|高于|达到|达|在)?\d+(?:\.\d+)?%(?:以上|左右)?"
)


def share_frame(items: list[str]) -> list[str]:
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
MEASURE_END = re.compile(any_of(LEX["word_lists"]["measure_ends"]) + "$")  # an item that is already an indicator


def share_attribute(items: list[str]) -> list[str]:
    """`A、B、C营业收入均突破…`, `猪肉、鲜果、水产品价格`: an attribute written once after the last item
    is each item's."""
    attribute = (ITEM_ATTRIBUTE.search(items[-1]) or EACH_ATTRIBUTE.search(items[-1])) if items else None
    if attribute and attribute.start() >= 2 and not any(MEASURE_END.search(i) for i in items[:-1]):
        return [i + attribute.group(0) for i in items[:-1]] + [items[-1]]
    return items


SET_PART = re.compile(r"[\u4e00-\u9fff]{0,2}" + any_of(LEX["word_lists"]["set_parts"]))  # 六成行业增速回升: a part of a set

RATE_GAP = re.compile(r"(?:增速|增幅)" + any_of(LEX["word_lists"]["rate_gap_comparisons"]))


def gap_root(metric: str) -> str:
    """`规上工业增加值增速高于全省` -> `规上工业增加值`: the indicator a gap is measured on."""
    m = GAP.search(metric) or RATE_GAP.search(metric)  # …增速低于采矿业增加值: a gap on another sector's rate
    return metric[: m.start()] if m and m.start() > 0 else metric


def bare_gap(metric: str) -> bool:
    """`高于全国`, `比全省高`: a gap that names no indicator of its own (the next place's rate is on the one before)."""
    m = GAP.search(metric) or RATE_GAP.search(metric)
    return (m is not None and m.start() == 0) or _BARE_COMPARED.fullmatch(metric) is not None


_BARE_COMPARED = re.compile(r"(?:比|较)(?:" + LEVEL_SCOPE + r"|平均水平|平均)(?:高出|低出|高|低|快|慢)")


def _compose_rank(scope: str, ante: str | None, ante_unit: str | None, ante_kind: str | None = None) -> str:
    base = ante or ""
    if base and ante_unit == "count" and not base.endswith(("数量", "总数", "总量")):
        base += "数量"
    elif base:
        base += ranked_rate_word(base, ante_unit, ante_kind)
    return base + scope + ("" if RANK_SUFFIX.search(scope) else "排名")


def ranked_rate_word(metric: str, unit: str | None, kind: str | None) -> str:
    """`地区生产总值增长6.1%，居全省第二`: a rank said of a growth rate ranks the rate - 增速 after its indicator
    (not twice: 增速, 增幅, 增长 already there)."""
    return "增速" if unit == "%" and kind == "growth" and not RATE_WORD.search(metric) else ""


RANK_VERB = re.compile(
    any_of(LEX["word_lists"]["rank_verb"])
)
RANK_ATTR = re.compile("^" + any_of(LEX["word_lists"]["rank_attributes"]))


def rank_metric(doc: Doc, words: str, state: State) -> str:
    named = None if state.prev_noun else state.last_named(skip_gaps=True)
    ante, ante_unit, ante_kind = (state.prev_noun, None, None) if state.prev_noun else (
        (named.metric, named.unit, named.kind) if named else (None, None, None)
    )
    last = next(state._latest(), None)
    if not state.prev_noun and last is not None and last.kind == "rank" and (base := RANK_BASE.sub("", last.metric)):
        ante, ante_unit = base, None  # 稳居全国前18位，跻身西部前四强: the same indicator, ranked again
        # 增速居全市第6位、五县（市）第2位; 位居全国第7位、前十经济大省第1位: the same indicator in another scope (the
        # state holds the sentence's drafts only); not 跻身全国百强县、全省十强县: a ranking named again
        plain_scope = not (RANK_VERB.search(words) or M.RANK_SCOPE_WORD.match(words) or re.search(r"[强“”]", words + base))
        if plain_scope and (scope := OTHER_SCOPE.fullmatch(M.tidy(words))) and scope.group(0) not in base:
            return base + scope.group(0) + "排名"
    return rank_name(words, ante, ante_unit, ante_kind)


# a scope a rank is said in that no scope word names (五县（市）, 苏北, 主城区, 前十经济大省): its last word
OTHER_SCOPE = re.compile(r"[^，。；、\d]{0,8}" + any_of(LEX["word_lists"]["rank_scope_ends"]))


RANK_SCOPE_ONLY = re.compile("(" + SCOPE + ")$")
RANK_BASE = re.compile("(?:" + SCOPE + r"|西部|中部|东部)?排名$")

RANK_TIED_WITH = re.compile(r"(?:^|与)[^，。；与]{1,10}?(?=并列)")
SCORE_FRAME = re.compile(r"^以[^，。；]{0,16}?的?(?:成绩|优势|得分|总分|分数|高分)")
RANK_CLASS_WORD = re.compile(r"^(?:大关|新台阶|台阶|关口|门槛)")


_FIELD_SIZE = re.compile(
    r"(^|" + SCOPE + r"|在)\d+(?:\.\d+)?[个家所座户条项](?=[^，。；\d]{2,12}?(?:之中|当中|中|里))"
)


_AVERAGE_GROWTH_END = re.compile(r"(?:[两三四五]年|近[两三四五]年)?(?:年均|平均)?增长$")


def rank_name(words: str, ante: str | None, ante_unit: str | None, ante_kind: str | None = None) -> str:
    """Metric of a rank. Its own noun where it has one (`争创全国国家级高新区30强` -> 全国国家级高新区排名,
    `铜产业营业收入在全省…中排名第一`); else the antecedent's, with the attribute and scope written here
    (`…51家、全国第三` -> <metric>数量全国排名; `增长9.1%，增速居全省第二位` -> <metric>增速全省排名)."""
    # 前进一位至全国第12位; 与乙县并列全市第三 (the place tied with is not the indicator)
    w = re.sub(r"^至", "", M.strip_lead(RANK_TIED_WITH.sub("", words)))
    w = _FIELD_SIZE.sub(r"\1", w)  # 在全省100个工业园区中排位第五: the field's size is no part of the rank's name
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
    kept = re.search("(" + SCOPE + ")" + re.escape(scope) + r"\W*$", words)
    if kept and not scope.startswith(kept.group(1)):
        scope = kept.group(1) + scope  # 全省省级开发区20强: here 全省 is the ranking's scope
    attr = RANK_ATTR.match(before)
    if ante and (not before or (attr and attr.end() == len(before))) and (not scope or PURE_SCOPE.match(scope) or before):
        if before:
            if (before in ("数量", "总数") and ante.endswith(("数量", "总数", "总量"))) or ante.endswith(before):
                before = ""  # 总数达229家，数量居全省第二; 以7.4%的增速居全省第一 after 增速
            elif before.endswith("平均增速"):
                ante = _AVERAGE_GROWTH_END.sub("", ante) or ante  # 两年平均增长6.0%，两年平均增速居全市第2
            return ante + before + scope + ("" if RANK_SUFFIX.search(before + scope) else "排名")
        return _compose_rank(scope, ante, ante_unit, ante_kind)
    name = SCORE_FRAME.sub("", before) + scope  # 以637.72分的成绩名列省级开发区首位: the score is no part of the name
    if not name:
        return "排名"
    return name if RANK_SUFFIX.search(name) else name + "排名"


AWARD = re.compile(
    "^(" + any_of(LEX["award_verbs"]["holders"]) + ")(" + any_of(LEX["award_verbs"]["verbs"]) + r")([^，。；：！？]{2,30})$"
)
AWARD_TITLE_END = re.compile(r"(?:荣誉)?称号$|名单$|榜单$")
OTHER_COUNT = re.compile(r"\d+(?:\.\d+)?[万亿]?[个家户项条座名元%]")


def _awarded(doc: Doc, clause: Clause, q) -> str:
    """`15家企业获评国家级、省级智能制造示范企业`, `9户企业获批省级数字化车间和智能工厂`: a count of holders
    that a title or a list place was given to is named by the verb and the title (获评省级绿色工厂企业), read
    to the clause's end (the title may hold a 、-list). '' where the words after the count are not that."""
    rest = remove_spans(doc.text[q.end : clause.end], q.end, [(t.start, t.end) for t in doc.times_in(q.end, clause.end)])
    m = AWARD.match(rest.rstrip(M.PUNCT))
    if not m or OTHER_COUNT.search(m.group(3)):
        return ""
    title = AWARD_TITLE_END.sub("", m.group(3))
    holder = m.group(1)
    return m.group(2) + title + ("" if title.endswith(holder) else holder)


BRACKETED = re.compile(r"（[^（）]*）")  # 县（市、区）: a bracket's 、 lists no phrases
POOL_NOUN = re.compile(r"([^，。；、\d中]{1,10})中(?:有|共有|，)")  # the noun of a pool count (州（市）中有…)


RANKED_BY = re.compile(r"(?<=[\u4e00-\u9fff]{2})以(?![上下内来及后前外])([^，。；以]{0,12})$")


_BARE_GROWTH_NOUN = re.compile(any_of(LEX["word_lists"]["bare_growth_nouns"]))  # (以9.8%的增速领跑全市)
# 保持7.4%的投资增速, 实现0.9%的地区生产总值增长, 完成8%的年度固定资产投资增长目标: the indicator named between 的
# and the word of growth, which closes the clause or leads to a rank (not 43.2%的行业同比增速改善: a share of the
# members; 7%左右的预期增速 names no indicator, a plain word of growth after 的 as drafting reads it)
NAMED_GROWTH_AFTER = re.compile(
    r"的(?!" + any_of(LEX["growth"]["after_manner"]) + "?" + any_of(LEX["growth"]["after"]) + r")([\u4e00-\u9fffA-Za-z]{1,8}?)"  # (的GDP按年增速)
    + any_of(LEX["growth"]["after"])
    + r"(?:目标|(?=[，。；、,;）)]|$|" + any_of(LEX["growth"]["after_rank_verbs"]) + "))"
)


_DONE_BEFORE = re.compile(r"(?:完成|超额完成|提前完成|下达)[^，。；、\d]{0,3}$")
_SERVED_BODIES = re.compile(r"[^，。；、\d]{0,6}?" + any_of(LEX["word_lists"]["served_bodies"]))
_JOINED_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff）”])(?:及|以及|和)$")
_GOAL_NOUN = re.compile(r"(?:预期|发展|年度|全年)?(?:目标|任务)(?:任务)?")
_TASK_AFTER = re.compile(r"^的?([\u4e00-\u9fff]{2,10}?(?:任务|目标))$")


# a class of zones counted by the figure right after it (开发区96家, 国家级经济技术开发区6家, 省级高新区4个), the
# class word opening the words or after 有 / 其中 (not a zone's name: 某某经济开发区)
_ZONE_CLASS = any_of(LEX["word_lists"]["zone_class_levels"]) + "?" + any_of(LEX["word_lists"]["counted_zone_classes"])
COUNTED_ZONE_CLASS = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=有)|(?<=其中))(" + _ZONE_CLASS + r")(?:共|共有|达|达到)?\s*$")
# …the class word right after the count instead (全省106个开发区实现营业收入…)
ZONE_CLASS_COUNTED = re.compile("(" + _ZONE_CLASS + ")")


def metric_of(
    doc: Doc, clause: Clause, q, lo: int, left_words: str, after_words: str, figure_first: bool, kind: str
) -> str:
    """The words that name what a (non-rank) figure measures, read before or after it."""
    if q.unit in ("CNY", "USD") and _DONE_BEFORE.search(left_words) and (task := _TASK_AFTER.match(after_words)):
        return task.group(1)  # 提前完成区200亿招商引资任务, 完成全年50亿元的固定资产投资目标: the task sized
    if batches := BATCHES_BEFORE.search(left_words):
        # 保障三批次135个重点项目, 外出招商5批40人次: the count of batches is no figure (candidates) nor a name
        if M.metric_after(after_words):
            left_words, figure_first = "", True
        else:
            left_words = left_words[: batches.start()]
    by = RANKED_BY.search(left_words)
    if by and RANK_VERB.search(doc.text, q.end, clause.end):
        left_words = by.group(1)  # 乙区以812.6亿元的地区生产总值位居全市第三: 乙区 is whose the rank is, not the metric
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
    bare_scope = (  # 与国内20多个省（区、市）签下…: a scope word alone names no counted thing
        q.unit == "count" and PURE_SCOPE.fullmatch(M.metric_before(left_words)) is not None
        and not re.search(r"\d", M.metric_after(after_words))
    )
    if q.unit == "count" and served_count(doc.text, clause.start, q.value_start) and (served := _SERVED_BODIES.match(after_words)):
        if deed := M.tidy(after_words[served.end() :]):
            return f"{deed}的{served.group(0)}"  # 为59家企业解决…: 解决的企业
    # 制定总体方案及6个专项行动方案, 建成A和8个B: a figure right after a conjunction opens the next object, named after it
    joined = _JOINED_BEFORE.search(left_words) is not None and bool(M.metric_after(after_words))
    if figure_first or bare_scope or joined or not M.metric_before(left_words):
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
        if q.unit == "count" and "、" in BRACKETED.sub("", rest[: rest.rfind("的") + 1]) and not re.search(r"\d", rest):
            # 争创3-5个引领…、在全国具有…的领军型企业: a modifier of listed phrases; the head follows the last 的
            head = M.metric_after(rest[rest.rfind("的") + 1 :])
            metric = head or metric
        if metric:
            qual = NEW_QUALIFIER.search(M.strip_trail(left_words))
            if qual and not metric.startswith(qual.group(0)):
                metric = qual.group(0) + metric
        head = _PROJECT_DONE_HEAD.match(metric)
        if metric == "项目":
            # 洽谈52个项目, 151个项目开工建设: a bare 项目 is named by what was done with it
            done = PROJECT_VERB.search(M.strip_trail(left_words)) or PROJECT_AFTER.match(after_words, 2)
            if done:
                metric = ("签约" if done.group(1) in ("签下", "签订") else done.group(1)) + metric  # 签下64个项目: 签约项目
                if done.group(0).startswith("已"):
                    metric = "已" + metric  # 118个项目已顺利开工: 已开工项目, as the gold sets write it
        elif head and after_words.startswith(head.group(0)) and (done := PROJECT_AFTER.match(after_words, head.end())):
            # 16个项目进行了集中签约, 15个项目参加集中签约, 647个招商引资项目落地四川: the projects named by the deed
            # (集中签约项目, 落地招商引资项目), not 项目进行了 / …项目落地四川
            lead = after_words[head.end() : done.start(1)]
            metric = ("已" if lead.startswith("已") else "") + ("集中" if "集中" in lead else "") + done.group(1) + head.group(0)
    if not metric and after_words.startswith("的") and not figure_first:
        # 总规模达80亿元的省级新材料产业基金: the noun after 的 owns the figure
        noun = M.metric_after(after_words[1:]) or M.metric_after(re.sub("^" + SCOPE, "", after_words[1:]))
        if _GOAL_NOUN.fullmatch(noun):
            noun = ""  # 比重恢复到1/3的目标: the figure is the goal of the indicator before it, not the goal's share
        before = M.metric_before(left_words)
        if noun and kind == "share":
            # 民营经济贡献了全市约六成的税收 -> 民营经济税收占比
            owner = _SHARE_OWNER.sub("", before)
            if re.search(r"(?:和|及|与|、)$", left_words.strip()):
                owner = ""  # 46%的A企业和67%的B企业: the words before are the previous item, not an owner
            owner = re.sub(r"^.*?(?:集聚了|聚集了|拥有|集聚|聚集)", "", owner)  # 国家高新区集聚了全国33%的…
            metric = owner + noun + "占比"
        elif noun and kind == "growth" and before and _BARE_GROWTH_NOUN.fullmatch(noun):
            metric = before  # 规上工业增加值以9.8%的增速领跑全市: the rate of the indicator before (not 增速规上工业增加值)
        elif noun and kind == "growth" and (named := NAMED_GROWTH_AFTER.match(doc.text, q.end)):
            # 主导产业保持7.4%的投资增速: the owner's indicator named after 的 (主导产业投资), 同比 naming none
            metric = before + M.metric_before(named.group(1))
        elif noun:
            metric = project_name(noun) + before
    if not metric:
        metric = M.metric_before(left_words)
    if not metric and q.unit == "count" and (zones := COUNTED_ZONE_CLASS.search(doc.text, lo, q.start)):
        # 全省有开发区96家，其中国家级经济技术开发区6家: the zones counted (the words read as the page's own zone,
        # not in left_words)
        metric = zones.group(1)
    if q.unit == "count" and not figure_first and left_words.endswith("的"):
        metric = _modified_count(metric, after_words) or metric
    pool = POOL_PREFIX.match(metric)
    if pool and pool.end() < len(metric):
        metric = metric[pool.end():]  # 37个行业大类中除煤炭开采和洗选业亏损 -> 煤炭开采和洗选业亏损
    m = COUNTED.search(metric) if doc.text.find("、", clause.start, lo) >= 0 else None
    if m and m.start() > 0:
        metric = metric[m.start():]  # 船舶海工、…、新能源六大产业集群产值: the list is not the metric
    if q.unit == "count" and (named := NAMED_EXAMPLES.search(metric)):
        verb = NAMED_VERB.match(metric)  # 签约A、B等项目29个: 签约项目
        metric = (verb.group(0) if verb else "") + named.group(1)  # 引进A基地、B制造等航空汽车产业项目9个: 引进航空汽车产业项目
    return metric


# 总投资220亿元的某某项目列入全省重点项目, …项目今年4月3日正式签约落户: a project named after an amount and 的
# ends at its head word (项目, 工程, its phase or a bracket) where a predicate (or a date) follows it
_NAME_HEAD = re.compile(
    any_of(LEX["word_lists"]["project_name_heads"]) + r"(?:[一二三四五六七八九十\d]期)?(?:[（(][^）)]{1,12}[）)])?[”\"」』]?"
)
_NAME_PREDICATE = re.compile(r"\d|" + any_of(LEX["word_lists"]["project_name_predicates"]))


def project_name(noun: str) -> str:
    """The named project of `总投资N亿元的X项目…` without the predicate read with it (`X项目列入…` -> X项目; not
    `某某电力工程二期新型变压器`, `某某工程有限公司某某项目`: a head inside the name)."""
    for m in _NAME_HEAD.finditer(noun, 2):
        if m.end() < len(noun) and _NAME_PREDICATE.match(noun, m.end()):
            return noun[: m.end()]
    return noun


NAMED_VERB = re.compile(r"^(?:新)?" + any_of(LEX["word_lists"]["named_project_verbs"]))
NAMED_EXAMPLES = re.compile(r"、[^、]+等([^、等]{2,})$")  # a 、-list of named examples before 等 and the counted class


_NOUN_ATTRIBUTE = re.compile(r"(?:主导产业|主营业务)?" + any_of(LEX["word_lists"]["noun_attributes"]))


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


# an indicator and its bar just before a count (产值已超过5亿元的, 营业收入超百亿元的, 主营业务收入亿元以上的)
CLASS_BAR = re.compile(
    r"([\u4e00-\u9fff]{2,10}?)(?:已|均)?(" + any_of(LEX["word_lists"]["class_bar_verbs"])
    + r"[\d.]*[十百千万亿]*(?:美元|元)(?:以上)?|[\d.]*[十百千万亿]*(?:美元|元)以上)的$"
)


def class_bar(doc: Doc, clause: Clause, q) -> str:
    """`产值已超过5亿元的141户企业`: the class a count is of is set by an amount bar said right before it, with the
    bar's indicator (产值超过5亿元的); '' where the words before the count are not that."""
    words = remove_spans(doc.text[clause.start : q.start], clause.start, [(t.start, t.end) for t in doc.times_in(clause.start, q.start)])
    if "的" not in words[-1:]:
        return ""
    m = CLASS_BAR.search(words)
    if not m:
        return ""
    indicator = M.strip_lead(m.group(1))
    return indicator + m.group(2) + "的" if indicator else ""


SHARE_SCOPE_VERB = re.compile(any_of(LEX["word_lists"]["share_scope_verbs"]) + r"了?(" + SCOPE + ")$")
HOLDER_ACT = re.compile(r"(企业|项目|客商|单位)(入驻|落户|参展|参会|入园|入库|上市|挂牌)(?=[，。；、]|$|园区|本地|我[市区县省])")

_PROJECT_DONE_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{2,6}?)?项目(?=[\u4e00-\u9fff])")  # 招商引资项目 (落地四川)
PROJECTS_COUNTED = re.compile(r"(?<=..)项目$")
BATCH_AMOUNT = re.compile(r"项目(?:" + "|".join(LEX["word_lists"]["project_total"]) + ")$")  # a batch's own total, named


def projects_counted_before(state: State, clause: Clause) -> str | None:
    """`实施重点项目1121项，1至6月完成投资977.6亿元`, `已开工设备更新项目373个、更新设备2万台、累计完成投资65亿元`:
    the projects counted just before (other counts may stand between, no clause without a figure) made it."""
    index = clause.index
    for d in state._latest():
        if d.clause.index >= index - 1 and d.unit in ("CNY", "USD") and BATCH_AMOUNT.search(d.metric):
            index = d.clause.index  # 开工项目共48项，总投资313.99亿元，今年计划投资79.24亿元: past the batch's total
            continue
        if d.clause.index < index - 1 or d.unit not in ("count", "other") or d.kind != "level":
            return None
        if d.unit == "count" and PROJECTS_COUNTED.search(d.metric):
            return d.metric
        index = d.clause.index
    return None


def stage_of_batch(metric: str, before: str, state: State, clause: Clause) -> str | None:
    """`全市签约项目120个，其中已开工85个、已投产30个`, `拟招重大项目863个、拟引资…，其中已签约652个`: a count
    named by a stage alone counts the projects of the batch counted just before in its sentence (amounts may
    stand between) at that stage (已开工项目, 已签约重大项目)."""
    if not BATCH_STAGES.fullmatch(metric):
        return None
    for d in state._latest():
        if d.clause.start >= clause.start or d.unit in ("CNY", "USD"):
            continue  # the batch's amounts (拟引资…, 合同额…) stand between
        if d.sentence.start > clause.start or clause.start > d.sentence.end or d.unit != "count":
            return None
        noun = _BATCH_LEAD.sub("", d.metric)
        if not noun.endswith("项目") or BATCH_STAGES.fullmatch(noun[:-2] or "-"):
            return None
        done = "已" if re.search(r"已(?:经)?" + re.escape(metric) + r"$", before) else ""
        return done + metric + noun
    return None


SECTOR_TOPIC = re.compile(r"(?<=.)(?:产业|行业|制造业|服务业|工业|业)$")
BARE_ATTRIBUTE = re.compile(r"(?:工业)?(?:总产值|产值|增加值|营业收入|营收|利润总额|利润)")
INVEST_END = re.compile(r"(?:总投资|投资额|投资)$")  # a project's investment does not own its future output
OUTPUT_HEAD = re.compile(any_of(LEX["word_lists"]["output_head"]))
TOPIC_END = re.compile(any_of(LEX["word_lists"]["share_topic_ends"]) + "$")  # a topic that can own an attribute's share
COMPARED_MORE = re.compile(r"(?:比|较)[^，。；、占]{1,16}多$")
RATE_GAP_TAIL = re.compile(r"(?<=.{2})(?:增速|增幅)?(?:比|较|高于|低于|快于|慢于)[^占]*$")

HEADLINE_PREDICATE = re.compile(
    r"(?:的?(?:增速|增幅|增长率|涨幅))?(?:再|首次|首度|历史性地|成功|一举|稳稳)?"
    r"(?:创|迈上|迈入|迈进|跨上|跨入|跃上|跃居|突破|首破|站上|登上|稳居|位居|居|实现|达到|同比|增长|比上年)"
)
RATE_WORD = re.compile(any_of(LEX["word_lists"]["rate_word"]))


def headline_noun(doc: Doc, sent: Sentence, q) -> tuple[str, bool] | None:
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
    words = remove_spans(doc.text[lo:hi], lo, [(t.start, t.end) for t in doc.times_in(lo, hi)])
    m = HEADLINE_PREDICATE.search(words, 2)
    if not m or re.search(r"\d", words[: m.start()]):
        return None
    metric = M.tidy(words[: m.start()])
    if len(metric) < 2:
        return None
    return metric, bool(RATE_WORD.search(m.group(0)))


_LABEL_LINE = re.compile(r"[^\d\s，,。；;：:、！!？?（）()]{2,20}")


def line_above_noun(doc: Doc, sent: Sentence, q) -> str | None:
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


def rate_change(words: str, ante: str) -> str:
    """`采矿业增长2.9%，回升1.6个百分点`: a bare change verb before a pp figure moves the rate said just
    before: `采矿业增速回升` (as `固定资产投资增速比一季度加快`). '' where the words say more than that."""
    m = RATE_CHANGE.match(words.strip(M.PUNCT))
    root = gap_root(ante)
    if root.endswith("平均增长"):
        root = root[:-2] + "增速"  # 两年平均增长6.0%，比一季度加快…: 两年平均增速比一季度加快
    rate = root + ("" if RATE_IN_METRIC.search(root) else "增速")
    if not m:
        if narrowed := GAP_TO_WHOLE_CHANGE.match(words.strip(M.PUNCT)):
            # 与全市增速差较上半年缩小1.8个百分点: the gap of the rate to the whole's
            if narrowed.group(2) == "增速差":
                return root + "与" + narrowed.group(1) + "增速差"
            return rate + "与" + narrowed.group(1) + "差距"
        gap = RATE_GAP_OVER_TIME.match(words.strip(M.PUNCT))
        return rate + gap.group(1) + gap.group(2) if gap else ""  # 增速快于上年7.3个百分点: above its own past rate
    return rate + (m.group(1) or "") + m.group(2)


GAP_TO_WHOLE_CHANGE = re.compile(
    r"^与([\u4e00-\u9fff]{2,6}?)的?(增速差|差距|差值)(?:较|比)?[^，。；\d]{0,6}?(?:缩小|收窄|扩大|拉大)了?$"
)
RATE_GAP_OVER_TIME = re.compile(
    r"^(?:增速|增幅)?(高于|低于|快于|慢于)(上年同期|去年同期|上年|去年|上月|一季度|上半年|前三季度|\d{1,2}月份?|1[至—-]\d{1,2}月)$"
)

CONTRIBUTION = re.compile(r"^(?:(?:对|上拉|下拉|拉动|带动|(?:总量|其)(?=占))[^，；]{2,24}|贡献率|贡献度)$")
HOLDER_DEED = re.compile(r"^(?:贡献|拉动|带动)(?!率|度)[^，；]{2,16}$")
_OWNER_WORD = re.compile(r"^(?:总量|其)(?=占)")


def bare_rate_before(state: State) -> bool:
    """Whether the latest figure of the sentence (ranks aside) is a rate whose indicator is still unnamed."""
    prior = next((x for x in state._latest() if x.kind != "rank"), None)
    return prior is not None and not prior.metric and prior.kind == "growth" and prior.unit == "%"


def contribution_owner(metric: str, state: State) -> str:
    """`采矿业增加值增长14.4%，…对全市工业增长的贡献率109.7%，上拉全市工业增加值增速10.6个百分点`: a
    contribution said without its owner is the contribution of the rate said before it in the sentence."""
    holder = _deed_holder(state) if HOLDER_DEED.match(metric) else None
    if holder is not None:
        # 新增规上企业7户，贡献产值7.1亿元，拉动工业增长2.3个百分点: what the firms just counted yield or pull
        return holder.metric + metric
    if not CONTRIBUTION.match(metric):
        return metric
    rate = next((d for d in state._latest() if d.kind == "growth" and d.unit == "%" and d.metric), None)
    if rate is None or CONTRIBUTION.match(rate.metric):
        return metric
    if sum(1 for d in state._latest() if d.clause is rate.clause and d.kind == "growth" and d.unit == "%") > 1:
        return metric  # A、B、C分别增长…，合计拉动…: the pull of them all, not of the last one
    return gap_root(rate.metric) + _OWNER_WORD.sub("", metric)  # 总量占…比重: its share


def _deed_holder(state: State):
    """The count the sentence's latest figures are deeds of (新增规上企业7户，贡献产值…，拉动…): the count,
    where every figure after it is one of its deeds."""
    chain = [d for d in state._latest() if d.kind != "rank" and d.metric]
    for d in chain:
        if d.unit == "count":
            return None if CONTRIBUTION.match(d.metric) else d
        if not any(c.unit == "count" and d.metric.startswith(c.metric) and HOLDER_DEED.match(d.metric[len(c.metric) :]) for c in chain):
            return None
    return None


def many_respectively(doc: Doc, clause: Clause) -> bool:
    """分别 with figures to share out (A、B分别增长x%、y%); with one figure only (A、B、C产业营业收入分别达到
    4000亿元左右) it says, like 均, that each item holds that figure."""
    if not RESPECTIVELY.search(clause.text):
        return False
    k = bisect_left(doc.measure_starts, clause.start)
    if k + 1 < len(doc.measure_starts) and doc.measure_starts[k + 1] < clause.end:
        return True
    return bool(_NEXT_FIGURE.match(doc.text, clause.end))  # 分别增长15.3%,29.6%: the list runs past a comma


_NEXT_FIGURE = re.compile(r"[，,、；;]?\s*\d")

GENERIC_ITEM = re.compile(any_of(LEX["generic_items"]["qualifiers"]) + "?" + any_of(LEX["generic_items"]["heads"]))
ITEM_ATTRIBUTE = re.compile(any_of(grouped(LEX["attributes"]["item"], LEX["attribute_groups"])) + "$")
LIST_ATTRIBUTE = re.compile(any_of(grouped(LEX["attributes"]["list"], LEX["attribute_groups"])) + "$")
SECTOR_END = re.compile(any_of(LEX["sector_ends"]) + "$")
PAIRED_CHARS = frozenset(LEX["paired_chars"])
SECTOR_ATTRIBUTE = re.compile("(?<=业)" + any_of(grouped(LEX["attributes"]["sector"], LEX["attribute_groups"])) + "$")


def share_head(items: list[str]) -> list[str]:
    """`城镇、农村居民人均可支配收入` -> 城镇居民人均可支配收入, 农村居民人均可支配收入: short leading
    items share the head noun written once after the last one; sector names (`采矿业、水电燃气业利润`)
    share only the attribute."""
    if len(items) >= 2 and all(SECTOR_END.search(i) for i in items[:-1]):
        m = SECTOR_ATTRIBUTE.search(items[-1]) or QUALIFIED_ATTRIBUTE.search(items[-1])
        if m and m.start() >= 2 and not any(MEASURE_END.search(i) for i in items[:-1]):
            # 船舶工业、水产加工总产值: the sector takes the attribute said after a last item not ending in 业
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
    if len(items) >= 2 and (m := ITEM_ATTRIBUTE.search(items[-1])) and m.start() >= 2 and all(
        re.fullmatch(r"[\u4e00-\u9fff]{2,12}", i) and not MEASURE_END.search(i) and not _SALES_END.search(i) for i in items[:-1]
    ):
        # 汽车、电子信息产值, 太阳能、风力发电量: the indicator word said once after the last (not its last characters)
        return [i + m.group(0) for i in items[:-1]] + [items[-1]]
    stages = BATCH_STAGES.match(items[-1]) if len(items) >= 2 else None
    if stages and stages.end() < len(items[-1]) and all(BATCH_STAGES.fullmatch(i) for i in items[:-1]):
        # 新签约、新开工、竣工投产亿元以上项目: the stages share the counted noun after the last (not its width)
        return [i + items[-1][stages.end() :] for i in items[:-1]] + [items[-1]]
    if len(items) < 2 or any(len(i) > 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", i) for i in items[:-1]):
        return items  # GDP、工业增加值: a Latin abbreviation is a whole name, not a share of the last
    width = len(items[0])
    last = items[-1]
    if len(last) <= width + 1 or any(len(i) != width for i in items[:-1]):
        return items
    head = last[width:]
    return [i + head for i in items[:-1]] + [last]


BATCH_STAGES = re.compile("(?:(?:新|集中)?" + any_of(LEX["word_lists"]["batch_stages"]) + ")+")
_BATCH_LEAD = re.compile("^(?:纳入|已|拟|累计)*(?:(?:新|集中)?" + any_of(LEX["word_lists"]["batch_stages"]) + "|拟招|招)*")
_SALES_END = re.compile(r"(?:销售|开票|出口|进口)$")  # 工业开票销售、规模工业总产值: an indicator of its own


SECTOR_SHARED_TAIL = re.compile(
    r"^[\u4e00-\u9fff]{2,6}?((?:产业|行业)[^、，]{0,8}(?:总产值|产值|增加值|营业收入|营收|主营业务收入|销售收入|利润总额|利润|税收))$"
)
QUALIFIED_ATTRIBUTE = re.compile(
    r"(?:总产值|产值|增加值|营业收入|营收|主营业务收入|销售收入|利润总额|利润|利税|税收|出口交货值)$"
)


def share_qualifier(items: list[str]) -> list[str]:
    """`规上工业产值、营收` -> 规上工业产值, 规上工业营收: a bare attribute listed after a qualified one
    is an attribute of the same thing."""
    own = QUALIFIED_ATTRIBUTE.search(items[0]) if len(items) >= 2 else None
    if own is None or own.start() < 2:
        return items
    qualifier = items[0][: own.start()]
    if len(qualifier) > 10 or re.search(r"从|开始|在|由|，", qualifier):
        return items  # 从7月份累计开始全市…总产值与增加值: not a plain qualifier
    return [items[0]] + [qualifier + i if QUALIFIED_ATTRIBUTE.fullmatch(i) else i for i in items[1:]]


def with_attribute(name: str, attribute: str) -> str:
    """有色金属产业营收 + 增加值 -> 有色金属产业增加值: a name's own attribute gives way to the one said now."""
    own = BASE_ATTRIBUTE.search(name)
    if own and own.start() >= 2 and BASE_ATTRIBUTE.fullmatch(attribute):
        return name[: own.start()] + attribute
    return name + attribute


def merge_generic(base: str, item: str) -> str:
    """新增数 + 国家卓越级智能工厂 -> 新增国家卓越级智能工厂; 累计数 -> 国家卓越级智能工厂累计数."""
    if item.startswith("新增"):
        return "新增" + base
    return base + item


# a named project as its sentence's topic (某某项目，总投资…): its first clause is the name, less a lead (其中，本次签约的)
_TOPIC_LEAD = re.compile(r"^(?:其中|此外|另外|同时)?[，,]?(?:[^，。；]*的)?")
_PROJECT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{4,30}项目")
_PHASE = r"(?:[一二三首]期)"
_PROJECT_CLASS = re.compile(any_of(LEX["word_lists"]["project_class_words"]))
_PROJECT_ATTRIBUTE = re.compile(  # 年实现销售收入, 全部达产达效年可销售收入: a 年 said before the lead stays the output's;
    # a phase said first (一期投资6亿元, 一期投产达效后可实现开票销售…) is the phase's: kept
    "(" + _PHASE + "?)((?:年|" + any_of(LEX["word_lists"]["project_output_leads"]) + ")*)(年?(?:"
    + any_of(LEX["word_lists"]["project_attributes"]) + "))"
)
_CAPACITY = re.compile(r"年(?:产|生产|加工|处理)")  # 年生产5万辆整车, 年产风力发电机组1000台: the project's capacity
_INTRODUCER = re.compile(r"^[^，。；]*?" + any_of(LEX["word_lists"]["project_introducers"]))
# 引进某集团拟投资20亿元建设某某产业园: what is built, named after the last 建设 of a clause that invests
_BUILT = re.compile(r"(?:投资|引进)[^，。；]*建设的?([\u4e00-\u9fffA-Za-z0-9（）()]{4,30}?(?:项目|产业园|基地))$")
_BACK_LEAD = re.compile(
    r"(?:(?:全部)?(?:该|这个|此)?(?:项目)?(?:全部|全面)?" + any_of(LEX["word_lists"]["project_back_leads"]) + "后|该项目)"
)  # (matched at the sentence's start)
_NAME_OPENS = re.compile(r"^([\u4e00-\u9fffA-Za-z0-9（）()]{4,30}?(?:项目|产业园))(?=从|已|于|由|将|位于|自)")
_NAME_SIZED = re.compile(r"([\u4e00-\u9fffA-Za-z0-9（）()]{4,30}?项目)(?=(?:计划)?总?投资|占地)")
_INVEST_END = re.compile(r"(?:计划总投资|总投资|计划投资|投资)$")


def named_project_topics(doc: Doc, sent: Sentence) -> list[tuple[int, int, str]]:
    """(where it ends, where its reach ends: the next ；, its name) for each named project said as its own clause
    at the head of its sentence or of a part after ； (宏达新能源电池隔膜项目，总投资35亿元，占地420亩；乙项目，…): once
    per sentence."""
    key = ("project_topics", sent.start)
    if key not in doc.memo:
        doc.memo[key] = []
        if "项目" in sent.text or "建设" in sent.text:
            heads = {c.start for c in _part_heads(sent.clauses)}
            found = [_project_topic(doc, sent, c, c.start in heads) for c in sent.clauses]
            doc.memo[key] = [t for t in found if t]
        if (back := _back_reference(doc, sent)) is not None:
            doc.memo[key] = [back] + doc.memo[key]
    return doc.memo[key]


def _back_reference(doc: Doc, sent: Sentence) -> tuple[int, int, str] | None:
    """`…建设某某产业园，计划两年建成。项目投产达效后，预计年实现销售收入…`: a sentence opening with the project's completion
    (or 该项目) refers back to the project named last in the sentence before, which names its figures up to the next ；."""
    if sent.index == 0 or not _BACK_LEAD.match(doc.text, sent.start):
        return None
    para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
    if para is None or sent.index >= len(para.sentences) or para.sentences[sent.index] is not sent:
        return None
    prev = para.sentences[sent.index - 1]
    names = [t[2] for t in named_project_topics(doc, prev)]
    for c in prev.clauses:  # 据了解，某某项目从签约到投产…: a project whose name opens a clause of it
        m = _NAME_OPENS.match(doc.text[c.start : c.end].strip())
        if m and not _PROJECT_CLASS.search(m.group(1)):
            names.append(m.group(1))
    if not names:
        return None
    reach = doc.text.find("；", sent.start, sent.end)
    return sent.start, reach if reach >= 0 else sent.end, names[-1]


def _part_heads(clauses: list[Clause]) -> list[Clause]:
    """The first clause of the sentence and of each part after ；, past a short lead clause (其中，)."""
    heads, opens = [], True
    for k, c in enumerate(clauses):
        if opens and c.end - c.start <= 3 and k + 1 < len(clauses) and c.delimiter != "；":
            continue  # 其中，某某项目，…
        if opens:
            heads.append(c)
        opens = c.delimiter == "；"
    return heads


def _project_topic(doc: Doc, sent: Sentence, c: Clause, head: bool) -> tuple[int, int, str] | None:
    text = doc.text[c.start : c.end].strip()
    if (built := _BUILT.search(text)) and not _PROJECT_CLASS.search(built.group(1)):
        reach = doc.text.find("；", c.end, sent.end)  # the investment said before the name is the project's too
        return c.start, reach if reach >= 0 else sent.end, built.group(1)
    if head and (sized := _NAME_SIZED.match(_TOPIC_LEAD.sub("", text))) and not _PROJECT_CLASS.search(sized.group(1)):
        # (某县与某集团签约的某某项目总投资500亿元，…: the lead ending in 的 is no part of the name)
        reach = doc.text.find("；", c.end, sent.end)  # 某某项目总投资10亿元，…，预计可实现年产值80亿元: its outputs after
        return c.end, reach if reach >= 0 else sent.end, sized.group(1)
    if c.delimiter not in ("，", ","):
        return None  # the name stands alone before the figures that follow it
    introduced = _INTRODUCER.match(text)
    if not head and introduced is None:
        return None  # (a project named inside a sentence is a topic only where a word introduces it: 一个是…, 分别为…)
    name = text[introduced.end() :] if introduced and _PROJECT_NAME.fullmatch(text[introduced.end() :]) else _TOPIC_LEAD.sub("", text)
    if not _PROJECT_NAME.fullmatch(name) or _PROJECT_CLASS.search(name) or _BATCH_COUNT.search(name):
        return None  # (过会34个产业更新项目，总投资…: a counted batch, not a project's name)
    reach = doc.text.find("；", c.end, sent.end)
    return c.end, reach if reach >= 0 else sent.end, name


_BATCH_COUNT = re.compile(r"\d+(?:\.\d+)?(?:个|项|宗|批)")


def named_project_metric(doc: Doc, sent: Sentence, clause: Clause, metric: str) -> str | None:
    """`某某项目，计划总投资20亿元，项目建成后，实现销售收入30亿元`: a bare size or output attribute in a later clause
    of a sentence opened by a named project takes its name (某某项目销售收入, as the gold sets write it), else None."""
    if not metric:
        return None
    topic = next((t for t in reversed(named_project_topics(doc, sent)) if t[0] <= clause.start < t[1]), None)
    if topic is None:
        return None  # (…；乙项目，总投资…: the next project's)
    if topic[0] == clause.start and (built := _BUILT.search(clause.text.strip())):
        if (invest := _INVEST_END.search(metric)) or metric.endswith(built.group(1)):
            # 引进某集团拟投资20亿元建设某某产业园 (引进9.1亿元建设某某项目): the amount is the project's investment
            return topic[2] + (invest.group(0) if invest else "投资")
    if len(metric) > 12:
        return None
    if _CAPACITY.match(metric):
        return topic[2] + metric  # …建设某某项目，年生产5万辆整车: the project's capacity
    attribute = _PROJECT_ATTRIBUTE.fullmatch(metric)
    if attribute is None:
        return None
    yearly = "年" in attribute.group(2) and not attribute.group(3).startswith("年")
    return topic[2] + attribute.group(1) + ("年" if yearly else "") + attribute.group(3)


# 签约协议投资额前5名是…, 工业总产值排名前三的是…: the indicator whose leaders are listed after it
_TOP_LEAD = (
    r"([\u4e00-\u9fff]{2,16}?)(?:排名|排序)?(?:居|位居|位列)?前[一二三四五六七八九十\d]+(?:名|位|强)?"
    + any_of(LEX["word_lists"]["top_list_links"])
)
_TOP_LIST = re.compile(_TOP_LEAD + r"(?=[\u4e00-\u9fff])")
# the whole lead before a list of an indicator's leaders (产值总量前三名为 烟台、青岛、东营)
TOP_LIST_LEAD = re.compile(_TOP_LEAD)


def top_list_metric(doc: Doc, clause: Clause, at: int, metric: str) -> str | None:
    """`签约协议投资额前5名是海口1191亿元、三亚978亿元…; …是旅游产业1647亿元、房地产业403亿元…`: an amount
    listed after an indicator's 前N名是 is that indicator's (旅游产业签约协议投资额 for a sector listed; the bare
    indicator for a place, the subject's), else None: the clause is read once."""
    if "前" not in clause.text:
        return None
    key = ("top_list", clause.start)
    if key not in doc.memo:
        m = _TOP_LIST.search(clause.text)
        doc.memo[key] = (clause.start + m.end(), M.tidy(m.group(1))) if m else None
    found = doc.memo[key]
    if found is None or at < found[0] or not found[1]:
        return None
    if not metric:
        return found[1]
    if SECTOR_END.search(metric) or metric.endswith("产业"):
        return metric + found[1]
    return found[1] if len(metric) <= 3 and not MEASURE_END.search(metric) else None  # 澄迈328亿元: a short name
