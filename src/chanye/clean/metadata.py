"""Document metadata: title, publication date, outlet (meta.region is the extract stage's).

Reads the container's fields first (HTML <title>, JSONL "title"/"date"), then the page head: the
headline line, the byline (`2024-03-07 09:15:20`, `来源：无锡发布 2022-11-17`), the dateline of the
first paragraph (`中新网盐城3月7日电`, `交汇点讯 10月21日`). A dateline without a year gives a date
only when the text makes the year certain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

import yaml

from chanye.clean.furniture import Line, is_prose
from chanye.clean.mapped_text import MappedText
from chanye.clean.pinyin import remove_pinyin
from chanye.clean.script import to_simplified
from chanye.clean.width import normalise_width

_SPACES = re.compile(r"\s+")
# ` - 中国徐州网`, `_扬州网`, `|新华网`: a separator and a site name at the end of a page title.
_SITE_SUFFIX = re.compile(
    r"\s*(?:[_|｜]|\s[-–—]\s?|[-–—]{2})\s*[^_|｜\s]{0,20}(?:网|报|新闻|频道|在线|门户|客户端|政府|发布|\.com|\.cn|\.net)[^_|｜]{0,10}$"
)
_CHANNEL_SUFFIX = re.compile(r"\s*[_|｜]\s*[^_|｜\s]{1,6}$")
# 2025-01-12, 2025/1/12, 2025.01.12, 2025年1月12日 (one kind of separator: 2024年1-9月 is no date)
_FULL_DATE = re.compile(
    r"(?P<y>\d{4})\s*(?:(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d)"
    r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日)"
)
# 二〇二四年三月五日: an official document's date in Chinese numerals
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_DATE = re.compile(
    rf"([{_CN_DIGIT}]{{4}})年(十[一二]?|[一二三四五六七八九])月(三十一?|三十|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
# a list item: a headline with its date before or after it (`某县召开大会 2023-05-06`, `[2023-05-06] 某县…`);
# a headline that opens with its date (`2024年3月5日某市召开…`) is none
_DAY = r"\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)"  # 2024-03-05, 2024.3.5, 2024年3月5日
_CLOCK_TIME = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"  # an optional 09:12 or 09:12:30 after it
_DATE_AT_EDGE = re.compile(
    rf"^[\[【(（]?\s*{_DAY}{_CLOCK_TIME}(?:\s|[\]】)）]|$)"
    rf"|{_DAY}{_CLOCK_TIME}\s*[\]】)）]?$"
)
# `标题 2024-03-05 09:12`: a headline with its byline's date on the same line
_DATE_AT_END = re.compile(rf"\s[\[【(（]?\s*{_DAY}{_CLOCK_TIME}\s*[\]】)）]?$")
# `2024年3月5日 星期二 农历正月廿五`: a line with a date and a weekday only (the clock in a site bar)
_CLOCK = re.compile(rf"^\s*{_DAY}\s*(?:星期|周|礼拜)[一二三四五六日天](?:\s*农历\S{{0,8}})?\s*$")
_COMPACT_DATE = re.compile(r"(?<!\d)20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
# 05.11.2014, 5/11/2014: the year last, as foreign-built sites write it; day first unless the day cannot be a
# month's (11/25/2014). Ambiguous in general, so read only after a publication label or alone on its line.
_YEAR_LAST_DATE = re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?![\d.:/-])")
# 2021 09/16 16:23:31: a news site's byline with the year apart from month/day (read as the year-last dates)
_YEAR_APART_DATE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d{2})\s+(?P<b>\d{1,2})/(?P<a>\d{1,2})(?![\d./])")
_CN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_WIDGET_SPLIT = re.compile(r"[\s|｜丨/·•]+")
_LABEL_SPAN = 12  # a date's label stands in the characters just before it
_HEAD_LINES = 5  # site, channel and list lines above a headline, at most
_YEAR_ONLY = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")  # a container's date known to the month
_DATELINE_MD = re.compile(r"(\d{1,2})月(\d{1,2})日(?:电|讯|消息)|讯\s*(\d{1,2})月(\d{1,2})日")
# 讯（记者 某某）2月22日，: the day after the reporters is the event's, not a dateline, but an early or a late one
# still dates the year whose results the text reports (the page's year, not its day)
_REPORTER_DAY = re.compile(r"讯\s*[（(][^（）()\d]{0,30}[）)]\s*(\d{1,2})月(\d{1,2})日")
_DATELINE_SPAN = 40  # a dateline sits in the first characters of the first paragraph

_SOURCE = re.compile(
    r"(?:来源|稿源|来自)\s*[：:|｜丨]\s*([^\s：:|｜丨]{2,30}?)(?=(?:作者|编辑|记者|责编|责任编辑|发布时间|时间|浏览|点击|字号)[：:|｜丨]|[\s：:|｜丨]|$)"
)
_OUTLET_DIAN = re.compile(
    r"^([\u4e00-\u9fff]{1,8}?(?:网|社|报|台|日报|晚报|客户端))[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电"
)
_OUTLET_XUN = re.compile(r"^([^\s，。、：；（）()]{2,16}?)讯")
# a line that is a dateline, not a headline: 中新网盐城3月7日电, 盐城网讯
_DATELINE_LINE = re.compile(r"\d{1,2}月\d{1,2}日电|^[^\s，。、：；]{2,16}讯(?:[\s（(]|$)")
_SITE_NAME_MAX = 5  # a short line above the headline: 江苏视窗, 中国徐州网
_SITE_NAME_LONG = 16  # a longer one ends as a site or a body does: 某某市人民政府门户网站
_PUNCTUATION = re.compile(r"[，。、；：！？,.;:!?“”\"'（）()《》\s]")
_NOT_OUTLET = {"本报", "本网", "本台", "记者", "通讯"}

_PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}
_PLAN_REVIEW = re.compile(
    r"(?:高质量完成|圆满完成|全面完成|顺利完成)[“‘\"]?(十[一二三四五]五)|(十[一二三四五]五)[”’\"]?(?:规划)?(?:的)?(?:收官)"
)
_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
# 今年是"十五五"开局之年, 去年是"十四五"收官之年: the year named outright
_YEAR_OF_PLAN = re.compile(
    r"(今年|去年)是[^。；，]{0,12}?[“‘\"]?(十[一二三四五]五)[”’\"]?(?:规划)?(?:的)?(收官|开局|起步)之年"
)
# 今年（2024年）: the year written out beside 今年
_THIS_YEAR_WRITTEN = re.compile(r"今年[（(]((?:19|20)\d{2})年?[）)]")
# 为全面完成"十二五"…奠定基础, 确保高质量完成"十四五": a goal, not a review
_PLAN_GOAL = re.compile(r"(?:为|确保|力争|努力|奋力|要|将|以)\s*$")
# ... unless the past year laid its ground (为全面完成"十二五"奠定了基础: said in the plan's last year)
_GROUND_LAID = re.compile(r"[^。；]*?(?:奠定了|打下了)")
# a headline that names the year of a yearly report: the report of year Y is delivered in Y, the
# statistical bulletin of year Y is published in Y+1
_REPORT_TITLE = re.compile(r"(\d{4})年[^，。；：\d]{0,12}?政府工作报告")
_BULLETIN_TITLE = re.compile(r"(\d{4})年[^，。；：\d]{0,16}?统计公报")
_PLAN_TITLE = re.compile(r"(\d{4})年[^，。；：\d]{0,16}?国民经济和社会发展计划(?!执行)")
# the year's congress season (`聚焦2024全国两会`), and figures for part of a year, reported in that year
# (`2024年1-10月全市工业经济运行情况`, `某市：2024年前8月规上工业增加值增长5.1%`)
_SESSIONS_TITLE = re.compile(r"(\d{4})年?(?:全国|地方|省|市|区|县)?两会")
# a part of a year, written after its year (1-7月, 前8个月, 前三季度, 上半年, 一季度)
_PART_OF_YEAR = r"(?:1\s*[-—–~～至]\s*\d{1,2}月份?|前[一二三四五六七八九十\d]{1,2}个?月|前三季度|上半年|[一二三]季度)"
_PART_YEAR_TITLE = re.compile(
    rf"(\d{{4}})年(?:{_PART_OF_YEAR}|\d{{1,2}}月份)[^，。；]{{0,24}}?(?:同比|增长|下降|运行|情况|简况|数据|分析)"
)
# a report to the people's congress (各位代表, 过去一年): its review of year Y is delivered in Y+1 and
# its plan for year Y in Y (`一、2024年工作回顾`, `二、2025年工作安排` as heading lines)
_REPORT_REVIEW = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*(?:[^\n，。]{0,12}和)?(\d{4})年(?:以来)?(?:政府)?工作回顾\s*$",
    re.MULTILINE,
)
_REPORT_PLAN = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*(\d{4})年(?:政府)?(?:工作安排|重点工作|主要工作|工作任务|主要任务|目标任务)\s*$",
    re.MULTILINE,
)
_REPORT_VOICE = re.compile(r"各位代表|(?<!即将)过去(?:的)?一年")
# the session of the National People's Congress (or CPPCC) that a page opens with: held each March, the
# first session of the 14th in 2023 (`十四届全国人大三次会议` -> 2025)
_NPC_SESSION = re.compile(
    r"(?:第?十(?P<t>[二三四五])届全国(?:人民代表大会|人大|政协|委员会)|全国政协第?十(?P<t2>[二三四五])届"
    # a province's congress: elected with the national one, numbered alike where it runs to 十X届 (not 海南's 七届;
    # an autonomous region's and a city's terms are numbered otherwise)
    r"|(?<=省)第?十(?P<t3>[二三四五])届(?:人民代表大会|人大))(?:常委会)?"
    r"第?(?P<n>[一二三四五])次(?:全体)?会议"
)
# ... not a document it adopted (`十三届全国人大四次会议审议通过的规划纲要`) or a time since
_SESSION_CITED = re.compile(r"(?:上)?(?:以来|审议通过|通过的|批准)")
_NPC_FIRST_YEAR = {"二": 2013, "三": 2018, "四": 2023, "五": 2028}
_SESSION_SPAN = 80  # the session named in the first characters of the first paragraph
# figures for part of year Y reported as results in the body (`2025年上半年全州经济…完成…`, `2016年1—7月全省
# 工业园区发展情况显示`) are published in Y: not when the part-year is a comparison base (比2024年一季度) and
# not when the text reports a later year, or Y's whole year, as well
_PART_YEAR_RESULT = re.compile(rf"(\d{{4}})年{_PART_OF_YEAR}[^。；\n]{{0,40}}?(?:同比|增长|下降|运行|情况|简况|完成|实现)")
_BASE_BEFORE = re.compile(r"(?:比|较|与|同|高于|低于)\s*$")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_FUTURE_YEAR_CUE = re.compile(r"(?:到|至|力争|争取|目标|计划|预计|预期|[-—–~～])\s*$")
_AS_OF_YEAR_END = re.compile(r"截至(\d{4})年年?(?:底|末|12月底|12月末)")
_AS_OF_MONTH = re.compile(r"截至(\d{4})年\d{1,2}月")
_THIS_YEAR = re.compile(r"今年")
_OTHER_YEAR = re.compile(r"明年|后年|去年|前年|\d{4}年")
# year Y closed and Y+1 opened (`2022年…圆满收官，为2023年精彩开局奠定基础`): with Y's figures told as 去年, the
# page is of Y+1; not a goal (确保2022年圆满收官…), said while Y still runs
_YEAR_CLOSED_NEXT_OPENED = re.compile(
    r"(\d{4})年[^。；\n]{0,30}?收官[^。；\n]{0,12}?(\d{4})年[^。；\n]{0,16}?(?:开局|开门红|起步)"
)
_LAST_YEAR = re.compile(r"去年")
# a stock compared with a year's end while part of the next year is reported (较2023年末净增, 比2023年底增长)
_SINCE_YEAR_END = re.compile(r"(?:较|比)(\d{4})年(?:末|底)")
_PART_OF_YEAR_RE = re.compile(_PART_OF_YEAR)
# a rate against the same period two years before, and its two-year average (the years after 2020's base)
_TWO_YEAR_BASE = re.compile(r"(?:比|较)(\d{4})年同期[^。；\n]{0,40}?两年平均")
# an expectation of a year written in its last weeks (12月27日…预计2023年…)
_EXPECTED_YEAR = re.compile(r"预计(\d{4})年")
_LATE_MONTHS = 11
# year Y's whole-year figures told as results (`2016年，全市地区生产总值完成…`, `2022年全部工业增加值284.9亿元`): not a
# part of it, not a goal; in news of a work report also the closed year's expected ones (`2022年，…预计达1100亿元`)
_YEAR_HEAD = rf"(\d{{4}})年(?!{_PART_OF_YEAR}|\d{{1,2}}月|[初中底末]|以来|起|度)(?:全年)?[，,]?"
_YEAR_RESULT_WORDS = r"完成|实现|达到|突破|增长|下降|\d[\d.]*(?:亿元|万元|%)"
_YEAR_RESULT = re.compile(
    _YEAR_HEAD + rf"(?:(?!将|力争|预计|计划|目标|争取|有望|确保)[^。；\n]){{0,30}}?(?:{_YEAR_RESULT_WORDS})"
)
_YEAR_RESULT_EXPECTED = re.compile(
    _YEAR_HEAD + rf"(?:(?!将|力争|计划|目标|争取|有望|确保)[^。；\n]){{0,30}}?(?:{_YEAR_RESULT_WORDS}|预计)"
)
_EARLY_MONTHS = 4  # a dateline in these months can report the closed year's results
# a day opening the first paragraph without 电/讯 (`6月3日，…`)
_DAY_OPENING = re.compile(r"^\s*(\d{1,2})月(\d{1,2})日[，,\s]")
# the same day after an outlet's name (青海新闻网·大美青海客户端 1月12日，…)
_OUTLET_DAY_OPENING = re.compile(r"^[^，。,\d]{2,24}?(?:网|客户端|报|台|号)[^\s，。,\d]{0,12}\s+(\d{1,2})月(\d{1,2})日[，,\s]")


@lru_cache(maxsize=4096)  # container titles repeat (a site's name in every <title>)
def clean_inline(text: str) -> str:
    """A short string (a container title) through the character steps of cleaning."""
    mt, _ = remove_pinyin(MappedText.identity(text))
    mt = to_simplified(mt)
    return _SPACES.sub(" ", normalise_width(mt).text).strip()


@lru_cache(maxsize=4096)
def strip_site_suffix(title: str) -> str:
    """`标题_要闻_新华网` -> `标题`: a site name at the end, and the channel names before it; a table
    cell's bar after it (`标题 |`)."""
    title = title.rstrip(" |｜丨") or title
    shorter = _SITE_SUFFIX.sub("", title)
    if shorter == title or len(shorter) < 4:
        return title
    while True:
        title = shorter
        shorter = _CHANNEL_SUFFIX.sub("", title)
        if shorter == title or len(shorter) < 4:
            return title


