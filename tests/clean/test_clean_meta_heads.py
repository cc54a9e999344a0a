"""Page heads and feet of the genre: which line is the headline, which date is the publication date.

Own-writing pages in the layouts of news and government sites: bylines with dates in many forms,
labels (发布时间 beats 更新时间 and 成文日期), site bars, channel names and dated lists above the
headline, related lists and copyright years after the article, report years in the body.
"""

from __future__ import annotations

import pytest

from chanye.clean.document import clean_document
from chanye.clean.metadata import certain_year, title_year
from chanye.records import SourceDocument

B = "今年以来，全市规上工业增加值同比增长6.2%，高新技术产业产值占比提高1.5个百分点，新增专精特新企业120家。"
B2 = "下一步，全区将聚焦新能源、新材料等重点产业链，加快建设一批重大项目，推动产业集群向中高端迈进。"
T = "某市加快建设现代化产业体系"


def clean(text: str):
    return clean_document(
        SourceDocument(doc_id="t", origin="<t>", text=text, raw=text, content_hash="-", encoding="utf_8", format="text")
    )


@pytest.mark.parametrize("page, title, date", [
 (f"{T}\n2025-01-12 14:38:54\n{B}", T, "2025-01-12"),
 (f"{T}\n2024年03月05日 09:12\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：2023-7-5\n{B}", T, "2023-07-05"),
 (f"{T}\n来源：某某日报 2024/3/5\n{B}", T, "2024-03-05"),
 (f"{T}\n【发布日期：2024-03-05】\n{B}", T, "2024-03-05"),
 (f"{T}\n时间：2024.03.05\n{B}", T, "2024-03-05"),
 (f"{T}\n2024-03-05 来源：某某网\n{B}", T, "2024-03-05"),
 (f"{T}\n2024-03-05来源：某某网作者：某某\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：2024-03-05 浏览次数：1234 【字号：大 中 小】\n{B}", T, "2024-03-05"),
 (f"{T}\n信息来源：某市工信局 发布时间：2024-03-05 16:20 浏览次数：56\n{B}", T, "2024-03-05"),
 (f"{T}\n作者：某某 来源：某某日报 时间：2024年3月5日\n{B}", T, "2024-03-05"),
 (f"{T}\n2024年3月5日 星期二\n{B}", T, "2024-03-05"),
 (f"{T}\n发布日期：2024年03月05日  来源：某市人民政府  【字体：大 中 小】 【打印】\n{B}", T, "2024-03-05"),
 (f"{T}\n[ 2024-03-05 ]\n{B}", T, "2024-03-05"),
 (f"{T}\n日期：2024-03-05 来源：某某区 字号：[大][中][小]\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：2024-03-05 09:12:33 | 来源：某某网 | 作者：某某\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间:2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n2024-3-5 9:12\n{B}", T, "2024-03-05"),
 (f"{T}\n2024/03/05 09:12\n{B}", T, "2024-03-05"),
 (f"{T}\n更新时间：2024-03-06 发布时间：2024-03-05\n{B}", T, "2024-03-05"),
 # traditional
 (f"某市加快建設現代化產業體系\n發佈時間：2024-03-05\n{B}", T, "2024-03-05"),
 (f"某市加快建設現代化產業體系\n發布日期：2024年03月05日 來源：某某網\n{B}", T, "2024-03-05"),
 # dateline only with year in header? 
 (f"{T}\n中新网某市1月12日电 （记者 某某）{B}", T, None),
 (f"{T}\n某某日报 2025-01-13\n中新网某市1月12日电 {B}", T, "2025-01-13"),
 # related list with other dates
 (f"{T}\n{B}\n{B2}\n相关新闻\n某县召开产业大会 2023-05-06\n某区产业发展稳中有进 2023-04-01\n", T, None),
 (f"{T}\n{B}\n{B2}\n相关阅读：\n· 某县召开产业大会（2023-05-06）\n", T, None),
 (f"{T}\n{B}\n{B2}\n热点推荐\n[2023-05-06] 某县召开产业大会\n", T, None),
 (f"{T}\n{B}\n{B2}\n上一篇：某县召开产业大会 2023-05-06\n下一篇：某区产业发展 2023-04-01\n", T, None),
 # copyright years
 (f"{T}\n{B}\n{B2}\n©2003-2025 某某网 版权所有\n", T, None),
 (f"{T}\n{B}\n{B2}\nCopyright © 2003-2025 某某网 All Rights Reserved\n", T, None),
 (f"{T}\n{B}\n{B2}\n版权所有：某市人民政府办公室 2024\n", T, None),
 # report date in body
 (f"{T}\n2024年工作回顾\n{B}", T, None),
 (f"{T}\n——2024年1月15日在某市第九届人民代表大会第三次会议上\n{B}", T, "2024-01-15"),
 (f"{T}\n{B}\n一、2024年工作回顾\n{B2}", T, None),
 # no date
 (f"{T}\n{B}\n{B2}", T, None),
 # site name above headline and crumbs
 (f"某某网\n首页 > 新闻中心 > 要闻\n{T}\n2024-03-05 来源：某某网\n{B}", T, "2024-03-05"),
 (f"当前位置：首页 > 政务公开 > 工作动态\n{T}\n发布时间：2024-03-05\n{B}", T, "2024-03-05"),
 (f"首页 > 要闻\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"首页 | 新闻 | 政务 | 服务 | 互动\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"要闻\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n某市人民政府 2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n发文日期：2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n发稿时间：2024-03-05 10:20\n{B}", T, "2024-03-05"),
 (f"{T}\n原创 某某发布 某某发布 2024年03月05日 18:30 江苏\n{B}", T, "2024-03-05"),
 (f"{T}\n某某发布 2024-03-05 18:30 发表于江苏\n{B}", T, "2024-03-05"),
 (f"{T}\n(2024-03-05)\n{B}", T, "2024-03-05"),
 (f"{T}\n来源：某某日报　　2024-03-05　　作者：某某\n{B}", T, "2024-03-05"),
 (f"{T}\n2024-03-05 09:12:33 来源: 某某网\n{B}", T, "2024-03-05"),
 (f"{T}\n某某日报 | 2024-03-05 09:12\n{B}", T, "2024-03-05"),
 # date at page top before title (list timestamp)
 (f"2024-03-05\n{T}\n{B}", T, "2024-03-05"),
 # date only in foot byline
 (f"{T}\n{B}\n{B2}\n（编辑：某某）\n发布日期：2024-03-05\n", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n某市发展改革委\n2024年3月5日\n", T, "2024-03-05"),
 # head date with year but related list later
 (f"{T}\n2024-03-05\n{B}\n相关新闻\n某县召开产业大会 2023-05-06\n", T, "2024-03-05"),
 # two-digit years / chinese numerals
 (f"{T}\n二〇二四年三月五日\n{B}", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n某市人民政府\n2024年3月5日\n", T, "2024-03-05"),

 (f"{T}\n某某晚报     2020年11月05日\n{B}", T, "2020-11-05"),
 (f"新闻中心\n行业动态\n2013年7月25日 某某参考报\n{B}", None, "2013-07-25"),
 (f"{T}\n索引号：11320000/2024-00123\n发布机构：某市工信局\n成文日期：2024-03-01\n发布日期：2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n发布机构：某部门 文号：某发〔2024〕12号\n公开日期: 2024-03-05 有效性: 有效\n{B}", T, "2024-03-05"),
 (f"{T}\n2024年3月5日 14:30 来源：某某网\n{B}", T, "2024-03-05"),
 (f"最新发布\n某县召开产业大会 2023-05-06\n某区产业发展稳中有进 2023-04-01\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n某县召开产业大会 2023-05-06\n某区产业发展稳中有进 2023-04-01\n", T, None),
 (f"{T}\n{B}\n{B2}\n[2023-05-06] 某县召开产业大会\n[2023-04-01] 某区产业发展稳中有进\n", T, None),
 (f"{T}\n作者：某某　时间：2024-03-05　点击数：123\n{B}", T, "2024-03-05"),
 (f"{T}\n时间：2024-03-05 09:12 来源：某某县融媒体中心\n{B}", T, "2024-03-05"),
 (f"某市加快建設現代化產業體系\n時間：2024年03月05日 來源：某某網 作者：某某 瀏覽次數：56\n{B}", T, "2024-03-05"),
 (f"某市加快建設現代化產業體系\n【發佈日期：2024-03-05】【來源：某某】【字體：大 中 小】\n{B}", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n（来源：某某日报 2024年3月5日 第3版）\n", T, "2024-03-05"),
 (f"{T}\n某某日报 2024年03月05日 第A03版\n{B}", T, "2024-03-05"),
 (f"{T}\n2024年03月05日08:12 来源：某某网\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：2024年3月5日 星期二\n{B}", T, "2024-03-05"),
 (f"{T}\n来源：某某日报  发布时间：2024-03-05 08:00:00  浏览：1234次\n{B}", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n编辑：某某  审核：某某\n版权所有：某市人民政府 ©2003-2025\n", T, None),
])
def test_head_title_and_date(page, title, date):
    meta = clean(page).meta
    assert (meta.title, meta.date) == (title, date)


@pytest.mark.parametrize("page, title, date", [
 (f"{T}\n{B}\n{B2}\n相关新闻\n某县召开产业大会\n2023-05-06\n某区产业发展稳中有进\n2023-04-01\n", T, None),
 (f"{T}\n{B}\n{B2}\n推荐阅读\n某县召开产业大会 2023-05-06\n某区产业发展稳中有进 2023-04-01\n", T, None),
 (f"{T}\n{B}\n{B2}\n网友评论\n某某网友 2023-05-06 12:00\n写得好，点赞！\n", T, None),
 (f"今天是2024年3月5日 星期二\n{T}\n发布时间：2024-03-01\n{B}", T, "2024-03-01"),
 (f"今天是：2024年3月5日 星期二 农历正月廿五\n某市人民政府门户网站\n{T}\n{B}", T, None),
 (f"某某市人民政府门户网站\n{T}\n发布时间：2024-03-01\n{B}", T, "2024-03-01"),
 (f"某市工业和信息化局\n{T}\n发布时间：2024-03-01\n{B}", T, "2024-03-01"),
 (f"某某日报\n{T}\n2024-03-01\n{B}", T, "2024-03-01"),
 (f"某某县融媒体中心\n{T}\n2024-03-01\n{B}", T, "2024-03-01"),
 (f"{T}\n——某市推进新型工业化综述\n2024-03-01\n{B}", T, "2024-03-01"),
 (f"【经济运行】{T}\n2024-03-01\n{B}", f"【经济运行】{T}", "2024-03-01"),
 (f"{T}\n　　发布时间：2024-03-01　　来源：某某网　　【字号：大 中 小】\n{B}", T, "2024-03-01"),
 (f"{T}\n发布时间：2024-03-01 打印本页 关闭窗口\n{B}", T, "2024-03-01"),
 (f"{T}\n{B}\n{B2}\n打印本页 关闭窗口\n", T, None),
 (f"{T}\n2024-03-01 10:20:30 阅读：1234\n{B}", T, "2024-03-01"),
 (f"{T}\n阅读：1234 2024-03-01\n{B}", T, "2024-03-01"),
 (f"{T}\n来源：某某网 | 2024-03-01 | 阅读 1234 次\n{B}", T, "2024-03-01"),
 (f"{T}\n发布：2024-03-01\n{B}", T, "2024-03-01"),
 (f"{T}\n录入时间：2024-03-01\n{B}", T, "2024-03-01"),
 (f"{T}\n截止日期：2024-03-31\n{B}", T, None),
 (f"{T}\n中新网某市3月5日电 （记者 某某）{B}\n{B2}\n（完）\n【编辑：某某】\n", T, None),
 (f"{T}\n2024-03-05 某某网\n中新网某市3月5日电 （记者 某某）{B}", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n（记者 某某 通讯员 某某）\n2024年03月05日 来源：某某日报\n", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n【发布时间：2024-03-05】\n【相关文章】\n某县召开产业大会 2023-05-06\n", T, "2024-03-05"),
 (f"某市加快建設現代化產業體系\n發佈日期：2024-03-05　更新日期：2024-03-06\n{B}", T, "2024-03-05"),
 (f"首頁 > 新聞中心 > 要聞\n某市加快建設現代化產業體系\n來源：某某網　時間：2024/3/5\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：2024-03-05\n{B}\n{B2}\n责任编辑：某某\n©2003-2025 某某网 版权所有\n", T, "2024-03-05"),
 (f"{T}\n{B}\n{B2}\n2024年工作回顾\n2023年，全市实现地区生产总值1000亿元。\n", T, None),
 # a bulleted site menu above the headline (`- 首页`, `- 登录`)
 (f"- 首页\n- 举报专区\n- 多语言\n- 登录\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"• 首页\n• 要闻\n{T}\n{B}", T, None),
])
def test_site_bars_lists_and_labels(page, title, date):
    meta = clean(page).meta
    assert (meta.title, meta.date) == (title, date)


@pytest.mark.parametrize(
    "page, title, date",
    [
        # the headline and its date on one line
        (f"{T} 2024-03-05\n{B}", T, "2024-03-05"),
        (f"{T}　2024年3月5日 09:12\n{B}", T, "2024-03-05"),
        (f"首页 > 要闻\n{T} [2024-03-05]\n{B}", T, "2024-03-05"),
        (f"热点\n某县召开产业大会 2023-05-06\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
        # after the article: bylines that disagree are a list, a labelled one is the page's
        (f"{T}\n{B}\n{B2}\n来源：某某日报 2023-05-06\n来源：某某晚报 2023-04-01\n", T, None),
        (f"{T}\n{B}\n{B2}\n发布时间：2024-03-05\n来源：某某晚报 2023-04-01\n", T, "2024-03-05"),
        (f"{T}\n{B}\n{B2}\n来源：某某日报 2024-03-05\n编辑：某某 2024-03-05\n", T, "2024-03-05"),
    ],
)
def test_dates_on_the_headline_line_and_in_the_foot(page, title, date):
    meta = clean(page).meta
    assert (meta.title, meta.date) == (title, date)


R = "政府工作报告"
V = "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n一、2023年工作回顾\n" + B


@pytest.mark.parametrize("page, title, date", [
 (f"{R}\n——2024年1月15日在某市第十七届人民代表大会第四次会议上\n市长 某某\n{V}", R, "2024-01-15"),
 (f"{R}\n（2024年1月15日在某市第十七届人民代表大会第四次会议上）\n{V}", R, "2024-01-15"),
 (f"{R}\n2024年1月15日在某市第十七届人民代表大会第四次会议上\n{V}", R, "2024-01-15"),
 (f"{R}\n——在某县第十八届人民代表大会第三次会议上\n县长 某某\n2024年1月10日\n{V}", R, "2024-01-10"),
 (f"{R}\n——二〇二四年一月十五日在某市第十七届人民代表大会第四次会议上\n{V}", R, "2024-01-15"),
 (f"{R}\n某市人民政府市长 某某\n（2024年1月15日）\n{V}", R, "2024-01-15"),
 (f"2024年{R}\n{V}", f"2024年{R}", "2024"),
 (f"某市{R}（全文）\n{V}", f"某市{R}（全文）", "2024"),  # 各位代表 and 2023年工作回顾
 (f"{T}\n2022-05-27 03:47某某某\n某某研究 2022年5期\n关键词：产业集群\n{B}", T, "2022-05-27"),
 (f"APP下载\n{T}\n2023-03-30某某\n{B}", T, "2023-03-30"),
 (f"{T}\n导读：某市加快建设现代化产业体系，工业经济稳中有进。\n{B}", T, None),
 (f"{R}\n发布时间：2024-01-20\n——2024年1月15日在某市第十七届人民代表大会第四次会议上\n{V}", R, "2024-01-20"),
])
def test_report_heads_and_journal_heads(page, title, date):
    meta = clean(page).meta
    assert (meta.title, meta.date) == (title, date)


TT = "某市加快建設現(xiàn)代化產(chǎn)業(yè)體系"
BT = "今年以來，全市規(guī)上工業(yè)增加值同比增長6.2%，高新技術(shù)產(chǎn)業(yè)產(chǎn)值占比提高1.5個(gè)百分點(diǎn)。"


@pytest.mark.parametrize("page, title, date", [
 (f"{TT}\n發(fā)佈時(shí)間：2024-03-05\n{BT}", T, "2024-03-05"),
 (f"{TT}\n發(fā)布日期：２０２４年０３月０５日\n{BT}", T, "2024-03-05"),
 (f"{TT}\n更新時間：2024-03-06　發佈時間：2024-03-05\n{BT}", T, "2024-03-05"),
 (f"當(dāng)前位置：首頁(yè) > 要聞\n{TT}\n2024-03-05 來(lái)源：某某網(wǎng)\n{BT}", T, "2024-03-05"),
 (f"{TT}\n{BT}\n版權(quán)所有 © 2003-2025 某某網(wǎng)\n", T, None),
 (f"今天是2024年3月5日 星期二\n{TT}\n{BT}", T, None),
 (f"{TT}\n時間：2024.03.05 點擊：123\n{BT}", T, "2024-03-05"),
 (f"{TT}\n日期：2024年3月5日 來源：某某縣人民政府\n{BT}", T, "2024-03-05"),
    # a site's clock above the page gives way to the article's byline
    (f"2024年3月6日 星期三\n某某网\n{T}\n2024-03-05 来源：某某网\n{B}", T, "2024-03-05"),
    (f"2024年3月6日 星期三 农历正月廿六\n{T}\n{B}", T, "2024-03-06"),
])
def test_traditional_heads_and_site_clocks(page, title, date):
    meta = clean(page).meta
    assert (meta.title, meta.date) == (title, date)


@pytest.mark.parametrize("page, title, date", [
 (f"首页 新闻 政务 服务 互动 专题\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"繁体版 | 无障碍 | 登录 | 注册\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"无障碍浏览 长者模式\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 # links to other sites in the bar (site names, then a widget)
 (f"中国政府网  |  某某省人民政府  |  某某州人民政府 网站无障碍\n\n{T}\n\n来源: 某某日报    发布时间: 2024-03-05 09:22\n{B}", T, "2024-03-05"),
 (f"请输入关键词\n搜索\n{T}\n2024-03-05\n{B}", T, "2024-03-05"),
 (f"简体 | 繁体\n某市人民政府\n{T}\n发布时间：2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间： 2024 - 03 - 05\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：03-05 09:12\n{B}", T, None),
 (f"{T}\n导读：某市加快建设现代化产业体系，工业经济稳中有进，新动能加快成长。\n发布时间：2024-03-05\n{B}", T, "2024-03-05"),
 (f"{T}\n来源：某某日报 | 作者：某某 | 2024-03-05 09:12 | 责编：某某\n{B}", T, "2024-03-05"),
 (f"{T}\n稿源：某某日报 2024-03-05 09:12:33 编辑：某某\n{B}", T, "2024-03-05"),
 (f"{T}\n作者： 某某 发布时间： 2024年03月05日 10时20分\n{B}", T, "2024-03-05"),
 (f"{T}\n2024年03月05日 10时20分 来源：某某网\n{B}", T, "2024-03-05"),
 (f"{T}\n发布时间：20240305\n{B}", T, "2024-03-05"),
 (f"{T}\n微信截图_20240305151459.png\n编号：20240305\n{B}", T, None),
 # the year last (sites built abroad or by templates): day first, unless the day cannot be a month
 (f"{T}\n发布日期：05.03.2024\n{B}", T, "2024-03-05"),
 (f"{T}\n05.03.2024\n{B}", T, "2024-03-05"),
 (f"{T}\n来源：某某网 作者：某某 03/25/2024\n{B}", T, "2024-03-25"),
 (f"{T}\n产品批号12.5.2024送检\n{B}", T, None),
 (f"{T}\n新闻网 > > 正文\n2021 09/16 16:23:31\n来源：某某网\n{B}", T, "2021-09-16"),
 (f"{T}\n某某切换\n新闻\n2024\n09/04\n15:54\n{B}", T, "2024-09-04"),  # the year stacked above month/day
 (f"{T}\n2024\n共有32条\n{B}", T, None),
 (f"本帖最后由 某某圈 于 2015-7-22 16:01 编辑\n{B}", None, "2015-07-22"),  # a forum post's edit note
 (f"正文复制\n某某日报/2025 年/8 月/6 日/第 006 版市州\n{T}\n本报记者 某某\n{B}", T, "2025-08-06"),  # an e-paper header
 (f"正文复制\n\n某某日报(汉)/2025 年/8 月/6 日/第 001 版\n{T}\n——某某县经济社会发展综述\n本报记者 某某\n{B}", T, "2025-08-06"),  # its edition noted
 (f"{T}\n首页 > 新闻发布会\n发布时间:2019-02-25 18:29 来源: 新闻发布会 分享到:\n{B}", T, "2019-02-25"),
 # the site bar's date (the day the page was served) above the headline, the article's byline under it
 (f"{T}\n date 2024-11-22 某某网首页 新闻 县区 百姓呼声 电子报\n{T}\n来源: 某某网 2025.09.30 23:02\n{B}", T, "2025-09-30"),
 (f"2024-11-22 某某网首页\n{T}\n作者：某某 2023-06-18\n{B}", T, "2023-06-18"),
])
def test_site_widgets_and_byline_variants(page, title, date):
    meta = clean(page).meta
    assert (meta.title, meta.date) == (title, date)


@pytest.mark.parametrize(
    "line, date",
    [("二〇二四年三月五日", "2024-03-05"), ("（2024年3月5日）", "2024-03-05"), ("二○二四年三月十五日", "2024-03-15"), ("二〇二三年十二月三十一日", "2023-12-31"), ("二零二四年十月一日", "2024-10-01")],
)
def test_dates_in_chinese_numerals(line, date):
    assert clean(f"{T}\n{B}\n{B2}\n某市人民政府\n{line}\n").meta.date == date


def test_headline_opens_the_text_after_site_and_channel_lines():
    doc = clean(f"某某网\n要闻\n{T}\n2024-03-05\n{B}")
    assert doc.meta.title == T
    assert doc.text.split("\n")[0] == T


def test_lone_dated_byline_above_the_headline_gives_the_date():
    meta = clean(f"( 2024-03-05 ) 稿件来源：某某社\n{T}\n{B}").meta
    assert (meta.title, meta.date) == (T, "2024-03-05")


def test_first_prose_line_with_a_date_is_not_skipped_for_a_heading():
    meta = clean(f"2025年3月5日，某市召开人民代表大会，市长作政府工作报告，回顾了过去一年的工作。\n一、2024年工作回顾\n{B}").meta
    assert (meta.title, meta.date) == (None, "2025-03-05")


@pytest.mark.parametrize(
    "title, year",
    [
        ("2024年某县政府工作报告", 2024),
        ("某市2024年政府工作报告", 2024),
        ("某市2023年国民经济和社会发展统计公报", 2024),
        ("2023年某县国民经济和社会发展统计公报", 2024),
        ("某市2024年国民经济和社会发展计划", 2024),
        ("关于某市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", 2024),
        ("政府工作报告速读丨2025年制造业增加值占比超30%", None),
        ("聚焦2024全国两会丨某省代表热议新质生产力", 2024),
        ("2024年1-10月全市工业经济运行情况", 2024),
        ("某市：2024年前8月规上工业增加值同比增长5.1%", 2024),
        ("2023年上半年全区经济运行简况", 2023),
        # results of later parts of the year are as certain (前三季度, 二季度, 1—8月)
        ("某市2024年前三季度规上工业增加值同比增长6.1%", 2024),
        ("2023年二季度全省工业经济运行简况", 2023),
        ("某县2024年1—8月工业投资同比增长9.3%", 2024),
        ("某市2024年前三季度地区生产总值增长5.3%，力争2025年突破3000亿元", 2024),  # a later year's target
        # not a comparison base, nor results told in a later year
        ("今年一季度某区进出口额比2024年一季度增长12%", None),
        ("某区前三季度工业投资较2024年前三季度增长8%", None),
        ("2025年某市经济回顾：2024年前三季度工业增加值增长6%", None),
        ("2024年1—8月全市工业投资增长9%，2025年新开工项目120个", None),
        ("2025年规上工业营收突破1万亿元", None),  # a target or a full year: not certain
        ("2024年全市经济运行情况", None),
        ("某市2024年工业经济运行情况", None),
        (None, None),
    ],
)
def test_title_year(title, year):
    assert title_year(title) == year


@pytest.mark.parametrize(
    "title, date",
    [
        ("某市2024年前三季度规上工业增加值同比增长6.1%", "2024"),
        ("2023年二季度全省工业经济运行简况", "2023"),
        ("某县2024年1—8月工业投资同比增长9.3%", "2024"),
        ("今年一季度某区进出口额比2024年一季度增长12%", None),
        ("2025年某市经济回顾：2024年前三季度工业增加值增长6%", None),
    ],
)
def test_undated_page_takes_the_year_of_its_part_year_headline(title, date):
    assert clean(f"{title}\n{B}").meta.date == date


def test_headline_opening_with_a_date():
    # (furniture reads such a line as a byline today; the headline test itself accepts it)
    from chanye.clean.metadata import _headline_like

    assert _headline_like("2024年3月5日某市召开产业大会")
    assert not _headline_like("[2024-03-05] 某县召开产业大会")
    assert not _headline_like("某县召开产业大会 2024-03-05")
    assert clean(f"2024年3月5日某市召开产业大会\n{B}").meta.date == "2024-03-05"


@pytest.mark.parametrize(
    "paragraph, date",
    [
        ("中新网北京3月5日电 第十四届全国人民代表大会第三次会议5日上午在人民大会堂开幕。", "2025-03-05"),
        ("本网讯 3月5日，十三届全国人大四次会议开幕，政府工作报告提出今年发展主要预期目标。", "2021-03-05"),
        ("全国政协十四届二次会议开幕以来，委员们围绕产业发展建言献策。", "2024"),
        ("某网讯 3月5日，某市召开会议，传达学习十四届全国人大二次会议精神，部署今年工作。", "2024-03-05"),
        ("某网讯 3月5日，十三届全国人大四次会议审议通过的规划纲要提出，要加快建设现代化产业体系。", None),
        ("某网讯 3月5日，十四届全国人大二次会议以来，某市加快建设现代化产业体系。", None),
        # a province's congress counts like the national one ...
        ("某省第十四届人大三次会议期间，省政府新闻发言人解读政府工作报告。", "2025"),
        # ... unless its text fixes another year (an extra session numbers the province's on ahead)
        ("某省第十四届人大五次会议期间，省政府新闻发言人解读政府工作报告：“回顾去年发展，”他用六个“新”概括了"
         "2025年某省的成绩单。今年（2026年）全省经济增长预期目标为5%左右。", "2026"),
    ],
)
def test_year_of_the_national_session_in_the_opening(paragraph, date):
    assert clean(f"{T}\n{paragraph}\n{B}").meta.date == date


@pytest.mark.parametrize(
    "page, date",
    [
        (f"{T}\n中新网某市1月12日电 （记者 某某）{B}\n2025年1月12日，某市第十届人民代表大会第三次会议举行。", "2025-01-12"),
        (f"{T}\n中新网某市1月12日电 （记者 某某）{B}\n2024年1月12日，某市召开上届会议。2025年1月12日，本届会议开幕。", None),
        (f"{T}\n中新网某市1月12日电 （记者 某某）{B}\n2024年3月5日，某市召开产业大会。", None),
    ],
)
def test_dateline_day_written_in_full_in_the_body(page, date):
    assert clean(page).meta.date == date


def test_salutation_is_no_headline():
    assert clean(f"各位代表：\n{B}").meta.title is None


def test_subtitle_is_no_headline():
    meta = clean(f"——2024年1月9日在某区第十八届人民代表大会第五次会议上\n各位代表：\n{B}").meta
    assert (meta.title, meta.date) == (None, "2024-01-09")


def test_report_title_resolves_the_year():
    page = f"2024年某县政府工作报告\n各位代表：\n{B}"
    assert clean(page).meta.date == "2024"


@pytest.mark.parametrize(
    "body, year",
    [
        ("为全面完成“十四五”规划奠定坚实基础。今年要稳中求进。", None),  # a goal, not a review
        ("过去一年，为全面完成“十二五”规划奠定了坚实基础。今年要稳中求进。", 2015),  # the ground laid
        ("确保高质量完成“十四五”规划目标任务。", None),
        ("今年是“十五五”开局之年，过去五年高质量完成“十四五”规划目标任务。", 2026),
        ("去年是“十四五”收官之年，各项目标顺利完成。", 2026),
        ("今年是“十四五”规划的收官之年。", 2025),
        ("今年是“十四五”收官之年。今年是“十五五”开局之年。", None),  # named years that disagree
        ("省长表示，今年（2024年）经济回升向好的趋势没有改变，预期地区生产总值增长5%。", 2024),  # written out
        ("今年(2023年)全省力争规上工业增加值增长6%，今年（2024年）要再上台阶。", None),  # written out twice, disagreeing
        # a report to the people's congress: the review of a year is delivered in the next
        ("各位代表：\n一、2024年工作回顾\n过去一年，全市经济稳中有进。\n二、2025年工作安排\n", 2025),
        ("过去一年，我们攻坚克难。\n一、十三五时期和2020年工作回顾\n", 2021),
        ("各位代表：\n二、2025年重点工作\n", 2025),
        ("一、2024年工作回顾\n全年完成投资100亿元。", None),  # not a report's voice
        ("各位代表：\n2023年工作回顾\n即将过去的一年，全区经济稳中向好。", None),  # delivered in December
        ("各位代表：\n一、2024年工作回顾\n三、2024年工作安排\n", None),  # headings that disagree
    ],
)
def test_certain_year_named_outright(body, year):
    assert certain_year(body) == year


@pytest.mark.parametrize(
    "paragraph, date",
    [
        # the closed year's results under an early-year dateline: the page is of the year after
        ("某市日报讯 4月1日讯 2016年，全市地区生产总值完成2310亿元，同比增长7.8%。今年一季度，规上工业增加值增长6.5%。", "2017-04-01"),
        ("中新网某市2月20日电 2023年全年，全市实现规上工业增加值1260亿元。到2027年，力争突破1800亿元。", "2024-02-20"),
        ("中新网某市3月2日电 2023年，全市实现地区生产总值5200亿元；2024年1—2月，规上工业增加值增长7.1%。", "2024-03-02"),
        # a day after the reporters' bracket (讯（记者 …）2月22日) is the event's: it dates the year only
        ("某某云—某某新闻网讯（记者 王某 李某）2月22日，记者从全市工业振兴新闻发布会上获悉，过去的一年，全市工业稳中有进。2023年规上工业总产值增长12.6%。", "2024"),
        ("某某网讯（记者 王某）12月26日，记者从市招商局获悉，2023年，全市招商引资到位资金1200亿元。今年全市签约项目320个。", "2023"),
        # not under a later month (the year may still be reported in the next autumn), nor beside a later year told
        # as a result, nor when the year is a comparison base or a goal
        ("某某新闻网·某某客户端 1月12日，来自某市经济技术开发区管委会的消息，2023年开发区规上工业产值突破1400亿元。", "2024-01-12"),
        ("1月12日，2023年全市规上工业产值突破1400亿元。", "2024-01-12"),
        ("中新网某市8月2日电 2023年，全市实现地区生产总值5200亿元。", None),
        ("9月12日，2023年全市规上工业产值突破1400亿元。", None),
        ("中新网某市3月2日电 2021年，全市实现地区生产总值4200亿元，2023年将突破5000亿元。", None),
        ("中新网某市3月2日电 与2023年相比，全市规上工业增加值增长7%。", None),
        ("中新网某市3月2日电 力争2025年全市实现地区生产总值6000亿元。", None),
    ],
)
def test_dateline_year_after_the_closed_year_reported(paragraph, date):
    assert clean(f"{T}\n{paragraph}\n{B}").meta.date == date


@pytest.mark.parametrize(
    "paragraph, date",
    [
        # a meeting held on the dateline's day and named with its year dates the page
        ("中新网某市3月24日电 （记者 某某）某省已连续举办22届经贸合作活动。当天，2025年某省-粤港澳大湾区经贸活动周新闻发布会在某市举行。", "2025-03-24"),
        ("中新网某市2月8日电 （记者 某某）某某高新区2024年全年地区生产总值突破3200亿元。高新区党工委会议暨2025年度工作会议8日举行。", "2025-02-08"),
        # ... or told with an earlier day of its month or of the month before
        ("中新网某市3月1日电 （记者 某某）某某2月28日举行项目集中签约仪式。此前的2月16日，某某2023年重大项目集中开复工活动在各地同步举行。", "2023-03-01"),
        # not a meeting of another day, nor one whose year is not its own name's
        ("中新网某市3月24日电 （记者 某某）2024年某省经贸活动周新闻发布会曾于去年3月举行。", None),
        ("中新网某市3月24日电 （记者 某某）2024年某省经贸活动周曾于7月15日举行。", None),
        ("中新网某市3月24日电 （记者 某某）2023年某省经贸活动周曾于7月24日举行。", None),
        ("中新网某市3月24日电 （记者 某某）今天，2019年以来累计开展的招商活动已举行300场。", None),
        ("中新网某市3月24日电 （记者 某某）当天，某省经贸活动周新闻发布会在某市举行，2025年目标是签约300亿元。", None),
    ],
)
def test_dateline_year_of_a_meeting_held_that_day(paragraph, date):
    assert clean(f"{T}\n{paragraph}\n{B}").meta.date == date


@pytest.mark.parametrize(
    "paragraph, date",
    [
        # an opening day that founded something, then the years counted since: the page is written that many years on
        ("2020年6月3日，某省11个重点园区在全省各地同步挂牌。一年来，重点园区以项目为抓手，主要经济指标较快增长。", "2021"),
        ("2019年12月28日，某某高新区正式获批。两年来，高新区新引进项目86个，总投资超过300亿元。", "2021"),
        ("2021年4月8日，某某产业园开园。开园三周年之际，园区规上工业产值突破200亿元。", "2024"),
        ("2018年9月6日，某市新能源汽车产业园揭牌成立。成立5年来，产业园累计完成投资420亿元。", "2023"),
        # the day of an event that founds nothing, or years counted that are not since it: the day is the page's
        ("2024年3月5日，某市召开全市工业高质量发展大会。一年来，全市规上工业增加值增长8.2%。", "2024-03-05"),
        ("2023年5月8日，某某新材料产业园挂牌。近年来，园区集聚企业120家。", "2023-05-08"),
    ],
)
def test_opening_founding_day_counted_years_later(paragraph, date):
    assert clean(f"{T}\n{paragraph}\n{B}").meta.date == date


@pytest.mark.parametrize(
    "body, date",
    [
        ("截至2021年年底，全区新材料规上企业增至100多家。新材料产业去年完成投资187亿元。", "2022"),
        ("截至2021年底，全区新材料规上企业增至100多家，今年将再新增20家。", "2022"),
        ("截至2021年底，全区新材料规上企业增至100多家。", None),
    ],
)
def test_year_end_reported_as_past_with_this_or_last_year(body, date):
    assert clean(f"{T}\n{body}\n").meta.date == date


@pytest.mark.parametrize(
    "body, date",
    [
        # 去年 with the closed year's whole-year results: the page is of the year after
        ("截至去年底，某市工业企业总数达3513家。2022年全部工业增加值284.9亿元，同比增长6%。", "2023"),
        # news of a work report: the closed year's expected figures, and the plan named for the page's own year
        ("1月4日，某市七届人大二次会议开幕。政府工作报告数据显示，2022年，全市装备制造业产值预计达1100亿元。"
         "该市去年新增国家级“小巨人”企业24家。报告提出，2023年，某市将加快建设现代化产业体系。", "2023"),
        # without 去年 or a report: an expectation is no result
        ("2022年，全市装备制造业产值预计达1100亿元。", None),
        # a later year named for a plan two years on
        ("去年以来，全市产业加快集聚。2021年全市工业增加值284.9亿元，2023年全市工业增加值将突破400亿元。", None),
    ],
)
def test_closed_year_called_last_year(body, date):
    assert clean(f"{T}\n{body}\n").meta.date == date


@pytest.mark.parametrize(
    "body, date",
    [
        # a rate against the same period two years before with its two-year average: the figures are of that year + 2
        ("某市统计局发布一季度全市经济运行分析。一季度，全市GDP完成2969.8亿元，增长18.4%，比2019年同期增长9.3%，两年平均增长4.5%。", "2021"),
        # a province's congress, numbered and elected with the national one
        ("1月22日上午，某某省第十四届人民代表大会第二次会议开幕，会上听取了政府工作报告。", "2024"),
        # (not an autonomous region's or a city's: their terms are numbered otherwise)
        ("1月22日上午，某某自治区第十三届人民代表大会第二次会议开幕。", None),
        # a December day and the year's expected outcome
        ("12月27日，市政府新闻办召开新闻发布会。预计2023年园区生产总值增长6%。", "2023-12-27"),
        ("12月27日，市政府新闻办召开新闻发布会。预计2023年园区生产总值增长6%，2025年将突破300亿元。", None),
        # the running year's results under a late dateline, told as 今年 too
        ("中新社某市12月25日电 记者25日从某市招商服务局获悉，2022年，该市招商引资到位资金1528亿元。今年该市实施工业项目169项。", "2022-12-25"),
        ("中新社某市12月25日电 记者25日获悉，2022年，该市招商引资到位资金1528亿元，创3年来新高。", None),
    ],
)
def test_year_from_comparisons_sessions_and_expectations(body, date):
    assert clean(f"{T}\n{body}\n").meta.date == date


@pytest.mark.parametrize(
    "body, date",
    [
        ("1至9月，全区实现社会消费品零售总额71.06亿元。高新区市场主体存量为36581户，较2023年末净增11152户。", "2024"),
        ("高新区市场主体存量为36581户，较2023年末净增11152户。", None),  # no part of a year reported
        ("1至9月，全区市场主体较2023年末净增11152户，2024年新增规上企业20家。", None),  # the later year is written
    ],
)
def test_year_after_a_year_end_base(body, date):
    assert clean(f"{T}\n{body}\n").meta.date == date


def test_source_line_under_the_article_is_the_outlet():
    """A government site's source line under the article (…主导力量。\n来源:某某县委办) is the page's outlet where
    no byline before the prose names one; a byline before the prose still wins."""
    body = "今年1—10月，该县规模以上工业总产值达78.61亿元，同比增长8.3%，二产在三次产业中占最大比重。"
    assert clean(f"{T}\n{body}\n来源:某某县委办\n").meta.outlet == "某某县委办"
    assert clean(f"{T}\n来源：某某日报 2024-03-05\n{body}\n来源:某某县委办\n").meta.outlet == "某某日报"
