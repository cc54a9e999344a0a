"""Numbers that are not facts: list and framework numbering, slogans, thresholds inside a counted noun, attendance
counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chanye.extract import metric as M
from chanye.extract.clauses import Clause
from chanye.extract.not_figure import not_a_figure
from chanye.extract.quantity import units
from chanye.extract.rank import joins_strong_places
from chanye.extract.wordlists import SCOPE, any_of
from chanye.extract.facts.drafts import Doc, Draft
from chanye.extract.facts.cues import DIGIT, EACH_COUNT_BEFORE, LEX, LIST_OPENER_VERB, served_count
from chanye.extract.facts.spans import _seps, clause_words

ATTENDANCE = re.compile(any_of(LEX["word_lists"]["attendance_words"]) + r"[^，。；]{0,8}$")

CLOSE_QUOTE = re.compile(r"[”’]")
LIST_REACH = 300  # characters before a count searched for the list it numbers

POOL_AFTER = re.compile(r"[^，。；（(]{0,12}?(?<!其)中(?:有|共有|，|除|(?=[\d一二三四五六七八九十两]))")
ATTENDING = re.compile(
    r"[^，。；]{0,10}?(?:代表|委员|嘉宾|来宾)[^，。；]{0,4}" + any_of(LEX["word_list_groups"]["attendance_verbs"])
)
# people counted, then (a few words on) the verb of a gathering: 1800人参加了开幕式, 200余人齐聚, 2850名客商应邀参会
PEOPLE_GATHERED = re.compile(r"[^，。；、\d]{0,12}?" + any_of(LEX["word_lists"]["gathering_verbs"]))
PEOPLE_UNITS = ("人", "名", "位")
SEATED_UNITS = PEOPLE_UNITS[:2]  # the units of a count of who sat in a meeting (出席代表486人)
POOL = re.compile(r"在[^，。；]{0,12}$")
PROGRAMME = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:任务|举措|措施|行动|工程|方面|领域|原则|机制|路径|环节|战略|改革|政策|制度|标准体系|内容|部分|章节|条款|特点|原因)"
    r"(?![\u4e00-\u9fff])"  # 工程技术研究中心 is counted, 重点工程 numbers a programme
    r"|[\u4e00-\u9fff]{0,3}?(?:方面|底线|红线)"  # 六个方面工作, 在以下四个方面取得成效, 两条底线
    r"|(?:大)?(?:台阶|大关|关口)"  # 跨越了两千亿元和三千亿元两个台阶: class words counted
)

BATCH_UNITS = frozenset(LEX["word_lists"]["batch_units"])

_AND_WORD = re.compile(any_of(LEX["word_lists"]["and_word"]))

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“]")

_IN_LIST = re.compile(any_of(LEX["word_lists"]["in_list"]))
_ITEM_SEP = re.compile(r"[、，]")

_LINKED = re.compile(r"[、，；和及与到至为达增降减升]|以及|提高")

_LIST_CUT = re.compile(r"[，；：（(]")
_ITEM_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()、，。；\d]{1,4}[）)](?=[\u4e00-\u9fff])")

_TERM_AFTER_RANK = re.compile(any_of(LEX["word_lists"]["term_after_rank"]))


def place_move(d: Draft) -> bool:
    """`前移3位`, `较上月提升2个位次`: a move of places as drafted (a count or measure of 位/位次/名次); the
    assembler makes it a change of rank (assemble._name_place_moves)."""
    if d.unit == "count" and d.metric in ("名次", "位次") and d.kind == "level":
        return True  # 8年内上升32个名次: places moved, counted
    return d.unit == "other" and d.unit_text in ("位", "位次") and d.kind == "growth"


_SETS_BEFORE = re.compile(r"(?:提出|设置|设定|设立|包括|涵盖)$")
_INDICATORS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}指标")


def is_candidate(doc: Doc, clause: Clause, q) -> bool:
    text = doc.text
    if q.role != "measure":
        return False
    if q.value == 0 and not DIGIT.match(q.text[q.value_start - q.start :]):
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
    if _in_place_name(doc, q):
        return False  # 长春市九台区, 农六师五家渠市: a numeral in a place's name
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
    if q.unit == "count" and q.unit_text in SEATED_UNITS and ATTENDANCE.search(text[clause.start : q.start]):
        return False  # 出席代表486人: who sat in a meeting, not an indicator
    if q.unit == "count" and q.unit_text in PEOPLE_UNITS and PEOPLE_GATHERED.match(text, q.end, clause.end):
        return False  # 130余名企业家代表欢聚一堂, 1800人参加了开幕式: who came to an event
    if q.unit == "count" and PROGRAMME.match(text[q.value_end : q.value_end + 8]) and not _in_count_list(text, clause, q):
        return False  # 十二项重点任务, 三项举措: numbering a programme's parts
    if q.unit == "count" and _SETS_BEFORE.search(text[max(clause.start, q.start - 4) : q.start]) and _INDICATORS_AFTER.match(
        text[q.end : q.end + 8]
    ):
        return False  # 纲要提出20项主要指标: how many indicators a plan sets, not one of them
    if q.unit == "count" and q.unit_text in BATCH_UNITS:
        return False  # 外出招商5批40人次, 保障三批次135个重点项目: the batches work was split into
    if q.unit == "count" and _sets_up_event(text, clause, q):
        return False  # 共设1个主会场和19个分会场, 召开项目推进会议5次, 组建五支专业招商小分队: how the work was organised
    if q.unit == "count" and _spells_code(doc, q):
        return False  # “1269”行动计划…12条重点产业链…6个先进制造业集群: the parts the code numbers
    return True


_WL = LEX["word_lists"]
_VENUE_AFTER = re.compile(r"[^，。；、\d]{0,8}?(?:设立?|设置)?" + any_of(_WL["venue_nouns"]))
_MEETINGS_BEFORE = re.compile(any_of(_WL["meeting_held_verbs"]) + r"[^，。；\d]{0,16}" + any_of(_WL["meeting_nouns"]) + r"(?:共|累计)?$")
_TEAM_VERB = re.compile(any_of(_WL["team_formed_verbs"]))
_TEAM_AFTER = re.compile(r"[^，。；、\d]{0,8}?" + any_of(_WL["team_nouns"]) + r"(?=[^\u4e00-\u9fff]|[和及与]|$)")


def _sets_up_event(text: str, clause: Clause, q) -> bool:
    """How an event or a campaign is organised, no indicator of the region: the venues it is held in (共设1个主会场和
    19个分会场), meetings held for it (召开项目推进会议5次), teams formed (组建五支专业招商小分队, 成立了四个招商工作组)."""
    if _VENUE_AFTER.match(text, q.end, clause.end):
        return True
    if q.unit_text == "次" and _MEETINGS_BEFORE.search(text, clause.start, q.start):
        return True
    return bool(_TEAM_AFTER.match(text, q.end, clause.end)) and bool(_TEAM_VERB.search(text, clause.start, q.start))


def _in_place_name(doc: Doc, q) -> bool:
    """The figure's number lies inside a place name read on the page (九台区, 五家渠市, 七台河市)."""
    if not doc.mentions:
        return False
    k = bisect_left(doc.mention_starts, q.value_start + 1) - 1
    return k >= 0 and doc.mentions[k][0] <= q.value_start < doc.mentions[k][1]


