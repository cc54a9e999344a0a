"""Rejoining broken sentences, metadata (title, date, outlet), and `chanye clean`."""

from __future__ import annotations

import json

import pytest

from chanye.cli import main
from chanye.clean.document import clean_document
from chanye.clean.layout import joins, rejoin, tidy
from chanye.clean.mapped_text import MappedText
from chanye.clean.metadata import certain_year, strip_site_suffix
from chanye.records import SourceDocument

BODY = "今年以来，全市规上工业增加值同比增长6.2%，高新技术产业产值占比提高1.5个百分点，新增专精特新企业120家。"


def clean(text: str, **fields):
    return clean_document(
        SourceDocument(doc_id="t", origin="<t>", text=text, raw=text, content_hash="-", encoding="utf_8", format="text", **fields)
    )


def layout(text: str) -> str:
    return rejoin(tidy(MappedText.identity(text))).text


# ------------------------------------------------------------------ layout

BROKEN = """某市：产业强市建设成效显著

近年来，

某市坚持创新驱动，

全力推进数字经济时代

产业集群融合发展，

持续提升制造业核心竞争力。

上半年，

全市工业投资同比增长12.5%；

高新技术产业产值达3200亿元，

占比达51.2%。

某市5家企业

入选2024年中国企业500强，

有12家工业企业（集团）

营收超百亿元。

推进产业创新集群建设

推动制造业向高端攀升

研究制定推动先进制造业集群提质增效实施意见，着力增强产业链供应链韧性和安全水平。

加快形成以战略性新兴产业为引领的

现代化产业体系

某市，未来可期！
"""


def test_broken_sentences_rejoined_and_headings_kept():
    assert layout(BROKEN).split("\n") == [
        "某市：产业强市建设成效显著",
        "近年来，某市坚持创新驱动，全力推进数字经济时代产业集群融合发展，持续提升制造业核心竞争力。",
        "上半年，全市工业投资同比增长12.5%；高新技术产业产值达3200亿元，占比达51.2%。",
        "某市5家企业入选2024年中国企业500强，有12家工业企业（集团）营收超百亿元。",
        "推进产业创新集群建设",
        "推动制造业向高端攀升",
        "研究制定推动先进制造业集群提质增效实施意见，着力增强产业链供应链韧性和安全水平。",
        "加快形成以战略性新兴产业为引领的现代化产业体系",
        "某市，未来可期！",
    ]


def test_rejoin_only_deletes_newlines():
    mt = tidy(MappedText.identity(BROKEN))
    out = rejoin(mt)
    for i, char in enumerate(out.text):
        assert BROKEN[out.offsets[i]] == char


@pytest.mark.parametrize(
    "line, nxt, mid, expected",
    [
        ("近年来，", "某市坚持创新驱动", False, True),
        ("主要措施：", "一是加快项目建设。", False, True),
        ("首期规模约60亿元的", "产业基金成功落户", False, True),
        ("推进企业自主创新", "建设区域性科技成果转化高地", False, False),
        ("占比达51.2%。", "获批创建", False, False),
        ("“好！”", "他说。", False, False),
        ("有12家企业（集团）", "营收超百亿元。", True, True),
        ("有12家企业（集团）", "营收超百亿元。", False, False),
        ("获批创建", "国家级创新中心、", False, True),
        ("一、总体目标", "到2025年，", False, False),
        ("（二）重点任务", "围绕主导产业，", False, False),
        ("具体安排如下：", "一、总体要求", False, False),
        ("主要目标：", "1. 地区生产总值增长5%左右；", False, True),
        # a heading line before a fragment that opens with its own time stays a heading
        ("这是某市经济大步跨越的非凡十年", "2021年，地区生产总值突破1.4万亿元；", False, False),
        ("有数为证", "前三季度，规上工业增加值增长7.2%；", False, False),
        # a line opening with a figure and its unit is cut off from the line above (a wrapped PDF page)
        ("2023年，全区国家高新技术企业数量比上年增长21.6%，增至", "312 家，研发中心增至", False, True),
        ("全年地区生产总值首次突破", "3000 亿元大关，同比增长6.1%。", False, True),
        ("各类孵化器和众创空间达到", "45个，其中国家级6个。", False, True),
        ("占比达51.2%。", "120家企业参展。", False, False),
        ("入选首批全省典型县镇村培育对象", "1043个行政村集体经营性收入全部达10万元以上", False, False),
        ("累计承担国家重大科技专项，新申报国家级项目，研发投入强度稳步提高，企业创新", "26 项成果获奖。", False, True),
        ("二、主要指标", "1、规上工业增加值增长8%", False, False),
        # the items of a list under a label stay a line each, and so does the next list's label
        ("某新区新增企业2153家", "某开发区1876家", True, False),
        ("某软件园1502家", "营业收入超300亿元的园区：", False, False),
        # a number cut at its decimal point (a page wrapped by its markup)
        ("全年完成工业投资2104", ".6亿元，增长9.1%。", False, True),
        ("规上工业实现利税3318.", "5亿元，同比增长12.4%。", False, True),
        ("工业增加值增长6.5%，高于全国1", ".2个百分点。", False, True),
        ("重点项目完成投资1860", "个项目全部开工。", False, False),
        ("3.", "5个方面重点任务", False, False),  # a list item's number alone on its line
    ],
)
def test_join_rules(line, nxt, mid, expected):
    assert joins(line, nxt, mid) is expected