def headline(lines: Sequence[Line]) -> str | None:
    """The first body line of the page when it reads as a headline (short, not a sentence).

    Short lines above the headline give way to it and become navigation furniture, so that the
    headline opens the cleaned text: a site name (`江苏视窗`), a channel (`要闻`, `工作动态`), items of
    a list with their dates (`某县召开大会 2023-05-06`).
    """
    body = [line for line in lines if not line.kind][: _HEAD_LINES + 1]
    texts = [_squeeze(line.text) for line in body]
    for i, text in enumerate(texts):
        nxt = texts[i + 1 : i + 3]
        if nxt and _above_headline(text, nxt):
            continue
        if not _headline_like(text):
            text = _DATE_AT_END.sub("", text)
            if text == texts[i] or not _headline_like(text):
                return None
        for j, line in enumerate(body[:i]):
            # a lone dated line above the headline is its byline (`( 2023-07-24 ) 来源：…`), kept for the date
            if not _DATE_AT_EDGE.search(texts[j]) or _in_dated_run(texts, j):
                line.kind = "navigation"
        return text
    return None


def _above_headline(text: str, following: list[str]) -> bool:
    """A short head line that is not the headline when a headline-like line follows it.

    The header of a list (two dated items follow it) gives way too.
    """
    nxt = following[0]
    if is_prose(text) or len(text) > 80:
        return False
    if _MENU_ITEM.match(text) and (_MENU_ITEM.match(nxt) or _headline_like(nxt)):
        return True  # `- 首页` … `- 登录`: bulleted menu items above the headline
    if text.startswith(_cues()["site_bar"]) or _widget_line(text):
        return True
    if len(text) <= _SITE_NAME_LONG and text.endswith(_cues()["site_suffixes"]) and not _PUNCTUATION.search(text):
        return _headline_like(nxt) or bool(_DATE_AT_EDGE.search(nxt))  # the body signing, then its date
    if len(following) == 2 and all(_DATE_AT_EDGE.search(t) for t in following):
        return True
    if text in _cues()["channel_names"] or _DATE_AT_EDGE.search(text):
        return _headline_like(nxt) or bool(_DATE_AT_EDGE.search(nxt)) or nxt in _cues()["channel_names"]
    site_name = len(text) <= _SITE_NAME_MAX and not _PUNCTUATION.search(text)
    return site_name and (_headline_like(nxt) and len(nxt) > len(text) or nxt in _cues()["channel_names"])


