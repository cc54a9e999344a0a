"""Numerically coded policy frameworks: “613”, “343”, “5+X”, “1+3+N”, “12345”, “4+”.

A code is a run of digits, optionally joined by + to more digits, to X/N or to a bracketed group
(2+(3+6)+(4+5)), optionally ending in +. The word lists are lexicon/frameworks.yaml. It is a framework when it is quoted (“613”产业, “4+”工作法) or stands right before a framework noun
(613产业体系, 1+N政策体系), and is not a year, an amount, a percentage, a date, a phone number or a
plain count (the characters around it decide: 年 月 日 % 元 亿 万 个 家 …, more digits, a dash).

Parts: where the same sentence enumerates lists each followed by a count and a label
(`A、B、C6大主导产业集群；D、E13条新兴产业链`) or a count, a label and a bracketed list
(`6大主导产业集群（A、B、C）`) or a count, a label and 为/分别是 and a list, and the counts read in
order spell the code (6|13 → 613; for 5+X the numeric components must match, X/N match an uncounted
part), those become the parts with their members. Also read: the next sentence when it continues the
framework (即…, 该体系…, 3大…为…), digits explained one by one (“12”就是…, （5就是…）), parts written
before the code that spell all of it, and a sentence that enumerates only the first part (“7710”目标，
即：…7条…). Otherwise parts stay empty, as the contract asks for a code the text does not enumerate.
Examples: examples/frameworks*.yaml.
`consistent` is None without parts, else whether every count equals its number of members.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chanye.extract.wordlists import any_of, load
from chanye.knowledge.regions import find_region_mentions
from chanye.records import CleanDocument, Framework, FrameworkPart

_LEX = load("frameworks.yaml")  # the word lists (lexicon/frameworks.yaml)
# framework nouns that may follow a code
_NOUNS = tuple(_LEX["code_nouns"])
_NOUN_RE = "|".join(sorted(map(re.escape, _NOUNS), key=len, reverse=True))
_GROUP = r"[（(]\d{1,3}(?:\s?[+＋]\s?(?:\d{1,3}|[XNxn]))+[）)]"  # 2+(3+6)+(4+5): tiers grouped in brackets
_CODE = r"\d{1,5}(?:\s?[+＋]\s?(?:\d{1,3}|[XNxn]|" + _GROUP + r"))*(?:[+＋](?![\dXNxn（(])|[XN](?![A-Za-z]))?"
_QUOTED = re.compile(r"[“\"‘「『](?P<code>" + _CODE + r")[”\"’」』]")
_BARE = re.compile(r"(?<![\d.\-/:：])(?P<code>" + _CODE + r")(?=(?:" + _NOUN_RE + r"))")
# what every bare code has: its last character (a digit, X/N or +) right before a noun's first. _BARE
# tries its lookbehind at every character of a page; this class pair scans for a page's few candidates.
_BARE_HINT = re.compile(r"[\dXNxn+＋][" + re.escape("".join(sorted({w[0] for w in _NOUNS}))) + r"]")

_DIGIT_RUN = re.compile(r"\d+")


def _bare_codes(text: str) -> list[re.Match]:
    """_BARE.finditer(text), tried only where a run of digits starts: every code opens with a digit that
    has none before it, and the lookbehind the pattern opens with gets no fast scan from the regex engine."""
    out: list[re.Match] = []
    end = 0
    for run in _DIGIT_RUN.finditer(text):
        if run.start() < end:
            continue  # inside the last code
        m = _BARE.match(text, run.start())
        if m:
            out.append(m)
            end = m.end()
    return out


# what may not follow a number that is an amount, a date or a count
_NOT_AFTER = re.compile("^" + any_of(_LEX["not_code_after"]))
_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# a list with a count and a label after it: A、B、C6大主导产业集群 / A、B等13条新兴产业链 / 等N个未来产业
# the count may stand in quotes where the code's digits are explained: “2”个五千亿级产业：A、B
_COUNT = r"(?:[“\"](?=\d{1,3}[”\"]))?(?<!\d)(?P<count>\d{1,3}|[一二两三四五六七八九十]{1,3}|[NXnx]|若干)[”\"]?"
_NO_COUNT = r"(?![0-9]{1,3}(?:大|条|个|项|类|家)|[一二两三四五六七八九十]{1,3}(?:大|条|个|项|类))"
_ITEM = r"(?:" + _NO_COUNT + r"[^\s，,。；;：:、（）()“”\"]){0,23}[^\s，,。；;：:、（）()“”\"\d]"
_LABEL_END = r"(?=[；;，,。）)、\s]|和|及|以及|$)"
_LIST_COUNT_LABEL = re.compile(
    r"(?P<list>" + _ITEM + r"(?:、" + _ITEM + r")*?)(?:等)?" + _COUNT +
    r"(?P<measure>大|条|个|项|类|家)(?P<label>(?:[“\"][^\s，,。；;：:、“”\"]{1,8}[”\"])?"  # 18个“新星”产业集群
    r"(?:[^\s，,。；;：:、（）()“”\"\d]{1,16}?的)?[^\s，,。；;：:、（）()“”\"\d和及]{1,24}?)" + _LABEL_END
)
# a list before a quoted count and label: 大农业、大装备等“四大集群”, 新能源、新材料等“六新产业”
_LIST_QUOTED_LABEL = re.compile(
    r"(?P<list>" + _ITEM + r"(?:、" + _ITEM + r"){1,}?)(?:等)?[“\"]" + _COUNT +
    r"(?P<measure>大|条|个|项|类)?(?P<label>[^\s，,。；;：:、（）()“”\"\d]{1,10})[”\"]"
)
# an uncounted part (the X of 3+3+X): 研发设计、现代物流等若干现代服务业
_LIST_SOME_LABEL = re.compile(
    r"(?P<list>" + _ITEM + r"(?:、" + _ITEM + r"){1,}?)等若干(?:个|条|项|类)?(?P<label>[^\s，,。；;：:、（）()“”\"\d和及]{1,16}?)" + _LABEL_END
)
# a count, a label, then the list in brackets: 6大主导产业集群（A、B、C）
_COUNT_LABEL_LIST = re.compile(
    _COUNT + r"(?P<measure>大|条|个|项|类)(?P<label>[^\s，,。；;：:、（）()“”\"\d]{1,16}?)"
    r"[（(](?P<list>[^（）()]{2,400}?)[）)]"
)
# a counted part the text does not enumerate: …、15个千亿级特色产业集群和一批…
_BARE_COUNT_LABEL = re.compile(
    r"(?:^|(?<=[、，,；;和及]))" + _COUNT + r"(?P<measure>大|条|个|项|类)(?P<label>[^\s，,。；;：:、（）()“”\"\d和及]{1,16}?)" + _LABEL_END
)
# what every counted pattern above holds: a count's last character right before its measure word
_COUNT_MEASURE = re.compile(r"[\d一二两三四五六七八九十NXnx干][”\"]?[大条个项类家]")
# one named member: 以新能源汽车为首位产业
_ONE_AS_LABEL = re.compile(r"以(?P<list>[^，,。；;：:、（）()“”\"]{2,16}?)为(?P<label>[^，,。；;：:、（）()“”\"\d]{1,8}?产业)")
# one named member as the core: 以电子信息产业为核心, 以数字经济为引领 (a part only where counted parts
# follow that spell the code with it)
_ONE_AS_CORE = re.compile(
    r"以(?P<list>[^，,。；;：:、（）()“”\"]{2,16}?)(?P<noun>产业集群|产业链|产业)?为(?P<role>核心|首位|龙头|引领|统领|主导|主体|支柱)(?![\u4e00-\u9fff]{0,2}产业)"
)
# a count and a label, then the members: 五大主导产业分别是A、B、C / 3大主导产业为A、B和C
_COUNT_LABEL_AS_LIST = re.compile(
    # …三大世界级先进制造业集群：A、B、C / 三大国家级先进制造业集群，分别为A、B、C
    _COUNT + r"(?P<measure>大|条|个|项|类)(?P<label>[^\s，,。；;：:、（）()“”\"\d为是]{1,12}?)"
    r"(?:[，,]?(?:分别是|分别为)[：:]?|(?:为|是|包括)[：:]?|[：:])"
    r"(?P<list>[^\s，,。；;：:、（）()“”\"]{2,24}(?:、[^\s，,。；;：:、（）()“”\"]{2,24})+)(?=[，,。；;]|$)"
)


# the single member of a part counted 1, after a colon: “1”个世界级产业：绿色化工
_ONE_COUNTED_COLON = re.compile(
    r"(?:[“\"](?=1[”\"]))?(?<!\d)(?:1|一)[”\"]?(?:个|大|条|项|类)(?P<label>[^\s，,。；;：:、（）()“”\"\d]{1,12}?)[：:]"
    r"(?P<list>[^\s，,。；;：:、（）()“”\"]{2,16})(?=[；;。）)]|$)"
)


# 以智能科技为引领，以A、B、C为重点，以D、E、F、G为支撑的“1+3+4”…: lists whose sizes spell the code
_LIST_AS_ROLE = re.compile(
    r"以(?P<list>[^，,。；;：:（）()“”\"以为等\d]{2,16}(?:、[^，,。；;：:（）()“”\"以为等\d]{2,16})+)"
    r"为(?P<role>引领|核心|重点|支撑|主导|龙头|主体|补充|基础|先导|骨干|支柱|特色)"
)


_LIST_LED_PLACES = re.compile(
    r"(?:带动|辐射|联动)(?P<list>[^，,。；;：:（）()“”\"等\d]{2,8}(?:、[^，,。；;：:（）()“”\"等\d]{2,8})+)等(?P<label>地|地区|城市)"
)


@dataclass(slots=True)
class _Candidate:
    code: str
    start: int
    end: int


_LABEL_HEAD = re.compile(r"^.*?(?:产业集群|产业链|产业群|产业|集群|赛道|领域|行业|行动|工程|板块|基地|园区|平台|中心|体系)")
_LABEL_MORE = re.compile(r"^(?:产业集群|产业链|产业群|产业|集群|赛道|领域|体系|群)+")


_LABEL_ROLE_TAIL = re.compile(r"为(?:支撑|补充|基础|保障|统领|引领|核心|主体|重点|方向)$")


def _trim_label(label: str) -> str:
    """特色产业集群延链补链强链 → 特色产业集群: a label ends with its head noun; a modifier ending in 的
    (规模和品牌优势突出的先进制造业集群) is not part of it."""
    label = _LABEL_ROLE_TAIL.sub("", label) or label  # 配套政策为支撑 → 配套政策
    after = label.rsplit("的", 1)[-1]
    if after and (_LABEL_HEAD.match(after) or not _LABEL_HEAD.match(label)):
        label = after  # N个配套产业为支撑的格局: 格局 names no part, the words before 的 do
    m = _LABEL_HEAD.match(label)
    if not m:
        return label
    end = m.end()
    more = _LABEL_MORE.match(label[end:])
    return label[: end + (more.end() if more else 0)]


def _cn_int(text: str) -> int | None:
    if text in ("N", "X", "n", "x", "若干"):
        return None
    if text.isdigit():
        return int(text)
    if text in _CN_NUM:
        return _CN_NUM[text]
    if len(text) == 2 and text[0] == "十" and text[1] in _CN_NUM:
        return 10 + _CN_NUM[text[1]]
    if len(text) == 2 and text[1] == "十" and text[0] in _CN_NUM:
        return _CN_NUM[text[0]] * 10
    if len(text) == 3 and text[1] == "十":
        return _CN_NUM.get(text[0], 0) * 10 + _CN_NUM.get(text[2], 0)
    return None


def normalise_code(code: str) -> str:
    code = code.replace("＋", "+").replace(" ", "").replace("（", "(").replace("）", ")")
    return re.sub(r"[xn]", lambda m: m.group().upper(), code)


_NOT_BEFORE = re.compile("(?:" + any_of(_LEX["not_code_before"]) + r")[“\"‘「『]?$")


def _written_code(text: str, cand: "_Candidate") -> str:
    """The code as the text writes it (“6+x” keeps its x; the recognizer reads X/N in capitals)."""
    raw = text[cand.start : cand.end].strip("“”\"‘’「」『』")
    raw = raw.replace("＋", "+").replace(" ", "").replace("（", "(").replace("）", ")")
    return raw if raw.upper() == cand.code.upper() else cand.code


def _is_code(code: str, text: str, start: int, end: int, quoted: bool) -> bool:
    code = normalise_code(code)
    if _NOT_BEFORE.search(text[max(0, start - 8) : start]):
        return False  # 中国—东盟“10+1”: an international format
    digits = re.sub(r"\D", "", code)
    if not digits:
        return False
    if "+" not in code:
        if len(code) < 2:
            return False
        if len(code) == 4 and code[:2] in ("19", "20"):
            return False  # a year
    after = text[end : end + 3]
    before = text[max(0, start - 2) : start]
    if not quoted:
        if _NOT_AFTER.match(after) or re.search(r"[\d.\-/:：]$", before):
            return False
    if re.match(r"^\d{6,}$", digits) and "+" not in code:
        return False  # phone numbers, postcodes
    return True


def _masked(start: int, end: int, masked) -> bool:
    return any(s < end and start < e for s, e in masked)


def find_codes(text: str, masked=()) -> list[_Candidate]:
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        code = m.group("code")
        if _is_code(code, text, m.start(), m.end(), True) and not _masked(m.start(), m.end(), masked):
            # a quoted number with nothing framework-like after it (“100”) is not a code
            tail = text[m.end() : m.end() + 12]
            if "+" not in code and tail[:1] in _MEASURES:
                continue  # “20”个百亿级特色产业集群: a count explaining a code's digits, not a code
            if "+" not in code and not re.match(r"^(?:" + _NOUN_RE + r"|[\u4e00-\u9fff]{0,6}(?:" + _NOUN_RE + r"))", tail):
                continue
            out.append(_Candidate(normalise_code(code), m.start(), m.end()))
            taken.append(m.span())
    for m in _bare_codes(text) if _BARE_HINT.search(text) else ():
        if any(s <= m.start() < e for s, e in taken):
            continue
        code = m.group("code")
        if "+" not in code and len(code) < 3:
            continue
        if _is_code(code, text, m.start(), m.end(), False) and not _masked(m.start(), m.end(), masked):
            out.append(_Candidate(normalise_code(code), m.start(), m.end()))
    for m in _CN_QUOTED.finditer(text) if "千" in text or "百" in text else ():
        if _is_cn_code(m, text) and not _masked(m.start(), m.end(), masked) and not any(s <= m.start() < e for s, e in taken):
            out.append(_Candidate(m.group("code"), m.start(), m.end()))
    out.sort(key=lambda c: c.start)
    return out


# a scheme coded in number words: “百千万”工程, “千万工程”, “百千万”亿级…集群培育工程
_CN_QUOTED = re.compile(r"[“\"「](?P<code>[十百千万]{2,3})(?P<inner>工程|行动|计划)?[”\"」]")


def _is_cn_code(m: re.Match, text: str) -> bool:
    code = m.group("code")
    if len(set(code)) < len(code):
        return False  # “万万”: not a code
    if m.group("inner"):
        return True
    tail = text[m.end() : m.end() + 12]
    return bool(re.match(r"^[\u4e00-\u9fff]{0,6}(?:" + _NOUN_RE + r")", tail))


_MEASURES = "个大条项类家"
_SENTENCE_ENDS = "。！？!?\n"
_BOUND_MARK = re.compile(r"[（()）。！？!?\n]")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around pos: back to the last sentence mark, on to the next one outside brackets."""
    start = max(text.rfind(ch, 0, pos) for ch in _SENTENCE_ENDS) + 1
    depth = 0
    for m in _BOUND_MARK.finditer(text, pos):
        ch = m.group()
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0:
            return start, m.start()
    return start, max(pos, len(text))


