"""HTML pages: main text by trafilatura, title, date, declared and detected charsets."""

from __future__ import annotations

import io

import pytest
from sources_fixtures import (
    FOOTER,
    PRESS_PARAGRAPHS,
    PRESS_TITLE,
    SCRIPT_MARKER,
    STYLE_MARKER,
    TRAD_TEXT,
    gz,
    press_html,
    write,
)

from chanye.records import SourceDocument, SourceProblem
from chanye.sources import iter_sources, read_source_bytes
from chanye.sources.html_pages import looks_like_html


def read_one(path, stdin=None):
    items = list(iter_sources([str(path)], stdin=stdin))
    assert len(items) == 1, items
    return items[0]


def assert_press_page(doc):
    assert isinstance(doc, SourceDocument), doc
    for para in PRESS_PARAGRAPHS:
        assert para in doc.text
    assert SCRIPT_MARKER not in doc.text
    assert STYLE_MARKER not in doc.text
    assert "var cfg" not in doc.text
    assert FOOTER not in doc.text
    assert "热点专题" not in doc.text  # left sidebar
    # paragraphs stay on their own lines
    lines = doc.text.splitlines()
    assert PRESS_PARAGRAPHS[0] in lines and PRESS_PARAGRAPHS[1] in lines
    assert "2400" in doc.text  # the table is kept


def test_html_page_main_text_title_date(tmp_path):
    html = press_html()
    path = write(tmp_path / "常州 发布.html", html.encode("utf-8"))
    doc = read_one(path)
    assert_press_page(doc)
    assert doc.format == "html"
    assert doc.doc_id == "常州 发布"
    assert doc.title == PRESS_TITLE
    assert doc.date == "2025-03-18"
    assert doc.raw == html
    assert doc.encoding == "utf_8"


@pytest.mark.parametrize(("declared", "codec", "expected"), [
    ("gb2312", "gb18030", "gb18030"),
    ("GBK", "gbk", "gb18030"),
    ("gb18030", "gb18030", "gb18030"),
    ("utf-8", "utf-8", "utf_8"),
])
def test_declared_meta_charset_is_honoured(tmp_path, declared, codec, expected):
    html = press_html(declared)
    doc = read_one(write(tmp_path / "page.htm", html.encode(codec)))
    assert_press_page(doc)
    assert doc.encoding == expected


def test_wrong_meta_charset_falls_back_to_detection(tmp_path):
    html = press_html("utf-8")  # says utf-8, is GBK
    doc = read_one(write(tmp_path / "liar.html", html.encode("gb18030")))
    assert_press_page(doc)
    assert doc.encoding == "gb18030"


def test_latin1_label_on_gbk_page(tmp_path):
    html = press_html("iso-8859-1")
    doc = read_one(write(tmp_path / "latin.html", html.encode("gb18030")))
    assert_press_page(doc)
    assert doc.encoding == "gb18030"


def test_no_meta_charset_big5_page(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in TRAD_TEXT.splitlines())
    html = f"<html><head><title>常州新能源汽車</title></head><body><div>{body}</div></body></html>"
    doc = read_one(write(tmp_path / "trad.html", html.encode("big5")))
    assert isinstance(doc, SourceDocument), doc
    assert doc.encoding == "big5"
    assert TRAD_TEXT.splitlines()[1] in doc.text


def test_utf16_page(tmp_path):
    html = press_html("utf-16")
    doc = read_one(write(tmp_path / "wide.html", html.encode("utf-16")))
    assert_press_page(doc)
    assert doc.encoding == "utf_16"


def test_gzipped_page(tmp_path):
    doc = read_one(write(tmp_path / "page.html.gz", gz(press_html().encode())))
    assert_press_page(doc)
    assert doc.doc_id == "page"


def test_html_without_text_is_a_problem(tmp_path):
    html = "<html><head><script>var a = 1;</script><style>p{}</style></head><body><div></div></body></html>"
    path = write(tmp_path / "hollow.html", html.encode())
    prob = read_one(path)
    assert isinstance(prob, SourceProblem)
    assert prob.origin == str(path)
    assert "no main text" in prob.reason


def test_stdin_html_is_sniffed():
    doc = read_one("-", stdin=io.BytesIO(press_html().encode("gb18030")))
    assert_press_page(doc)
    assert doc.format == "html"
    assert doc.doc_id == "stdin"


def test_html_in_a_file_without_extension_is_sniffed(tmp_path):
    doc = read_one(write(tmp_path / "page0001", press_html().encode()))
    assert_press_page(doc)


def test_content_hash_of_html_is_of_the_source(tmp_path):
    a = read_one(write(tmp_path / "a.html", press_html().encode("utf-8")))
    b = read_one(write(tmp_path / "b.html", press_html("gb2312").encode("gb18030")))
    c = read_one(write(tmp_path / "c.html", press_html().encode("utf-8")))
    assert a.content_hash == c.content_hash
    assert a.content_hash != b.content_hash  # the meta tag differs


