"""Page furniture, family by family, on pages of our own writing; and the cue lexicon by example."""

from __future__ import annotations

import pytest

from chanye.clean.document import clean_document
from chanye.clean.furniture import classify, lexicon, line_kind, list_header
from chanye.records import SourceDocument

BODY = "今年以来，全市规上工业增加值同比增长6.2%，高新技术产业产值占比提高1.5个百分点，新增专精特新企业120家。"
BODY2 = "下一步，我市将聚焦新能源、新材料等重点产业链，加快建设一批重大项目，推动产业集群向中高端迈进。"


def clean(text: str, **fields):
    return clean_document(
        SourceDocument(doc_id="t", origin="<t>", text=text, raw=text, content_hash="-", encoding="utf_8", format="text", **fields)
    )


def kinds(text: str) -> dict[str, str | None]:
    return {line.text: line.kind for line in classify(text) if line.text}


@pytest.mark.parametrize(
    "line, kind",
    [
        ("当前位置：首页 > 新闻中心 > 本地要闻 > 正文", "navigation"),
        ("您的位置: 首页 > 经济", "navigation"),
        ("您当前所在的位置:某市新闻网 >> 新闻频道 >> 本地要闻", "navigation"),
        ("收录于话题 #产业发展 12个", "share"),
        ("收录于合集", "share"),
        ("首页 > 财经 > 正文", "navigation"),
        ("• 建设文明城市 共享美好生活", "navigation"),
        ("网站首页 关于我们 联系我们 网站地图", "navigation"),
        ("要闻  |  本地  |  原创  |  你好，江城  |  视频  |  专题  |  文旅  |  财经", "navigation"),
        ("QQ交谈", "share"),
        ("某某彩票 - 首页welcome【官方下载——8️⃣⃣5️⃣——某某彩票 - 首页welcomeV9.4（7分钟看懂）某市产业规模预计今年破千亿元", "navigation"),
        ("- 版本：V1.14.12", "navigation"),
        ("- 更新：2025-10-10", "navigation"),
        ("在线客服", "share"),
        ("某某区人民政府网： www.example.cn 发布时间：2023-04-18 发布者：admin 字号：[大] [中] [小]", "byline"),
        ("版权所有：某某日报社 未经许可不得转载", "copyright"),
        ("Copyright © 2024 Example.com All Rights Reserved", "copyright"),
        ("苏ICP备12345678号-1", "copyright"),
        ("免责声明：本站转载内容仅供参考，不代表本站观点。", "copyright"),
        ("声明：", "copyright"),
        ("本文内容转载自：某某网，如有侵权请联系删除。", "copyright"),
        ("新闻爆料：0511-88886666", "contact"),
        ("联系电话：025-12345678  投稿邮箱：news@example.com", "contact"),
        ("服务邮箱：service#example.com（请将#替换成@）", "contact"),
        ("13900001111", "contact"),
        ("0次浏览     发布时间：2025-04-17 17:20:00", "byline"),  # a counter before a byline on one line
        ("图片1.jpg", "image"),
        ("微信截图_20240101120000.png", "image"),
        ("W020240101123456789.jpg", "image"),
        ("![](https://img.example.com/a/b.png)", "image"),
        ("市民在展会上参观新产品。张三_副本.jpg", "image"),
        ("6月1日，工人在车间内作业。 李四 摄", "caption"),
        ("会议现场。（新华社记者 王五 摄）", "caption"),
        ("位于某县工业集中区的某某新材料有限公司。新某省·某省日报记者金某某摄", "caption"),
        ("（记者 赵六 通讯员 钱七）", "byline"),
        ("本报记者 孙八 通讯员 周九", "byline"),
        ("文/吴十 图/郑一", "byline"),
        ("编辑丨冯二", "byline"),
        ("↑点击上方蓝字关注我们", "share"),
        ("- END -", "share"),
        ("图为园区内的智能化生产线。", "caption"),
        ("（无人机照片）", "caption"),
        ("《晨光》王五 摄于瘦西湖", "caption"),
        ("签约仪式现场", "caption"),
        ("责任编辑：赵六", "byline"),
        ("【责任编辑：赵六】", "byline"),
        ("编辑:钱七", "byline"),
        ("来源：扬州发布", "byline"),
        ("标签：产业;园区", "byline"),
        ("作者：孙八", "byline"),
        ("创始人", "byline"),
        ("【打印】【关闭窗口】", "byline"),
        ("字号：大 中 小", "byline"),
        ("2024-05-06 09:30:00", "byline"),
        ("01-12 14:38", "byline"),
        ("2024-05-06  来源：某某网  编辑：周九", "byline"),
        ("分享到：", "share"),
        ("点击查看全文（剩余0%）", "share"),
        ("本帖最后由 某某圈 于 2015-7-22 16:01 编辑", "byline"),
        ("信息索引号： 113310020026732928/2022-145483", "byline"),
        ("1234人阅读", "counter"),
        ("阅读 1234", "counter"),
        ("点赞 12 评论 3", "counter"),
        ("微信 微博 QQ空间", "share"),
        ("请输入验证码", "captcha"),
        ("看不清，换一张", "captcha"),
        ("上一篇：我市召开工作会议", "related"),
        ("- 3 我市新增一批重点项目", "related"),
        ("--> 2024-07-12 86亿元 3 3 某某日报 content_30412.html 1 某县上半年签约项目32个 /enpproperty-->", "byline"),
        ("-->2023-9-5 1 1 某某晚报 content_5521.html 1 园区前8月工业投资增长12% /enpproperty-->", "byline"),
        # a paper's site footer: the rights line, then its switchboard, address, post code and lawyer
        ("本网站所有内容属某某晚报社有限公司，未经许可不得转载。 总机：010-12345678 媒体合作：010-12345679", "copyright"),
        ("报社地址：某市某区某某西街21号 邮编：100013 法律顾问：某某律师事务所（010-12345670）", "contact"),
        # the same trailer on a line of its own, its opening arrow left on the line before
        ("2023-09-05 增速高于全省2.1个百分点 1 1 某某晚报 content_5521.html 1 前8月工业投资增长12% /enpproperty-->", "byline"),
    ],
)
def test_furniture_line_kinds(line, kind):
    assert line_kind(line, lexicon(), head=True) == kind


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "该企业拥有自主知识产权，其版权保护体系入选全国典型案例，相关经验在全省推广。",
        "来源于本地的订单占比超过六成，外贸企业联系电话咨询量明显增加，政策效应持续显现。",
        "推进产业创新集群建设",
        "图书馆、博物馆等公共文化设施全年接待游客500万人次。",
        "近年来，",
        "2024年1-9月，规模以上工业增加值同比增长7.1%，高于全省平均水平。",
        "编制出台加快建设制造强市行动方案，全面提升产业基础高级化水平。",
        "两年多来，开发区营商环境不断改善。",
        "10-12月全市规上工业增加值增长5%",
        "2024年1-9月全市工业投资增长8.1%",
        "(完)",
        "市民可通过短信验证码登录政务服务平台，全年办理业务超过300万件，群众满意度达到98%。",
        "有意向的企业欢迎联系我们，园区将提供厂房、人才公寓等一揽子服务，推动项目早落地。",
        "记者 从市统计局获悉，今年前三季度全市规上工业增加值同比增长7.2%，增速居全省第二。",
        "会议指出，要尊重知识产权，保护作品的版权所有人合法权益，营造良好创新环境和营商环境。",
        "产值 | 增速 | 占比，亿元 | % | %",  # a table's head row: three cells with punctuation
        "产值 | 增速 | 占比，亿元",  # one cell with a comma among fewer than a menu's five items
        "新能源 | 新材料 | 生物医药 | 高端装备 | 数字经济，2家 | 其他",
        "企业生产的零部件未经许可不得仿制，园区已帮助企业申请专利136件，挽回经济损失2300万元。",
    ],
)
def test_body_lines_are_not_furniture(line):
    assert line_kind(line, lexicon()) is None