_DIGIT_EXPLAINED = re.compile(r"^\s*(?:\d{1,3}|[XN])(?:即|就是|是指|指的是|代表)")  # （4即汽车、装备…: not 4即汽车


def split_members(list_text: str) -> list[str]:
    """`高端装备、新能源、新材料` → members; a leading verb phrase on the first is dropped."""
    from chanye.extract.industries import _clean_name

    items = [i.strip() for i in re.split(r"[、，,]", _DIGIT_EXPLAINED.sub("", list_text, count=1)) if i.strip()]
    members = [_clean_name(item, first=(k == 0)) for k, item in enumerate(items)]
    return [m for m in members if m]


def _parts_in(text: str, start: int, end: int, masked) -> list[tuple[int, FrameworkPart]]:
    """(position, part) for every counted, labelled list in text[start:end]."""
    found: list[tuple[int, FrameworkPart]] = []
    segment = text[start:end]
    spans: list[tuple[int, int]] = []
    for m in _COUNT_LABEL_LIST.finditer(segment) if _COUNT_MEASURE.search(segment) else ():
        found.append((start + m.start(), FrameworkPart(_cn_int(m.group("count")), _trim_label(m.group("label")), split_members(m.group("list")))))
        spans.append(m.span())
    for m in _ONE_AS_LABEL.finditer(segment):
        members = split_members(m.group("list"))
        if len(members) == 1:
            found.append((start + m.start(), FrameworkPart(1, m.group("label"), members)))
            spans.append(m.span())
    for m in _ONE_AS_CORE.finditer(segment):
        members = split_members(m.group("list"))
        if len(members) == 1 and not any(s < m.end() and m.start() < e for s, e in spans):
            found.append((start + m.start(), FrameworkPart(1, m.group("role") + (m.group("noun") or ""), members)))
            spans.append(m.span())
    for m in _LIST_LED_PLACES.finditer(segment) if "等" in segment else ():
        # 带动佛山、东莞等地: the uncounted tier (N) of a spatial code
        members = split_members(m.group("list"))
        if len(members) >= 2 and not any(s < m.end() and m.start() < e for s, e in spans):
            found.append((start + m.start(), FrameworkPart(None, m.group("label"), members)))
            spans.append(m.span())
    for m in _LIST_AS_ROLE.finditer(segment) if "为" in segment else ():
        # 以A、B、C为重点: an uncounted list counts its members
        members = split_members(m.group("list"))
        if len(members) >= 2 and not any(s < m.end() and m.start() < e for s, e in spans):
            found.append((start + m.start(), FrameworkPart(len(members), m.group("role"), members)))
            spans.append(m.span())
    for chunk_start, chunk in _chunks(segment):
        # a chunk with no count before a measure word holds no counted label: the patterns (slow to
        # fail on a long chunk) are not tried on it
        counted = _COUNT_MEASURE.search(chunk) is not None
        for m in _COUNT_LABEL_AS_LIST.finditer(chunk) if counted else ():
            a = chunk_start + m.start()
            if not any(s <= a < e for s, e in spans):
                count = _cn_int(m.group("count"))
                members = _last_pair_split(split_members(m.group("list")), count)
                found.append((start + a, FrameworkPart(count, _trim_label(m.group("label")), members)))
                spans.append((a, chunk_start + m.end()))
        for m in _ONE_COUNTED_COLON.finditer(chunk) if counted else ():
            a = chunk_start + m.start()
            if not any(s <= a < e for s, e in spans):
                found.append((start + a, FrameworkPart(1, _trim_label(m.group("label")), split_members(m.group("list")))))
                spans.append((a, chunk_start + m.end()))
        for m in _BARE_COUNT_LABEL.finditer(chunk) if counted else ():
            a = chunk_start + m.start()
            if not any(s <= a < e for s, e in spans):
                found.append((start + a, FrameworkPart(_cn_int(m.group("count")), _trim_label(m.group("label")), [])))
                spans.append((a, chunk_start + m.end()))
        for m in _LIST_COUNT_LABEL.finditer(chunk) if counted else ():
            a = chunk_start + m.start()
            at_count = chunk_start + m.start("count")  # 发展壮大三大…集群，分别为…: the count read above
            if any(s <= a < e or s <= at_count < e for s, e in spans):
                continue
            members = split_members(m.group("list")) if m.group("list") else []
            if _masked(start + a, start + chunk_start + m.end(), masked):
                members = []
            count = _cn_int(m.group("count"))
            if not m.group(0)[: m.start("count") - m.start()].endswith("等"):
                members = _last_pair_split(members, count)  # A和B两大…, not A、B和C等4个…
            found.append((start + a, FrameworkPart(count, _trim_label(m.group("label")), members)))
            spans.append((a, chunk_start + m.end()))
        if "“" in chunk or '"' in chunk:
            for m in _LIST_QUOTED_LABEL.finditer(chunk):
                a = chunk_start + m.start()
                if not any(s <= a < e for s, e in spans):
                    members = split_members(m.group("list"))
                    found.append((start + a, FrameworkPart(_cn_int(m.group("count")), _trim_label(m.group("label")), members)))
                    spans.append((a, chunk_start + m.end()))
        if "若干" in chunk:
            for m in _LIST_SOME_LABEL.finditer(chunk):
                a = chunk_start + m.start()
                if not any(s <= a < e for s, e in spans):
                    found.append((start + a, FrameworkPart(None, _trim_label(m.group("label")), split_members(m.group("list")))))
    found.sort(key=lambda p: p[0])
    return found