ENTER_TOP = re.compile(any_of(LEX["word_lists"]["enter_top_verbs"]) + SCOPE + "?$")


def _entered_top(text: str, clause: Clause, q) -> bool:
    """`唯一进入前30强的国家级经开区`: a place entering the top N (then 的 and what it is), its own rank."""
    return text.startswith("的", q.end) and bool(ENTER_TOP.search(text, max(clause.start, q.start - 8), q.start))


_COUNT_ITEM = r"\d+(?:\.\d+)?万?[项个条家座件所处]"
_COUNT_ITEM_BEFORE = re.compile(_COUNT_ITEM + r"[\u4e00-\u9fff]{1,8}[、和及与]$")
_COUNT_ITEM_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}[、和及与]" + _COUNT_ITEM)


def _in_count_list(text: str, clause: Clause, q) -> bool:
    """`确定了45项评价指标、90项重点任务、120项水利工程`: a count in digits listed with another count is a
    figure like its neighbours, even of tasks or works (a programme numbered alone, 十二项重点任务, is not)."""
    if not DIGIT.match(q.text[q.value_start - q.start :]):
        return False
    before = text[max(clause.start, q.start - 16) : q.start]
    return bool(_COUNT_ITEM_BEFORE.search(before) or _COUNT_ITEM_AFTER.match(text[q.end : min(clause.end, q.end + 18)]))


RISE_FALL = re.compile(r"[一二三四五六七八九十两\d]{1,2}[降平]")