def test_hard_wrapped_text_is_unwrapped():
    body = (
        "今年以来，全市规上工业增加值同比增长6.2%，高新技术产业产值占比提高1.5个百分点，新增专精特新企业120家。"
        "下一步，我市将聚焦新能源、新材料等重点产业链，加快建设一批重大项目，推动产业集群向中高端迈进。"
    )
    wrapped = "\n".join(body[i : i + 24] for i in range(0, len(body), 24))
    assert layout("某市产业发展势头良好\n" + wrapped + "\n二、下一步工作") == "某市产业发展势头良好\n" + body + "\n二、下一步工作"


def test_paragraphs_of_different_lengths_are_not_a_wrap():
    text = "一、总体要求\n坚持创新驱动发展。\n二、主要目标\n到2025年，产业规模突破千亿元，高新技术企业达到500家。"
    assert layout(text) == text


def test_latin_words_across_a_break_keep_a_space():
    assert layout("the ICT\nsector grows，\n产业发展") == "the ICT\nsector grows，产业发展"
    assert layout("digital，\neconomy") == "digital，economy"


def test_spaces_tidied():
    assert layout("  产业  集群  \n\n\n  发展。 ") == "产业 集群\n发展。"


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize(
    "title, expected",
    [
        ("某市召开产业大会_扬州网", "某市召开产业大会"),
        ("某市召开产业大会 - 中国徐州网", "某市召开产业大会"),
        ("某市召开产业大会_要闻_新华网", "某市召开产业大会"),
        ("某市召开产业大会|人民网", "某市召开产业大会"),
        ("5+X产业体系 - 发展新质生产力", "5+X产业体系 - 发展新质生产力"),
        ("扬州：经开区：深化改革创新", "扬州：经开区：深化改革创新"),
    ],
)
def test_site_suffix(title, expected):
    assert strip_site_suffix(title) == expected


def test_container_title_is_cleaned():
    doc = clean(BODY, title="六大產(chǎn)業(yè)集群產值將突破1萬億,某市現代工業名城建設初顯成效 - 某某網")
    assert doc.meta.title == "六大产业集群产值将突破1万亿，某市现代工业名城建设初显成效"


def test_headline_when_the_container_title_is_not_one():
    page = f"某市召开产业大会\n{BODY}"
    assert clean(page, title="扬州网").meta.title == "某市召开产业大会"
    assert clean(page, title="【要闻】某市召开产业大会（图）_扬州网").meta.title == "某市召开产业大会"
    assert clean(page, title="某市产业大会召开 多项目签约").meta.title == "某市产业大会召开 多项目签约"


