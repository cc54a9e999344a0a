"""Industry mentions: every industry a document names as a priority, cluster, chain or future industry.

Recognised by general rules over the cleaned simplified text, not from a fixed word list:

1. Framework members: each member of a framework part (“613”: 6大主导产业集群 + 13条新兴产业链) is a
   mention with that framework's code; the part's label gives its role.
2. Enumerations with a head: `A、B、C等X` where the words after the list (the head) say what the items
   are — `…产业集群`, `…先进制造业集群`, `入选…集群` → cluster; `…产业链` → chain; `…未来产业`,
   `…前沿赛道`, `…前沿产业` → future; `…产业` (重点优势产业, 传统优势产业, 新兴数字产业), `…重点领域`,
   `…行业`, `…专业园区`, `…项目招引` → industry. The strong heads (cluster, chain, future) take every
   item that reads as a name; the weaker ones need most items to be known industries (taxonomy).
3. Trigger-led lists: `聚焦A、B、C`, `以A、B为重点`, `重点发展A、B` → industry, when most items map.
4. Single phrases: `X产业集群` / `X集群` / `X产业链` with a name-like X, `X产业入选…集群` → cluster,
   and `X产业` where X is a known industry (the longest known tail of the words before 产业),
   unless followed by a word that makes it something else (产业园, 产业基金, 产业产值 …).
5. Clauses that name one sector (examples/industries_clause_heads.yaml): 在X产业方面 / X领域，… (X known),
   X是…支柱产业之一, X产业加快发展 (a sector as the subject of its progress), 太和县的X产业 (a place's
   own specialty), a list counted by the next clause (A、…、H，瞄准八大产业集群).
6. A known economy named on its own (数字经济占比…, 扶持低空经济发展), not inside a body's or zone's name
   (examples/industries_economies.yaml).
What is not a name although it stands where one would: examples/industries_not_names.yaml.

Never extracted: generic sector words alone (先进制造业, 现代服务业, 实体经济, 传统产业, 新兴产业, 未来
产业, 战略性新兴产业, 新质生产力 …), names of companies, projects, platforms and places, and anything
overlapping a masked (mojibake) span. Names are as written minus a trailing 产业/产业集群/产业链/集群.
Mentions are deduplicated by name (a framework mention first, then the first strong role); every one
is mapped to the taxonomy where possible, and kept unmapped (industry_id None) otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from collections.abc import Iterable, Sequence

from chanye.clean.mapped_text import MappedText
from chanye.clean.script import t2s
from chanye.clean.width import unify_width
from chanye.knowledge.regions import find_region_mentions
from chanye.knowledge.taxonomy import all_nodes, map_industry, strip_suffix
from chanye.knowledge.taxonomy import exact_industry as _exact_node
from chanye.records import CleanDocument, Framework, IndustryMention
from chanye.extract.numeral import parse_numeral
from chanye.extract.wordlists import any_of, load

_LEX = load("industries.yaml")  # the word lists (lexicon/industries.yaml)

ROLES = ("cluster", "chain", "future", "industry")

GENERIC = {
    "先进制造", "先进制造业", "现代服务", "现代服务业", "实体经济", "传统", "传统产业", "新兴", "新兴产业", "未来",
    "未来产业", "战略性新兴", "战略性新兴产业", "战新", "新质生产力", "制造业", "服务业", "工业", "农业", "产业",
    "主导", "主导产业", "支柱", "支柱产业", "优势", "优势产业", "特色", "特色产业", "重点", "重点产业", "新兴数字",
    "传统优势", "优势传统", "重点优势", "地标", "地标性", "千亿级", "百亿级", "万亿级", "高新技术", "数字产业",
    "现代化", "现代", "实体", "经济", "民营经济", "县域经济", "园区经济", "开放型经济", "外向型经济", "生产性服务业",
    "生活性服务业", "服务", "制造", "中小企业特色", "国家先进制造业", "先进制造业集群", "国家级先进制造业",
    "世界级先进制造业", "新兴数字产业", "数实融合", "集群", "产业集群", "产业链", "链", "首位", "地标",
    "战略性支柱", "战略性", "支柱性", "战略", "高成长性", "新星", "先进", "高端", "数字化", "智能化", "绿色化", "融合化", "高端化",
    "特色农业", "现代农业", "现代制造", "现代制造业", "科技", "数字", "数智",
    "区域",  # 具有核心竞争力的区域产业集群
    "基础", "支撑",  # 以A产业为基础、B产业为支撑: the tiers of a structure
    "高技术", "高技术制造", "高技术制造业",  # a statistics class (高技术产业完成工业增加值…), as 高新技术
}

# words that cannot be part of an industry name (a clause, a company, a platform, a place ...)
_BAD_IN_NAME = re.compile(
    r"(?:的|了|着|将|要|把|被|建设|推进|推动|加快|创新中心|中心|实验室|试验区|示范区|基地|平台|公司|集团|企业|"
    r"项目|(?<!海洋)工程$|基金|园区|产业园|工作|会议|政策|行动|计划|方案|体系|机制|改革|开放|融合发展|高质量|水平|能力|"
    r"环境|生态$|链主|龙头|百强|效应|强链|补链|延链|[0-9]{2,}|亿元|万元|%|一批|一个|多个|更多|具有|国际竞争力|区域影响力|"
    r"时代|国家级|省级|市级|全国|全省|全市|世界级|规上|规模以上|核心产业|相关|领域|环节|清单|卡脖子|等|"
    r"^产业|^创新|创新$|核心$|型$|研究院|研究所|^(?:自治区|自治州|全省|全区|省|市|县|区|镇|乡|本省|本市)$|^新型工业化$|战略性|\d(?![GDd])|^(?:这|那|该|此|其|各|它|上述|以上|有关)|"
    r"公示|公布|发布|召开|举办|印发|出台|部署|开展|启动|签约|开工|投产|落户|成立|挂牌|评选|决赛|上榜|"
    r"工信部|发改委|经信厅|工信厅|科技局|商务局|政府|管委会|党委|意见|通知|规划|纲要|"
    # a magnitude class (千百亿, 百千亿元), a batch (首批, 第二批), an adverb or verb that opens a clause
    r"^[十百千万亿]+(?:元)?(?:级)?$|批(?!发)|厚植|"
    r"^(?:不断|持续|着力|全力|大力|积极|深入|进一步|努力|切实|全面|坚持|继续|稳步|奋力|加紧|扎实|统筹|协同|共同)|"
    # a process, not a sector (农业产业化、工业集群化和城镇化)
    r"产业化|集群化|"
    # a clause or a bare qualifier before 集群 (仍缺少位于…, 资源丰富的…, 县县有集群, 一个个特色集群, 县域/中小/标志性集群)
    r"合作区|科技城|缺少|位于|丰富|旺盛|稳中|有$|^[个但]|^(?:县域|中小|标志性|经典|传统)$|"
    # a size or a joined half-clause (壮大X规模, 形成竞争新优势和集群…), not a name
    r"规模$|(?<!中)和$|[及与]$|"
    # a verb or a list word of the clause around the name (齐齐哈尔市推出…产业链, 始终坚持产业链招商,
    # 以…为引领, 跻身国家…集群, 做强能级跃升(产业集群), 拓展和提升…, …名单 深化…)
    r"推出|坚持|始终|引领|跻身|跃升|深化|拓展|提升|名单|"
    # an ordinal or a span of years (在第三产业方面, 未来三年集群营收…), an office (工业和信息化厅党组成员),
    # a name running into its verb's direction (推动工程机械产业向…集群迈进)
    r"^第[一二三四五六七八九十\d]+$|年$|厅|党组|产业向|"
    # a period, a region, a count of a list (“十三五”时期产业…, 湘西地区产业…, 力促六大产业…)
    r"时期|地区$|[一二两三四五六七八九十]大$|是)"
)
# a clause's verb, adverb or size word inside a would-be name (绘制一张, 浙江发力, 40个左右): no name
_CLAUSE_WORD = re.compile(any_of(_LEX["clause_words"]))
# a title (全国食品工业强县, 中国家纺名城) or a slogan's verb before 集群 (扬优成势强集群): no name
_TITLE_OR_SLOGAN = re.compile(any_of(_LEX["title_ends"] + _LEX["slogan_verb_ends"]) + "$")
# a time word standing alone where a name would (前三季度产业链招商…)
_TIME_ONLY = re.compile(any_of(_LEX["lead_times"] + _LEX["time_words"]))
_PLACE_KINDS = frozenset(_LEX["place_kinds"])
# a park's name (…材料园): a place
_PARK_END = re.compile(any_of(_LEX["park_ends"] + _LEX["zone_parts"]) + "$")
# places and institutes whose name 产业 opens (产业研究院, 产业核心区): no industry's head
_AFTER_INDUSTRY_PLACE = any_of(_LEX["after_industry_places"] + _LEX["zone_parts"])
# 以A、B为龙头: a head that names firms
_FIRM_HEAD = re.compile(r"^(?:等)?" + any_of(_LEX["firm_heads"]))
# a generic adjective before a generic sector word is generic too: 重大先进制造业, 重要支柱
_GENERIC_LEAD = re.compile(r"^(?:重大|重要|一流|大型|骨干|首批)+")
# leading verbs and qualifiers cut from the first item of a list or the X of a phrase
_LEAD = re.compile(
    r"^.*(?:聚焦|围绕|聚力|瞄准|锚定|抢占|抢抓|布局|培育壮大|发展壮大|做大做强|做优做强|做强做优|巩固提升|持续提升|"
    r"提升|巩固|培育|壮大|打造|发展|建设|建成|规划建设|重点打造|重点发展|大力发展|加快发展|支持|推动|推进|加快|加速|"
    r"加大|引进|招引|突破|深耕|主攻|优化|升级|壮大|形成|构建|培植|扶持|包括|涵盖|涉及|覆盖|以|在|对|为|把|将|"
    r"入选|获评|获批|入围|争创|创建|成功|设立|开辟|谋划|前瞻布局|超前布局|力争|推进|实施|做强|做大|强化|认定|"
    r"提质|扩能|延伸|领跑|占领|拓展|形成了|已有|拥有|其中|做优|做精|包含|主要包括|具体包括|的|成立|组建|主打|针对|对于|关于|重点围绕|着眼|"
    # 确定了A、…; 建立A、…; “三优”产业主要是指A、…
    r"了|依托|依靠|转向|新增(?!长)|抓住|抓好|把握|完善|健全|补强|紧盯|盯紧|锁定|鼓励|共有|建立|确定|明确|是指|指的是|就是|即是|主要是|促进|带动|推进|拉长|延长|补齐|锻造|锻长|塑造|特别是|尤其是|"
    + "|".join(_LEX["aim_verbs"] + _LEX["gather_verbs"] + _LEX["plan_verbs"]) + ")"
    r"(?!(?<=以)[上下来内外])"  # 规模以上工业: 以上 is not the verb 以
)
_LEAD_CHAR = re.compile("^" + any_of(_LEX["lead_function_words"]))
# 有 as the verb after a place or a scope word (晋江有A、B…等6大传统产业, 全县有…); not 有色金属, 有机农业
_HAVE_LEAD = re.compile(r"^有(?![色机线])(?=..)")
# qualifiers that trail a name: 现代农业与食品战略性支柱(产业集群)
_TRAILING_QUALIFIER = re.compile(
    r"(?:战略性支柱|战略性新兴|战略性|支柱|主导|优势|特色|重点|世界级|国家级|国家|省级|千亿级|万亿级|百亿级|[0-9]{2,4}亿(?:元)?级)+$"
)
_QUALIFIER = re.compile(
    r"^(?:全市|全区|全省|全县|辖区|本市|我市|我区|我省|我县|本省|本县|本地|高新区|经开区|开发区|综保区|新区|园区|该区|该县|国家级|国家|省级|省|市级|世界级|千亿级|百亿级|万亿级|千亿元级|"
    r"百亿元级|一批|多个|若干|一些|首批|第[一二三四五六七八九十\d]+批|新一批|[0-9一二两三四五六七八九十]+(?:大|条|个|项|类)|超?[0-9.一二两三四五六七八九十百千万亿]+(?:元)?级|"
    r"重点|主导|优势|特色|新兴|我国|本区|该市|当地|中国|全国|全省|全市|"
    r"(?:长三角|珠三角|粤港澳大湾区|京津冀|成渝|沿海|沿江|[东南西北中]部)(?:地区)?)+"
)
_SEP = "，,。；;：:！？!?\n（）()“”\"‘’「」《》【】[]|—"
_STOP_AFTER_CHANYE = re.compile(
    r"^(?:园|基金|母基金|投资|产值|增加值|规模|占比|比重|营收|收入|工人|用地|政策|人才|项目|工作|发展指数|发展基金|"
    r"联盟|协会|大会|博览会|论坛|研究|学院|创新中心|服务中心|中心|集聚区|聚集区|先行区|发展区|集团|公司|基地|平台|示范区|示范基地|部门|链|集群|体系|结构|"
    r"工人|领域|资本|空间|生态|布局|升级|转型|工程|化|界|体|部|局|" + _AFTER_INDUSTRY_PLACE + ")"
)

_TRIGGERS = re.compile(
    r"(?:前瞻布局|超前布局|前瞻谋划|聚焦|围绕|重点发展|大力发展|加快发展|培育壮大|做大做强|重点培育|着力发展|优先发展|主攻|深耕|"
    + "|".join(_LEX["aim_verbs"]) + ")"
)
# a head before the list: 6大主导产业集群（A、B、C）, 未来产业：A、B、C
_PREFIX_HEAD = re.compile(
    r"(?P<head>产业集群|集群|产业链|未来产业|前沿赛道|前沿产业|主导产业|支柱产业|重点产业|新兴产业|优势产业|特色产业|产业定位|产业)"
    r"(?:[，,]?(?:包括|主要包括|涵盖|即|分别是|分别为|重点是|是|为|有|主要有))?"
    # 战略先导产业5个：A、B…: a count between the head and the list
    r"(?P<count>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})?(?(count)(?:个|条|大|类|项))(?:[（(：:]|—{1,2})$"
)


_INDUSTRY_CONTEXT = re.compile(r"产业|集群|产业链|赛道|制造|新兴|主导|支柱|链长")
_FIELD_CONTEXT = re.compile(r"产业|集群|赛道")  # fields (…等领域) are industries only in a sentence about them


def _prefix_count(text: str, seg_start: int) -> int | None:
    m = _PREFIX_HEAD.search(text[max(0, seg_start - 16) : seg_start])
    if not m or not m.group("count"):
        return None
    return _cn_count(m.group("count"))


def _role_of_prefix(text: str, seg_start: int) -> tuple[str, bool] | None:
    before = text[max(0, seg_start - 16) : seg_start]
    m = _PREFIX_HEAD.search(before)
    if not m:
        return None
    head = m.group("head")
    if "集群" in head:
        return "cluster", True
    if head == "产业链":
        return "chain", True
    if head in ("未来产业", "前沿赛道", "前沿产业"):
        return "future", True
    return "industry", False


# 形成七大特色产业集群，包括A、B、C: a strong head, a comma, and a verb that opens the list
_INCLUDES = re.compile("^" + any_of(_LEX["list_openers"]))
_INCLUDED_HEAD = re.compile(r"(?:产业集群|集群|产业链|未来产业)[，,]$")


def _role_of_included(text: str, seg_start: int) -> tuple[str, bool] | None:
    m = _INCLUDED_HEAD.search(text, max(0, seg_start - 8), seg_start)
    if m is None:
        return None
    head = m.group()[:-1]
    return ("cluster" if "集群" in head else "chain" if head == "产业链" else "future"), True


def _in_masked(start: int, end: int, masked: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in masked)


# a time word before the name of a clause's subject is not part of the name
_TIME_LEAD = re.compile("^" + any_of(_LEX["lead_times"]) + "(?=..)")


def _clean_name(raw: str, *, first: bool = False) -> str:
    return _cleaned_name(raw, first)


@lru_cache(maxsize=8192)  # list items and phrases recur across a page and across pages
def _cleaned_name(raw: str, first: bool) -> str:
    name = _ASIDE.sub("", raw).strip(" 　、，,").lstrip("●■◆▲★○□◇◎※·•-—>》")
    if first:
        name = _LEAD_CHAR.sub("", _LEAD.sub("", name))
    led = name
    name = _qualifier_cut(name, first)
    name = re.sub(r"等$", "", name)
    name = _TIME_LEAD.sub("", name)  # 去年石化能源新材料(产业集群规模达…)
    name = re.sub(r"^.*为代表的", "", name)  # 以储能电池为代表的新型储能
    name = _EXAMPLE_LEAD.sub("", name)  # 以轨道交通用铝为重点的高精铝加工
    name = _AMOUNT_LEAD.sub("", name)  # 形成年产值200亿元智能制造(产业集群)
    name = re.sub(r"(?<=..)(?:是|为|作为)(?:[^，,。；;]*)$", "", name)  # 食品是优势传统(产业)
    name = _PLACE_LEAD.sub("", name)  # 冠县清水镇轴承 → 轴承
    for _ in range(3):  # 广州市花都区汽车 → 汽车, 佛山市南海区西樵镇纺织 → 纺织
        shorter = _qualifier_cut(_PLACE_LEAD.sub("", _strip_region(name)), first)
        if shorter == name:
            break
        name = shorter
    if first and name != led:  # a place or a scope word was cut: 晋江有A…, 全县有A…
        name = _HAVE_LEAD.sub("", name)
    name = strip_suffix(name)
    trimmed = _TRAILING_QUALIFIER.sub("", name)
    if len(trimmed) >= 2 and trimmed not in _PLACE_KINDS:  # 高原特色(产业) stays: 高原 alone names nothing
        name = strip_suffix(trimmed)
        name = re.sub(r"(?<=..)等$", "", name)  # 光伏储能等战略性新兴(产业集群)
    return name


_AMOUNT_LEAD = re.compile(r"^.*\d(?:亿|万)?元(?:级|的)?(?=.{2})")
# a place the gazetteer does not hold before an item's name, where the cluster lies: a town (清水镇, 古镇; not 城镇,
# 乡镇) with the county it lies in, a zone (廉江九洲开发区), a county by its former name (阳东县)
_PLACE_LEAD = re.compile(
    r"^(?:(?:[\u4e00-\u9fff]{1,4}[县市区])?(?!城镇|乡镇)[\u4e00-\u9fff]{1,3}镇"
    r"|[\u4e00-\u9fff]{2,8}?" + any_of(_LEX["lead_zone_words"]) +
    r"|[\u4e00-\u9fff]{2}[县旗])(?=[\u4e00-\u9fff]{2})"
)


def _qualifier_cut(name: str, first: bool) -> str:
    """Cut leading qualifiers; a later list item keeps its own 特色 (…、特色食品及用品四大主导产业):
    a qualifier that leads the whole list stands before its first item."""
    cut = _QUALIFIER.sub("", name)
    if not first and name.startswith("特色") and cut == name[2:] and len(cut) >= 2:
        return name
    return cut


def _strip_region(name: str) -> str:
    """苏州市纳米新材料 → 纳米新材料: a leading place name is not part of the industry's name."""
    hits = find_region_mentions(name)
    if hits and hits[0][0] == 0 and hits[0][1] < len(name) - 1:
        rest = name[hits[0][1] :].lstrip("的")
        if len(rest) <= 2 and _exact_node(rest) is None and not name[: hits[0][1]].endswith(("县", "旗")):
            return name  # 拉萨好水: a brand named for its place, not 好水 (but 睢县制鞋: a county written in full)
        return rest
    return _strip_county_alias(name)