CODE_REACH = 400  # characters after a framework code within which its parts are numbered
CODE_PART_NOUN = re.compile(any_of(LEX["code_part_nouns"]))


def _spells_code(doc: Doc, q) -> bool:
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


TALLY_BEFORE = re.compile(r"[一二两三四五六七八九十]个$")


def _in_slogan(text: str, clause: Clause, q) -> bool:
    """A number inside a short quoted slogan (“四个高地”, ‘六个迈上新台阶’, “一体两翼”)."""
    lo = max(clause.start, q.value_start - 16)  # a slogan is short
    open_at = max(text.rfind("“", lo, q.value_start), text.rfind("‘", lo, q.value_start))
    if open_at < 0:
        return False
    close_at = max(text.rfind("”", open_at, q.value_start), text.rfind("’", open_at, q.value_start))
    if close_at > open_at:
        return False
    if TALLY_BEFORE.search(text, max(clause.start, open_at - 4), open_at):
        return True  # 实现四个“超40%”: a tally of the year's achievements, each a quoted mark, not a figure
    m = CLOSE_QUOTE.search(text, q.value_end, min(clause.end + 1, q.value_end + 16))
    if not m:
        return False
    inner = text[open_at + 1 : m.start()]
    return len(inner) <= 12 and not DIGIT.search(inner)


# a capacity inside a listed project's name (A公司年产1万吨碳酸锂、B公司三期100兆瓦风电2个项目): no figure of the list
_CAPACITY = re.compile(r"\d+(?:\.\d+)?[万亿]?" + any_of([w for w, _u, family in units().table if family == "physical"]))


def _numbers_a_list(text: str, clause: Clause, q) -> bool:
    """`朴席、八里2个污水处理厂`: the count equals the items listed right before (or right after: in brackets,
    after a colon, or after 分别是 / 是 / 有 / 包括 — 拉动最大的3个行业是A、B、C), so it only numbers them."""
    if EACH_COUNT_BEFORE.search(text, clause.start, q.start):
        return False  # 深泽县、高邑县和平山县各3个: each one's count, no number of the list
    # 制造、圈链、新质、突破四个关键词: a cue word (突破) read as the figure's comparator is the last item
    end = q.value_start if text[q.start - 1 : q.start] == "、" else q.start
    before = text[max(clause.start, end - LIST_REACH) : end]
    if "）" in before:
        before = _ITEM_BRACKET.sub("", before)  # 藏（中）药材: a short bracket inside an item does not end the list
    before = _LIST_CUT.split(before)[-1]
    items = [i for i in before.split("、") if i.strip()]
    if len(items) >= 2 and not any(DIGIT.search(_CAPACITY.sub("", i)) for i in items):
        # 新一代信息技术、高端装备、新材料等3个产业: a count equal to the items listed numbers them
        # (with 等 too); 医药、智能终端等25个特色园区 lists examples of more
        joined_last = 0 if before.rstrip().endswith("等") else len(_AND_WORD.split(items[-1])) - 1
        if abs(q.value - len(items)) < 1e-9 or (joined_last and abs(q.value - len(items) - joined_last) < 1e-9):
            return True
    after = text[q.end : min(len(text), q.end + 200)]
    m = _ITEMS_AFTER.match(after)
    if m:
        bracketed = re.search(r"[（(：:]$", m.group(0)[: m.start(1)]) is not None
        body = m.group(1) if bracketed else m.group(1).split("，")[0]
        listed = [i for i in _ITEM_SEP.split(body) if i.strip()]
        if not bracketed and any(len(i.strip()) < 2 or i.strip().endswith("级") for i in listed):
            listed = []  # 2个企业为国家级、省级技术中心: qualifiers of the counted ones, not their names
        joined = 1 if len(listed) >= 2 and re.search(r"和|及", listed[-1]) else 0
        if len(listed) >= 2 and (abs(q.value - len(listed)) < 1e-9 or abs(q.value - len(listed) - joined) < 1e-9):
            return True
    return _names_items_after(text, q)


_ITEMS_AFTER = re.compile(r"[^，。；、（(：:]{0,16}(?:[（(：:]|" + LIST_OPENER_VERB + r")([^）)。；]*)")
_LISTED_AFTER = re.compile(r"[，,](?:其中)?" + any_of(LEX["word_lists"]["listed_after_openers"]))
_ITEM_ENDS = LEX["word_lists"]["listed_item_ends"]
_NAMED_ITEM = re.compile(r"[^，。；、]*?(?:" + "|".join(map(re.escape, _ITEM_ENDS)) + r")$")
_ITEMS_JOINED = re.compile("(?:" + "|".join(f"(?<={re.escape(w)})" for w in _ITEM_ENDS) + ")" + any_of(LEX["word_lists"]["and_word"]))
_SEGMENT = re.compile(r"[^，。；]*")