# an item of a bulleted site menu: a dash, then a few words
_MENU_ITEM = re.compile(r"[-•·]\s?\S{1,8}$")


def _widget_line(text: str) -> bool:
    """`简体 | 繁体`, `无障碍浏览 长者模式`, `请输入关键词`: a line of the site bar's widgets only; or its links to
    other sites (`中央人民政府 | 青海省人民政府 | 海西州人民政府 网站无障碍`: two or more site names, and widgets)."""
    words = [w for w in _WIDGET_SPLIT.split(text) if w]
    widgets = _cues()["site_widgets"]
    sites = [w for w in words if w not in widgets]
    if not sites:
        return bool(words)
    return len(sites) >= 2 and all(len(w) <= _SITE_NAME_LONG and w.endswith(_cues()["site_suffixes"]) for w in sites)


def _in_dated_run(texts: list[str], j: int) -> bool:
    """A dated line next to another: an item of a list."""
    return any(0 <= k < len(texts) and _DATE_AT_EDGE.search(texts[k]) for k in (j - 1, j + 1))


@cache
def _cues() -> dict:
    data = yaml.safe_load((resources.files("chanye.clean") / "metadata.yaml").read_text(encoding="utf-8"))
    return {
        "channel_names": frozenset(data["channel_names"]),
        "site_bar": tuple(data["site_bar"]),
        "site_widgets": frozenset(data["site_widgets"]),
        "site_suffixes": tuple(data["site_suffixes"]),
        "owner_bodies": tuple(data["owner_bodies"]),
        "event_year": re.compile(
            r"(?<![\d.])((?:19|20)\d{2})(?![\d年月日.%])(?![余多家个人名亿万元吨台件批次]|项(?!目))[^\s，。；、,;]{2,30}?(?:"
            + "|".join(sorted(map(re.escape, data["event_names"]), key=len, reverse=True))
            + ")"
        ),
        "same_day_event": re.compile(
            r"(?<![\d.])((?:19|20)\d{2})年度?(?![\d月]|以来|至|到|底|末|前|全年)[^\s，。；、,;]{0,30}?(?:"
            + "|".join(sorted(map(re.escape, data["event_names"] + data["same_day_meetings"]), key=len, reverse=True))
            + ")"
        ),
        "founded": re.compile(
            "(?:" + "|".join(sorted(map(re.escape, data["founded"]), key=len, reverse=True)) + r")\s*$"
        ),
        "years_since": re.compile(
            "(?:" + "|".join(sorted(map(re.escape, data["since_founded_lead"]), key=len, reverse=True)) + r")?"
            r"(?P<n>[一二两三四五六七八九十]|十[一二三四五六七八九]|[1-9]\d?)\s*(?:周年|年(?:以)?来)"
        ),
        "byline_words": re.compile("|".join(map(re.escape, data["byline_words"]))),
        "planned_after": re.compile(r"[^。；\n]{0,12}?(?:" + "|".join(map(re.escape, data["plan_words"])) + ")"),
        "report_news": re.compile(r"人大[^。，\n]{0,6}次会议|" + "|".join(map(re.escape, data["report_news"]))),
        "event_held": re.compile("|".join(sorted(map(re.escape, data["event_held"]), key=len, reverse=True))),
        # (the year before the name, `2023先进制造业百强市研究报告`, or after it, `…研讨会2024`)
        "lead_event": re.compile(
            r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?!\d)(?!\s*年?度?\s*(?:以来|\d{1,2}\s*月|月))[^，。；！？\n]{0,26}?(?:" + "|".join(sorted(map(re.escape, data["event_names"] + data["same_day_meetings"] + data["published_names"]), key=len, reverse=True)) + ")"
            r"|(?:" + "|".join(sorted(map(re.escape, data["event_names"] + data["same_day_meetings"] + data["published_names"]), key=len, reverse=True)) + r")\s*(?P<suffix_year>(?:19|20)\d{2})(?!\d|\s*年)"
        ),
        "lead_event_verb": re.compile(
            "|".join(sorted(map(re.escape, data["event_held"] + data["published_verbs"]), key=len, reverse=True))
        ),
        "review_words": re.compile("|".join(map(re.escape, data["review_words"]))),
        "part_year_words": re.compile("|".join(map(re.escape, data["part_year_words"]))),
        "label": re.compile(
            "(?:"
            + "|".join(
                f"(?P<{group}>{'|'.join(sorted(map(re.escape, data[key]), key=len, reverse=True))})"
                for group, key in (("pub", "publication_labels"), ("sec", "secondary_labels"), ("never", "never_labels"))
            )
            + r")\s*[：:]?\s*[【\[(（]?\s*$"
        ),
    }