def test_lexicon_is_data():
    lex = lexicon()
    assert "相关阅读" in lex.list_headers and "猜你喜欢" in lex.list_headers
    assert lex.contains_kind["版权所有"] == "copyright"
    assert lex.prefix_kind["责任编辑"] == "byline"
    assert lex.exact["创始人"] == "byline"


RELATED_PAGE = f"""某市加快建设现代化产业体系
2024-03-02 10:00:00
{BODY}
{BODY2}
相关新闻
某地召开产业链推进会 强调要...
  新华网某地3月1日电 (记者 某某)1日,某地召开产业链...
2024-03-01 18:00:00
- 1 某市新增一批专精特新企业
- 2 某县工业开票销售突破千亿
今日新增注册企业156家。
猜你喜欢
图1.jpg
某地推出新一轮稳岗政策。
"""


def test_related_block_runs_to_the_end():
    doc = clean(RELATED_PAGE)
    assert doc.text.splitlines() == ["某市加快建设现代化产业体系", BODY, BODY2]
    related = [b for b in doc.removed if b.kind == "related"]
    assert related and "某地召开产业链推进会" in related[0].text


@pytest.mark.parametrize("header", ["相关新闻", "相关新闻：", "【相关阅读】", "热门推荐 更多>>", "▌猜你喜欢", "推荐阅读 >"])
def test_list_header_forms(header):
    assert list_header(header)