def _last_pair_split(members: list[str], count: int | None) -> list[str]:
    """A、B和C → A, B, C where that makes the count (软件和信息服务 stays whole otherwise)."""
    if count is None or not members or len(members) + 1 != count:
        return members
    pair = re.split(r"和|及", members[-1])
    return members[:-1] + pair if len(pair) == 2 and all(len(p) >= 2 for p in pair) else members


def _chunks(segment: str):
    """Pieces between （ ； ） and sentence marks, so one list never runs into the next."""
    pos = 0
    for m in re.finditer(r"[（）()；;。]", segment):
        yield pos, segment[pos : m.start()]
        pos = m.end()
    yield pos, segment[pos:]


def _components(code: str) -> list[str]:
    return [c for c in re.split(r"[+()]", code) if c]  # 2+(3+6)+(4+5): the grouped tiers count one by one


def _count_fits(component: str, part: FrameworkPart) -> bool:
    if component in ("X", "N"):
        return part.count is None  # X/N is the part the text leaves uncounted (等N个, 若干), never 2个…
    return part.count is not None and str(part.count) == component


def _match_parts(code: str, parts: list[FrameworkPart]) -> list[FrameworkPart] | None:
    """The run of consecutive parts whose counts spell the code, or None.

    For a code with + (5+X, 3+6+X, 1+4+N) each numeric component must match a part's count and
    X/N any count; trailing X/N components the text leaves unenumerated may be missing."""
    comps = _components(code)
    for i in range(len(parts)):
        if "+" in code:
            run = parts[i : i + len(comps)]
            needed = len(comps)
            while needed > len(run) and comps[needed - 1] in ("X", "N"):
                needed -= 1
            if needed >= 2 and len(run) >= needed and all(_count_fits(c, p) for c, p in zip(comps, run[:needed])):
                return run[:needed]
        else:
            digits = code.rstrip("XN")
            spelled = ""
            for j in range(i, len(parts)):
                if parts[j].count is None:
                    break
                spelled += str(parts[j].count)
                if spelled == digits and j > i:
                    run = parts[i : j + 1]
                    if digits != code and j + 1 < len(parts) and parts[j + 1].count is None:
                        run.append(parts[j + 1])  # 415X: the X part, when the text names it
                    return run
                if not digits.startswith(spelled):
                    break
    return None