def _strip_county_alias(name: str) -> str:
    """河间再制造 → 再制造: a county's two-character short name before a known industry (the page
    writes 河间 for 河间市); only where the rest is known and the whole is not."""
    head, rest = name[:2], name[2:]
    if len(rest) < 2 or _exact_node(strip_suffix(name)) is not None:
        return name
    if not _known(strip_suffix(rest)) and (
        head in _NAME_OPENINGS or len(strip_suffix(rest)) < 3 or not is_name_like(strip_suffix(rest))
    ):
        # 平乡自行车 → 自行车 (a county's product); not 新兴数字 (新兴 opens known names), and a short
        # unknown rest keeps its place, as for a city (大同黄花, 安平丝网: a brand named for its place)
        return name
    for suffix in ("市", "县", "旗"):  # not 区: district short names (中原, 长安) are common words
        hits = find_region_mentions(head + suffix)
        if hits and hits[0][:2] == (0, 3) and head in hits[0][2].aliases and hits[0][2].level == "county":
            return rest
    return name


def _split_joined(name: str, *, last: bool = True, count: int | None = None, others: int = 0) -> list[str]:
    """The last item of a list may join two members with 和/及/以及 (A、B和C); a compound name
    (细胞和基因技术, 新型显示和智能终端) is one member. Decided by the list's count when it gives one
    (人工智能和先进结构材料等4个集群 with three others → two), else split only a last item whose whole
    is not a known name and whose halves both are."""
    if not last:
        return [name]
    for joiner in ("以及", "和", "及"):
        if joiner not in name:
            continue
        left, _, right = name.partition(joiner)
        if len(left) < 2 or len(right) < 2:
            continue
        if count is not None:
            if others + 2 == count:
                return [left, right]
            if others + 1 == count:
                return [name]
        if _exact_node(name) is None and _exact_node(left) and _exact_node(right) and joiner != "及":
            return [left, right]
        if joiner != "及" and _exact_node(left) and (right in GENERIC or strip_suffix(right) in GENERIC):
            return [left, right]  # 新材料和现代服务业等多个产业: a named sector and a generic word (not kept)
    return [name]