def test_related_block_ends_where_prose_resumes():
    page = f"{BODY}\n延伸阅读\n某地召开产业链推进会...\n某县工业开票销售突破千亿...\n\n{BODY2}\n"
    assert clean(page).text.splitlines() == [BODY, BODY2]


def test_whole_sentence_teasers_stay_in_the_list():
    teaser = "11月27日，全省青少年运动会排球决赛在某市举行，某某队以3:0战胜对手夺得冠军，赛事吸引观众上万人次。"
    page = f"{BODY}\n热门资讯\n某某排球决赛落幕\n{teaser}\n2024-11-27 18:00:00\n某地冬日早市...\n"
    assert clean(page).text == BODY


def test_trailing_footer_families():
    page = (
        f"{BODY}\n\n新闻爆料：0516-12345678  商务合作：0516-87654321\n"
        "版权声明：本网所发表之文章，未经书面许可不得转载。\n关于我们 联系我们 网站地图\n"
    )
    doc = clean(page)
    assert doc.text == BODY
    assert {b.kind for b in doc.removed} == {"contact", "copyright", "navigation"}


def test_head_furniture_and_counter():
    page = f"• 做文明市民 建美丽家园\n当前位置：首页 > 要闻\n\n某市召开产业大会\n管理员\n2024-01-05 08:00\n0\n{BODY}\n"
    doc = clean(page)
    assert doc.text.splitlines() == ["某市召开产业大会", BODY]
    assert doc.meta.title == "某市召开产业大会"
    assert doc.meta.date == "2024-01-05"


def test_epaper_property_trailer_goes_with_its_figures():
    """An e-paper page's property trailer (--> 日期 标题数字 版次 报名 content_N.html 标题 /enpproperty-->) repeats
    the page's date, headline figure and page numbers: furniture, so no figure is read from it."""
    import chanye

    page = (
        "某县上半年签约项目32个\n\n本报讯 上半年，某县签约项目32个，总投资86亿元。\n\n"
        "--> 2024-07-12 86亿元 3 3 某某日报 content_30412.html 1 某县上半年签约项目32个 /enpproperty-->"
    )
    doc = clean(page)
    assert doc.text.splitlines() == ["某县上半年签约项目32个", "本报讯 上半年，某县签约项目32个，总投资86亿元。"]
    assert [b.kind for b in doc.removed] == ["byline"]
    facts = chanye.extract(page, date="2024-07-12")["facts"]
    assert sorted((f["value"], f["unit"]) for f in facts) == [(32.0, "count"), (8600000000.0, "CNY")]


def test_epaper_trailer_glued_after_the_body_goes_and_the_sentence_stays():
    """The same trailer written on the body's last line (no line break before it): the line is cut from the
    trailer on, as a byline; the sentence before it stays whole."""
    import chanye

    body = "本报讯 今年前三季度，某市新开工亿元以上项目47个，完成投资128.5亿元，同比增长9.6%。"
    page = (
        "某市前三季度新开工项目47个\n\n"
        + body
        + " --> 2024-10-21 47 2 2 某某晚报 content_88107.html 1 某市前三季度新开工项目47个 /enpproperty-->\n"
    )
    doc = clean(page)
    assert doc.text.splitlines() == ["某市前三季度新开工项目47个", body]
    assert [(b.kind, b.text.strip()[:14]) for b in doc.removed] == [("byline", "--> 2024-10-21")]
    facts = chanye.extract(page, date="2024-10-21")["facts"]
    assert 2.0 not in [f["value"] for f in facts]  # (the trailer's page numbers)
    assert (12850000000.0, "CNY") in [(f["value"], f["unit"]) for f in facts]