@lru_cache(maxsize=4096)
def _squeeze(text: str) -> str:
    """Runs of whitespace as one space (head lines repeat across a site's pages)."""
    return _SPACES.sub(" ", text)


def _headline_like(text: str) -> bool:
    return (
        4 <= len(text) <= 80
        and not text.endswith(("。", "；", "，", ";", ",", "：", ":"))  # `各位代表：` is a salutation
        and not is_prose(text)
        and not _DATELINE_LINE.search(text)
        and not _DATE_AT_EDGE.search(text)
        and text not in _cues()["channel_names"]
        and not text.startswith(("——", "—", "--"))  # a subtitle (`——2024年1月9日在…会议上`)
    )


_BARE_YEAR_LINE = re.compile(r"\s*(?:19|20)\d{2}\s*")
_MONTH_DAY_LINE = re.compile(r"\s*\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_SLASHED_CN_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*/\s*(\d{1,2})\s*月\s*/\s*(\d{1,2})\s*日")


def _with_month_day_below(text: str, below: str) -> str:
    """`2024` over `09/04` (a site's byline that stacks the year above month/day): one date, the year apart."""
    if _BARE_YEAR_LINE.fullmatch(text) and _MONTH_DAY_LINE.fullmatch(below):
        return f"{text.strip()} {below.strip()}"
    return text


def _unslashed(text: str) -> str:
    """An e-paper's page header writes its date's parts between slashes (吉林日报/2025 年/8 月/6 日/第 006 版)."""
    return _SLASHED_CN_DATE.sub(r"\1年\2月\3日", text) if "/" in text else text


def first_paragraph(lines: Sequence[Line], title: str | None) -> str:
    for line in lines:
        if line.kind or _squeeze(line.text) == title or _DATE_AT_END.sub("", _squeeze(line.text)) == title:
            continue
        return line.text
    return ""