def _name_openings() -> frozenset[str]:
    """The first two characters of every known industry name and generic word (新兴, 资源, 港口 …)."""
    from chanye.knowledge.taxonomy import all_nodes

    words = set(GENERIC)
    for node in all_nodes():
        words.add(node.name)
        words.update(node.synonyms)
    return frozenset(w[:2] for w in words if len(w) >= 2)


_NAME_OPENINGS = _name_openings()


# a statistical sector's long name: 铁路船舶航空航天和其他运输设备制造业
_SECTOR_NAME = re.compile(r"和其他.{2,10}业$")


def is_name_like(name: str) -> bool:
    """Does `name` read as an industry name (not generic, not a clause, a company or a place)?"""
    return _name_like(name)


@lru_cache(maxsize=8192)
def _name_like(name: str) -> bool:
    if not name or len(name) < 2 or len(name) > (20 if _SECTOR_NAME.search(name) else 16):
        return False
    if name in GENERIC or strip_suffix(name) in GENERIC:
        return False
    rest = _GENERIC_LEAD.sub("", name)
    if rest != name and (not rest or rest in GENERIC or strip_suffix(rest) in GENERIC or rest in ("重大", "重要")):
        return False
    if name in ("重大", "重要", "一流", "大型", "骨干"):
        return False
    if _BAD_IN_NAME.search(name) or _CLAUSE_WORD.search(name) or _TIME_ONLY.fullmatch(name) or _PARK_END.search(name):
        return False
    if _TITLE_OR_SLOGAN.search(name):
        return False
    if re.fullmatch(r"[\dA-Za-z.\-+]+", name) and name.upper() not in {"ICT", "AI", "IC", "5G", "6G", "AR", "VR", "XR"}:
        return False
    if re.search(r"[，,。；;：:、（）()“”\"]", name):
        return False
    return not _is_place(name)


def _is_place(name: str) -> bool:
    """A name made (all but one character) of place names: a region, not an industry."""
    hits = find_region_mentions(name)
    return bool(hits) and sum(e - s for s, e, _ in hits) >= len(name) - 1


_HEAD_WORDS = re.compile(r"^等?(.*?)(?:产业集群|先进制造业集群|集群|产业链|产业)")


def _places_of_named_head(names: list[str], head_tail: str) -> bool:
    """开封汴西、林州、濮阳濮东等百亿级装备制造特色产业集群: where the head names the industry itself and
    most items are places, the items say where the clusters lie; they are not industries."""
    m = _HEAD_WORDS.match(head_tail)
    if m is None or len(names) < 2:
        return False
    head_name = _TRAILING_QUALIFIER.sub("", m.group(1))
    if not _known_tail(head_name):
        return False
    return sum(map(_place_like, names)) * 2 >= len(names)


def _place_like(name: str) -> bool:
    """林州, 开封汴西, 南阳高新: a place, or a place and a short word that is no known industry (a
    district, a park); 宁晋电线电缆 is a place's industry, not a place."""
    prefix = 0
    for suffix in ("市", "县"):
        hits = find_region_mentions(name[:2] + suffix)
        if hits and hits[0][:2] == (0, 3) and name[:2] in hits[0][2].aliases:
            prefix = 2
            break
    if not prefix:
        hits = find_region_mentions(name)
        prefix = hits[0][1] if hits and hits[0][0] == 0 else 0
    rest = name[prefix:]
    return prefix > 0 and len(rest) <= 2 and _exact_node(rest) is None


def _after_inner_place(name: str) -> str:
    """昭示新疆文化和旅游(产业集群): a clause's words up to a place inside the name are not part of it; the
    name is what follows the place (a place at the start is _strip_region's business)."""
    hits = find_region_mentions(name)
    if not hits or hits[0][0] == 0:
        return name
    rest = name[hits[-1][1] :].lstrip("的")
    return rest if len(rest) >= 2 and is_name_like(rest) else name


def _known(name: str) -> bool:
    return map_industry(name) is not None


# ---------------------------------------------------------------- heads after a list

_NUMBER = r"(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})"
# a count, optionally followed by a modifier ending in 的: 3个规模领先的(先进制造业集群)
_COUNTED = r"(?:" + _NUMBER + r"(?:大|个|条|类)(?:(?:(?!迈入|成为|是|已|将|了)[^，,。；;：:]){1,16}?的)?)"
# (not across a park: 3个沿边产业园积极承接产业转移 has no head)
_FILLER = r"(?:(?!的|迈入|成为|是|已|将|了|后第|园)[^，,。；;：:])"
_HEAD_CLUSTER = re.compile(
    r"^(?:等)?" + _COUNTED + r"?" + _FILLER + r"{0,14}?(?:产业集群|先进制造业集群|制造业集群|集群|产业群)"
)
_HEAD_IN_CLUSTER = re.compile(r"^(?:等)?(?:产业)?(?:成功|先后|均|分别|同时)?(?:入选|获评|获批|入围|列入|认定为)[^，,。；;]{0,20}?集群")
# (not 等80多个产业链项目: the items are the projects' firms)
_HEAD_CHAIN = re.compile(r"^(?:等)?" + _COUNTED + r"?" + _FILLER + r"{0,10}?产业链(?!项目)")
_HEAD_FUTURE = re.compile(
    r"^(?:等)?" + _COUNTED + r"?" + _FILLER + r"{0,10}?(?:未来产业|前沿赛道|新赛道|未来赛道|前沿产业|前沿领域|前沿技术产业)"
    r"|^等赛道"  # 瞄准A、B等赛道: the tracks a plan aims at (not 等特色赛道, a set of sectors)
)
_HEAD_INDUSTRY = re.compile(
    r"^(?:等)?" + _COUNTED + r"?(?:" + _FILLER + r"{0,10}?(?:产业|重点领域|行业|专业园区|特色园区|服务业|制造业)(?!园|基金|母基金|链|集群|示范|基地|集聚区|高地|" + _AFTER_INDUSTRY_PLACE + ")"
    r"|(?:项目招引|产业项目))"
)
_HEAD_FOCUS = re.compile(r"^(?:等)?(?:产业|领域)?为" + any_of(_LEX["focus_roles"]))

# where the last item ends and the head begins
_ITEM_END = re.compile(
    r"(?:等|(?:产业)?(?:成功|先后|均|分别|同时)?(?:入选|获评|获批|入围|列入)|融合入选|" + _NUMBER + r"(?:大|个|条|类)|"
    r"全产业链|(?:跻身|迈入|进入)[^，,。；;]{0,8}集群|之后的|"
    r"产业集群|先进制造业集群|集群|产业群|产业链|未来产业|前沿赛道|产业|重点领域|领域|行业|项目招引|"
    r"为(?:重点|主导|核心|主攻方向|支撑|支柱|引领|代表|主体|特色|先导|龙头|主))"
)


def _role_of_head(tail: str) -> tuple[str, bool] | None:
    """(role, strong) for the words right after a list, or None when they do not make it an industry list."""
    tail = _AFTER_SERIES.sub("", tail)  # (继A、B)之后的第四个千亿产业集群
    if _HEAD_FUTURE.match(tail):
        return "future", True
    if _HEAD_IN_CLUSTER.match(tail) or _HEAD_CLUSTER.match(tail):
        return "cluster", True
    if _HEAD_CHAIN.match(tail):
        return "chain", True
    if _PRIORITY_FIELD.match(tail):
        return "industry", True  # 数字经济、低空经济等战略性新兴领域: fields named as priorities
    head = _HEAD_INDUSTRY.match(tail)
    if head is not None and head.group().endswith("行业") and not _QUALIFIED_TRADE.match(tail):
        return None  # 电子、电气机械、电力、有色四大主要行业(均实现两位数增长): a statistics release's sectors
    if head is not None or _HEAD_FOCUS.match(tail):
        # 民族手工、高原农牧、藏香制作等特色优势产业: a head that names the items priorities takes them all
        return "industry", bool(_PRIORITY_HEAD.match(tail))
    return _role_after_modifier(tail)


# 等竞争力很强的(主导产业), 等具有地方特色的(优势产业): a modifier ending in 的 between 等 and a priority head;
# not where it makes the items places or firms (等地区的特色产业, 等企业的产业链)
_HEAD_MODIFIER = re.compile(r"^等((?:(?!的|企业|公司|地区|园区|城市|[县市区镇])[^，,。；;：:、]){2,12})的")


def _role_after_modifier(tail: str) -> tuple[str, bool] | None:
    m = _HEAD_MODIFIER.match(tail)
    if m is None or not _PRIORITY_HEAD.match("等" + tail[m.end() :]):
        return None
    return "industry", True


_AFTER_SERIES = re.compile(r"^之后的(?=第)")
# a 行业 head that names the items the region's own (重点, 支柱, 优势, 特色, 传统出口 …), not a statistics row
_QUALIFIED_TRADE = re.compile(
    r"^(?:等)?(?:" + _NUMBER + r"(?:大|个|类))?[^，,。；;]{0,4}?(?:重点|主导|支柱|优势|特色|传统|新兴|出口)[^，,。；;]{0,4}?行业"
)
_WHOLE_CHAIN = re.compile(r"^(?:等)?全产业链")
# a stage of a chain (an activity), not a product: 研制, 种植, 精深加工, 冷链物流, 运营服务, 地面终端
_STAGE = re.compile(any_of(_LEX["chain_stages"]) + "$")
_PRIORITY_HEAD = re.compile(
    r"^(?:等)?(?:" + _NUMBER + r"(?:大|个|条|类))?(?:特色优势|优势特色|主导|支柱|重点|优势|特色|先导|首位|战略性新兴|新兴|"
    r"传统优势|优势传统|高原特色|地方特色)产业(?!园|基金|母基金|链|集群|示范|基地|集聚区|高地|项目|发展|工人|用地)"
    # A、B、C等3个重点行业: the statistical sectors a release names as its key ones
    r"|^(?:等)?(?:" + _NUMBER + r"(?:大|个|类))?(?:重点|主导|支柱)行业"
)


_PRIORITY_FIELD = re.compile(
    r"^(?:等)?(?:" + _NUMBER + r"(?:大|个|类))?(?:战略性新兴|新兴|优势|主导|支柱|特色优势|优势特色|前沿|未来)领域(?!的)"
)

_COUNT_AFTER = re.compile(r"^(?:等)?(" + _NUMBER + r")(?:大|个|条|类|项)")


def _count_of(tail: str) -> int | None:
    m = _COUNT_AFTER.match(tail)
    if not m:
        return None
    from chanye.extract.frameworks import _cn_int

    return _cn_int(m.group(1))


_ASIDE = re.compile(r"[（(][^（）()、，,。；;]{1,15}[）)]")
# a bracket left inside a piece (an aside _segment_list did not cut at)
# (not after a count or a head: 产业集群2个（A、B）、… is the list itself)
_INNER_ASIDE = re.compile(r"(?<![个条类项家群链业：:])[（(][^（）()]{1,24}[）)]")
# an aside that lists parts of one item (冶金（黑色金属、有色金属加工）、电子产品等产业): the list goes on after it
_LIST_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![个条类项家群链业])[（(][^（）()，,。；;：:]{1,24}、[^（）()，,。；;：:]{1,24}[）)](?=、|等|和|及)")


