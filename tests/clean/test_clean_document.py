"""Whole pages of our own writing through clean_document."""

from __future__ import annotations

import random

from chanye.clean.document import clean_document
from chanye.clean.script import t2s
from chanye.records import SourceDocument

TRADITIONAL_PINYIN_PAGE = """當(dāng)前位置:首頁(yè) > 要聞(wén)
某市集成電(diàn)路產(chǎn)業(yè)規(guī)模突破千億元
新華社南京11月20日電 某市20日召開高質(zhì)量完成“十四五”規(guī)劃系列新聞(wén)發(fā)布會(huì)。截至2024年底,全市集成電(diàn)路企業(yè)達(dá)520家。
預(yù)計到今年底,集成電(diàn)路產(chǎn)業(yè)規(guī)模將突破1000億元,其中設(shè)計業(yè)占比超40%?ぎa(chǎn)業(yè)鏈(liàn)更加完善。
版權(quán)所有 © 某某網(wǎng)
"""


def source(text: str, **fields) -> SourceDocument:
    return SourceDocument(doc_id="p", origin="<p>", text=text, raw=text, content_hash="-", encoding="utf_8", format="text", **fields)


def test_traditional_pinyin_page():
    doc = clean_document(source(TRADITIONAL_PINYIN_PAGE))
    assert doc.meta.script == "traditional+pinyin"
    assert doc.meta.title == "某市集成电路产业规模突破千亿元"
    assert doc.meta.date == "2025-11-20"
    assert doc.meta.outlet == "新华社"
    lines = doc.text.split("\n")
    assert lines[0] == doc.meta.title
    assert lines[1].startswith("新华社南京11月20日电 某市20日召开高质量完成“十四五”规划系列新闻发布会。截至2024年底，")
    assert "(" not in doc.text.replace(doc.text[doc.masked[0][0] : doc.masked[0][1]], "")
    assert len(doc.masked) == 1
    masked = doc.text[doc.masked[0][0] : doc.masked[0][1]]
    assert masked[0] in "?？" and "ぎ" in masked
    assert "业链更加完善。" in doc.text  # the sentence goes on after the damage
    assert [b.kind for b in doc.removed] == ["navigation", "copyright"]


def test_traditional_without_pinyin():
    doc = clean_document(source("某市集成電路產業規模突破千億元\n全市集成電路企業達520家，產業規模將突破1000億元，設計業占比超40%。"))
    assert doc.meta.script == "traditional"
    assert doc.text.endswith("全市集成电路企业达520家，产业规模将突破1000亿元，设计业占比超40%。")


def test_every_character_maps_back():
    doc = clean_document(source(TRADITIONAL_PINYIN_PAGE))
    rng = random.Random(3)
    for _ in range(300):
        i = rng.randrange(len(doc.text))
        produced = doc.original[doc.offsets[i]]
        char = doc.text[i]
        assert t2s(produced) == char or char in "，：；！？（）" or doc.is_masked(i, i + 1)


def test_latin1_mojibake_page():
    doc = clean_document(source("某市产业发展\n今年以来，å¸‚场主体新增1.2万户，同比增长8%。"))
    assert [doc.text[s:e] for s, e in doc.masked] == ["å¸‚"]
    assert doc.warnings == ["mojibake: 1 span masked"]
    assert "同比增长8%" in doc.text


def test_page_without_title_or_date():
    body = "全市规上工业增加值同比增长6.2%，高新技术产业产值占比提高1.5个百分点，新增专精特新企业120家。"
    doc = clean_document(source(body))
    assert doc.meta.title is None and doc.meta.date is None
    assert doc.text == body


def test_empty_and_furniture_only_pages():
    doc = clean_document(source(""))
    assert doc.text == "" and len(doc.offsets) == 0
    doc = clean_document(source("版权所有 © 某某网\n责任编辑：某某\n"))
    assert doc.text == ""
    assert "no body text left after cleaning" in doc.warnings


def test_container_fields_win():
    doc = clean_document(source("某市召开产业大会\n2024-01-05 08:00\n正文。", title="某市召开产业大会_某某网", date="2024-01-06", url="http://x.example/a"))
    assert (doc.meta.title, doc.meta.date, doc.meta.url) == ("某市召开产业大会", "2024-01-06", "http://x.example/a")
