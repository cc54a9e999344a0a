"""Lexical cues the rules of several dimensions share: growth, share, rank, list and comparison patterns (word lists
from lexicon/facts.yaml).
"""

from __future__ import annotations

import re

from chanye.extract.wordlists import SCOPE, any_of, grouped, load

LEX = load("facts.yaml")  # the word lists (lexicon/facts.yaml)
# a word list written {groups: [...], words: [...]} is its shared cores' words, then its own
LEX["word_lists"] = {
    k: grouped(v, LEX["word_list_groups"]) if isinstance(v, dict) else v for k, v in LEX["word_lists"].items()
}

RANK_SUFFIX = re.compile(any_of(LEX["rank_suffixes"]) + "$")

RESPECTIVELY = re.compile(any_of(LEX["word_lists"]["respectively"]))
FROM_WORD = re.compile(r"(?:从|由)")
TO_WORD = re.compile(any_of(LEX["word_lists"]["to_word"]))

BASE_ATTRIBUTE = re.compile(any_of(grouped(LEX["attributes"]["base"], LEX["attribute_groups"])) + "$")
RATE_IN_METRIC = re.compile(any_of(LEX["word_lists"]["rate_in_metric"]))

GAP = re.compile(r"(?:增速|增幅)?" + any_of(LEX["word_lists"]["gap_comparisons"]) + any_of(LEX["word_lists"]["gap_levels"]))

COUNTED = re.compile(r"[一二三四五六七八九十两\d]+[大个条项类]")

DIGIT = re.compile(r"\d")

# a place's bracket opened right before its figure, perhaps with a tie first (江苏（7.5%）, 江苏（与甘肃并列7.6%）):
# the tail of the patterns that read a bracketed figure as the named place's (drafting, place_rate_lists)
NAME_BRACKET_TAIL = r"（(?:与[\u4e00-\u9fff]{1,8}" + any_of(LEX["word_lists"]["bracket_tie_words"]) + ")?$"

# 为59家企业解决75个难题: the bodies served are counted (not 为 as "is": 总数为320家, 成为12家企业的…)
SERVED_BEFORE = re.compile(r"(?:(?<![数总量额别成作认因更较均则即])为|帮助|助力)$")


def served_count(text: str, lo: int, at: int) -> bool:
    """Is the count starting at `at` the bodies a deed served (为/帮助 right before it, from `lo` on)?"""
    return SERVED_BEFORE.search(text, max(lo, at - 3), at) is not None
EACH_BEFORE = re.compile(r"(?:均|都|皆|双双)[^，；]{0,6}$")
# what opens a list of the names just counted (…3个行业是A、B、C, 5个项目主要有A、B): not the 有 of 稳中有进, 拥有, 国有,
# nor 成为, 作为, 认定为
LIST_OPENER_VERB = r"(?<![中拥具所成作定没只还也国])" + any_of(LEX["word_lists"]["list_opener_verbs"])
# 昭通、红河、保山各1个, A县、B县各有2家: the same figure for each one listed before it
EACH_COUNT_BEFORE = re.compile("各" + any_of(LEX["word_lists"]["each_count_verbs"]) + "?$")

YEAR = re.compile(r"\d{4}")
YEAR_SPAN = re.compile(r"\d{4}-\d{4}")

EACH_TOTAL = re.compile(r"合计|共计|总计|累计|(?<!总)共|总和|之和|整体|两者|二者|加起来")

# the year just past, said so on an undated page that names the year it reviews (回首2024年，… 在过去的一年里，…)
PAST_YEAR_WORDS = frozenset(LEX["word_lists"]["past_year_words"])

# 淮阴区累计核准项目565个，全市最多，同比增长41.25%: a figure-less clause that says only where the place stands is no
# noun for the figures after it, and its scope word (全市) is no subject of theirs
STANDING_REMARK = re.compile(
    r"^(?:为|是|系|位居|居|列)?(?:" + SCOPE + r")?(?:各县(?:（市、区）|市区|区)?|各区县|各县区)?中?"
    + any_of(LEX["word_lists"]["standing_superlatives"]) + "$"
)
