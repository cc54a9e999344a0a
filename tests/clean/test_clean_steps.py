"""The character-level steps: mapped text, pinyin, script, width, mojibake."""

from __future__ import annotations

import re

import pytest

from chanye.clean.mapped_text import MappedText
from chanye.clean.mojibake import find_mojibake
from chanye.clean.pinyin import pinyin_spans, remove_pinyin
from chanye.clean.script import detect_script, to_simplified, traditional_share
from chanye.clean.width import normalise_width, remove_invisible

# ------------------------------------------------------------------ mapped text


def test_edit_keeps_offsets():
    mt = MappedText.identity("甲乙丙丁戊")
    out = mt.edit([(1, 2, ""), (3, 4, "X")])
    assert out.text == "甲丙X戊"
    assert list(out.offsets) == [0, 2, 3, 4]
    assert out.original_span(1, 3) == (2, 4)
    assert out.text_span(1, 2) == (1, 1)  # the deleted character maps to an empty span


def test_edit_of_other_length_maps_onto_the_replaced_characters():
    out = MappedText.identity("ab後來cd").edit([(2, 4, "后")])
    assert out.text == "ab后cd"
    assert list(out.offsets) == [0, 1, 2, 4, 5]
    longer = MappedText.identity("abc").edit([(1, 2, "xyz")])
    assert list(longer.offsets) == [0, 1, 1, 1, 2]


def test_sub_and_delete():
    mt = MappedText.identity("a  b   c")
    out = mt.sub(re.compile(r" +"), " ")
    assert out.text == "a b c"
    assert out.original_span(4, 5) == (7, 8)
    assert MappedText.identity("abc").delete([(0, 1), (2, 3)]).text == "b"


def test_edits_must_be_ordered():
    with pytest.raises(ValueError):
        MappedText.identity("abcd").edit([(2, 3, ""), (0, 1, "")])


# ------------------------------------------------------------------ pinyin


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("產(chǎn)業(yè)集群", "產業集群"),
        ("發(fā)展（zhǎn）", "發展"),
        ("數(shù)字經(jīng)濟", "數字經濟"),
        ("長(zhang3)江", "長江"),
        ("綠(lǜ)色", "綠色"),
    ],
)
def test_pinyin_artifact_removed(raw, expected):
    assert remove_pinyin(MappedText.identity(raw))[0].text == expected


@pytest.mark.parametrize(
    "text",
    [
        "有18家制造企业(集团)年营收超五十亿元",
        "中新网无锡3月27日电 (记者 王某)27日",
        "入选名单(2024)公布",
        "集成电路与(ICT)等产业",
        "a product (see below) was",
        "（完）",
        "试点(a)项目",  # one toneless syllable alone is not an artifact
    ],
)
def test_real_parentheses_stay(text):
    assert pinyin_spans(text) == []


def test_toneless_syllable_goes_in_an_annotated_text():
    raw = "我們(men)的(de)產(chǎn)業(yè)"
    assert remove_pinyin(MappedText.identity(raw))[0].text == "我們的產業"


def test_pinyin_after_damaged_character_goes_only_inside_damage():
    raw = "園區2個?ぎa(chǎn)業(yè)安全"
    start = raw.index("?")
    spans = pinyin_spans(raw, [(start, start + 9)])
    assert len(spans) == 2
    assert len(pinyin_spans(raw)) == 1


# ------------------------------------------------------------------ script


def test_traditional_text_is_converted_one_to_one():
    mt = to_simplified(MappedText.identity("產業集群發展迅速"))
    assert mt.text == "产业集群发展迅速"
    assert traditional_share("產業集群發展迅速", mt.text) == 3 / 8
    assert list(mt.offsets) == list(range(8))


def test_simplified_text_is_left_alone():
    mt = MappedText.identity("产业集群发展迅速")
    assert to_simplified(mt) is mt


def test_length_changing_conversion_keeps_a_map(monkeypatch):
    import chanye.clean.script as script

    class Shrinking:
        def convert(self, text):  # a phrase conversion that changes length: 乾隆皇帝 -> 乾隆帝
            return text.replace("產業", "产业").replace("皇帝", "帝")

    monkeypatch.setattr(script, "_T2S", Shrinking())
    mt = to_simplified(MappedText.identity("產業皇帝\n產業"))
    assert mt.text == "产业帝\n产业"
    assert len(mt.offsets) == len(mt.text)
    assert all(a <= b for a, b in zip(mt.offsets, mt.offsets[1:]))
    assert mt.offsets[-1] == 6


