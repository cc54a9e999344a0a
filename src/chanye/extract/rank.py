"""Ranks: 第84位, 全国第一, 位列…第一、第三, 50强 / 二十强, 前十, 居全国第四, 由161位上升至84位.

Recognised inside `chanye.extract.quantity.find_quantities` (unit 'rank', kind_hint 'rank'). The same
shapes that are not ranks come out with another role: 第一次 / 第三届 (ordinal), 第三产业 and 世界500强
(name), 前三季度 (date). Examples: examples/rank.yaml.
"""

from __future__ import annotations

import re

from chanye.extract.wordlists import SCOPE, any_of, scope_words

CN_OR_ARABIC = re.compile(r"\d+|[零〇一二三四五六七八九两十百千]+")
_SECTOR_LIST = re.compile(r"、第?[一二三]产业")


def _names():
    from chanye.extract.quantity import names  # the shared lexicon loader

    return names()


_DECIMALS = re.compile(r"\.\d+")  # after 第N: no place in a ranking has a fraction


def _number(s: str, i: int) -> tuple[int, float] | None:
    from chanye.extract.numeral import parse_numeral

    m = CN_OR_ARABIC.match(s, i)
    if not m:
        return None
    written = m.group(0)
    end = m.end()
    value = parse_numeral(written)
    while value is None and len(written) > 1:
        written, end = written[:-1], end - 1
        value = parse_numeral(written)
    if value is None:
        return None
    return end, value


def _starts(s: str, pos: int, words) -> str | None:
    for w in words:
        if s.startswith(w, pos):
            return w
    return None


def _ends(s: str, pos: int, words) -> str | None:
    for w in words:
        if pos >= len(w) and s.startswith(w, pos - len(w)):
            return w
    return None


def _may_be_rank(s: str, i: int, floor: int) -> bool:
    """Could a rank shape below start at i? Checked on the characters around i alone: recognise is tried
    at every number of a text and almost always finds nothing."""
    if s[i] in "一二三四五六七八九十" and "、" in s[i + 1 : i + 3]:
        return True  # a list of places (一、二、三位)
    if i >= 1 and s[i - 1] in "第前" and i - 1 >= floor:
        return True
    # N强: the numeral must run right up to 强 (one _number cuts short ends on a numeral character)
    m = CN_OR_ARABIC.match(s, i)
    if m is not None and s.startswith(("名", "位"), m.end()) and _RANKED_LIST_LEAD.search(s, max(0, i - _RANKED_LIST_REACH), i):
        return True  # 排名分别是：长沙高新区33名、…: places listed with their positions
    return m is not None and s.startswith("强", m.end())


# a lead that lists places with their positions, no 第 before each (排名分别是：甲区33名、乙区38名、…)
_RANKED_LIST_LEAD = re.compile(r"(?:排名|排位|位次)(?:分别)?(?:是|为)?[：:][^。；;！？\n]*$")
_RANKED_LIST_REACH = 80  # characters from the lead to a listed position


