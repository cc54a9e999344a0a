"""Focused regressions for the script and mess families the differential test found (own-writing text)."""

from __future__ import annotations

import pytest

from chanye.clean.document import clean_document
from chanye.clean.mapped_text import MappedText
from chanye.clean.script import to_mainland_wording
from chanye.clean.width import close_number_gaps, decode_entities, normalise_punctuation
from chanye.records import SourceDocument


def clean(text: str):
    return clean_document(
        SourceDocument(doc_id="t", origin="t", text=text, raw=text, content_hash="-", encoding="utf_8", format="text")
    )


# ------------------------------------------------------------------ pinyin in full-width letters


def test_pinyin_in_full_width_letters_is_removed():
    doc = clean("全市規（ｇｕī）上工業（ｙè）增加值增長（ｚｈǎｎｇ）7.2%，產（ｃｈǎｎ）值達到128億元。")
    assert doc.text == "全市规上工业增加值增长7.2%，产值达到128亿元。"
    assert doc.meta.script == "traditional+pinyin"


def test_colon_after_pinyin_becomes_full_width():
    doc = clean("哈(hā)爾(ěr)濱(bīn):前8月規(guī)上工業(yè)增加值增長(zhǎng)5.1%")
    assert doc.text == "哈尔滨：前8月规上工业增加值增长5.1%"


def test_pinyin_whose_bracket_mojibake_lost_is_removed():
    # mojibake ate a character and the bracket after it (要?jiǎng)?wù)): the stray syllables go with their `?`
    doc = clean("據(jù)西寧日?qǐng)?bào)報道，全市堅持發(fā)展第一要?jiǎng)?wù)，產(chǎn)值增長(zhǎng)9.8%。")
    assert doc.text == "据西宁日报道，全市坚持发展第一要，产值增长9.8%。"
    # without pinyin artifacts on the page, a question mark before a bracketed syllable stays
    assert clean("是否达标?à)产值 b)税收").text == "是否达标？à)产值 b)税收"


def test_full_width_digits_next_to_pinyin_stay():
    doc = clean("產(chǎn)業(yè)規模達到１２８億元，增長(zhǎng)９．５％。")
    assert doc.text == "产业规模达到128亿元，增长9.5%。"


def test_pinyin_of_whole_words_is_removed():
    doc = clean("全市實現(shíxiàn)地區生產總值(shēngchǎn zǒngzhí)7569.5億元，增長(zēng zhǎng)5.6%，西安(xī'ān)增長4.1%。")
    assert doc.text == "全市实现地区生产总值7569.5亿元，增长5.6%，西安增长4.1%。"


def test_pinyin_without_tones_all_through_is_removed():
    doc = clean("2024年，全市實(shi)現(xian)地區(qu)生產(chan)總值7569.5億(yi)元，增長(zhang)5.6%。")
    assert doc.text == "2024年，全市实现地区生产总值7569.5亿元，增长5.6%。"


@pytest.mark.parametrize(
    "text",
    [
        "条款(a)、条款(e)与条款(o)适用于本办法",  # few, list marks
        "局域网(lan)、城域网(man)建设",  # two toneless words are not an annotated text
    ],
)
def test_a_few_toneless_syllables_stay(text):
    assert clean(text).text == text.replace("(", "（").replace(")", "）")


# ------------------------------------------------------------------ regional wording


@pytest.mark.parametrize(
    "traditional, mainland",
    [
        ("全省培育先進製造業產業叢集12個。", "全省培育先进制造业产业集群12个。"),
        ("新開工重點專案86個。", "新开工重点项目86个。"),
        ("軟體和資訊科技服務業收入增長14.8%。", "软件和信息技术服务业收入增长14.8%。"),
        ("高階裝備產業產值達到900億元。", "高端装备产业产值达到900亿元。"),
        ("著力推進積體電路和工業網際網路發展，持續最佳化營商環境。", "着力推进集成电路和工业互联网发展，持续优化营商环境。"),
        ("在新聞釋出會上，市統計局介紹全市經濟執行平穩。", "在新闻发布会上，市统计局介绍全市经济运行平稳。"),
        ("醫療衞生支出下降6.8%，衣著類價格下降1.0%。", "医疗卫生支出下降6.8%，衣着类价格下降1.0%。"),
        ("西甯市規模以上工業增加值增長8.1%。", "西宁市规模以上工业增加值增长8.1%。"),
        ("陜西省第十四屆人民代表大會開幕，陜南三市生產總值增長6.2%。", "陕西省第十四届人民代表大会开幕，陕南三市生产总值增长6.2%。"),
        ("景寧畬族自治縣生態工業產值增長9.4%。", "景宁畲族自治县生态工业产值增长9.4%。"),
        ("鉀肥、純堿、碳酸鋰產量分別同比增長1.6%、40.57%、16.4%。", "钾肥、纯碱、碳酸锂产量分别同比增长1.6%、40.57%、16.4%。"),
        # Taiwan number and period wording, rewritten only in its context
        ("上半年國內生產總值59兆3034億元，年增5.5%。", "上半年国内生产总值59万亿3034亿元，同比增长5.5%。"),
        ("出口總額達1.2兆美元，第2季年減3.1%，前3季季增1.4%。",
         "出口总额达1.2万亿美元，第二季度同比下降3.1%，前三季度环比增长1.4%。"),
        ("光伏裝機120兆瓦，全年增加值比上年增長6.1%，第1季度增長5.8%。",
         "光伏装机120兆瓦，全年增加值比上年增长6.1%，第1季度增长5.8%。"),
    ],
)
def test_taiwan_wording_becomes_mainland_wording(traditional, mainland):
    assert clean(traditional).text == mainland