def _segments(text: str, masked: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """Pieces of text between clause marks and brackets, with masked spans as boundaries.

    A short aside in brackets inside an item (光电子信息（含软件和信息服务）、汽车…) does not end the
    piece; _clean_name drops it from the name."""
    return list(_segment_list(text, tuple(masked)))


@lru_cache(maxsize=4)  # the three recognisers below read the same text's pieces in turn
def _segment_list(text: str, masked: tuple[tuple[int, int], ...]) -> tuple[tuple[int, str], ...]:
    size = len(text)
    asides = set()
    for m in _ASIDE.finditer(text):
        after = text[m.end() : m.end() + 1]
        if after and after not in _SEP:
            asides.update((m.start(), m.end() - 1))
    if "、" in text:
        for m in _LIST_ASIDE.finditer(text):
            asides.update((m.start(), m.end() - 1))
    bounds = {m.start() for m in _SEP_RE.finditer(text)} - asides
    bounds.update(m.start() for m in _CJK_DOT.finditer(text))  # 主导产业作出新贡献.电子信息、…
    for s, e in masked:
        bounds.update(range(max(s, 0), min(e, size)))
    out = []
    start = 0
    for i in sorted(bounds):
        if i > start:
            out.append((start, text[start:i]))
        start = i + 1
    if start < size:
        out.append((start, text[start:]))
    return tuple(out)


def _segments_holding(text: str, masked: Sequence[tuple[int, int]], pattern: re.Pattern) -> list[tuple[int, str]]:
    """The pieces (as _segments gives them, in order) in which `pattern` starts a match: a rule whose
    matches all hold such a word reads only these (one scan of the text instead of one per piece)."""
    segments = _segment_list(text, tuple(masked))
    starts = _segment_starts(text, tuple(masked))
    picked: list[int] = []
    for m in pattern.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and (not picked or picked[-1] != k):
            picked.append(k)
    return [segments[k] for k in picked]


@lru_cache(maxsize=4)
def _segment_starts(text: str, masked: tuple[tuple[int, int], ...]) -> list[int]:
    return [start for start, _ in _segment_list(text, masked)]


_SEP_RE = re.compile("[" + re.escape(_SEP) + "]")
# an ASCII full stop between words (the stop first: a pattern opening with a lookbehind is tried at every
# character of the page, one opening with a character is scanned for in C)
_CJK_DOT = re.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?=[\u4e00-\u9fff])")
_SENTENCE_END = "。！？!?\n"
_SENTENCE_END_RE = re.compile("[" + re.escape(_SENTENCE_END) + "]")


@lru_cache(maxsize=2)
def _sentence_ends(text: str) -> list[int]:
    # Computed once per text: scanning from each mention back to the start was quadratic on long pages.
    return [m.start() for m in _SENTENCE_END_RE.finditer(text)]


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence around `pos` (end at its terminal mark, exclusive)."""
    ends = _sentence_ends(text)
    i = bisect_left(ends, pos)
    a = ends[i - 1] + 1 if i > 0 else 0
    b = ends[i] if i < len(ends) else len(text)
    return a, b


class _Collector:
    def __init__(self, text: str):
        self.text = text
        self.items: list[IndustryMention] = []

    def add(self, name: str, role: str, start: int, framework: str | None = None, limit: int | None = None) -> None:
        """A mention of `name` found at or after `start` (up to `limit`, else the next 40 characters)."""
        if not name:
            return
        pos = self.text.find(name, start, limit if limit is not None else start + 40 + len(name))
        if pos < 0:
            pos = start
        a, b = _sentence_of(self.text, pos)
        self.items.append(
            IndustryMention(
                name=name,
                role=role,
                framework=framework,
                industry_id=map_industry(name),
                quote=self.text[a:b].strip(),
                clean_span=(pos, pos + len(name)),
                span=(pos, pos + len(name)),
            )
        )


_PAIR = re.compile(
    r"(?P<a>[^，,。；;：:、（）()“”\"和与及]{2,14})(?:和|与|及|以及)(?P<b>[^，,。；;：:、（）()“”\"和与及]{2,12}?)"
    r"(?P<tail>(?:两|二|2)(?:大|个|条|类)[^，,。；;：:]{0,14})"
)


# A和B两个万亿级(产业集群): the words before a head end in a pair and its count
_PAIR_BEFORE = re.compile(r"(?:和|与|及)[^，,。；;和与及]{2,12}?(?:两|二|2)(?:大|个|条|类)[^，,。；;]{0,10}$")
# every _PAIR match holds a count of two
_PAIR_COUNT = re.compile(r"[两二2][大个条类]")


def _pairs(text: str, masked, out: _Collector) -> None:
    """做强工程塑料和尼龙纺织两大产业: two members joined by 和 before a count of two and a head."""
    for seg_start, seg in _segments_holding(text, masked, _PAIR_COUNT):
        for m in _PAIR.finditer(seg):
            head = _role_of_head(m.group("tail"))
            if head is None:
                continue
            role, strong = head
            first = _clean_name(m.group("a"), first=True)
            second = _clean_name(m.group("b"))
            names = [n for n in (first, second) if is_name_like(n)]
            if len(names) < 2 or (not strong and not all(_known(n) for n in names)):
                continue
            out.add(first, role, seg_start + m.start("a"))
            out.add(second, role, seg_start + m.start("b"))


_QUOTED_HEAD = re.compile(r"[“\"「]([^”\"」，,。；;]{2,10})[”\"」]")


def _quoted_head(text: str, end: int, raw_items: list[str]):
    """(role, strong), head: a head in quotes right after the last item (…蔬菜“四大产业集群”), or (None, "")."""
    m = _QUOTED_HEAD.match(text, end)
    if m is None or len(raw_items) < 2:
        return None, ""
    tail = m.group(1)
    if _ZONE_WORD.search(tail):
        return None, ""  # A、B两个“重点产业协作园区”: the items are parks, not industries
    head = _role_of_head(tail)
    if head is None and _NICKNAME.search(tail):
        # 汽车、钢铁、机械“老三样”传统产业: a nickname in quotes, the head after it
        tail = text[m.end() : m.end() + 16]
        head = _role_of_head(tail)
    return head, tail


_ZONE_WORD = re.compile(r"园|区|基地|平台|城")
# a quoted list followed by 的产业定位 (按照“A、B、C”的产业定位)
_POSITIONING_AFTER = re.compile(r"[”\"」](?:的)?(?:主导)?产业定位")
# a nickname for a set of industries: 老三样, 新三样, 四大支柱
_NICKNAME = re.compile(r"[一二两三四五六七八九十]")


_NEXT_LIST = re.compile(r".*?(?:集群|产业链|产业|赛道)(?:和|及|以及|与|、)(?=[^、]{2,14}、)")


def _queue_next_list(queue: list, head_at: int, seg: str, seg_start: int) -> None:
    """A、B两大千亿级产业集群和C、D两个五百亿级产业 / A、B等战略性新兴产业、C、D等方面建设…产业集群: the list
    after the first list's head and 和 or 、 is a list too (with a head of its own)."""
    m = _NEXT_LIST.match(seg, head_at - seg_start)
    if m is not None:
        queue.append((seg_start + m.end(), seg[m.end() :]))