def head_date(lines: Sequence[Line]) -> str | None:
    """A full date on a byline before the article's prose; else on the bylines of the page.

    A date labelled as the publication date (发布时间：) beats an unlabelled one, and that beats one
    labelled as another date of the page (更新时间：, 成文日期：); a deadline's date never counts.
    """
    best: tuple[float, str] | None = None
    for k, line in enumerate(lines):
        if line.kind is None and is_prose(line.text):
            break
        if line.kind in ("byline", "counter", "share", None):  # (a byline ending in 分享到: reads as a share bar)
            text = _unslashed(_with_month_day_below(line.text, lines[k + 1].text if k + 1 < len(lines) else ""))
            end = _DATE_AT_END.search(text)
            for where, rank, date in _line_dates(text):
                at_end = end is not None and where > end.start()
                if date and (line.kind or where < 8 or at_end):
                    if at_end and not line.kind:
                        rank += 0.25  # `标题 2023-05-06` may be a list's item: a byline of its own beats it
                    if best is None or rank < best[0]:
                        best = (rank, date)
    if best:
        return best[1]
    # after the prose: unlabelled dates that disagree are the items of a list (来源：某报 2023-05-06 …)
    found = [
        (rank, date)
        for line in lines
        if line.kind == "byline" or line.kind is None and _signing_date(line.text)
        for _, rank, date in _line_dates(line.text)
        if date
    ]
    if not found:
        return None
    rank = min(r for r, _ in found)
    dates = [d for r, d in found if r == rank]
    return dates[0] if rank == 0 or len(set(dates)) == 1 else None


@lru_cache(maxsize=4096)  # bylines repeat across a site's pages
def _line_dates(text: str) -> tuple[tuple[int, float, str | None], ...]:
    """(where, rank, date) of each full date in a line, rank 0 publication, 0.75 plain on a line with a
    byline word (来源, 作者), 1 plain, 1.5 a clock, 2 another date.

    The date is None when it is no valid date; a deadline's date is left out.
    """
    found = []
    for m in _FULL_DATE.finditer(text):
        found.append((m.start(), _date_of(m)))
    for m in _CN_DATE.finditer(text):
        found.append((m.start(), _cn_date(m)))
    for m in _COMPACT_DATE.finditer(text):
        found.append((m.start(), "compact"))
    for pattern in (_YEAR_LAST_DATE, _YEAR_APART_DATE):
        for m in pattern.finditer(text):
            found.append((m.start(), m))
    out = []
    for where, date in sorted(found, key=lambda f: f[0]):
        label = _cues()["label"].search(text, max(0, where - _LABEL_SPAN), where)
        if label and label["never"]:
            continue
        if date == "compact":  # 20240305: a date only after a publication label (else a file name, a number)
            if not (label and label["pub"]):
                continue
            date = _ymd(text[where : where + 4], text[where + 4 : where + 6], text[where + 6 : where + 8])
        elif isinstance(date, re.Match):
            m = date
            alone = not _CN_CHAR.search(m.re.sub("", text)) or _cues()["byline_words"].search(text)
            if not (label and label["pub"]) and not alone:
                continue
            day, month = (m["a"], m["b"]) if int(m["b"]) <= 12 else (m["b"], m["a"])
            date = _ymd(m["y"], month, day)
        rank = 0 if label and label["pub"] else 2 if label else 1
        if rank == 1 and _CLOCK.match(text):
            rank = 1.5  # a site's clock above the page; the article's own byline beats it
        elif rank == 1 and _cues()["byline_words"].search(text):
            rank = 0.75  # 来源：某网 2025.09.30 under the headline beats an unlabelled date in the site's bar above
        out.append((where, rank, date))
    return tuple(out)


def _signing_date(text: str) -> bool:
    """A line that is a date only (`二〇二四年三月五日` under the signing body of a document)."""
    text = text.strip().strip("（）()[]【】 ")
    m = _CN_DATE.match(text) or _FULL_DATE.match(text)
    return m is not None and m.end() == len(text)


def _cn_date(m: re.Match[str]) -> str | None:
    year = "".join(str("一二三四五六七八九".index(c) + 1) if c not in "〇○零" else "0" for c in m.group(1))
    return _ymd(year, str(_cn_number(m.group(2))), str(_cn_number(m.group(3))))


def _cn_number(text: str) -> int:
    """一 .. 三十一"""
    digits = "一二三四五六七八九"
    if "十" not in text:
        return digits.index(text) + 1
    tens, _, ones = text.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def certain_year(body: str) -> int | None:
    """The publication year when the text makes it certain, else None.

    - a review of a five-year plan as completed (高质量完成"十四五", 今年是"十四五"收官之年) -> the plan's
      last year (not when the closing year is 明年, 去年, ...);
    - a report to the people's congress (各位代表, 过去一年) with a heading `YYYY年工作回顾` -> YYYY+1, or
      `YYYY年工作安排` -> YYYY (not when the year is 即将过去);
    - 截至YYYY年底 reported as past while 今年 is still running -> YYYY+1 (not when an as-of date later
      in YYYY+1 or after contradicts it).
    Two rules that disagree give nothing. The year named outright (今年是"十五五"开局之年, 去年是"十四五"
    收官之年, 今年（2024年）) overrides both: a plan is reviewed as completed in its last year and in the next.
    """
    named = {
        (_PLAN_END if m.group(3) == "收官" else _PLAN_START)[m.group(2)] + (m.group(1) == "去年")
        for m in _YEAR_OF_PLAN.finditer(body)
    } | {int(y) for y in _THIS_YEAR_WRITTEN.findall(body)}
    if named:
        return named.pop() if len(named) == 1 else None
    years = set()
    for m in _PLAN_REVIEW.finditer(body):
        if m.group(2) and _OTHER_YEAR.search(body, max(0, m.start() - 12), m.start()):
            continue
        if (
            m.group(1)
            and _PLAN_GOAL.search(body, max(0, m.start() - 4), m.start())
            and not _GROUND_LAID.match(body, m.end(), m.end() + 20)
        ):
            continue
        years.add(_PLAN_END[m.group(1) or m.group(2)])
    if _REPORT_VOICE.search(body) and "即将过去" not in body:
        years.update(int(y) + 1 for y in _REPORT_REVIEW.findall(body))
        years.update(int(y) for y in _REPORT_PLAN.findall(body))
    as_of = [int(y) for y in _AS_OF_YEAR_END.findall(body)]
    if as_of and (_THIS_YEAR.search(body) or _LAST_YEAR.search(body)):
        year = max(as_of) + 1
        if all(int(y) <= year for y in _AS_OF_MONTH.findall(body)):
            years.add(year)
    part_year = _part_year_report(body)
    if part_year:
        years.add(part_year)
    if _PART_OF_YEAR_RE.search(body):
        ends = {int(m.group(1)) + 1 for m in _SINCE_YEAR_END.finditer(body)}
        if len(ends) == 1 and not any(int(y) >= min(ends) for y in _ANY_YEAR.findall(body) if not _is_base_year(body, y)):
            years.update(ends)  # 1至9月…市场主体较2023年末净增11152户: the running year after that year-end
    two_year = {int(m.group(1)) + 2 for m in _TWO_YEAR_BASE.finditer(body)}
    if len(two_year) == 1:
        years.update(two_year)  # 比2019年同期增长9.3%，两年平均增长4.5%: the figures are of 2021
    if _LAST_YEAR.search(body) and (closed := _closed_year_report(body)):
        years.add(closed)  # `截至去年底，…。2022年全部工业增加值…`: the closed year is 去年
    if _LAST_YEAR.search(body):
        for m in _YEAR_CLOSED_NEXT_OPENED.finditer(body):
            if int(m.group(2)) == int(m.group(1)) + 1 and not _PLAN_GOAL.search(body, max(0, m.start() - 4), m.start()):
                years.add(int(m.group(2)))
    return years.pop() if len(years) == 1 else None