def find_frameworks(
    source: str | CleanDocument,
    subject: str | None = None,
    *,
    masked=(),
) -> list[Framework]:
    """The numerically coded frameworks a text names, one per code, with parts where enumerated."""
    clean = source if isinstance(source, CleanDocument) else None
    text = clean.text if clean is not None else source
    if clean is not None:
        masked = list(clean.masked) + list(masked)
        subject = subject or clean.meta.region
    found = _frameworks_in(text, tuple((s, e) for s, e in masked))
    return [
        Framework(
            code=f.code,
            subject=f.subject or subject or "",
            parts=[FrameworkPart(p.count, p.label, list(p.members)) for p in f.parts],
            consistent=f.consistent,
            quote=f.quote,
            clean_span=f.clean_span,
            span=clean.original_span(*f.clean_span) if clean is not None else f.clean_span,
        )
        for f in found
    ]


@lru_cache(maxsize=8)  # a caller may ask find_industries (which reads the frameworks) and find_frameworks in turn
def _frameworks_in(text: str, masked: tuple[tuple[int, int], ...]) -> tuple[Framework, ...]:
    """The frameworks of `text`, their subject only where a region is named before the code (never
    handed out: find_frameworks copies them)."""
    by_code: dict[str, Framework] = {}
    codes = find_codes(text, masked)
    for k, cand in enumerate(codes):
        s_start, s_end = _sentence_bounds(text, cand.start)
        parts = _match_parts(cand.code, [p for pos, p in _parts_in(text, cand.end, s_end, masked)])
        if parts is None:
            # 具体来说，“3+3+2”的第一个“3”是指…；第二个“3”是指…: digits explained one by one are read
            # as such before the next sentence is read as a plain continuation
            parts = _explained_parts(cand, text, masked)
        if parts is None and _CONTINUES.match(text, s_end + 1):
            # “415X”先进制造业集群是…。它包含A、B…4个…、15个…
            n_start, n_end = _sentence_bounds(text, s_end + 1)
            parts = _match_parts(cand.code, [p for pos, p in _parts_in(text, n_start, n_end, masked)])
            if parts and not any(p.members for p in parts) and _counts_only(text, s_end + 1, parts):
                parts = None  # “3+2”工程。3个项目已开工，2个项目已投产: counts that enumerate nothing
        if parts is None and "+" not in cand.code:
            parts = _parts_then_rate(cand, text, s_end, masked) or _leading_parts(cand, text, s_end, masked)
        if parts is None:
            # one part, or parts before the code: only up to the next code and after the one before
            alone_end = min([s_end] + [c.start for c in codes[k + 1 :] if c.start > cand.end])
            alone_start = max([s_start] + [c.end for c in codes[:k] if c.end <= cand.start])
            parts = _first_part(cand, text, alone_end, masked) or _parts_before(cand, text, alone_start, masked)
        if parts is None:
            parts = _heading_parts(cand, text, masked)
        if parts and "+" in cand.code:
            parts = _with_uncounted_tail(cand, text, s_end, parts)
        framework = Framework(
            code=_written_code(text, cand),
            subject=_subject_before(text, s_start, cand.start) or "",
            parts=list(parts or []),
            consistent=_consistent(parts),
            quote=text[s_start:s_end].strip(),
            clean_span=(cand.start, cand.end),
        )
        known = by_code.get(cand.code)
        if known is None or (not known.parts and framework.parts):
            by_code[cand.code] = framework
    for framework in _grouped_codes(text, masked):
        by_code.setdefault(framework.code, framework)
    return tuple(sorted(by_code.values(), key=lambda f: f.clean_span[0]))