def _enumerations(text: str, masked, out: _Collector) -> None:
    _pairs(text, masked, out)
    _comma_lists(text, masked, out)
    queue = _segments(text, masked)
    for seg_start, seg in queue:  # a second list after the first one's head is appended to the queue
        if "、" not in seg:
            continue
        if "（" in seg or "(" in seg:  # an aside (its own list, its 产业) is no part of the list: blank it, offsets kept
            seg = _INNER_ASIDE.sub(lambda a: "　" * len(a.group()), seg)
        raw_items = seg.split("、")
        # the list ends at the first item (after the first) in which a head begins: 轻工家居等传统特色产业提品质
        role_strong = None
        opened_count = None
        head_tail = ""
        for k in range(1, len(raw_items)):
            item = raw_items[k]
            m = next(
                (
                    c for c in _ITEM_END.finditer(item)
                    if (c.start() >= 2 or c.start() == 1 and _COUNT_START.match(c.group()))
                    and not item.startswith(_EXAMPLE_TAILS, c.start())
                    and not (item.startswith("以") and item.startswith(_FOCUS_TAILS, c.start()))
                ),
                None,
            )  # 以金晶科技为代表的光伏材料: an item led by its example firm, not a head
            if m is None:
                continue
            tail = item[m.start() :]
            if k < len(raw_items) - 1 and tail in ("产业", "集群", "产业集群", "产业链", "行业", "领域"):
                continue  # 文化产业、旅游产业、…: a member that ends in 产业, the list goes on
            role_strong = _role_of_head(tail)
            head_tail = tail
            _queue_next_list(queue, seg_start + sum(len(r) + 1 for r in raw_items[:k]) + m.start(), seg, seg_start)
            raw_items = raw_items[:k] + [item[: m.start()]]
            break
        if role_strong is None:
            # 该县三大主导产业分别是光伏、储能和锂电: the head opens the first item, the list follows its verb
            opened = _HEAD_OPENS.match(raw_items[0])
            if opened is not None:
                role_strong = _role_of_prefix(opened.group("head") + "：", len(opened.group("head")) + 1)
                counted = _OPENED_COUNT.search(opened.group("head"))
                opened_count = _cn_count(counted.group(1)) if counted else None
                seg_start += opened.start("rest")
                raw_items = [opened.group("rest")] + raw_items[1:]
        first_raw = raw_items[0]
        trigger = _TRIGGERS.search(first_raw)
        if role_strong is None:
            quoted, quoted_tail = _quoted_head(text, seg_start + len(seg), raw_items)
            if quoted is not None:
                role_strong, head_tail = quoted, quoted_tail
                if raw_items[-1].endswith("的"):  # 围绕A、B、C的“八大产业集群”: the 的 joins the list to its head
                    raw_items = raw_items[:-1] + [raw_items[-1][:-1]]
        if role_strong is None and _POSITIONING_AFTER.match(text, seg_start + len(seg)):
            role_strong = ("industry", True)  # 按照“A、B、C”的产业定位: a zone's chosen industries
        if role_strong is None and head_tail.startswith(("等领域", "领域")):
            # 在超高清显示、新型电池、数字创意等领域，…产业集群: fields in a sentence about industries
            a, b = _sentence_of(text, seg_start)
            if _FIELD_CONTEXT.search(text, a, b) and not _applied_fields(raw_items[0], head_tail) and not _within_named(text, a, seg_start):
                role_strong = ("industry", False)
        if role_strong is None:
            role_strong = _role_of_prefix(text, seg_start)
        if role_strong is None and _INCLUDES.match(raw_items[0]):
            role_strong = _role_of_included(text, seg_start)
        if role_strong is None:
            role_strong = _counted_head_after(text, seg_start + len(seg), len(raw_items))
        if role_strong is None:
            role_strong = _all_known_counted(raw_items, head_tail)
        if role_strong is None:
            # a list after 聚焦/围绕 … with no head: only in a sentence about industries
            a, b = _sentence_of(text, seg_start)
            if trigger is None or not (trigger.group().startswith(("前瞻", "超前")) or _INDUSTRY_CONTEXT.search(text, a, b)):
                continue
            if _FIELDS_TAIL.match(head_tail) and _within_named(text, a, seg_start):
                continue  # 在X产业上，围绕A、B等领域: the parts of X
            role_strong = ("future", False) if trigger.group().startswith(("前瞻", "超前")) else ("industry", False)
        role, strong = role_strong
        last = raw_items[-1]
        if strong and last.endswith("的") and not re.search("[为于是]", last) and _known(_clean_name(last[:-1])):
            raw_items = raw_items[:-1] + [last[:-1]]  # 涵盖A、B、航空物流的先进制造业集群: the 的 joins the list to its head
        names = []
        offsets = []
        pos = seg_start
        count = _count_of(head_tail) or _prefix_count(text, seg_start) or opened_count  # (四大优势产业分别为A、B、C和D)
        loose = sum(_place_of_cut(r) > 0 for r in raw_items) >= 2  # 柳州的A、南宁的B、北海的C
        raw_items = _joined_examples(raw_items)
        raw_items, seg_start = _after_modifier(raw_items, seg_start, loose)
        raw_items, seg_start = _counted_tail(raw_items, seg_start, count, strong)
        for k, raw in enumerate(raw_items):
            is_last = k == len(raw_items) - 1
            item = raw[_place_of_cut(raw, loose) :]
            for name in _split_joined(_clean_name(item, first=(k == 0)), last=is_last, count=count, others=len(raw_items) - 1):
                names.append(name)
                offsets.append(pos)
            pos += len(raw) + 1
        if names and _verb_only(names[-1]):
            continue  # 发展壮大新兴产业、科学布局未来产业: clauses joined by 、, the last one's object generic
        good = [
            (n, o) for n, o in zip(names, offsets)
            if is_name_like(n) or (len(n) == 1 and len(names) > 1 and _exact_node(n) is not None)
        ]
        if strong and _counted_characters(names, count):
            good = list(zip(names, offsets))  # 煤、电、冶、化、建、农6条产业链: the count confirms each character
        if not good:
            continue
        if strong and "的" in _EXAMPLE_LEAD.sub("", raw_items[-1][_place_of_cut(raw_items[-1], loose) :]):
            continue  # 集育种、种植、…、物流为一体的全产业链: the head belongs to the last item's phrase
        if _project_fields(text, text.find(good[0][0], good[0][1]), head_tail):
            continue  # 签约项目涉及A、B等产业: the fields of the projects signed, not the region's priorities
        if _WHOLE_CHAIN.match(head_tail) and sum(bool(_STAGE.search(n)) for n in names) * 2 >= len(names):
            continue  # 卫星研制、火箭研制、地面终端等全产业链: the stages of one chain, not industries
        if count is not None and count == len(names) == len(good) >= 3:
            strong = True  # 茶叶、食用菌、中药材、生猪四个特色农业产业: the count confirms the list
        if strong:
            # a long list of mostly non-names is a sentence that happens to end in a head word;
            # places naming where a cluster lies (崇左市、来宾市…蔗糖产业集群) are not counted
            counted = [n for n in names if not _is_place(n)]
            if len(good) * 2 < len(counted) or _places_of_named_head(names, head_tail):
                continue
        else:
            # generic members (生产性服务业、战略性新兴产业、现代农业) are allowed, but not counted
            specific = [n for n in names if n and n not in GENERIC]
            if _CLAUSE_WORD.search(names[-1]):
                continue  # 以化工、电子设备制造业拉动为主: the list runs into its clause's verb, a statistics remark
            known = [n for n, _ in good if _known(n)]
            if _FIRM_HEAD.match(head_tail) and not all(_exact_node(n) for n, _ in good):
                continue  # 以某某科技、某某电机为龙头: firms
            if not known or len(known) * 2 < len(specific) or len(known) < len(good) - 1:
                continue
        for name, offset in good:
            out.add(name, role, offset)


def _verb_only(name: str) -> bool:
    """科学布局, 前瞻布局: an item that is all verb (the clause's object was a generic word and its head)."""
    return _LEAD.fullmatch(name) is not None and not name.endswith("锻造")  # 锻造 is a trade as well as a verb


# the firms or projects that lead or stand for an industry (以甲、乙为龙头的Y), not its focus (以A、B为主的Y)
_FIRM_TAILS = tuple(_LEX["firm_tails"])


def _joined_examples(raw_items: list[str]) -> list[str]:
    """以甲制药、乙制药为龙头的生物医药: the example before 为龙头的 is a list of its own; its items are joined
    back into the one item they lead (the 、 kept, so offsets stay)."""
    out: list[str] = []
    k = 0
    while k < len(raw_items):
        item = raw_items[k]
        opened = item.rfind("以")
        if opened >= 0 and "为" not in item[opened:]:
            end = next(
                (j for j in range(k + 1, min(k + 5, len(raw_items)))
                 if "以" not in raw_items[j].split("为", 1)[0] and any(t in raw_items[j] for t in _FIRM_TAILS)),
                None,
            )
            if end is not None:
                out.append("、".join(raw_items[k : end + 1]))
                k = end + 1
                continue
        out.append(item)
        k += 1
    return out


# 签约项目60个，主要涉及A、B等产业 / 涉及A、B等领域的项目: the projects of a signing or a start are the
# subject, the list their fields
_FIELDS_VERB = re.compile(any_of(_LEX["fields_verbs"]) + r"(?:了)?(?P<rest>[^。]*)$")
_PROJECT_AFTER = re.compile(r"^[^，,。；;]{0,12}的(?:重点)?项目")
# …涵盖了我区重点发展的A、B等产业: fields the text names as the region's priorities stay mentions
_PRIORITY_WORD = re.compile(any_of(_LEX["priority_words"]))


def _project_fields(text: str, list_start: int, head_tail: str) -> bool:
    """Is the list the fields a set of projects covers (签约项目涉及…, 现场签约项目20个，涵盖…等领域)?"""
    a, _ = _sentence_of(text, list_start)
    m = _FIELDS_VERB.search(text, a, list_start)
    if m is None:
        # 在34个签约项目中，A、B产业等项目13个 / 签约项目中A、B等产业居多 / 签约A、B产业项目132个: the projects
        # counted by their fields
        counted = _PROJECTS_OF.match(head_tail) or _IN_PROJECTS.search(text, max(a, list_start - 12), list_start)
        return bool(counted) and not _PRIORITY_WORD.search(text, a, list_start) and not _PRIORITY_WORD.search(head_tail[:10])
    if _PRIORITY_WORD.search(m.group("rest")) or _PRIORITY_WORD.search(head_tail[:10]):
        return False
    return "项目" in text[a : m.start()] or bool(_PROJECT_AFTER.match(head_tail))


_PROJECTS_OF = re.compile(r"^(?:产业)?等?(?:产业)?项目(?!招引)")
_IN_PROJECTS = re.compile(r"项目中[，,]?[^，,。；;：:]{0,12}$")


# 在第三代半导体产业上，围绕A、B等领域 / 电子信息产业…在A、B等领域形成集聚: an industry named before the list
# (在电子信息产业，该县瞄准A、B等细分领域: the industry its own clause)
_NAMED_BEFORE = re.compile(r"[^，,。；;：:、\s]{2,12}?产业(?:上|中|方面|作为|里)|在[^，,。；;：:、\s]{2,12}?产业[，,]")
_FIELDS_TAIL = re.compile(r"^等?(?:细分|重点|关键|核心)?领域")


def _within_named(text: str, a: int, list_start: int) -> bool:
    """Are the fields of the list (…等领域) the parts of one industry the sentence names before it?"""
    return _NAMED_BEFORE.search(text, a, list_start) is not None


# a count that closes a list of one-character items (…、建5条产业链)
_COUNT_START = re.compile(_NUMBER + r"(?:大|个|条|类)")


def _counted_characters(names: list[str], count: int | None) -> bool:
    """煤、电、冶、化6条产业链: a list of single characters whose count the head confirms names one
    sector each (the short forms of resource chains)."""
    return count is not None and count == len(names) >= 3 and all(len(n) == 1 and "\u4e00" <= n <= "\u9fff" for n in names)


# 广泛应用于A、B等领域 / 在A、B等领域拥有…应用市场: the fields where a product is used, not the region's sectors
_APPLIED_LEAD = re.compile(r"(?:应用|用|运用|服务)于|应用在|用在")


def _applied_fields(first_item: str, head_tail: str) -> bool:
    return "应用" in head_tail or _APPLIED_LEAD.search(first_item) is not None


# A、B、…、H，新疆瞄准八大产业集群持续发力: the next clause counts the list and names what its items are
_COUNTED_HEAD_AFTER = re.compile(
    r"[，,][^，,。；;：:、]{0,12}?(?P<count>" + _NUMBER + r")(?:大|个|条|类)[^，,。；;、]{0,8}?(?P<head>产业集群|集群|产业链|产业)"
)


_OPENED_COUNT = re.compile(r"([一二两三四五六七八九十\d]{1,2})(?:大|个|条|类)")


def _cn_count(word: str) -> int | None:
    value = parse_numeral(word)
    return int(value) if value is not None else None


_HEAD_OPENS = re.compile(
    r"^(?P<head>[^，,。；;：:]{0,12}?(?:[一二两三四五六七八九十\d]{1,2}(?:大|个|条|类))?"
    r"(?:产业集群|产业链|未来产业|主导产业|支柱产业|重点产业|优势产业|特色产业|首位产业|先导产业))"
    r"(?:分别是|分别为|主要有|主要包括|包括|是|为|有)(?P<rest>[^，,。；;：:的]{2,16})$"  # not 是全球最大的A、B…基地
)


def _all_known_counted(raw_items: list[str], head_tail: str) -> tuple[str, bool] | None:
    """制定出A、B、…、H等8个招商引资行动方案: a list whose count matches its items, every one a known industry by
    its exact name, enumerates industries whatever the head (not a statistics release's 行业)."""
    count = _count_of(head_tail)
    if count is None or count != len(raw_items) or count < 4 or "行业" in head_tail[:12]:
        return None
    names = [_clean_name(r, first=(k == 0)) for k, r in enumerate(raw_items)]
    if all(n not in GENERIC and _exact_node(n) is not None for n in names):
        return "industry", True
    return None


def _counted_head_after(text: str, end: int, size: int) -> tuple[str, bool] | None:
    m = _COUNTED_HEAD_AFTER.match(text, end)
    if m is None or size < 3:
        return None
    from chanye.extract.frameworks import _cn_int

    if _cn_int(m.group("count")) != size:
        return None
    head = m.group("head")
    return ("cluster" if "集群" in head else "chain" if head == "产业链" else "industry"), True