def _names_items_after(text: str, q) -> bool:
    """`其中桐城市2个，分别为总投资120亿元的A项目和总投资107亿元的B项目`, `迎江区1个，为C项目`, `内资项目2个，一个是A项目，
    …；另一个是B项目`: the count closes its clause and the items it numbers are named one by one right after it, so
    it only numbers them (not `处于起草阶段的项目8个，分别为A项目、B项目等`: examples of more)."""
    if q.unit != "count" or q.value != int(q.value) or not 1 <= q.value <= 9:
        return False
    m = _LISTED_AFTER.match(text, q.end)
    if not m:
        return False
    if m.group(0).endswith("一个是"):
        stop = text.find("。", m.end())
        return q.value == 2 and text.find("另一个是", m.end(), stop if stop >= 0 else len(text)) >= 0
    items: list[str] = []
    at = m.end()
    while True:
        segment = _SEGMENT.match(text, at).group(0)
        named = [i for part in segment.split("、") for i in _ITEMS_JOINED.split(part) if i.strip()]
        if not named or not all(_NAMED_ITEM.match(_strip_amount(i)) for i in named):
            break  # (a segment that is no list of names ends the listing: 总投资30亿元)
        items += named
        at += len(segment)
        if text[at : at + 1] != "，":
            break
        at += 1
    if not items or items[-1].endswith("等"):
        return False
    # (分别是 may name more than were counted, as 5个，分别是 and seven names; a single 为 names exactly the one)
    return len(items) == q.value or (len(items) > q.value and "分别" in m.group(0))


_AMOUNT_OF_ITEM = re.compile(r"^(?:总投资|投资|计划总投资)?[\d.]+[万亿]*(?:元|美元)的")


def _strip_amount(item: str) -> str:
    """总投资120亿元的国轩动力电池项目: the item's size before its name, not a figure that ends the listing."""
    return _AMOUNT_OF_ITEM.sub("", item.strip())


# 总投资93.57亿元的27个项目: an amount with a total's word before it and the count right after its 的 is
# the total of the counted items, a fact beside the count (产值规模300亿元的产业集群2个 stays a class).
_AGGREGATE_BEFORE = re.compile(r"(?:总投资|投资总额|总额|引资额|签约额|投资额|合计|总计|共计)[达为约共计近超过]{0,2}$")

# 11个项目总投资额超20亿元: a bound on the total of the counted items is a fact (有45家企业营收超百亿元,
# a bound each of them passes, is not)
_TOTAL_BETWEEN = re.compile(any_of(LEX["word_lists"]["total_between"]))


def _INVESTED_TOTAL(nxt, between: str) -> bool:
    """6个动工项目总投资额达16.55亿元: the count of projects stays a fact beside their invested total."""
    return nxt.unit in ("CNY", "USD") and bool(re.search(r"总投资|投资总额|总额|总金额", between))


def _aggregate_of_count(text: str, q, counts: list) -> bool:
    if q.comparator != "=" or q.unit not in ("CNY", "USD") or not text.startswith("的", q.end):
        return False
    if not any(c.value_start == q.end + 1 for c in counts):
        return False
    return bool(_AGGREGATE_BEFORE.search(text, max(0, q.start - 8), q.start))


_ROUND_BAR = re.compile(r"[十百千万]?[亿万]元?")


def _round_scale_bar(text: str, q) -> bool:
    """`13个园区工业总产值规模超过千亿元`: a bare round bar on a 规模 is the class each one passes, not the
    counted ones' total (`12个产业集群总产值突破万亿元` is their total)."""
    return text.endswith("规模", 0, q.start) and bool(_ROUND_BAR.fullmatch(q.text[q.value_start - q.start :]))