# a code of counted words (“3转、4强、7新”现代化产业体系, 以“六新六特六优+N”为支撑的现代化产业体系): each
# group a count and one word, the groups side by side or split by 、, maybe an uncounted +N; only before a
# system of industries (“一带一路”倡议, “三品一标”认证 are no industrial schemes)
_WORD_GROUP = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,2})(?![个大条项类家年月日次批])[\u4e00-\u9fff]"
_GROUPED_CODE = re.compile(
    r"[“\"「](?P<code>" + _WORD_GROUP + r"(?:、?" + _WORD_GROUP + r")+(?:[+＋][NXnx])?)[”\"」]"
    r"(?=[\u4e00-\u9fff]{0,4}?(?:现代化)?(?:产业体系|产业格局|产业布局|产业集群|主导产业))"
)
_GROUP_OF = re.compile(_WORD_GROUP + r"|[NXnx]")
# “六新”是指以装备制造、新材料等为代表的新型工业 / “N”是指先进算力、氢能等高新产业: a group explained
_GROUP_LED = r"[”\"」](?:是指|指的是|就是|是|指|即)"
_GROUP_EXAMPLES = re.compile(r"以(?P<list>[^，,。；;“”]{2,60}?)等?为(?:代表|主|重点|核心)的(?P<label>[^，,。；;“”]{2,12})")
_GROUP_LIST = re.compile(r"(?P<list>[^，,。；;“”]{2,60}?)等(?P<label>[^，,。；;“”等]{2,12})")