# 以X为代表的Y / 以X为核心的Y (以新能源动力电池为核心的新能源汽车): Y is the item, X its example or focus
_EXAMPLE_WORDS = tuple(_LEX["example_roles"])
_EXAMPLE_LED = re.compile(r"^以.{1,12}为" + any_of(_EXAMPLE_WORDS) + "的")
_EXAMPLE_TAILS = ("为代表的", "为龙头的", "为主的")
# in an item that opens with 以 (…、以X为重点的Y产业、…), any focus word; after a bare list (以A、B为主导的…体系)
# 为主导 is the list's own head
_FOCUS_TAILS = tuple(f"为{w}的" for w in _EXAMPLE_WORDS)
# an item that opens with 以 and its focus (以X为重点的Y); not the end of a bare list (A、B为主的Y方向)
_EXAMPLE_LEAD = re.compile(r"^以.*?为" + any_of(_EXAMPLE_WORDS) + "的")


# 柳州的汽车, 郎溪经开区的经编: a place (or a zone) and 的 before an item say where it lies
_PLACE_OF = re.compile(r"^([^的、，,。；;]{2,14})的(?=[^的]{2})")
_ZONE_END = ("区", "园", "市", "县", "州", "旗", "盟", "镇")


def _place_of_cut(raw: str, loose: bool = False) -> int:
    """The length of a leading `place的` of a list item (0 if none). `loose` (the list's other items
    have one): a short word before 的 is a place too (北海的电子信息, a city the gazetteer knows as 北海市)."""
    m = _PLACE_OF.match(raw)
    if m is None:
        return 0
    place = m.group(1)
    hits = find_region_mentions(place)
    if hits and hits[-1][1] == len(place) or place.endswith(_ZONE_END) or loose and len(place) <= 3:
        return m.end()
    return 0


def _after_modifier(raw_items: list[str], seg_start: int, loose: bool = False) -> tuple[list[str], int]:
    """发展资源丰富、需求旺盛的食品、轻工、纺织等产业: the list begins after a modifier that ends in 的
    (the items before it are the modifier's own parts); not a place's 的 (柳州的汽车、南宁的电子信息), nor
    an item's own modifier after known names (人工智能、区块链、面向未来的量子信息)."""
    for j in range(len(raw_items) - 2, 0, -1):
        if "的" in raw_items[j][_place_of_cut(raw_items[j], loose) :] and not _EXAMPLE_LED.search(raw_items[j]):
            rest = raw_items[j].rsplit("的", 1)[1]
            if len(rest) < 2:
                return raw_items, seg_start
            if j >= 2 and all(_known(_clean_name(r)) for r in raw_items[1:j]):
                # 人工智能、区块链、面向未来的量子信息、…: after names, the 的 qualifies its own item only
                # (blanked, offsets kept)
                raw_items = raw_items[:j] + ["　" * (len(raw_items[j]) - len(rest)) + rest] + raw_items[j + 1 :]
                continue
            shift = sum(len(r) + 1 for r in raw_items[:j]) + len(raw_items[j]) - len(rest)
            return [rest] + raw_items[j + 1 :], seg_start + shift
    return raw_items, seg_start


def _counted_tail(raw_items: list[str], seg_start: int, count: int | None, strong: bool) -> tuple[list[str], int]:
    """设备进一步提升煤炭、电力、冶金、化工、建材五大传统支柱产业 after 利用新技术、新工业: a counted
    head names its last `count` items; the clause before them (another list) is not part of it."""
    if count is None or not strong and count < 3 or not 2 <= count < len(raw_items):
        return raw_items, seg_start
    cut = len(raw_items) - count
    shift = sum(len(r) + 1 for r in raw_items[:cut])
    first = raw_items[cut]
    lead = _LEAD_VERB_TAIL.search(first)
    if lead is None:
        return raw_items, seg_start  # no verb before the counted items: the count may be wrong, keep all
    return [first[lead.end() :]] + raw_items[cut + 1 :], seg_start + shift + lead.end()


# the verb (or 向/到) that opens the counted list inside its first item
_LEAD_VERB_TAIL = re.compile(r"^.*(?:提升|发展|做强|做优|做大|培育|壮大|打造|聚焦|围绕|推动|布局|依托|向|到|和)")


_SINGLE_CLUSTER = re.compile(r"(?:产业集群|先进制造业集群|集群)")
_SINGLE_CHAIN = re.compile(r"产业链")
_SINGLE_INDUSTRY = re.compile(r"产业")
_IN_CLUSTER = re.compile(r"(?:产业)?(?:成功|先后)?(?:入选|获评|获批|入围)[^，,。；;]{0,20}?集群")
# 物联网产业规模达3000亿元 / 钛产业规模居全国之首: a known industry as the subject of its own size is named
_FIGURE_AFTER = re.compile(r"^(?:规模|产值|增加值|营收|营业收入)(?:达到?|居|突破|超过?|增长|同比增长|首次|位居|跃居|实现|占)")


_ONE_OF_COUNT = re.compile(r"(?<=..)等" + _NUMBER + r"(?:个|大|条|类)$")
_ENTERS = re.compile(r"(?<=..)(?:跻身|迈入|进入|晋级)")
_COMMA = ",，"
_DENG = re.compile("等")


def _comma_lists(text: str, masked, out: _Collector) -> None:
    """有色,化工,建材,轻纺等传统产业: a page whose list marks became commas. The piece
    with 等 and a head word closes the list; the pieces before it, back to the one with the verb, are
    its items when every one of them reads as a name."""
    segments = _segment_list(text, tuple(masked))
    starts = _segment_starts(text, tuple(masked))
    seen = set()
    for hit in _DENG.finditer(text):  # only the pieces with 等 (a page has few), not every piece
        k = bisect_right(starts, hit.start()) - 1
        if k < 2 or k in seen:
            continue
        seen.add(k)
        seg_start, seg = segments[k]
        if "、" in seg:
            continue
        cut = seg.find("等")
        if cut < 2 or cut > 10:
            continue
        head = _role_of_head(seg[cut:])
        if head is None:
            continue
        items = [(seg_start, seg[:cut])]
        j = k - 1
        while j >= 0:
            start, piece = segments[j]
            if start + len(piece) + 1 != items[0][0] or text[start + len(piece)] not in _COMMA:
                break
            first = _clean_name(piece, first=True)
            if len(piece) <= 8 and first == _clean_name(piece) and is_name_like(first):
                items.insert(0, (start, piece))
                j -= 1
                continue
            if first != _clean_name(piece) and is_name_like(first):  # the piece with the verb opens the list
                items.insert(0, (start + len(piece) - len(first), first))
            break
        if len(items) < 3:
            continue
        names = [(_clean_name(p), o) for o, p in items]
        last, last_at = names.pop()
        names += [(n, last_at) for n in _split_joined(last)]  # …,云计算,新材料和现代服务业等: as a 、-list's last item
        role, strong = head
        if not strong:
            known = [n for n, _ in names if _known(n)]
            if len(known) * 2 < len(names):
                continue
        for name, offset in names:
            if is_name_like(name):
                out.add(name, role, offset)


# every pattern of _singles matches a word holding one of these
_SINGLE_WORD = re.compile(r"产业|集群")


def _singles(text: str, masked, out: _Collector) -> None:
    for seg_start, seg in _segments_holding(text, masked, _SINGLE_WORD):
        # X产业集群 / X集群 / X产业链, X a name
        for pattern, role in ((_SINGLE_CLUSTER, "cluster"), (_SINGLE_CHAIN, "chain")):
            prev_end = 0
            for m in pattern.finditer(seg):
                # A产业集群和B产业集群: the second name starts after the first head
                before = seg[prev_end : m.start()]
                prev_end = m.end()
                before = _ENTERS.split(before)[0]  # 新一代信息技术跻身万亿级(产业集群): the name is before the verb
                before = _ONE_OF_COUNT.sub("", before)  # 新都区航空大部件等4个(产业集群入选…): one named of a count
                whole_chain = role == "chain" and bool(re.search(r"(?<!安)全$", before))
                if whole_chain:
                    before = before[:-1]  # 大同黄花全产业链: a whole chain of a named product (not 网络安全产业链)
                if not before or before.endswith("、") or "、" in before or _PAIR_BEFORE.search(before):
                    continue  # lists (and A和B两大 pairs) are the enumerations' business
                name = _after_inner_place(_clean_name(before, first=True))
                # an unknown chain name only where it opens the clause (钒钛新材料产业链依托…)
                opens = (
                    _QUALIFIER.sub("", before.strip()) == name and len(name) >= 4 and "链" not in name and "产业" not in name
                    and name[-1] not in "和及与"
                )
                if is_name_like(name) and (role == "cluster" or _known(name) or opens or whole_chain):
                    out.add(name, role, seg_start + m.start() - len(name))
        # X产业入选…集群 (a single item; every match ends in 集群, and the pattern is tried at every character)
        for m in _IN_CLUSTER.finditer(seg) if "集群" in seg else ():
            before = seg[: m.start()]
            if "、" in before:
                continue
            name = _clean_name(before, first=True)
            if is_name_like(name):
                out.add(name, "cluster", seg_start + m.start() - len(name))
        # X产业, X a known industry (the longest known tail of the words before it)
        for m in _SINGLE_INDUSTRY.finditer(seg):
            after = seg[m.end() :]
            if (_STOP_AFTER_CHANYE.match(after) and not _FIGURE_AFTER.match(after)) or _IN_CLUSTER.match(seg[m.start() :]):
                continue
            before = seg[: m.start()]
            if before.endswith("、") or before.endswith("等"):
                continue
            name = _known_tail(before)
            if name:
                # 新能源新材料产业: two known names written as one compound name are that name
                lead = _known_tail(before[: -len(name)])
                if lead and len(lead) + len(name) <= 10 and is_name_like(lead + name):
                    name = lead + name
                else:
                    name = _joined_pair(before, name) or name
            elif not after.startswith("发展"):  # 宜昌市结合产业发展实际: a verb, not a specialty
                name = _place_specialty(before) or _one_character_sector(before)
            if name and (is_name_like(name) or len(name) == 1):
                start = seg_start + m.start() - len(name)
                if _listed(seg, m.start() - len(name), m.end()) and _project_fields(text, start, after[:12]):
                    continue  # 签约项目涵盖了A、B、预制菜产业、…等领域: a field of the projects
                role = "future" if re.match(r"^(?:风口|赛道|新赛道)", after) else "industry"
                out.add(name, role, start)
                kind_of = _sector_before_its_kind(before, name)
                if kind_of:  # 新能源和新能源汽车产业: 新能源 too
                    out.add(kind_of, role, seg_start + m.start() - len(name) - 1 - len(kind_of))