def recognise(s: str, i: int, floor: int):
    """Rank-shaped mention with its number at i, or None when the number is not rank-shaped."""
    if not _may_be_rank(s, i, floor):
        return None
    from chanye.extract.quantity import _finish, _q

    n = _names()
    # 全国一、二、三位 / 全省二、三名: a list of places without 第 (分别跃居全国一、二、三位)
    m = _PLACE_LIST.match(s, i)
    if m and _place_scope_before(s, i):
        out = []
        unit_text = m.group(2)
        for k, part in enumerate(re.finditer(r"[一二三四五六七八九十]+", m.group(1))):
            a, b = i + part.start(), i + part.end()
            from chanye.extract.numeral import parse_numeral

            value = parse_numeral(part.group(0))
            if value is None:
                return None
            last = b == m.end(2) - 1
            out.append(_q(a, b + 1 if last else b, a, b, value, "rank", unit_text, kind_hint="rank"))
        return out
    # 排名分别是：甲区33名、乙区38名: a position without 第, in a list the lead announces as ranks
    if (
        not (i >= 1 and s[i - 1] in "第前")
        and (m := CN_OR_ARABIC.match(s, i)) and s.startswith(("名", "位"), m.end())
        and _RANKED_LIST_LEAD.search(s, max(0, i - _RANKED_LIST_REACH), i)
    ):
        num = _number(s, i)
        if num is not None and num[0] == m.end():
            return [_finish(s, i, num[0] + 1, num[1], None, "rank", s[num[0]], "rank", floor, None)]
    # 第N …
    if i >= 1 and s[i - 1] == "第" and i - 1 >= floor:
        num = _number(s, i)
        if num is None:
            return None
        end, value = num
        start = i - 1
        decimals = _DECIMALS.match(s, end)
        if decimals:
            return [_q(start, decimals.end(), start, decimals.end(), value, "other", "", role="name")]  # 第8.6代线: a generation's name
        if s.startswith(("位", "名"), end):
            return [_finish(s, start, end + 1, value, None, "rank", s[end], "rank", floor, None)]
        if _starts(s, end, n["ordinal_names"]) or _SECTOR_LIST.match(s, end):
            return [_q(start, end, start, end, value, "other", "", role="name")]
        nxt = s[end : end + 1]
        if re.match(r"(?:和|及|与|、)第", s[end : end + 2]):
            # 第8、第11和第31位: a place in a list of places, the last naming 位
            return [_finish(s, start, end, value, None, "rank", s[start:end], "rank", floor, None)]
        if nxt == "大" and _largest_scope_before(s, start):
            # 世界第三大光伏玻璃生产企业, 全省第二大经济体: the Nth largest in the scope
            return [_finish(s, start, end + 1, value, None, "rank", s[start : end + 1], "rank", floor, None)]
        if _nth_place_of_class(s, start, end, n):
            # 成为全国第27个万亿城市, 全省第二个千亿县: the place's own order among places of its class
            return [_finish(s, start, end + 1, value, None, "rank", s[start : end + 1], "rank", floor, None)]
        if _starts(s, end, n["ordinal_nouns"]) or (nxt and re.match(r"[\u4e00-\u9fff]", nxt)):
            return [_q(start, end, start, end, value, "other", "", role="ordinal")]
        return [_finish(s, start, end, value, None, "rank", s[start:end], "rank", floor, None)]
    # 前N …
    if i >= 1 and s[i - 1] == "前" and i - 1 >= floor and not (i >= 2 and s[i - 2] in n["front_word_before"]):
        num = _number(s, i)
        if num is None:
            return None
        end, value = num
        start = i - 1
        if _starts(s, end, n["front_not_rank"]):
            return None  # 前三季度, 前5个月: a time expression, left to the unit reader (date)
        if s.startswith(("%", "％"), end):
            return [_q(start, end + 1, start, end, value, "other", "", role="name")]  # 位列前1%: a percentile, no position
        if _TOP_POOL.match(s, end) or _top_bracket_qualifier(s, start, end):
            return [_q(start, end, start, end, value, "other", "", role="name")]  # 排名前10的行业中: a pool, no position
        if s.startswith(("位", "名", "强"), end):
            unit_text, vend = s[end], end + 1
        else:
            unit_text, vend = s[start:end], end
        q = _finish(s, start, vend, value, None, "rank", unit_text, "rank", floor, None)
        if q.comparator == "=":
            q = _with_comparator(q, "<=")
        return [q]
    # N强
    num = _number(s, i)
    if num is not None:
        end, value = num
        if s.startswith("强", end) and not s.startswith("强化", end) and not s.startswith("强国", end):
            vend = end + 1
            if _joins_strong_places(s, i, vend, n):
                pass  # 跻身全国制造业高质量发展50强城市: the region's own place among the 50
            elif (_ends(s, i, n["strong_name_before"]) or _name_before_strong(s, i, n) or _starts(s, vend, n["strong_name_after"])
                    or s[max(0, i - 2) : i].lstrip("“\"‘'「『").endswith("个") or s[max(0, i - 1) : i] == "个"):
                # “三个500强” (世界、中国、民营500强 together): a class of enterprises, not a rank
                return [_q(i, vend, i, vend, value, "other", "", role="name")]
            q = _finish(s, i, vend, value, None, "rank", "强", "rank", floor, None)
            if q.comparator == "=":
                q = _with_comparator(q, "<=")
            return [q]
    return None