def _grouped_codes(text: str, masked) -> list[Framework]:
    out = []
    for m in _GROUPED_CODE.finditer(text):
        if _masked(m.start(), m.end(), masked) or "一体" in m.group("code"):
            continue  # “四位一体”产业布局: an idiom of unity, not counted parts
        code = m.group("code")
        s_start, s_end = _sentence_bounds(text, m.start())
        parts = _group_parts(code, text, m.end())
        out.append(
            Framework(
                code=code,
                subject=_subject_before(text, s_start, m.start()) or "",
                parts=parts,
                consistent=_consistent(parts),
                quote=text[s_start:s_end].strip(),
                clean_span=(m.start(), m.end()),
            )
        )
    return out


def _group_parts(code: str, text: str, end: int) -> list[FrameworkPart]:
    """The groups explained one by one in the next sentences (“六新”是指…，“六特”是…): one part per
    group, its members the list written; none when no group is explained."""
    window = text[end : end + 400]
    parts = []
    for group in _GROUP_OF.findall(code.replace("+", "")):
        lead = re.search("[“\"「]" + re.escape(group) + _GROUP_LED, window)
        found = None
        if lead is not None:
            rest = window[lead.end() :]
            found = _GROUP_EXAMPLES.match(rest) or _GROUP_LIST.match(rest)
        count = None if group in "NXnx" else (int(group[:-1]) if group[0].isdigit() else _cn_int(group[:-1]))
        members = [x for x in found.group("list").split("、") if x] if found else []
        parts.append(FrameworkPart(count, found.group("label") if found else "", members))
    return parts if any(p.members for p in parts) else []


def _heading_parts(cand: _Candidate, text: str, masked) -> list[FrameworkPart] | None:
    """全力发展“5+X” 总规模超万亿元 (a headline), then the lead paragraph: …A、B等5大…，布局C、D等X个未来赛道。
    A code in a short line at the top of the page takes its parts from the first sentences of the
    first long line after it, where their counts spell the code."""
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    if text.count("\n", 0, line_start) > 4 or line_end - line_start > 80 or "。" in text[line_start:line_end]:
        return None
    pos = line_end + 1
    for _ in range(4):  # the lead paragraph: the first line after the headings that reads as body text
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        if nxt - pos > 80 or "。" in text[pos:nxt]:
            break
        pos = nxt + 1
    else:
        return None
    for _ in range(3):  # its first sentences
        if pos >= len(text):
            break
        s_start, s_end = _sentence_bounds(text, pos)
        parts = _match_parts(cand.code, [p for _, p in _parts_in(text, s_start, s_end, masked)])
        if parts:
            return parts
        pos = s_end + 1
    return None