def drop_thresholds(doc: Doc, clause: Clause, cq: list) -> list:
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
                counts and q.comparator != "=" and (
                    not _TOTAL_BETWEEN.search(text, counts[0].end, q.start) or _round_scale_bar(text, q)
                )
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
            holder = (
                holder_is_fact(q, between, keep[i + 1]) or bodies_report(q, between) or _each_holds(q, keep[i + 1])
                or served_count(text, clause.start, q.value_start)  # (为59家企业解决75个难题)
            )
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
            if not holder and _over_stated_level(text, between, keep[i + 1]):
                pass  # 有52个县(市)超过全省4.5%的增速: the count is the fact, the rate is the scope's own
            elif (
                not holder
                and keep[i + 1].unit in ("%", "pp")
                and (keep[i + 1].comparator or "=") in ("=", "~")  # 12个行业增速超过10%: the count is the fact
                and re.match(r"[\u4e00-\u9fff“]", between)
                and not re.search(r"[、，；和及与]|以及", between)
                and not M.tidy(clause_words(doc, clause.start, q.start))
            ):
                continue  # 两个行业合计拉动增长0.9个百分点, 12条重点产业链…占比达到82.1%: how many hold the rate
        out.append(q)
    return out


PROJECT_VERB = re.compile("(" + any_of(LEX["word_lists"]["project_deeds_before"]) + ")了?$")  # (集中开工了86个项目)
PROJECT_AFTER = re.compile(  # (已顺利开工, 进行了集中签约, 参加集中签约: leads may stack)
    any_of(LEX["word_lists"]["project_deed_leads"]) + "*" + any_of(LEX["word_lists"]["project_deed_manners"]) + "?"
    + "(" + any_of(LEX["word_lists"]["project_deeds_after"]) + ")"
)

CLASS_NOUNS = frozenset({"产业链", "产业", "行业", "集群", "企业", "园区", "项目"})  # 8条产业链实现两位数增长
HOLDER_BODY = re.compile(r"^[^，。；、]{0,8}?(" + any_of(LEX["word_lists"]["holder_bodies"]) + ")")
HOLDER_PART = re.compile(r"^[^，。；、]{0,6}?" + any_of(LEX["word_lists"]["holder_parts"]))

_REPORTING = LEX["reporting_bodies"]
REPORTING_BODIES = re.compile(
    r"^([^，。；、（(]{0,12}?" + any_of(_REPORTING["nouns"]) + r")(?:共|累计|合计|共计)?" + any_of(_REPORTING["verbs"])
)
ENTERPRISES_ABOVE_SCALE = re.compile(r"^(?:规模以上|规上)(?:工业)?")


def bodies_report(q, between: str) -> bool:
    """`全市46个特色产业集群共实现营业收入…`, `60家省级重点企业完成工业总产值…`, `476户规模以上工业增加值
    增长…`: bodies counted in digits that report a total together are themselves a figure (how many
    there are). A count in words (三个千亿级产业) mostly names a class or a framework's parts."""
    if q.comparator not in ("=", ">", "~") or not DIGIT.match(q.text[q.value_start - q.start :]):
        return False
    if q.unit_text in ("家", "户") and ENTERPRISES_ABOVE_SCALE.match(between):
        return True  # 476户规模以上工业…: enterprises above scale, with the noun left out
    return bool(REPORTING_BODIES.match(between))


def _each_holds(q, nxt) -> bool:
    """`21种矿产的保有资源量全国第一`, `6项指标位居苏北第一`, `22个集群产品市场占有率超50%`: items counted
    in digits that each hold a rank, or each pass a rate, are a figure (how many hold it) beside it."""
    if q.unit != "count" or q.comparator not in ("=", ">", "~") or not DIGIT.match(q.text[q.value_start - q.start :]):
        return False
    return nxt.unit == "rank" or (nxt.unit == "%" and nxt.comparator in (">", ">="))


def bodies_noun(between: str) -> str:
    """The counted noun of `_bodies_report` (特色产业集群, 省级重点企业, 规模以上工业企业)."""
    m = REPORTING_BODIES.match(between)
    if m:
        return m.group(1)
    return ENTERPRISES_ABOVE_SCALE.match(between).group(0) + "企业"


# 有52个县(市)超过陕西省4.5%的增速: members counted as passing the level the rate after them gives
_PASSING_LEVEL = re.compile(any_of(LEX["word_lists"]["place_list_comparisons"]) + r"[^，。；、\d]{0,6}$")


def _over_stated_level(text: str, between: str, nxt) -> bool:
    """A count of members passing a level stated right there (…超过全省4.5%的增速): the count is a fact, and
    the rate is the level's, not the members'."""
    return nxt.unit == "%" and text.startswith("的", nxt.end) and _PASSING_LEVEL.search(between) is not None


def holder_is_fact(q, between: str, nxt) -> bool:
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
    return q.value >= 10 or DIGIT.match(q.text[q.value_start - q.start :]) is not None