# 前N(位/名)的<things>中: the top N taken as a pool the sentence then reports on (累计增加值排名前10的行业中，有7个…)
_TOP_POOL = re.compile(r"[位名强]?的[^，。；,;、]{1,10}?(?:之中|当中|中)(?:[，,：:]|有|共)")
# 重点行业（增加值总量前10）: a bracket after a class noun naming how its members were picked, no scope word
# a scope word inside the bracket (（全省前三）) keeps the rank; covers every _PLACE_SCOPE word
_BRACKET_SCOPE = re.compile(SCOPE)
_CLASS_BRACKET_OPEN = re.compile(r"(?:行业|企业|产品|项目|园区|县|市|区)[（(]([^（）()，。；]{0,10})$")


def _top_bracket_qualifier(s: str, start: int, end: int) -> bool:
    """前N closing a bracket right after a class noun (重点行业（增加值总量前10）增加值增长9.4%): the bracket picks the
    class's members, no position of the region; a scope inside (（全省前三）) keeps the rank."""
    if not s.startswith(("）", ")"), end):
        return False
    m = _CLASS_BRACKET_OPEN.search(s, max(0, start - 14), start)
    return m is not None and not _BRACKET_SCOPE.search(m.group(1))


_PLACE_LIST = re.compile(r"([一二三四五六七八九十]{1,2}(?:、[一二三四五六七八九十]{1,2})+)([位名])")
_PLACE_SCOPE = (*scope_words(), "全国同类城市", "全省同类")
_PLACE_VERB = re.compile(r"(?:居|列|排|排名|位列|位居|跃居|分居|分列|名列)(?:第)?$")


def _place_scope_before(s: str, i: int) -> bool:
    """全国 / 全省 … (or 居 / 列 / 排名) right before a list of places."""
    before = s[max(0, i - 8) : i]
    return bool(_ends(s, i, _PLACE_SCOPE)) or bool(_PLACE_VERB.search(before))


# the scope right before (a whole-area word: names.yaml scope_words); a scope of 第N大 (largest_scope_words: the
# country, wider, or the province) and a short topic (全国产粮第一大省, 全球光伏第一大国); a province named right
# before (陕西省第二大工业城市)
_LARGEST_SCOPE = re.compile(
    r"(?:" + SCOPE + "|" + any_of(scope_words("largest_scope_words")) + r"[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,3}省)$"
)
_JOIN_VERB = re.compile(r"(?:跻身|入围|进入|迈入|挺进|晋级|跃居|跨入)(?:首批|第[一二三四五]批)?[^，。；、\d]{0,14}$")
_STRONG_PLACES = ("城市", "市", "县", "区", "县市")
_PLACE_IN_CLASS = re.compile(r"(?:城市|县市|市|县|区)(?:排名|排行榜|榜单|榜)?(?:中|里)?(?:的)?(?:第|首位|榜首|之首)")


_CLAUSE_END = re.compile(r"[，。；,;、（(！？!?\n]")
# the verbs that make a place one of a class (成为全国第25个万亿城市, 晋级全省第2个千亿县)
BECOMES = r"(?:成为|是|跃升为|晋升为|晋级为?|跻身为?|迈入)"
_BECOMES = re.compile(BECOMES + r"(?:[^，。；,;、]{0,8}、)?[^，。；,;、]{0,8}$")


PAIRED_ORDINAL = re.compile(r"、[^，。；,;、\d]{0,8}?(?:第[\d一二三四五六七八九十]+个|首个)")


