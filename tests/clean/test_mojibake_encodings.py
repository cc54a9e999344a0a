"""Mojibake made by reading bytes with the wrong codec: own sentences, encoded one way and decoded another.

Every damaged run is marked whole, also where it runs straight into real Chinese; the real Chinese
around it is never marked."""

import pytest

from chanye.clean.mojibake import find_mojibake

SENTENCES = [
    "全县规上工业产值增长百分之八，战略性新兴产业占比提高到三成。",
    "园区新落户智能装备项目十二个，计划总投资约九十亿元",
    "会上，区统计局通报了上半年主要经济指标完成情况",
    "纺织服装产业集群营业收入首次迈上五百亿元台阶",
]
BEFORE, AFTER = "记者了解到，", "与此同时全区消费市场持续回暖。"


def _gbk_as_latin1(s):
    return s.encode("gbk").decode("latin-1")


def _gbk_as_cp1252(s):
    return s.encode("gbk").decode("cp1252", errors="ignore")


def _utf8_as_gbk(s):
    return s.encode("utf-8").decode("gbk", errors="ignore")


def _utf8_as_cp1252(s):
    return s.encode("utf-8").decode("cp1252", errors="replace")


def _gbk_as_latin1_saved_as_utf8_read_as_gbk(s):
    return s.encode("gbk").decode("latin-1").encode("utf-8").decode("gbk", errors="replace")


@pytest.mark.parametrize(
    "damage", [_gbk_as_latin1, _gbk_as_cp1252, _utf8_as_gbk, _utf8_as_cp1252, _gbk_as_latin1_saved_as_utf8_read_as_gbk]
)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_damaged_run_inside_chinese_is_marked_and_nothing_else(sentence, damage):
    bad = damage(sentence)
    text = BEFORE + bad + AFTER
    lo, hi = len(BEFORE), len(BEFORE) + len(bad)
    spans = find_mojibake(text)
    marked = set()
    for s, e, _family in spans:
        marked.update(range(s, e))
    assert not marked - set(range(lo, hi)), "real Chinese was marked"
    # the last character's bytes may be cut (a UTF-8 tail read as GBK): at most one left over
    assert len(set(range(lo, hi)) - marked) <= 1


@pytest.mark.parametrize(
    "text, damaged",
    [
        ("全市Ôö³¤6.5%", "Ôö³¤"),  # GBK 增长 read as Latin-1
        ("投资Í¶×Ê200ÒÚÔª项目", "Í¶×Ê200ÒÚÔª"),  # 元 (one character) beside a longer run
        ("产业鍙戝竷锟斤拷", "鍙戝竷锟斤拷"),
    ],
)
def test_gbk_read_as_latin1_found(text, damaged):
    assert [text[s:e] for s, e, _ in find_mojibake(text)] == [damaged]


@pytest.mark.parametrize(
    "text",
    [
        "××县××镇2024年工作总结",  # placeholders
        "详见附件······第三部分",  # dot leaders
        "气温25°C，湿度±5%",
        "Café résumé Größe naïve",
        "马克·吐温与让·雅克",
        "面积1.2万m²，容积率≤2.5",
        "陆路口岸、芦苇荡和鹿角湾，路网密度提高",  # everyday words of the rows `脠芦` mojibake is made of
        "卢沟桥畔，露天广场，毛猫忙碌",
    ],
)
def test_latin1_letters_in_real_text_are_not_mojibake(text):
    assert find_mojibake(text) == []