@pytest.mark.parametrize(
    "text, pinyin, expected",
    [
        ("浙江台州以集群强链促产业升级，加快建设现代化产业体系。", 0, "simplified"),
        ("浙江台州以集群強鏈促產業升級，加快建設現代化產業體系。", 0, "traditional"),
        ("浙江台州以集群強鏈促產業升級，加快建設現代化產業體系。", 5, "traditional+pinyin"),
        ("", 0, "simplified"),
    ],
)
def test_detect_script(text, pinyin, expected):
    simplified = to_simplified(MappedText.identity(text)).text
    assert detect_script(traditional_share(text, simplified), pinyin) == expected


# ------------------------------------------------------------------ width


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("增长４．１％", "增长4.1%"),
        ("扬州:开发区:深化改革", "扬州：开发区：深化改革"),
        ("12日,江苏省", "12日，江苏省"),
        ("苏州,未来可期!", "苏州，未来可期！"),
        ("集群?李建明", "集群？李建明"),
        ("山东队3:0战胜", "山东队3:0战胜"),
        ("投资1,200亿元", "投资1,200亿元"),
        ("工业企业(集团)营收", "工业企业（集团）营收"),
        ("集成电路(ICT)产业", "集成电路（ICT）产业"),
        ("see (ICT 2024) here", "see (ＩＣＴ 2024) here".replace("ＩＣＴ", "ICT")),
        ("ＩＣＴ产业　发展", "ICT产业 发展"),
        ("a\u00a0b", "a b"),
        ("增長29.67%﹔煤炭產業集群到位資金1007.97億元﹐同比增長", "增長29.67%；煤炭產業集群到位資金1007.97億元，同比增長"),
        ("﹙初步核算﹚增長5﹪", "（初步核算）增長5%"),
    ],
)
def test_width(raw, expected):
    out = normalise_width(MappedText.identity(raw))
    assert out.text == expected
    assert len(out.offsets) == len(raw)


def test_old_style_line_ends():
    out = remove_invisible(MappedText.identity("甲\r乙\r\n丙"))
    assert out.text == "甲\n乙\n丙"
    assert list(out.offsets) == [0, 1, 2, 4, 5]


def test_invisible_characters_go():
    out = remove_invisible(MappedText.identity("产\u200b业\r\n集群\ufeff"))
    assert out.text == "产业\n集群"
    assert list(out.offsets) == [0, 2, 4, 5, 6]


# ------------------------------------------------------------------ mojibake


@pytest.mark.parametrize(
    "text, damaged",
    [
        ("绿色工业园区2个?;ぎa(chǎn)业安全环保", "?;ぎa(chǎn)"),
        ("抢占?xì)淠芘c新型储能", "?xì)淠芘c"),
        ("抢占xì)淠ぎ芘c新型储能", "xì)淠ぎ芘c"),  # kana inside Chinese, no `?`
        ("新型储能ぎa(chǎn)业", "ぎa(chǎn)"),
        ("网站鍙戝竷了新规", "鍙戝竷"),
        ("点击查看鏂囩珷详情", "鏂囩珷"),
        ("城市å¸‚场开放", "å¸‚"),
        ("Ã¤ndern", "Ã¤"),
        ("产业\ufffd\ufffd集群", "\ufffd\ufffd"),
        ("标题锟斤拷锟斤拷正文", "锟斤拷锟斤拷"),
        ("全市??产业规模", "??"),
    ],
)
def test_mojibake_found(text, damaged):
    spans = find_mojibake(text)
    assert [text[s:e] for s, e, _ in spans] == [damaged]


@pytest.mark.parametrize(
    "text",
    [
        "台州怎样加快培育先进制造业集群?李建明表示",
        "站在新的起点，如何勇立潮头?\n下一行",
        "Is it?The answer",
        "What?? Really",
        "国家高新技术企业1.35万家、全国第三。",
        "淠河流域芘湖村",  # rare characters in plain text are not damage
        "Café résumé",
        "產業集群發展迅速，鏈主企業帶動",
    ],
)
def test_clean_text_has_no_mojibake(text):
    assert find_mojibake(text) == []