def test_headline_when_no_container_title():
    assert clean(f"某市:开发区:推进高质量发展\n{BODY}").meta.title == "某市：开发区：推进高质量发展"
    assert clean(BODY).meta.title is None
    assert clean(f"某市召开产业大会_扬州网\n{BODY}").meta.title == "某市召开产业大会"
    doc = clean(f"江苏视窗\n某市召开产业大会 推进项目建设\n{BODY}")
    assert doc.meta.title == "某市召开产业大会 推进项目建设"
    assert doc.text.split("\n")[0] == doc.meta.title  # the site name above it went as furniture
    assert clean(f"苏州，未来可期！\n{BODY}").meta.title == "苏州，未来可期！"
    assert clean(f"扬州：冲刺\n万亿之城的产业答卷\n{BODY}").meta.title == "扬州：冲刺"
    assert clean(f"中新网无锡3月27日电\n{BODY}").meta.title is None


@pytest.mark.parametrize(
    "page, date",
    [
        (f"标题\n2025-01-12 14:38:54\n{BODY}", "2025-01-12"),
        (f"标题\n2024-09-17  来源：某某网  编辑：某某\n{BODY}", "2024-09-17"),
        (f"标题\n来源：某某发布   2023-11-21 09:42:00\n{BODY}", "2023-11-21"),
        (f"标题\n发布时间：2023年11月21日\n{BODY}", "2023-11-21"),
        (f"2023年11月21日，某市召开产业大会，会议强调要加快建设现代化产业体系。\n{BODY}", "2023-11-21"),
        # no year anywhere: no date
        (f"某网讯 3月5日，某市召开产业大会，会议强调要加快建设现代化产业体系。\n{BODY}", None),
        # the year is certain from the text: 截至2024年底 (past) and 今年 (running)
        ("某网讯 12月10日，某市召开新闻发布会。截至2024年底，全市企业达15家。预计到今年底，产值将突破千亿。", "2025-12-10"),
        # a five-year-plan review
        (f"某市召开高质量完成“十四五”规划系列新闻发布会\n{BODY}", "2025"),
        # 讯 followed by the reporter: the date after it is the event's, not a dateline
        ("某网讯（记者 某某）6月3日上午，某市召开高质量完成“十四五”规划系列新闻发布会。", "2025"),
        ("中新网某市11月3日电 某市召开高质量完成“十四五”规划系列新闻发布会，产业发展成效显著。", "2025-11-03"),
        # a period in a headline is not a date; a part-year report is of its year
        (f"2024年1-9月全市工业投资增长8.1%\n{BODY}", "2024"),
        (f"2024年全市工业投资增长8.1%\n{BODY}", None),
        # an event named with its year, held on the day opening the page
        ("5月18日，2024中国某某国际投资贸易洽谈会在某市开幕，现场签约项目32个。", "2024-05-18"),
        ("9月9日，2023第五届某某数字经济峰会在某区举行。峰会期间，签约项目总投资120亿元。", "2023-09-09"),
        ("某网讯 11月2日，2025某某省民营企业招商大会召开，集中签约项目56个。", "2025-11-02"),
        # a year-end review meeting is no event named with its year; a count is no year; nothing held
        ("1月8日，2024年度全市招商引资工作总结大会召开，表彰先进单位。", None),
        ("6月3日，2000余家企业代表参加某某产业博览会，博览会在某市开幕。", None),
        ("6月3日，某市发布2025某某产业发展大会筹备方案。", None),
        # a byline after the article
        (f"某市召开产业大会\n{BODY}\n发布日期：2024-05-06\n", "2024-05-06"),
        # a caption at the top with a date is not the publication date
        (f"2019年4月19日，游客在园区参观。张三_副本.jpg\n标题\n{BODY}", None),
    ],
)
def test_dates(page, date):
    assert clean(page).meta.date == date


def test_container_date_wins():
    assert clean(f"标题\n2025-01-12 14:38:54\n{BODY}", date="2025-01-13").meta.date == "2025-01-13"