# 打造以下重点产业：1. A：… 2. B：…: a head ending in a colon, then numbered items that each lead with a name
_NUMBERED_HEAD = re.compile(
    r"(?:以下|如下|[0-9一二两三四五六七八九十]+(?:大|个|类))(?:重点|主导|支柱|优势|特色|新兴|先导)?"
    r"(?P<head>产业集群|产业链|未来产业|产业|集群|领域)[：:]\s*"
)
_NUMBERED_ITEM = re.compile(r"\s*(?:[0-9]{1,2}[.．、]|[（(][一二三四五六七八九十][）)])\s*\**([^*：:\n。，,；;]{2,16}?)\**[：:]")


def _numbered_lists(text: str, masked, out: _Collector) -> None:
    for head in _NUMBERED_HEAD.finditer(text):
        role = {"产业集群": "cluster", "集群": "cluster", "产业链": "chain", "未来产业": "future"}.get(head.group("head"), "industry")
        found = []
        pos = head.end()
        for _ in range(12):
            item = _NUMBERED_ITEM.match(text, pos)
            if item is None:
                break
            found.append((item.group(1), item.start(1)))
            line_end = text.find("\n", item.end())
            if line_end < 0:
                break
            pos = line_end + 1
        names = [(_clean_name(raw), at) for raw, at in found]
        good = [(n, at) for n, at in names if is_name_like(n)]
        if len(good) >= 2 and len(good) * 2 > len(names):  # one numbered line is not a list
            for name, at in good:
                if not _in_masked(at, at + len(name), masked):
                    out.add(name, role, at)


# 在全省工业四大支柱中，装备工业增加值增长13.3%，…；能源工业…: the sectors a release calls its pillars or key
# sectors, each opening a clause with its growth
_KEY_SECTOR_CUE = re.compile(r"(?:支柱(?:产业|行业)?中|从重点(?:产业|行业)看|重点(?:产业|行业)中)[，,]?")
_KEY_SECTOR_CLAUSE = re.compile(r"([^，,。；;：:、\n]{2,12}?(?:工业|制造业|产业|行业))(?:增加值|产值)?(?:比上年|同比)?(?:增长|下降)")


def _key_sectors(text: str, masked, out: _Collector) -> None:
    for cue in _KEY_SECTOR_CUE.finditer(text):
        end = text.find("\n", cue.end())
        end = min(len(text), cue.end() + 400) if end < 0 else min(end, cue.end() + 400)
        pos = cue.end()
        sub = False  # after 其中 the clauses up to the next ；/。 are sub-sectors (其中A行业增长…，B行业增长…)
        while pos < end:
            sub = sub or text.startswith("其中", pos)
            m = _KEY_SECTOR_CLAUSE.match(text, pos)
            if m is not None and not sub and not text.startswith("其中", max(0, pos - 3)):  # 其中, a sub-sector
                name = strip_suffix(m.group(1))
                if is_name_like(name) and _known(name) and not _in_masked(m.start(1), m.end(1), masked):
                    out.add(name, "industry", m.start(1))
            nxt = _SEP_RE.search(text, pos, end)
            if nxt is None:
                break
            sub = sub and nxt.group() not in "；;。"
            pos = nxt.end()


# 涉及我省五大支柱产业的项目199个，其中，电子信息项目34个，装备制造项目63个，…: the projects of a counted class
# of priority industries, then each industry's own count
_PRIORITY_PROJECTS = re.compile(
    r"(?P<count>" + _NUMBER + r")大" + any_of(_LEX["priority_classes"]) + r"产业(?:的)?项目[^。；;]{0,30}?其中[，,]"
)
_PROJECTS_OF_ONE = re.compile(r"([^，,、。；;：:]{2,12}?)(?:产业)?项目" + _NUMBER + r"个[，,、]?")


def _priority_project_counts(text: str, masked, out: _Collector) -> None:
    if "项目" not in text:
        return
    from chanye.extract.frameworks import _cn_int

    for m in _PRIORITY_PROJECTS.finditer(text):
        found = []
        pos = m.end()
        while (piece := _PROJECTS_OF_ONE.match(text, pos)) is not None:
            name = _clean_name(piece.group(1), first=True)
            found.append((name, piece.end(1) - len(name)))  # (其中，)电子信息: the name ends where the piece's words do
            pos = piece.end()
        good = [(n, at) for n, at in found if is_name_like(n) and not _in_masked(at, at + len(n), masked)]
        if len(good) >= 2 and (_cn_int(m.group("count")) == len(found) == len(good) or all(_known(n) for n, _ in good)):
            for name, at in good:
                out.add(name, "industry", at)


# 做强先进装备制造业，… / 做深做精原材料工业，…: a clause that is a priority verb and a sector as its object
_VERB_OBJECT = re.compile(
    r"^(?:(?:大力|加快|重点|着力)发展|(?:做[强优大精深响]){1,2}|巩固提升|改造提升|培育壮大|发展壮大)"
    r"([^，,。；;、等]{2,10}?(?:制造业|工业|加工业))(?:等)?$"
)


def _verb_objects(text: str, masked, out: _Collector) -> None:
    for seg_start, seg in _segments_holding(text, masked, _VERB_OBJECT_WORD):
        m = _VERB_OBJECT.match(seg.strip())
        if m is None:
            continue
        name = m.group(1)
        if is_name_like(name) and (_known(name) or _known(re.sub(r"(?:制造|加)?工?业$", "", name))):
            out.add(name, "industry", seg_start + seg.find(name))


_VERB_OBJECT_WORD = re.compile(r"工业|制造业|加工业")


# 在石化和精细化工产业方面，… / 装备制造产业方面，…: a clause that introduces what the text plans or reports
# for one named sector (the whole name, not its known tail)
_ASPECT = re.compile(r"^\s*(?:在|从)?([^，,。；;：:、\s]{2,14}?)(产业集群|产业链|产业|行业|集群)方面$")


def _aspects(text: str, masked, out: _Collector) -> None:
    for seg_start, seg in _segments_holding(text, masked, _ASPECT_WORD):
        m = _ASPECT.match(seg)
        if m is None:
            field = _FIELD_HEADING.match(seg)
            name = strip_suffix(field.group(1)) if field else ""  # 在集成电路产业领域: 集成电路
            if field and _exact_node(name) is not None and is_name_like(name):
                out.add(name, "industry", seg_start + field.start(1))
            continue
        name = _clean_name(m.group(1), first=True)
        if is_name_like(name):
            role = "cluster" if "集群" in m.group(2) else "chain" if m.group(2) == "产业链" else "industry"
            out.add(name, role, seg_start + m.start(1))


_ASPECT_WORD = re.compile(r"方面|领域")
# 汽车领域，抓住…；电子信息领域，…: a clause heading of a known sector (领域 alone is any field, so known only)
_FIELD_HEADING = re.compile(r"^\s*(?:在)?([^，,。；;：:、\s]{2,8}?)领域$")

# 冶金行业是辽宁工业三大支柱产业之一 / 纺织服装产业作为我县的主导产业，…: a sector named as one of the
# region's priorities in a clause of its own
_NAMED_PRIORITY = re.compile(
    r"^\s*([^，,。；;：:、\s]{2,14}?)(?:产业|行业)?(?:已经|已|也|一直|逐步|正在)?(?:是|为|作为|成为)(?:(?!是|为|不|但|没)[^，,。；;：:、]){0,14}?"
    r"(?:支柱|主导|优势|特色|首位|重点|传统优势|战略性新兴|先导)(?:产业|行业)(?!链|集群|园|基地|项目)"
)


def _named_priorities(text: str, masked, out: _Collector) -> None:
    for seg_start, seg in _segments_holding(text, masked, _NAMED_PRIORITY_WORD):
        m = _NAMED_PRIORITY.match(seg)
        if m is None or "产业" in m.group(1) or "的" in m.group(1):  # 沈阳工业的特点是…
            continue  # 将产业链优化调整为九大重点产业链: a regrouping, not a sector
        name = _clean_name(m.group(1), first=True)
        if is_name_like(name):
            out.add(name, "industry", seg_start + m.start(1))


_NAMED_PRIORITY_WORD = re.compile(r"(?:产业|行业)(?:之一)?")

# 数据信息产业持续推进，… / 冰雪产业强势发展 / 节能环保及临空产业取得突破: a work report's clause whose
# subject is a sector and whose predicate is its progress names that sector, known or not
_PROGRESS_CLAUSE = re.compile(
    r"^\s*([^，,。；;：:、\s]{2,12}?)产业(?:集群)?(?:" + any_of(_LEX["progress_adverbs"]) + any_of(_LEX["progress_verbs"])
    + "|" + any_of(_LEX["progress_phrases"]) + "|" + any_of(_LEX["breakthrough_verbs"])
    + any_of(_LEX["breakthrough_marks"]) + "?突破|"
    # 电力电器产业实现产值142.6亿元, 该县箱包皮具产业实现营业收入29.1亿元: a sector as the subject of its output
    + any_of(_LEX["output_verbs"]) + r"(?:工业)?" + any_of(_LEX["output_words"]) + r"\d)"
)


def _progress_clauses(text: str, masked, out: _Collector) -> None:
    for seg_start, seg in _segments_holding(text, masked, _SINGLE_INDUSTRY):
        m = _PROGRESS_CLAUSE.match(seg)
        if m is None:
            continue
        name = _clean_name(m.group(1), first=True)
        if is_name_like(name) and "产业" not in name:
            out.add(name, "industry", seg_start + m.start(1) + len(m.group(1)) - len(name))


# 数字经济占比达到45%, 扶持低空经济发展, 海洋经济实力全面跃升, 发展总部经济: a known economy (X经济, a
# node or synonym of the taxonomy) named on its own is a sector the page reports or backs, as the fresh
# sets annotate it; not inside the name of a body, zone or event (数字经济发展领导小组, 海洋经济发展示范区,
# 数字经济大会), nor before its statistical core (数字经济核心产业) or an era (数字经济时代)
_ECONOMY = re.compile(r"经济")
_ECONOMY_NAME_AFTER = re.compile(
    r"(?:发展|创新)?(?:示范区|试验区|先行区|示范城市|创新区|领导小组|办公室|专班|大会|峰会|论坛|博览会|展览会|研究院|"
    r"研究中心|研究会|联盟|协会|学会|核心产业|时代|(?:产业)?园|产业基地|小镇|型|[)）])"
    # 数字经济同实体经济融合: the stock phrase of digital-real integration, not a sector backed
    r"|[和与同](?:实体经济|实体)"
)


@lru_cache(maxsize=1)
def _economy_names() -> frozenset[str]:
    """The taxonomy's economies by their own names (数字经济, 低空经济 …): a synonym (临空经济) or a word
    the lookup folds to a sector (农业经济, 煤炭经济) is a way of speaking, not a named sector."""
    return frozenset(n.name for n in all_nodes() if n.name.endswith("经济") and n.name not in GENERIC)