def test_looks_like_html():
    assert looks_like_html(press_html().encode())
    assert looks_like_html(b"  <html><body><p>x</p></body></html>")
    assert not looks_like_html("常州市召开会议。<br>".encode())
    assert not looks_like_html(b"plain text")


def test_read_source_bytes_with_hint():
    doc = read_source_bytes(press_html().encode(), doc_id="p", origin="p.html", format_hint="html")
    assert_press_page(doc)
    as_text = read_source_bytes(press_html().encode(), doc_id="p", origin="p.txt", format_hint="text")
    assert isinstance(as_text, SourceDocument) and as_text.text.startswith("<!DOCTYPE")


def test_article_paragraphs_stay_on_their_own_lines(tmp_path):
    """trafilatura can run an <article> into one line; the reader puts the paragraph breaks back."""
    paras = "".join(f"<p>{p}</p>" for p in PRESS_PARAGRAPHS[:2])  # a short article is what gets run together
    html = (
        "<html><head><title>常州智能制造</title></head><body>"
        '<div class="top-bar">登录 | 注册 | 手机版</div>'
        '<nav class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/">常州要闻</a></nav>'
        f'<div class="main"><article class="content"><h1>{PRESS_TITLE}</h1>'
        '<div class="info"><span class="date">2025-03-18</span><span class="source">来源：常州发布</span></div>'
        f'{paras}<p class="editor">责任编辑：周敏</p>'
        '<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></article>'
        '<aside class="sidebar"><h3>热门资讯</h3><ul><li><a href="/n/1">冬季供暖保障工作全面启动</a></li></ul></aside>'
        "</div><footer><p>版权所有 © 2025 常州发布</p></footer></body></html>"
    )
    doc = read_one(write(tmp_path / "article.html", html.encode()))
    lines = doc.text.splitlines()
    for para in PRESS_PARAGRAPHS[:2]:
        assert para in lines
    assert "冬季供暖保障工作全面启动" not in doc.text


def test_restore_lines_only_when_the_visible_lines_spell_the_main_text():
    from chanye.sources.html_pages import _restore_lines

    visible = "首页 | 新闻\n标题一\n第一段。\n| 指标 | 2400 |\n第二段。\n热门资讯"
    assert _restore_lines("标题一 第一段。 | 指标 | 2400 | 第二段。", visible) == "标题一\n第一段。\n| 指标 | 2400 |\n第二段。"
    assert _restore_lines("标题一 另一段。", visible) == "标题一 另一段。"
    assert _restore_lines("第一段。\n第二段。", "第一段。\n第二段。") == "第一段。\n第二段。"


def test_byline_date_when_the_page_has_no_date_metadata(tmp_path):
    html = (
        "<html><head><title>常州智能制造</title></head><body>"
        '<div class="topbar">今天是2026年11月22日 星期日</div>'
        f"<h1>{PRESS_TITLE}</h1>"
        '<div class="info">发布时间：2025年3月18日 来源：常州市政府新闻办</div>'
        + "".join(f"<p>{p}</p>" for p in PRESS_PARAGRAPHS)
        + "</body></html>"
    )
    doc = read_one(write(tmp_path / "byline.html", html.encode()))
    assert doc.date == "2025-03-18"


def test_byline_date_rules():
    from chanye.sources.html_pages import byline_date

    assert byline_date("首页\n2024-09-17  来源：中国徐州网\n正文") == "2024-09-17"
    assert byline_date("2026年11月22日 星期日\n标题\n2024/9/17 09:30") == "2024-09-17"
    assert byline_date("标题\n" + "长" * 100 + "2024-09-17") is None
    assert byline_date("2024-13-45 来源") is None
    assert byline_date("2024年1-9月 全市工业增加值增长\n发布时间：2024年10月24日") == "2024-10-24"


def test_xhtml_with_xml_encoding_declaration(tmp_path):
    html = '<?xml version="1.0" encoding="gb2312"?>\n' + press_html(meta_charset=False).replace(
        "<html lang", '<html xmlns="http://www.w3.org/1999/xhtml" lang'
    )
    doc = read_one(write(tmp_path / "page.xhtml", html.encode("gb18030")))
    assert_press_page(doc)
    assert doc.encoding == "gb18030"
    assert doc.raw.startswith('<?xml version="1.0" encoding="gb2312"?>')


@pytest.mark.parametrize("label", ["utf-16", "gb2312"])
def test_wrong_label_on_a_utf8_page(tmp_path, label):
    """A template that says UTF-16 or GB2312 over UTF-8 bytes: the label loses to what the bytes are."""
    paras = "".join(f"<p>{p}</p>" for p in ["常州智能装备产业规模突破三千亿元", "新能源汽车产业链加快集聚"] * 3)
    html = f'<html><head><meta charset="{label}"><title>常州</title></head><body><div>{paras}</div></body></html>'
    doc = read_one(write(tmp_path / "label.html", html.encode("utf-8")))
    assert isinstance(doc, SourceDocument), doc
    assert doc.encoding == "utf_8"
    assert "常州智能装备产业规模突破三千亿元" in doc.text