def _counts_only(text: str, start: int, parts: list[FrameworkPart]) -> bool:
    """A next sentence of bare counts is no framework's parts (3个项目已开工，2个项目已投产), unless each
    count builds a named set of industries (聚力打造3大万亿级主导产业集群，…培育18个“新星”产业集群)."""
    if _CONTINUES_BUILD.match(text, start):
        return not all(_INDUSTRY_SET_LABEL.search(p.label or "") for p in parts)
    return bool(_CONTINUES_COUNT.match(text, start))


_EXPLAINED_BARE = r"(?:\d{1,3}|[XN])(?:就是|是指|指的是|代表|即)"  # （5就是…，4就是…）, 其中4是指…，X是指…
_EXPLAINED = re.compile(
    r"(?:[“\"‘](?P<digit>\d{1,3}|[XNxn])[”\"’](?:就是|即|是指|指的是|指|代表|是)"
    r"|(?:(?<=[（(，,；;：:])|(?<=其中))(?P<bare>\d{1,3}|[XN])(?:就是|是指|指的是|代表|即))"
    r"(?P<body>(?:(?![，,]" + _EXPLAINED_BARE + r")[^；;。！？!?\n“]){2,300})"
)


# sentences after the code's that may explain its digits: a digit's part may take a paragraph of its own
# (第一个“4”即…。到2025年…。…\n第二个“4”即…); the digits must still spell the code in order
_EXPLAINED_SENTENCES = 6


def _explained_parts(cand: _Candidate, text: str, masked) -> list[FrameworkPart] | None:
    """Parts spelled out digit by digit after the code: “12”就是…12条…产业链；“6”就是打造A、B…6个…集群。

    The explained digits, in order, must spell the code (or its components); a digit whose clause
    counts no labelled list (“9”就是指…增长9%左右) ends the parts: what was explained so far is kept
    when it covers at least two parts."""
    window_end = _sentence_bounds(text, cand.end)[1]
    for _ in range(_EXPLAINED_SENTENCES):  # the code's sentence and a few more (each digit's own paragraph)
        if window_end + 1 < len(text):
            window_end = _sentence_bounds(text, window_end + 1)[1]
    comps = _components(cand.code) if "+" in cand.code else None
    spelled = ""
    parts: list[FrameworkPart] = []
    for m in _EXPLAINED.finditer(text, cand.end, window_end):
        if _masked(m.start(), m.end(), masked):
            break
        digit = (m.group("digit") or m.group("bare")).upper()
        expected_next = comps[len(parts)] if comps is not None and len(parts) < len(comps) else None
        if comps is not None and digit != expected_next:
            break
        if comps is None and not cand.code.startswith(spelled + digit):
            break
        body_start = m.start("body")
        found = [p for _, p in _parts_in(text, body_start, m.end("body"), masked)]
        if not found and digit in ("X", "N"):
            loose = re.search(r"(?:若干|一批|多个|N个|X个)(?:个)?([^，,。；;、]{1,16})", m.group("body"))
            if loose:
                found = [FrameworkPart(None, _trim_label(loose.group(1)), [])]
        if not found and digit == "1":
            found = _one_named(m.group("body"))
        if not found:
            break
        part = found[0]
        if digit not in ("X", "N") and part.count is not None and str(part.count) != digit:
            break
        parts.append(part)
        spelled += digit
    if len(parts) >= 2 or (parts and spelled == cand.code.replace("+", "")):
        return parts
    return None


_ONE_NAMED = re.compile(
    r"^(?:做强|做大|做优|打造|壮大|发展|培育|聚焦)*(?P<name>[\u4e00-\u9fff]{2,10}?)(?:这一|这个|这1个|1个|一个)?"
    r"(?P<label>首位产业|核心产业|龙头产业|主导产业|支柱产业|首位产业集群|核心产业集群)(?=[，,；;。]|$)"
)


def _one_named(body: str) -> list[FrameworkPart]:
    """“1”即新能源汽车首位产业: the 1 of a code explained by one named industry and its role."""
    m = _ONE_NAMED.match(body)
    members = split_members(m.group("name")) if m else []
    return [FrameworkPart(1, m.group("label"), members)] if len(members) == 1 else []


def _parts_then_rate(cand: _Candidate, text: str, s_end: int, masked) -> list[FrameworkPart] | None:
    """“5310”工程：做大A、B…5条链，以及3个集群，确保…年均增长10%: the counted
    parts spell the code's head and its last digits are the growth rate the same sentence targets."""
    parts = [p for _, p in _parts_in(text, cand.end, s_end, masked)]
    spelled = ""
    for k, part in enumerate(parts):
        if part.count is None:
            return None
        spelled += str(part.count)
        if not cand.code.startswith(spelled):
            return None
        rest = cand.code[len(spelled):]
        if k >= 1 and rest and re.search(r"增长" + rest + r"(?:\.\d+)?%", text[cand.end : s_end]):
            return parts[: k + 1]
    return None