def _economies(text: str, masked, out: _Collector) -> None:
    """Run after the other recognisers: an economy inside a longer name they found (低空经济和商业航天)
    is that name's part, not a mention of its own."""
    taken = _SpanCover([i.clean_span for i in out.items])
    for m in _ECONOMY.finditer(text):
        end = m.end()
        start = next((s for s in range(max(0, end - 6), end - 3) if text[s:end] in _economy_names()), None)
        if start is None or _ECONOMY_NAME_AFTER.match(text, end) or _in_masked(start, end, masked):
            continue
        if taken.in_longer(start, end):
            continue
        if _listed(text, start, end) and _project_fields(text, start, text[end : end + 12]):
            continue  # 签约项目涉及数字经济、…等领域: a field of the projects, as its list's other items
        out.add(text[start:end], "industry", start)


class _SpanCover:
    """Spans, indexed to tell at once whether a longer one holds a given stretch (a page may hold thousands)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _b in spans]
        self.reach = list(accumulate((b for _a, b in spans), max))  # the furthest end of the spans so far
        self.widest: dict[int, int] = {}  # the furthest end of the spans starting at each position
        for a, b in spans:
            self.widest[a] = max(b, self.widest.get(a, b))

    def in_longer(self, start: int, end: int) -> bool:
        """Some span [a, b) with a <= start, end <= b, longer than [start, end)."""
        i = bisect_left(self.starts, start)  # (spans starting before `start` need only reach `end`)
        return (i > 0 and self.reach[i - 1] >= end) or self.widest.get(start, end) > end


def _listed(text: str, start: int, end: int) -> bool:
    """Is text[start:end] an item of a 、-list (…、数字经济等领域, 涉及数字经济、…)?"""
    return text[start - 1 : start] == "、" or text[end : end + 1] in ("、", "等")


def _joined_pair(before: str, name: str) -> str | None:
    """生物医药和大健康产业, 石化和精细化工产业: two known names joined by 和/及/与 before one 产业 are one
    sector as written (a list of several is the enumerations' business: 、 before them is left alone)."""
    rest = before[: -len(name)]
    if not rest or rest[-1] not in "和及与":
        return None
    lead = _known_tail(rest[:-1])
    head = rest[: -1 - len(lead)] if lead else ""
    if lead is None or head.endswith("、") or name.startswith(lead):
        return None  # 新能源和新能源汽车产业: two sectors, the second a kind of the first
    whole = lead + rest[-1] + name
    return whole if len(whole) <= 12 and is_name_like(whole) else None


def _place_specialty(before: str) -> str | None:
    """太和县的发艺(产业), 阜南县柳木(产业): a county's or city's own specialty, named right after the place
    (a name no list of industries knows). The place must be written in full (县, 市, 区, 旗)."""
    hits = find_region_mentions(before)
    if not hits:
        return None
    end = hits[-1][1]
    if before[end - 1] not in "县市区旗":
        return None
    rest = before[end:]
    rest = rest[1:] if rest.startswith("的") else rest
    if not 2 <= len(rest) <= 4 or rest in GENERIC or _QUALIFIER.match(rest) or _place_like(rest):
        return None
    return rest if _clean_name(rest, first=True) == rest else None  # not 推动/加快…(产业)


# what may stand before a one-character sector: a mark, 比如/例如, 的, a joiner or a copula
_BEFORE_ONE_CHARACTER = re.compile(r"(?:^|[^\u4e00-\u9fff]|[如的和及与是为])$")


def _one_character_sector(before: str) -> str | None:
    """比如铝(产业), 宝鸡钛(产业规模居全国之首): a known one-character sector (铝, 钛, 铜, 茶 …) written on its
    own, after a mark, a place or a small word; not the end of a longer word (电解铝, 绿茶)."""
    if not before or _exact_node(before[-1]) is None:
        return None
    rest = before[:-1]
    hits = find_region_mentions(rest) if rest else []
    if _BEFORE_ONE_CHARACTER.search(rest) or (hits and hits[-1][1] == len(rest)):
        return before[-1]
    return None


def _sector_before_its_kind(before: str, name: str) -> str | None:
    """新能源和新能源汽车(产业): the sector joined before a kind of itself is named too."""
    rest = before[: -len(name)]
    if not rest or rest[-1] not in "和及与":
        return None
    lead = _known_tail(rest[:-1])
    if lead and name.startswith(lead) and not rest[: -1 - len(lead)].endswith("、") and is_name_like(lead):
        return lead
    return None


def _known_tail(before: str) -> str | None:
    """The longest tail of `before` (2..12 characters) that is a known industry, exactly."""
    for length in range(min(12, len(before)), 1, -1):
        tail = before[-length:]
        if tail[0].isspace():
            continue  # - 电子信息(产业): a bullet's space is no part of the name
        if _exact_node(tail) is not None and tail not in GENERIC:
            return tail
    return None


_INDUSTRY_LABEL = re.compile(r"产业|行业|领域|经济|制造|服务业|板块|赛道")


def _from_frameworks(frameworks: Iterable[Framework], out: _Collector, text: str) -> None:
    for fw in frameworks:
        for part in fw.parts:
            label = part.label or ""
            if "集群" in label or label.endswith("群"):
                role = "cluster"
            elif "链" in label:
                role = "chain"
            elif "未来" in label or "前沿" in label:
                role = "future"
            elif _INDUSTRY_LABEL.search(label) or (label in _ROLE_LABELS and _mostly_known(fw)):
                role = "industry"  # 以A为引领，以B、C为重点…的“1+3+4”: role words label tiers of industries
            else:
                continue  # “四新设施”, 行动, 工程, 核心 places: a framework part that is not a set of industries
            # members are found in the sentence that names the code (or the next one, which enumerates it)
            start = fw.clean_span[0]
            end = _sentence_of(text, start)[1]
            limit = _sentence_of(text, min(end + 1, len(text) - 1))[1] if end < len(text) else end
            for member in part.members:
                name = strip_suffix(member)
                if name and name not in GENERIC and not _is_place(name):  # 覆盖温州五大传统产业…: a place read as a member
                    out.add(name, role, _member_search_start(text, name, start, limit), framework=fw.code, limit=limit)


_ROLE_LABELS = {"引领", "核心", "重点", "支撑", "主导", "龙头", "主体", "先导", "骨干", "支柱", "特色", "补充", "基础"}


def _mostly_known(fw: Framework) -> bool:
    members = [m for part in fw.parts for m in part.members]
    return bool(members) and sum(_known(strip_suffix(m)) for m in members) * 2 > len(members)


def _member_search_start(text: str, name: str, start: int, limit: int) -> int:
    """Where to look for a member: after the code, else from its sentence's start (做强A、B三大…，构建“3+2”…
    lists the parts before the code)."""
    return start if text.find(name, start, limit) >= 0 else _sentence_of(text, start)[0]


def _without_cut_tails(items: list[IndustryMention], text: str) -> list[IndustryMention]:
    """生态旅游 named in a list and `生态旅游产业加快壮大` read as 旅游 (the known tail): the tail is the
    longer name's mention, not an industry of its own."""
    longer_by_tail: dict[str, set[str]] = {}  # each name under every proper tail of it
    for name in {i.name for i in items}:
        for k in range(1, len(name) + 1):
            longer_by_tail.setdefault(name[k:], set()).add(name)
    out = []
    for item in items:
        start = item.clean_span[0]
        longer = longer_by_tail.get(item.name, ())
        if any(text[start - (len(n) - len(item.name)) : start] == n[: len(n) - len(item.name)] for n in longer):
            continue
        out.append(item)
    return out


def _dedupe(items: list[IndustryMention]) -> list[IndustryMention]:
    rank = {"cluster": 0, "chain": 0, "future": 1, "industry": 2}
    chosen: dict[str, IndustryMention] = {}
    order: list[str] = []
    names = {i.name for i in items}
    for item in items:
        key = item.name
        if key.endswith("业") and key[:-1] in names:
            key = key[:-1]  # 装备制造集群 and 装备制造业集群 on one page are one industry, named as first written
        known = chosen.get(key)
        if known is None:
            chosen[key] = item
            order.append(key)
            continue
        better = (item.framework is not None) > (known.framework is not None) or (
            (item.framework is not None) == (known.framework is not None) and rank[item.role] < rank[known.role]
        )
        if better and item.name != known.name:
            # the first written name stays (装备制造 …, later 装备制造业集群); the stronger role comes along
            item = replace(known, role=item.role, framework=item.framework)
        if better:
            chosen[key] = item
    return [chosen[k] for k in order]


def find_industries(
    source: str | CleanDocument,
    subject: str | None = None,
    *,
    frameworks: Sequence[Framework] | None = None,
    masked: Sequence[tuple[int, int]] = (),
) -> list[IndustryMention]:
    """Industry mentions in a cleaned text (or a CleanDocument), spans in that text.

    Given a CleanDocument, its masked spans are honoured, frameworks are found when not given, and
    each mention's `span` is mapped to the original text; given a string, `span` equals `clean_span`.
    """
    clean = source if isinstance(source, CleanDocument) else None
    text = clean.text if clean is not None else source
    masked = list(masked) + (list(clean.masked) if clean is not None else [])
    if frameworks is None:
        from chanye.extract.frameworks import find_frameworks

        frameworks = find_frameworks(text, subject, masked=masked)
    out = _Collector(text)
    _from_frameworks(frameworks, out, text)
    fw_names = {i.name for i in out.items}
    body = _Collector(text)
    _enumerations(text, masked, body)
    _singles(text, masked, body)
    _verb_objects(text, masked, body)
    _aspects(text, masked, body)
    _named_priorities(text, masked, body)
    _progress_clauses(text, masked, body)
    _numbered_lists(text, masked, body)
    _key_sectors(text, masked, body)
    _priority_project_counts(text, masked, body)
    _economies(text, masked, body)
    body.items.sort(key=lambda i: i.clean_span[0])
    body.items = _without_cut_tails(body.items, text)
    items = out.items + [i for i in body.items if i.name not in fw_names and not _in_masked(*i.clean_span, masked)]
    result = _dedupe(items)
    if clean is not None:
        for item in result:
            item.span = clean.original_span(*item.clean_span)
        if clean.meta.script != "simplified":
            result = [_as_written(item, clean) for item in result]
    return result


# a pronunciation the cleaner removed (大數(shù)據(jù)電子資訊): bracketed letters inside a name
_PINYIN = re.compile(r"\([^()\u4e00-\u9fff]{1,8}\)")


def _as_written(item: IndustryMention, clean: CleanDocument) -> IndustryMention:
    """A traditional page's name as its original writes it, converted by t2s only: the cleaner's
    mainland wording (资讯->信息, 积体电路->集成电路, 智慧制造->智能制造) helps the rules read the
    page, but the name keeps the page's own words (人工智慧, 新一代资讯技术), as the contract's
    "as written, simplified" asks."""
    start, end = item.clean_span
    if clean.text[start:end] != item.name:
        return item
    a, b = item.span
    written = t2s(_PINYIN.sub("", unify_width(MappedText.identity(clean.original[a:b])).text))
    if len(written) != len(item.name) or written == item.name:
        return item
    return replace(item, name=written)