@pytest.mark.parametrize(
    "body, year",
    [
        ("截至2024年底，累计达15家。预计到今年底将突破1.3万亿。", 2025),
        ("截至2024年底，累计达15家。", None),
        ("高质量完成“十四五”规划目标任务。", 2025),
        ("今年是“十四五”规划的收官之年。", 2025),
        ("力争到“十四五”末，全区工业总产值迈上800亿元台阶。", None),
        ("明年是“十四五”规划收官之年，今年要打好基础。", None),
        ("截至2024年底，累计达15家；截至2025年9月底，新增3家。今年目标20家。", 2025),
        ("截至2023年底，累计达15家；截至2025年9月底，新增3家。今年目标20家。", None),
        ("高质量完成“十四五”。截至2020年底，今年目标。", None),  # rules that disagree give nothing
        # part-year figures of a year, reported as results, are published in that year
        ("7月20日，记者从某州统计局获悉，2025年上半年全州经济稳中向好，完成地区生产总值300亿元，同比增长6%。", 2025),
        ("据省统计局发布的2019年1—8月全省开发区运行情况显示，我市开发区营业收入增长9%。", 2019),
        ("2024年前三季度，全县规上工业增加值增长7.2%。力争到2027年，产值突破百亿元。", 2024),
        ("今年一季度，全区工业投资比2024年一季度增长12%。", None),  # a comparison base says nothing
        ("2024年上半年，全市工业增加值增长6%；2025年，全市新增企业30家。", None),  # a later year reported
        ("2024年全年实现产值500亿元，其中2024年上半年完成230亿元。", None),  # the whole year is reported
        # a year closed and the next opened, the closed year's figures told as 去年
        ("2023年招商引资工作圆满收官，为2024年良好开局打下基础。去年全市新签约项目210个。", 2024),
        ("回望2021年，产业项目建设顺利收官，也为2022年开门红蓄足后劲。据统计，去年共落地项目88个。", 2022),
        ("2023年招商引资工作圆满收官，为2024年良好开局打下基础。全市新签约项目210个。", None),  # no 去年
        ("确保2023年圆满收官，为2024年开局打好基础。去年新签约项目150个。", None),  # a goal, said in 2023
        ("2020年各项工作圆满收官，为2022年开局打下基础。去年签约项目40个。", None),  # not the next year
    ],
)
def test_certain_year(body, year):
    assert certain_year(body) == year


@pytest.mark.parametrize(
    "page, outlet",
    [
        (f"某市召开产业大会\n中新网无锡3月27日电 （记者 某某）{BODY}", "中新网"),
        (f"某市召开产业大会\n扬州网讯（记者 某某） {BODY}", "扬州网"),
        (f"某市召开产业大会\n交汇点讯 12月10日，{BODY}", "交汇点"),
        (f"某市召开产业大会\n中国徐州网-徐州日报讯（记者 某某）{BODY}", "中国徐州网-徐州日报"),
        (f"某市召开产业大会\n来源：苏州发布 2023-11-21 09:42:00\n{BODY}", "苏州发布"),
        (f"某市召开产业大会\n本报讯 {BODY}", None),
        (f"某市召开产业大会\n2025-01-17来源：交汇点作者：记者 某某\n{BODY}", "交汇点"),
        (f"某市召开产业大会\n来源丨某某发布\n{BODY}", "某某发布"),
    ],
)
def test_outlet(page, outlet):
    assert clean(page).meta.outlet == outlet


def test_masked_spans_and_warning():
    doc = clean("抢占?xì)淠芘c新型储能、第三代半导体等前沿赛道，网站鍙戝竷了新规。")
    assert [doc.text[s:e] for s, e in doc.masked] == ["？xì)淠芘c", "鍙戝竷"]
    assert doc.warnings == ["mojibake: 2 spans masked"]


# ------------------------------------------------------------------ CLI