def _leading_parts(cand: _Candidate, text: str, s_end: int, masked) -> list[FrameworkPart] | None:
    """“3456”产业格局：A、B、C3个…，D、E…4个…: the text enumerates the first parts only.
    Two or more counted parts that spell the head of the code, the first of them enumerated, are kept."""
    parts = [p for _, p in _parts_in(text, cand.end, s_end, masked)]
    spelled, best = "", None
    for k, part in enumerate(parts):
        if part.count is None:
            break
        spelled += str(part.count)
        if not cand.code.startswith(spelled) or spelled == cand.code:
            break
        if k >= 1:
            best = parts[: k + 1]
    return best if best and best[0].members else None


_UNCOUNTED = re.compile(r"(?:若干|一批|多个)(?:个|条|项|类)?(?P<label>[^\s，,。；;：:、（）()“”\"\d]{1,16}?)(?=[，,。；;）)]|$)")


def _with_uncounted_tail(cand: _Candidate, text: str, s_end: int, parts: list[FrameworkPart]) -> list[FrameworkPart]:
    """“2+N”…两大主导产业，培育若干特色产业: the X/N the counted parts leave is the uncounted tier
    written right after the last of them (within a short clause), named but not enumerated."""
    comps = _components(cand.code)
    if len(parts) >= len(comps) or comps[len(parts)] not in ("X", "N") or not parts[-1].label:
        return parts
    at = text.find(parts[-1].label, cand.end, s_end)
    if at < 0:
        return parts
    m = _UNCOUNTED.search(text, at + len(parts[-1].label), s_end)
    if not m or m.start() - (at + len(parts[-1].label)) > 10 or re.search(r"\d|[。；;]", text[at : m.start()]):
        return parts
    label = _trim_label(m.group("label"))
    return parts + [FrameworkPart(None, label, [])] if _LABEL_HEAD.match(label) else parts


def _parts_before(cand: _Candidate, text: str, s_start: int, masked) -> list[FrameworkPart] | None:
    """做强A、B、C三大主导产业，培育D、E两大新兴产业，构建“3+2”产业体系: the counted lists right
    before the code, in its sentence, spell the whole code (X/N aside)."""
    found = [p for _, p in _parts_in(text, s_start, cand.start, masked)]
    numeric = [c for c in _components(cand.code) if c not in ("X", "N")] if "+" in cand.code else None
    for k in range(len(found) - 1):
        run = found[k:]
        if numeric is not None:
            counted = [str(p.count) for p in run if p.count is not None]
            uncounted = sum(p.count is None for p in run)
            fits = counted == numeric and uncounted <= len(_components(cand.code)) - len(numeric)
        else:
            fits = all(p.count is not None for p in run) and "".join(str(p.count) for p in run) == cand.code
        if fits and any(p.members for p in run):
            return run
    return None


def _first_part(cand: _Candidate, text: str, s_end: int, masked) -> list[FrameworkPart] | None:
    """“7710”目标，即：A、B…7条重点产业链…: the code's sentence enumerates one part only, whose count
    spells the code's head (7 of 7710, 6 of 6+N). Kept only when it is the one counted list after the
    code, names at least two members and no more than its count, and its label is a framework noun."""
    found = [p for _, p in _parts_in(text, cand.end, s_end, masked)]
    if len(found) != 1:
        return None
    part = found[0]
    if part.count is None or part.count < 2 or not 2 <= len(part.members) <= part.count:
        return None
    head = str(part.count)
    if "+" in cand.code:
        fits = _components(cand.code)[0] == head
    else:
        fits = cand.code.startswith(head) and len(cand.code) > len(head)
    return [part] if fits and _LABEL_HEAD.match(part.label) else None


_CONTINUES_COUNT = re.compile(r"\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:大|个|条|项|类)")  # 3大主导产业为…
# 聚力打造3大…，升级打造3大…: a sentence of counted parts, each after a verb of building
_CONTINUES_BUILD = re.compile(
    r"\s*[\u4e00-\u9fff]{0,2}(?:打造|培育|建设|发展|壮大|构建|做强|做大)(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:大|个|条|类)"
)
_CONTINUES = re.compile(
    r"\s*(?:它|其|即|具体|主要|其中|包括|分别|该[\u4e00-\u9fff]{0,4}(?:体系|计划|行动|工程|战略|格局|布局))|"
    + _CONTINUES_COUNT.pattern + "|" + _CONTINUES_BUILD.pattern
)
# labels that name sets of industries or places (not 项目已开工, 个百分点)
_INDUSTRY_SET_LABEL = re.compile(r"产业|集群|链|园|基地|集聚区")


def _consistent(parts: list[FrameworkPart] | None) -> bool | None:
    """None when nothing is enumerated; else whether every counted part lists that many members."""
    if not parts or not any(p.members for p in parts):
        return None
    return all(p.count is None or p.count == len(p.members) for p in parts if p.members or p.count)


def _subject_before(text: str, sentence_start: int, code_start: int) -> str | None:
    """A region named right before the code (扬州经开区“12345”创新工程) is its subject."""
    window_start = max(sentence_start, code_start - 12)
    mentions = find_region_mentions(text[window_start:code_start])
    if mentions:
        s, e, region = mentions[-1]
        if window_start + e >= code_start - 2 and region.level != "country":
            return region.name
    return None