def test_regional_wording_keeps_real_zhu_and_simplified_pages():
    assert clean("成效顯著，著名企業達到12家。").text == "成效显著，著名企业达到12家。"
    # a simplified page is left as written: its 专案 or 高阶 is meant
    assert clean("全市成立专案组3个，高阶智驾车型增长20%。").text == "全市成立专案组3个，高阶智驾车型增长20%。"


def test_regional_wording_keeps_the_offset_map():
    mt = to_mainland_wording(MappedText.identity("持续最佳化营商环境"))
    assert mt.text == "持续优化营商环境"
    start, end = mt.original_span(2, 4)  # 优化 came from 最佳化
    assert start == 2 and 3 <= end <= 5
    assert mt.text_span(5, 9) == (4, 8)  # 营商环境 keeps its place


# ------------------------------------------------------------------ brackets typed half full width


@pytest.mark.parametrize(
    "text, expected",
    [
        ("增速高于全国（3.9%)1.6个百分点", "增速高于全国（3.9%）1.6个百分点"),
        ("实际使用外资(按商务部口径）12亿美元", "实际使用外资（按商务部口径）12亿美元"),
        ("(ICT 2024) and 1) item", "(ICT 2024) and 1) item"),
    ],
)
def test_half_full_width_bracket_pairs(text, expected):
    assert normalise_punctuation(MappedText.identity(text)).text == expected


# ------------------------------------------------------------------ spaces around figures


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2025 年规上工业营收突破 1 万亿元，增长 5.6 %", "2025年规上工业营收突破1万亿元，增长5.6%"),
        ("占 GDP 比重达到 12.5%", "占 GDP 比重达到12.5%"),
        ("1 加快建设先进制造业基地\n12 推进园区提质", "1 加快建设先进制造业基地\n12 推进园区提质"),
        ("第 3 位，共 128 家", "第3位，共128家"),
        ("单位：% 全年财政收入", "单位：% 全年财政收入"),
        ("增长 5.6 % 全年新增企业 12 家", "增长5.6% 全年新增企业12家"),  # the space after % is a clause break
        ("固定资产投资是2011年的2 .7倍", "固定资产投资是2011年的2.7倍"),  # a line break inside the number
        ("2. 50个项目集中开工", "2. 50个项目集中开工"),  # an item number's point, then the figure
    ],
)
def test_spaces_between_figures_and_chinese_close(text, expected):
    assert close_number_gaps(MappedText.identity(text)).text == expected


def test_title_is_spaced_like_the_body():
    doc = clean("全市1-7月规上工业增加值增长 6.2 %\n2022年 1-7月，全市规上工业增加值增长 6.2 %，增速居全省第三。")
    assert doc.meta.title == "全市1-7月规上工业增加值增长6.2%"
    assert doc.text.startswith(doc.meta.title)


def test_spaced_figures_in_a_page_read_as_one_token():
    doc = clean("2024 年，全区实现地区生产总值 1268.4 亿元，同比增长 6.1 %。")
    assert doc.text == "2024年，全区实现地区生产总值1268.4亿元，同比增长6.1%。"
    start = doc.text.index("1268.4")
    assert doc.original[slice(*doc.original_span(start, start + 6))] == "1268.4"


# ------------------------------------------------------------------ HTML character references


def test_character_references_left_by_a_text_export_are_decoded():
    doc = clean("规上工业增加值增长&nbsp;7.1&#37;，研发投入增长&amp;nbsp;12%，A&B公司&foo;")
    assert doc.text == "规上工业增加值增长7.1%，研发投入增长12%，A&B公司&foo;"
    start = doc.text.index("%")
    o_start, _ = doc.original_span(start, start + 1)
    assert doc.original[o_start : o_start + 5] == "&#37;"  # the % maps onto its reference


def test_unknown_or_control_references_stay():
    assert decode_entities(MappedText.identity("a&#0;b&zz;c")).text == "a&#0;b&zz;c"