def test_editor_credit_glued_after_a_table_cell_body_goes_and_the_body_stays():
    """A page laid out in a table: each cell's line ends in a bar, and the editor's credit is glued after the
    article's last sentence. The credit goes; the paragraph before it is the article, not a byline."""
    import chanye

    body = (
        "本报讯（记者 王某）3月2日，记者从全省园区工作会议上获悉，2024年，全省开发区实现规上工业营业收入"
        "2.36万亿元，同比增长6.8%，新引进亿元以上项目842个，其中50亿元以上项目27个。"
    )
    page = "全省开发区去年营收2.36万亿元 |\n2025年03月03日 09时12分 某某日报 |\n" + body + " （责任编辑：李某） |\n【关闭窗口】 |\n"
    doc = clean(page)
    assert doc.meta.title == "全省开发区去年营收2.36万亿元"
    assert body in doc.text and "责任编辑" not in doc.text
    values = sorted(f["value"] for f in chanye.extract(page)["facts"])
    assert values == [6.8, 27.0, 842.0, 2360000000000.0]


def test_photo_caption_glued_before_the_body_goes_and_the_body_stays():
    """A caption with its credit (图为会议现场。某某 摄) glued before the article's first sentence goes; the sentence
    after it is body. A caption line of its own still goes whole."""
    import chanye

    body = "中新网记者从报告中获悉，2025年某省地区生产总值增长4.1%，全体居民人均可支配收入增长5.1%。"
    page = "某省政府工作报告发布\n图为会议现场。王某某 摄" + body + "\n"
    doc = clean(page)
    assert body in doc.text and "图为" not in doc.text and "摄" not in doc.text
    assert sorted(f["value"] for f in chanye.extract(page)["facts"]) == [4.1, 5.1]
    alone = clean("某省政府工作报告发布\n图为会议现场。王某某 摄\n" + body + "\n")
    assert "图为" not in alone.text and body in alone.text


def test_a_sentence_naming_an_editor_in_passing_stays_whole():
    """Only a credit in brackets at the very end of a line goes: prose that mentions an editor stays."""
    line = "该报编辑部联合全市12家企业开展调研，责任编辑：张某在会上介绍了调研情况，新增订单3.2亿元。"
    doc = clean("某市企业调研综述\n" + line + "\n")
    assert line in doc.text


def test_inline_image_name_goes_but_the_sentence_stays():
    page = f"{BODY}![](https://x.example.com/a.png)\n"
    doc = clean(page)
    assert doc.text == BODY
    assert [b.kind for b in doc.removed] == ["image"]


def test_live_stock_quote_after_a_company_name_goes_but_the_sentence_stays():
    # a finance site's widget writes the listed company's price, change and change % after its name
    page = "引进电商运营平台，新华联(7.900, 0.06, 0.77%)、万达（12.35，-0.21，-1.67%）等知名品牌引领消费，社会消费品零售总额增长11.1%。\n"
    doc = clean(page)
    assert doc.text == "引进电商运营平台，新华联、万达等知名品牌引领消费，社会消费品零售总额增长11.1%。"
    assert [b.kind for b in doc.removed] == ["stock quote", "stock quote"]
    figures = "全市规上工业增加值增长（同比，下同）8.1%，占比（8.10，0.06）提高（31.5，2.6，8%）。\n"
    assert clean(figures).text == figures.strip()  # brackets of figures in prose are no quote


def test_captcha_and_share_widgets():
    page = f"{BODY}\n分享到：\n微信 微博 QQ空间\n请输入验证码\n看不清换一张\n"
    doc = clean(page)
    assert doc.text == BODY
    assert {b.kind for b in doc.removed} == {"share", "captcha"}


def test_traditional_furniture_is_found_after_conversion():
    page = f"當前位置：首頁 > 新聞\n{BODY}\n版權所有 © 某某網\n"
    doc = clean(page)
    assert doc.text == BODY
    assert doc.removed[0].text.startswith("當前位置")


def test_removed_blocks_point_at_original_spans():
    doc = clean(RELATED_PAGE)
    for block in doc.removed:
        assert RELATED_PAGE[block.start : block.end] == block.text


GOV_PAGE = """网站首页 | 政务公开 | 政务服务 | 互动交流
您现在的位置：首页 > 政务公开 > 部门动态
我市召开2024年一季度工业经济运行分析会
发布时间：2024-04-12 10:20  来源：市工业和信息化局  作者：张某  浏览次数：1234
【字体：大 中 小】【打印本页】【关闭窗口】
4月11日，我市召开2024年一季度工业经济运行分析会。会议通报，一季度全市规上工业增加值同比增长8.2%，高于全省平均水平1.1个百分点；工业开票销售1850亿元，增长9.6%。

图为会议现场。（记者 李某 摄）

会议指出，

一季度全市工业经济

实现良好开局，

但也要清醒看到，部分行业订单不足、企业利润下滑等问题依然存在。
一、全力抓好项目建设
到2024年底，
力争新开工亿元以上工业项目200个，
竣工投产150个。
二、加快培育新兴产业
会议要求，各地要对照年度目标，加快推进“智改数转网联”，确保全年规上工业增加值增长8%以上。
扫码关注微信公众号
打开APP 阅读全文
上一篇：市领导调研重点项目建设
下一篇：我市举办2024年数字经济高峰论坛
【我要纠错】 责任编辑：王某
主办单位：某某市人民政府办公室 承办单位：某某市大数据管理局
政府网站标识码：3210000001 苏ICP备05000001号 苏公网安备 32100202000123号
地址：某某市文昌中路1号 邮编：225000 联系电话：0514-87654321
建议使用1920×1080分辨率 IE10以上浏览器访问本站
"""