def event_year(sentence: str) -> int | None:
    """The year of an event named with it (`2025中国某某国际招商月…举办`) held in a page's first sentence."""
    cues = _cues()
    years = {int(m.group(1)) for m in cues["event_year"].finditer(sentence)}
    if len(years) != 1 or not cues["event_held"].search(sentence):
        return None
    return years.pop()


_SAME_DAY_LEAD = re.compile(r"^\s*(?:当天|当日|同日|今天)")
_SAME_DAY_REACH = 600  # characters of the body the day's meeting is told in


def _same_day_event_year(body: str, month: str, day: str) -> int | None:
    """The year of a meeting held on the dateline's day, or told with a day of its month or the month before, and
    named with its year (`3月24日电 …。当天，2025年某某经贸活动周新闻发布会在南昌举行`, `2月8日电 …，2025年度工作会议
    8日举行`, `3月1日电 …。此前的2月16日，某某2023年重大项目集中开复工活动…举行`)."""
    cues = _cues()
    # the day alone (8日举行) or with the dateline's own month (3月24日举行), not that day of another month
    held_that_day = re.compile(
        rf"(?:(?<!\d){int(month)}月|(?<![\d月])){int(day)}日(?:上午|下午|晚)?(?:在[^，。；]{{0,20}})?(?:{cues['event_held'].pattern})"
    )
    years = set()
    for sentence in re.split(r"[。！？!?]", body[:_SAME_DAY_REACH]):
        if not (_SAME_DAY_LEAD.match(sentence) or held_that_day.search(sentence) or _days_before(sentence, int(month), int(day))):
            continue
        if cues["event_held"].search(sentence):
            years |= {int(m.group(1)) for m in cues["same_day_event"].finditer(sentence)}
    return years.pop() if len(years) == 1 else None


_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日(?![电讯])")  # (not the dateline itself)


def _days_before(sentence: str, month: int, day: int) -> bool:
    """Does the sentence tell a day of the dateline's month up to its day, or of the month before (same year)?"""
    return any(
        (int(m) == month and int(d) <= day) or int(m) == month - 1 for m, d in _MONTH_DAY.findall(sentence)
    )


def _part_year_report(body: str) -> int | None:
    """The year whose part-year figures the text reports as results, when no later year is reported."""
    years = _part_years(body, _PART_YEAR_RESULT)
    return max(years) if years else None


def _part_years(text: str, pattern: re.Pattern[str]) -> set[int]:
    """The years whose part-year figures `text` reports as results (`pattern`: the body's or the headline's
    phrasing): not a comparison base (比2024年一季度), and none when the text reports a later year (not a
    target: 力争2025年), or the latest one's whole year, as well."""
    years = {
        int(m.group(1))
        for m in pattern.finditer(text)
        if not _BASE_BEFORE.search(text, max(0, m.start() - 3), m.start())
    }
    if not years:
        return years
    year = max(years)
    if f"{year}年全年" in text or f"{year}年度" in text:
        return set()
    return set() if any(_later_years(text, year)) else years


def _later_years(text: str, year: int):
    """The mentions of years after `year` that are not goals (到2025年, 力争2025年…)."""
    for m in _ANY_YEAR.finditer(text):
        if int(m.group(1)) > year and not _FUTURE_YEAR_CUE.search(text, max(0, m.start() - 4), m.start()):
            yield m


def _is_base_year(body: str, year: str) -> bool:
    """Every mention of the year is a base of comparison (较2023年末, 比2023年同期)."""
    return all(_BASE_BEFORE.search(body, max(0, m.start() - 3), m.start()) for m in re.finditer(year + "年", body))


def _expected_year(body: str) -> int | None:
    """The one year the text expects an outcome of (预计2023年…), when it names no later year."""
    years = {int(y) for y in _EXPECTED_YEAR.findall(body)}
    if len(years) != 1:
        return None
    year = years.pop()
    return None if any(_later_years(body, year)) else year


def _late_year(body: str) -> int | None:
    """The year of a late dateline (`12月25日电`): the one year the text expects an outcome of, or the latest
    year it reports as results while it speaks of 今年 (`2022年，该市招商引资到位资金…。今年该市实施…`)."""
    expected = _expected_year(body)
    if expected is not None:
        return expected
    closed = _closed_year_report(body) if _THIS_YEAR.search(body) else None
    return closed - 1 if closed else None


def _closed_year_report(body: str) -> int | None:
    """The year after the latest whose whole-year figures the text reports as results, when no later year is
    written but as a goal or a plan (read under an early-year dateline: `4月1日讯…2016年，全市…完成…` is of 2017).
    In news of a government work report the closed year's figures are expected ones (`2022年，…产值预计达…`)."""
    pattern = _YEAR_RESULT_EXPECTED if _cues()["report_news"].search(body) else _YEAR_RESULT
    years = {
        int(m.group(1))
        for m in pattern.finditer(body)
        if not _BASE_BEFORE.search(body, max(0, m.start() - 3), m.start())
        and not _FUTURE_YEAR_CUE.search(body, max(0, m.start() - 4), m.start())
        and not _PLAN_GOAL.search(body, max(0, m.start() - 4), m.start())
    }
    if not years:
        return None
    year = max(years)
    for m in _later_years(body, year):
        later = int(m.group(1))
        if later == year + 1 and _cues()["planned_after"].match(body, m.end()):
            continue  # (报告提出，2023年，宜昌将…: the plan for the page's own year)
        if later > year + 1 or _PART_YEAR_RESULT.match(body, m.start()) is None:
            return None  # (a later year told otherwise than as a goal or as the next year's part-year results)
    return year + 1