def test_cli_prints_cleaned_text(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(f"當前位置：首頁 > 新聞\n某市召開產(chǎn)業(yè)大會\n{BODY}\n版權所有 © 某某網\n", encoding="utf-8")
    assert main(["clean", str(page)]) == 0
    assert capsys.readouterr().out == f"某市召开产业大会\n{BODY}\n"


def test_cli_json(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(f"某市召开产业大会\n2024-01-05 08:00\n{BODY}\n责任编辑：某某\n", encoding="utf-8")
    assert main(["clean", "--json", str(page)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["meta"]["title"] == "某市召开产业大会"
    assert out["meta"]["date"] == "2024-01-05"
    assert out["masked"] == []
    assert [b["kind"] for b in out["removed"]] == ["byline", "byline"]
    assert out["text"] == f"某市召开产业大会\n{BODY}"


def test_cli_bad_file(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("chanye clean: ") and err.count("\n") == 1


@pytest.mark.parametrize(
    "footer, owner",
    [
        ("某某网 版权所有 江阴市人民政府办公室主办", "江阴市人民政府办公室"),
        ("主办单位：徐州市统计局 承办：徐州市大数据中心", "徐州市统计局"),
        ("Copyright © 2024 昆山市人民政府 版权所有", "昆山市人民政府"),
        ("版权所有：中国日报网", None),  # a news site is no government body
        ("主办：某某科技有限公司", None),
    ],
)
def test_publisher_from_the_footer(footer, owner):
    from chanye.clean.furniture import Line
    from chanye.clean.metadata import publisher

    assert publisher([Line(0, len(footer), footer, "copyright")]) == owner


def test_a_page_that_names_no_place_takes_its_site_owners():
    import chanye

    page = (
        "1—4月，全市规上工业增加值增长7.4%，保持平稳增长。\n"
        "二是新动能增长较快。1—4月，高技术制造业增加值增长16.9%。\n"
        "江阴市人民政府办公室版权所有 江阴市人民政府办公室主办\n"
        "苏ICP备05002806号\n"
    )
    result = chanye.extract(page, date="2024-05-20")
    assert result["meta"]["region"] == "江阴市"
    assert {f["subject"] for f in result["facts"]} == {"江阴市"}


def test_original_title_heads_a_republished_article():
    import chanye

    page = (
        "原标题：前三季度某省GDP增速8.8%\n"
        "记者日前从省统计局召开的新闻发布会上获悉，前三季度，我省生产总值15592.5亿元，同比增长8.8%。\n"
    )
    result = chanye.extract(page.replace("某省", "江西省"), date="2018-10-20")
    assert result["meta"]["title"] == "前三季度江西省GDP增速8.8%"
    assert result["meta"]["region"] == "江西省"
    assert {f["subject"] for f in result["facts"]} == {"江西省"}


def test_reposting_note_gives_the_page_s_own_headline():
    """The note a reposted page keeps (原标题：…, （原標題：…）) is read once, here: the headline goes on the meta for
    the extractor (whose page it is) and is the title where the page shows none."""
    page = "> 开发区\n（原標題：某縣上半年簽約項目32個）\n本報訊 上半年，某縣簽約項目32個，總投資86億元。\n"
    doc = clean(page)
    assert doc.meta.original_title == "某县上半年签约项目32个"
    assert "原标题" not in doc.text
    plain = clean("原标题：某区前三季度工业投资增长12%\n今年前三季度，某区工业投资同比增长12%，增速居全市第二。\n")
    assert plain.meta.original_title == plain.meta.title == "某区前三季度工业投资增长12%"
    assert clean("某区前三季度工业投资增长12%\n今年前三季度，某区工业投资同比增长12%。\n").meta.original_title is None


# A page that set each figure in its own element: the figure's line joins the sentence around it; a page
# counter (a number line between finished sentences) stays a line of its own. Own writing.
SPLIT_FIGURES = (
    "全年全县实现地区生产总值\n412.6\n亿元、增长\n5.8%\n。规上工业增加值\n96\n亿元，增长\n7.1%\n的好成绩。\n"
    "项目建设加快推进。\n12\n下一篇：某县召开工作会议"
)


def test_split_figure_lines_rejoined():
    lines = layout(SPLIT_FIGURES).split("\n")
    assert lines[0] == "全年全县实现地区生产总值412.6亿元、增长5.8%。规上工业增加值96亿元，增长7.1%的好成绩。"
    assert "12" in lines


def test_split_integer_figure_is_no_page_counter():
    text = clean(SPLIT_FIGURES).text
    assert "规上工业增加值96亿元" in text