def _nth_place_of_class(s: str, start: int, end: int, n) -> bool:
    """第N个 after 成为/是 (and a scope) whose clause ends on a kind of place (成为河北首个、全国第27个万亿城市,
    是全国第一个新能源总装机突破1亿千瓦的省区): the subject's own rank among such places. The Nth of
    a zone's holdings (成为高新区第7家百亿级企业, 第四个千亿产业集群) is a count of the zone's, not read here."""
    if not s.startswith("个", end) or not _BECOMES.search(s, max(0, start - 20), start):
        return False
    after = end + 1
    if (pair := PAIRED_ORDINAL.match(s, after)) is not None:
        after = pair.end()  # 第三个、北方第一个过10万亿元省份: the class follows the pair's second ordinal
    stop = _CLAUSE_END.search(s, after)
    tail = s[after : stop.start() if stop else len(s)].rstrip("”\"")
    return bool(tail) and len(tail) <= 24 and _ends(tail, len(tail), n["nth_place_classes"]) is not None


def _largest_scope_before(s: str, start: int) -> bool:
    """全国/世界/国内 (and a short topic) or a province right before 第N大."""
    return bool(_LARGEST_SCOPE.search(s, max(0, start - 6), start))


def joins_strong_places(s: str, i: int, vend: int) -> bool:
    return _joins_strong_places(s, i, vend, _names())


def _joins_strong_places(s: str, i: int, vend: int, n) -> bool:
    """跻身首批全国…50强城市 (a place's own rank among the strongest places), not 500强企业 (a class) nor a
    count of places that entered (3个县入围百强县)."""
    if not _starts(s, vend, _STRONG_PLACES) or _name_before_strong(s, i, n) and not re.search(SCOPE, s[max(0, i - 14) : i]):
        return False
    if _PLACE_IN_CLASS.match(s, vend):
        return False  # 跃居全国百强县第七位: a place within the class, the class named whole (read as 第N位)
    m = _JOIN_VERB.search(s, max(0, i - 20), i)
    if not m:
        return False
    k = m.start()
    while k > 0 and s[k - 1] not in "，。；;！!？?\n":
        k -= 1
    return not re.search(r"[\d一二三四五六七八九十两]+[个家]", s[k : m.start()])


def _name_before_strong(s: str, i: int, n) -> bool:
    """世界/全球/财富/中国 … a few characters back, in the same noun phrase (《福布斯》全球2000强, 中国民营企业500强)."""
    lo = max(0, i - 8)
    chunk = s[lo:i]
    for p in "，。；、,;：:（(":
        k = chunk.rfind(p)
        if k != -1:
            chunk = chunk[k + 1 :]
    return any(w in chunk for w in n["strong_name_before"])


def _with_comparator(q, comparator: str):
    from dataclasses import replace

    return replace(q, comparator=comparator)


def first_place(s: str, i: int, floor: int):
    """首位 / 榜首 / 之首: rank 1 (位居全国百强县首位, 居全国城市首位, 规模居全国之首)."""
    from chanye.extract.quantity import _finish

    word = s[i : i + 2]
    return [_finish(s, i, i + 2, 1, None, "rank", word, "rank", floor, None)]


_HOLDS_VERB = re.compile(r"(?:居|列|排|为|是)[^，。；,;]{0,4}$")


def holds_first_place(s: str, i: int) -> bool:
    """`规模居全国之首`, `位列全省之首`: 之首 after a verb of standing (not 百业之首, 群山之首)."""
    return bool(_HOLDS_VERB.search(s, max(0, i - 7), i))


def is_rank_change(s: str, start: int) -> bool:
    """`前移3位`, `上升5位`, `提升了9位`: a move of N places, not a position (由161位上升至84位 is a position)."""
    if start > 0 and s[start - 1] in "至到":
        return False  # 提升至87位, 升至第5位: the place reached (升至 is listed for positions)
    if start > 0 and s[start - 1] == "了":
        start -= 1  # 大幅提升了9位, 跃升了18位: the move told as done
    return bool(_ends(s, start, _names()["rank_after_verbs"]))


def is_rank_position(s: str, start: int, end: int) -> bool:
    """Is `N位` at [start, end) a rank position (由161位上升至84位, 排名第…) rather than a head count (院士10位)?"""
    n = _names()
    if _starts(s, end, n["rank_after_verbs"]):
        return True
    lo = max(0, start - 10)
    before = s[lo:start]
    for p in "，。；,;":
        k = before.rfind(p)
        if k != -1:
            before = before[k + 1 :]
    return any(w in before for w in n["rank_after_verbs"]) or any(w in before for w in n["position_cues"])