def title_year(title: str | None) -> int | None:
    """The publication year a headline makes certain: `2024年某县政府工作报告` -> 2024,
    `某市2023年国民经济和社会发展统计公报` -> 2024."""
    if not title:
        return None
    years = set()
    rules = ((_REPORT_TITLE, 0), (_BULLETIN_TITLE, 1), (_PLAN_TITLE, 0), (_SESSIONS_TITLE, 0))
    for pattern, after in rules:
        years.update(int(y) + after for y in pattern.findall(title))
    years.update(_part_years(title, _PART_YEAR_TITLE))  # (the body's guards: 比2024年一季度, a later year)
    return years.pop() if len(years) == 1 else None


def _session_year(text: str, *, provincial: bool) -> int | None:
    """The year of the congress session named in a page's opening (`十四届全国人大三次会议`; a province's too where
    `provincial`)."""
    years = {
        _NPC_FIRST_YEAR[m["t"] or m["t2"] or m["t3"]] + "一二三四五".index(m["n"])
        for m in _NPC_SESSION.finditer(text)
        if "常委会" not in m.group(0) and not _SESSION_CITED.match(text, m.end()) and (provincial or not m["t3"])
    }
    return years.pop() if len(years) == 1 else None


def _opening_session_year(text: str, body: str) -> int | None:
    """The session year of the opening; a province's congress counted from the national one's first year only where
    the text does not fix another year (a province whose term had an extra session numbers on ahead: 第十四届人大
    五次会议 … 回顾去年…2025年 is 2026's)."""
    national = _session_year(text, provincial=False)
    if national:
        return national
    year = _session_year(text, provincial=True)
    if year is None:
        return None
    return certain_year(body) or year


def dateline_date(paragraph: str, body: str, title: str | None = None) -> str | None:
    """`12月10日电` / `讯 12月10日` at the top of the first paragraph, with a certain year; a founding day opening it
    with the years since counted after (`2020年6月3日，某园区挂牌。一年来，…`) gives the anniversary's bare year."""
    head = paragraph[:_DATELINE_SPAN]
    dated = _line_dates(head)  # a deadline's date (截止日期：) is none
    if dated:
        return _anniversary_year(paragraph, dated[0][2]) or dated[0][2]
    sentence = re.split(r"[。！？!?]", paragraph, maxsplit=1)[0]
    held = event_year(sentence)
    year = title_year(title) or _opening_session_year(paragraph[:_SESSION_SPAN], body) or held or certain_year(body)
    m = _DATELINE_MD.search(head) or (_DAY_OPENING.match(head) if held else None)
    if m:
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        year = year or _year_of_day(body, int(month), int(day)) or _same_day_event_year(body, month, day) or _year_by_month(body, int(month))
        if year:
            return _ymd(str(year), month, day)
    elif not year and (m := _REPORTER_DAY.search(head)):
        year = _year_by_month(body, int(m.group(1)))
    elif not year and (m := _DAY_OPENING.match(head) or _OUTLET_DAY_OPENING.match(head)):
        # `1月12日，…2023年…规上工业产值突破1400亿元`: the day of an early-year report; `12月27日，…预计2023年…`
        year = _year_by_month(body, int(m.group(1)))
        if year:
            return _ymd(str(year), m.group(1), m.group(2))
    return str(year) if year else lead_event_date(_first_body_paragraph(body))


# a first paragraph opening with an event's day, after a dateline at most (某日报客户端讯（通讯员…）): the day, with
# its year where written, or 近日/日前 (not 节日前); not after a dateline's day (3月24日电: the
# dateline rules read those)
_LEAD_DAY = re.compile(
    r"^[^。\n\d]{0,40}?(?:(?:(?P<year>(?:19|20)\d{2})\s*年)?(?P<month>1[0-2]|0?[1-9])\s*月(?P<day>[12]\d|3[01]|0?[1-9])\s*日(?![电讯])|近日|(?<![节假])日前)"
)
REVIEW_MONTHS = 6  # an event reviewing a year is held within this many months of the year after
HEAD_LINE_MAX = 40  # characters: a body line this short is a headline, a dateline or a page's link, no paragraph


def _first_body_paragraph(body: str) -> str:
    """The body's first line longer than a headline or a dateline (`回复`, `- 查看更多回复>` before it are none)."""
    return next((line for line in body.split("\n") if len(line.strip()) > HEAD_LINE_MAX), "")


def lead_event_date(paragraph: str) -> str | None:
    """A page dated by nothing else whose first paragraph opens with the day of an event named with its year
    (`11月24日，…发布《2023先进制造业百强市研究报告》`, `“…研讨会2024”近日召开`) or with a full date and the event
    (`2024年7月31日，…论坛在北京成功举办`): that day of the year; the year after for an event of the first half whose
    name reviews a year (`2月21日，全市2023年经济社会发展成就新闻发布会举行`). A bare year where the day is not known."""
    m = _LEAD_DAY.search(paragraph)
    if m is None:
        return None
    cues = _cues()
    sentence = re.split(r"[。！？!?]", paragraph, maxsplit=1)[0]  # (the name may stand before the day)
    month, day = m.group("month"), m.group("day")
    if m.group("year"):
        held = cues["lead_event_verb"].search(sentence, m.end())
        return _ymd(m.group("year"), month, day) if held else None
    names = list(cues["lead_event"].finditer(sentence))
    years = {int(e.group("year") or e.group("suffix_year")) for e in names}
    if len(years) != 1:
        return None
    (year,) = years
    if any(cues["review_words"].search(e.group(0)) and not cues["part_year_words"].search(e.group(0)) for e in names):
        if month is None:
            return None  # (近日，…2023年经济发展成就发布会: held in that year or the next)
        if int(month) <= REVIEW_MONTHS:
            year += 1
    return _ymd(str(year), month, day) if month else str(year)