def test_government_site_page():
    doc = clean(GOV_PAGE)
    assert doc.meta.title == "我市召开2024年一季度工业经济运行分析会"
    assert doc.meta.date == "2024-04-12"
    assert doc.text.split("\n") == [
        "我市召开2024年一季度工业经济运行分析会",
        "4月11日，我市召开2024年一季度工业经济运行分析会。会议通报，一季度全市规上工业增加值同比增长8.2%，"
        "高于全省平均水平1.1个百分点；工业开票销售1850亿元，增长9.6%。",
        "会议指出，一季度全市工业经济实现良好开局，但也要清醒看到，部分行业订单不足、企业利润下滑等问题依然存在。",
        "一、全力抓好项目建设",
        "到2024年底，力争新开工亿元以上工业项目200个，竣工投产150个。",
        "二、加快培育新兴产业",
        "会议要求，各地要对照年度目标，加快推进“智改数转网联”，确保全年规上工业增加值增长8%以上。",
    ]
    assert {b.kind for b in doc.removed} == {"navigation", "byline", "caption", "share", "related", "copyright", "contact"}


@pytest.mark.parametrize(
    "line, kind",
    [
        ("网站首页 | 政务公开 | 政务服务 | 互动交流", "navigation"),
        ("首页 新闻 政务 服务 互动", "navigation"),
        ("江苏扬州以链发力推产业升级 加快建设现代化产业体系", None),
        ("The ICT sector grows fast", None),
        ("扬州 | 8650亿元 | 增长6.2%", None),  # a table row
        ("| 地区 | 产值 | 增速 |", None),
    ],
)
def test_menu_rows(line, kind):
    assert line_kind(line, lexicon()) == kind


@pytest.mark.parametrize(
    "line",
    [
        "● 全年地区生产总值增长6.1%",
        "●规上工业增加值增长8.2%，高于全省1.2个百分点",
        "■ 新增专精特新“小巨人”企业45家",
        "◆ 固定资产投资增长5%左右",
        "▲ 社会消费品零售总额达到1200亿元",
        "• 实际使用外资3.2亿美元",
        "· 进出口总额增长12%",
        "- 一般公共预算收入增长7.5%",
        "* 城镇居民人均可支配收入5.2万元",
        "1. 全市工业投资增长15%",
        "(1) 新建5G基站1200个",
        "（2）新增高新技术企业300家",
        "① 粮食产量达到93万吨",
        "■ 2025年主要预期目标",
        "● 推动新能源、新材料产业集群发展",
    ],
)
def test_bulleted_body_items_stay(line):
    assert line_kind(line, lexicon()) is None
    assert kinds(f"{BODY}\n{line}\n{BODY2}")[line] is None


@pytest.mark.parametrize("line", ["● 首页", "● 政务公开", "■ 新闻中心", "• 园区概况", "• 建设文明城市 共享美好生活"])
def test_bulleted_menu_entries_go(line):
    assert line_kind(line, lexicon()) == "navigation"


def test_bulleted_report_summary_keeps_its_figures():
    page = (
        "某省政府工作报告摘要\n■ 2025年主要预期目标\n●地区生产总值增长5.5%左右\n●城镇新增就业70万人以上\n"
        "●粮食产量稳定在610亿斤以上\n● 首页\n● 政务公开\n● 互动交流"
    )
    text = clean(page).text
    for item in ("●地区生产总值增长5.5%左右", "●城镇新增就业70万人以上", "●粮食产量稳定在610亿斤以上"):
        assert item in text.split("\n")
    assert "政务公开" not in text


def test_numbered_items_are_not_run_together():
    text = clean("今年的主要目标是：\n① 新增高新技术企业300家\n② 新建5G基站1200个\n③ 工业投资增长8%").text
    assert "② 新建5G基站1200个" in text.split("\n")
    assert "③ 工业投资增长8%" in text.split("\n")