def _anniversary_year(paragraph: str, date: str | None) -> str | None:
    """`2020年6月3日，某园区挂牌。一年来，…`: the opening's date is the founding's, and the page is written the
    counted years on (a bare year: the day is not known)."""
    if not date:
        return None
    first, rest = _first_sentence(paragraph)
    cues = _cues()
    if not rest or not cues["founded"].search(first):
        return None
    m = cues["years_since"].match(rest.lstrip())
    if not m:
        return None
    n = m.group("n")
    years = int(n) if n.isdigit() else _cn_number(n.replace("两", "二"))
    return str(int(date[:4]) + years)


def _first_sentence(paragraph: str) -> tuple[str, str]:
    """The paragraph's first sentence and what follows its end mark ("" where it has none)."""
    parts = re.split(r"[。！？!?]", paragraph, maxsplit=1)
    return parts[0], parts[1] if len(parts) == 2 else ""


def _year_by_month(body: str, month: int) -> int | None:
    """The year a day of `month` dates from the text alone: in the year's first months, the year after the closed
    year it reports; in its last, the year it expects or reports as running; else none."""
    if month <= _EARLY_MONTHS:
        return _closed_year_report(body)
    return _late_year(body) if month >= _LATE_MONTHS else None


def _year_of_day(body: str, month: int, day: int) -> int | None:
    """The year of the dateline's day where the text writes that day in full (`2025年1月12日，…开幕`)."""
    years = {
        int(m["y"]) for m in _FULL_DATE.finditer(body) if (int(m["m"] or m["m2"]), int(m["d"] or m["d2"])) == (month, day)
    }
    return years.pop() if len(years) == 1 else None


def valid_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    m = _FULL_DATE.match(value)
    if m:
        return _date_of(m)
    m = _YEAR_MONTH.match(value)
    if m:
        return value if 1900 <= int(m.group(1)) <= 2100 and 1 <= int(m.group(2)) <= 12 else None
    m = _YEAR_ONLY.match(value)
    return value if m and 1900 <= int(value) <= 2100 else None


def _date_of(m: re.Match[str]) -> str | None:
    return _ymd(m["y"], m["m"] or m["m2"], m["d"] or m["d2"])


def _ymd(year: str, month: str, day: str) -> str | None:
    y, mo, d = int(year), int(month), int(day)
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


@lru_cache(maxsize=4096)
def _line_source(text: str) -> tuple[int, str] | None:
    m = _SOURCE.search(text)
    return (m.start(), m.group(1)) if m else None


def outlet(lines: Sequence[Line], paragraph: str) -> str | None:
    """The publishing outlet: a `来源：` byline before the prose, else the dateline (`中新网…电`, `扬州网讯`), a CMS
    byline opening with its site's name, or a `来源：` line under the article."""
    for line in lines:
        if line.kind in ("byline", None):
            found = _line_source(line.text)
            if found and (line.kind or found[0] == 0):
                return found[1]
            if line.kind is None and is_prose(line.text):
                break
    head = paragraph[:_DATELINE_SPAN]
    for pattern in (_OUTLET_DIAN, _OUTLET_XUN):
        m = pattern.match(head)
        if m and m.group(1) not in _NOT_OUTLET:
            return m.group(1)
    for line in lines:  # 某某政协网： www.… 发布时间：…: a CMS byline opening with its site's name
        if line.kind == "byline" and (m := _SITE_NAME_LEAD.match(line.text)):
            return m.group(1)
    for line in reversed(lines):  # …主导力量。\n来源:平果县委办: a government site's source line under the article
        if line.kind == "byline" and (found := _line_source(line.text)) and found[0] == 0:
            return found[1]
    return None


_SITE_NAME_LEAD = re.compile(r"([\u4e00-\u9fff]{2,12}网)\s*[：:]")


# A site's footer names who runs it: `某市人民政府办公室主办`, `主办单位：某县统计局`, `版权所有：某市人民政府`,
# `Copyright © 2024 某区人民政府 版权所有`. A government site's pages are about its own place.
_OWNER_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,24}?)\s*(?:主办|版权所有|承办)")
_OWNER_WORD = re.compile(r"主办|版权所有|承办|Copyright")  # a word each owner pattern holds
_OWNER_AFTER = re.compile(r"(?:主办单位|主办|版权所有|承办单位|Copyright)\s*[：:]?\s*(?:©|\(c\)|（c）)?\s*(?:\d{4}(?:\s*[-—–]\s*\d{4})?)?\s*([\u4e00-\u9fff]{2,24})")


def publisher(lines: Sequence[Line]) -> str | None:
    """The government body a site's footer says runs it (`江阴市人民政府办公室主办` -> 江阴市人民政府办公室),
    from the page's furniture lines; None where no footer names one."""
    for line in reversed(lines):
        if line.kind is None or not _OWNER_WORD.search(line.text):
            continue  # (each pattern needs one of the words: tried at every character, they are not run)
        for pattern in (_OWNER_BEFORE, _OWNER_AFTER):
            for m in pattern.finditer(line.text):
                owner = m.group(1)
                if any(body in owner for body in _cues()["owner_bodies"]):
                    return owner
    return None


_ORIGINAL_TITLE = re.compile(r"原标题\s*[：:]\s*([^（）()\n]{4,80}?)(?=\s*[）)]|\s*$)")  # up to its closing bracket
_ORIGINAL_TITLE_REACH = 3000  # characters from the page's start a reposting note stands within


def original_title(lines: Sequence[Line]) -> str | None:
    """`原标题：前三季度江西省GDP增速8.8%`, `（原标题：…）` near the start of a republished article: the page's own
    headline (the reposting outlet's title may be a subtitle or its furniture)."""
    for line in lines:
        if line.start > _ORIGINAL_TITLE_REACH:
            break
        m = _ORIGINAL_TITLE.search(line.text) if "原" in line.text else None
        if m:
            return m.group(1).strip().rstrip(")）")
    return None
