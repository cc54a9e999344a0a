"""Which mentions are evidence of a page's region: places where something happened, places a city is
measured against, places listed as others, and the country's own voice (own-writing examples)."""

from __future__ import annotations

import pytest

from chanye.knowledge.region_roles import incidental_mention
from chanye.knowledge.regions import detect_document_region, resolve_region


def _name(title, text):
    found = detect_document_region(title, text)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # the country's voice: the State Council Information Office, 我国/全国 opening a figure, 大陆 (Taiwan outlets)
        (None, "国务院新闻办公室今天举行新闻发布会。前三季度，规模以上工业增加值同比增长5.8%。", "全国"),
        ("一季度工业经济开局良好", "一季度，我国规模以上工业增加值同比增长6.1%。", "全国"),
        (None, "相关新闻 " * 90 + "\n一季度，我国规模以上工业增加值同比增长6.1%。", "全国"),
        ("陆第2季GDP年增0.4%", "大陆国家统计局今天公布，受上海封城等因素影响，第2季GDP年增0.4%。", "全国"),
        # where something happened is not the page's place
        (None, "5月以来，北京、广州等地疫情多点散发。国家统计局今天发布数据，上半年国内生产总值增长2.5%。", "全国"),
        ("世界制造业大会在合肥开幕", "芜湖市组织120家企业参展，芜湖市现场签约项目35个。", "芜湖市"),
        # a city measured against its province, reported by the province's outlet
        (None, "陕西日报讯 今年1至5月，宝鸡市规上工业增加值增长9.5%，居全省第一。宝鸡市钛产业产值突破600亿元，一家企业成为全省钛材产业链链主。", "宝鸡市"),
        # a page about its own unnamed place: not the country's, nor that of the places it lists
        (None, "经国家统计局核准，全省地区生产总值增长5.2%。全省规模以上工业增加值增长6.8%。", None),
        ("全省招商引资稳步增长", "前三季度，全省新签项目3260个。我省引资来源地中，江苏、浙江、广东位居前三。", None),
        # 全省 figures, only the province's cities named: the province's page
        (None, "1-5月，全省规模以上工业增加值增长9.1%。全省开工企业比重为82.4%，其中：兰州市85.2%，天水市80.3%，酒泉市78.6%。", "甘肃省"),
        (None, "1-5月，全省规模以上工业增加值增长9.1%。全市开工企业比重为82.4%，兰州市85.2%。", "兰州市"),
        # a zone named once in full, then called by its generic word alone: the zone's page (the province right
        # before its name only locates it; 全市 is its city's total it is measured against)
        (None, "山东金乡经济开发区成立于2003年，现辖化工园区和食品园区两个园区，已形成大蒜深加工、精细化工和新材料三大主导产业，入园企业200余家。"
         "\n今年前三季度，开发区完成固定资产投资41.2亿元，实现营业收入265亿元。", "金乡经济开发区"),
        (None, "记者从青岛西海岸新区获悉，今年一季度新区GDP增长15%，占全市比重提高。新区进出口总值743亿元，新区实现工业增加值206亿元。", "青岛西海岸新区"),
        # two zones of a type named: a bare 开发区 refers to neither
        (None, "徐州市推进园区建设。邳州经济开发区、新沂经济开发区各签约项目10个，开发区实现营收增长9%，开发区新增企业20家，开发区税收增长5%。", "徐州市"),
        # a county government's own work report, speaking as 县人民政府 / 在县委…领导下, its county ranked in its
        # city (位列全市中游): the county's page, not its city's
        ("政府工作报告", "2025年1月10日在松阳县第十八届人民代表大会第四次会议上\n松阳县县长 某某\n现在，我代表县人民政府向大会报告工作。"
         "一年来，在县委的坚强领导下，实现地区生产总值152.3亿元，增长6.9%，8项主要经济指标位列全市中游以上。", "松阳县"),
        ("政府工作报告", "——2024年1月8日在祁东县第十八届人民代表大会第三次会议上\n过去一年，在县委的坚强领导下，在县人大、县政协的监督支持下，"
         "完成规上工业增加值18.2亿元，增速居全市第三。", "祁东县"),
        # an autonomous region's 全区 figures with only its cities named (no word of a city's own): the region's page
        (None, "2023年，全区规模以上工业增加值同比增长7.4%。\n呼和浩特市（23.6%）、包头市（23.4%）、乌兰察布市（12.7%）增速较快。"
         "全区规模以上工业产销率98.8%。", "内蒙古自治区"),
        (None, "1-6月，全区规上工业增加值增长8.1%，全区工业投资增长12%。\n分市看，南宁市增长9.2%，柳州市增长6.5%。", "广西壮族自治区"),
        (None, "上半年，银川市规上工业增加值增长8.1%。全市工业投资增长12%，占全区比重提高。", "银川市"),
        ("我区工业振兴行动成效明显", "三年来，我区工业增加值每年增加近700亿元，相当于南宁、柳州、桂林3市之和。全区新增工业企业3.7万家。", None),
        # a park read from its name alone (南宁黎塘工业园区: under 南宁 only), named as often as the county whose event
        # it hosts: not known to lie in the county, it does not take the county's page
        (None, "5月8日，宾阳县第二批重大项目集中开竣工现场会在南宁黎塘工业园区、古辣香米产业园同步举行，掀起新一轮项目建设热潮，"
         "为全年经济发展积蓄新动能。\n当天，共有15个重大项目开竣工，总投资21.6亿元。在古辣香米产业园会场，开竣工5个项目。\n"
         "南宁黎塘工业园区会场共有10个项目集中开竣工，总投资约16.2亿元。", "宾阳县"),
        # a park's own name may begin with a numeral (六景, 三塘); a site word before an official zone word is a name
        (None, "上半年，衡阳三塘工业园区完成工业产值86亿元，三塘工业园区新签约项目12个。", "衡阳三塘工业园区"),
        (None, "济南临港经济开发区今年签约重点项目34个，临港经济开发区总投资451亿元。", "济南临港经济开发区"),
        # two zones named side by side in the lead, then a paragraph each (named about as often): the page of the
        # place they both lie in, not of the one named once more
        ("园区考核传来好消息", "5月15日，从全省园区工作会议上获悉，武威市民勤红沙岗能源化工工业集中区、天祝金强工业集中区荣获年度进步奖。\n"
         "民勤红沙岗能源化工工业集中区风光电装机达299万千瓦，年产值10亿元。\n"
         "天祝金强工业集中区构建“一区两园”格局，完成工业总产值43.5亿元。天祝金强工业集中区引进项目15个。", "武威市"),
        # a page naming no place of its own: its outlet, where a local paper's name does not name its place
        # (a city's paper speaking of 全省 is its province's); a national outlet tells nothing
        ("政府工作报告摘要与导读", "长江日报 2025年01月17日\n2024年成绩单\n预计全省地区生产总值增长6%左右，粮食总产达到557亿斤。", "湖北省"),
        ("经济运行稳中向好", "长江日报 2024年10月20日\n前三季度，全市规上工业增加值增长7.1%，全市工业投资增长8.2%。", "武汉市"),
        ("经济运行稳中向好", "南方日报讯 前三季度，全省规上工业增加值增长4.1%，全省工业投资增长8.2%。", "广东省"),
        ("经济运行稳中向好", "人民网 2024年10月20日\n前三季度，全市规上工业增加值增长7.1%，全市工业投资增长8.2%。", None),
        # an outlet's name inside another word is no outlet (单晶报价 holds 晶报)
        ("光伏产业观察", "单晶报价持续上涨，前三季度全省光伏组件产量增长21%。", None),
        ("经济运行稳中向好", "据长江日报报道，前三季度全市规上工业增加值增长7.1%。", "武汉市"),
        (None, "徐州市两个开发区获表彰。邳州经济开发区、新沂经济开发区获评先进。邳州经济开发区签约项目10个。"
         "新沂经济开发区签约项目8个。新沂经济开发区营收增长9%。新沂经济开发区税收增长5%。新沂经济开发区新增企业20家。", "新沂经济开发区"),
        # a headline that is another page's (an aggregator's): its place and province never named in the body
        # outside a repeat of it, over a body about a place of another province named 5 times or more
        ("江西省赣州市某某县某某乡工业园", "江西省赣州市某某县某某乡工业园\n济源高新技术产业开发区原名济源市高新技术工业园区，1998年挂牌成立。"
         "济源高新技术产业开发区面积36平方公里，济源高新技术产业开发区现有企业180家，济源高新技术产业开发区规上工业企业62家，"
         "济源高新技术产业开发区工业总产值430亿元。\n相关：江西省赣州市某某县某某乡工业园", "济源高新技术产业开发区"),
        # the headline's place named in the body (its province, or the place itself), or a body naming its own
        # place fewer times: the headline's
        ("安远县赴深圳开展招商推介", "安远县赴深圳开展招商推介\n近日，江西代表团在深圳举行推介会，深圳企业踊跃参会。深圳客商签约项目12个，"
         "深圳市总投资86亿元，深圳市电子信息企业5家，深圳市企业代表发言。", "安远县"),
        ("安远县赴深圳开展招商推介", "安远县赴深圳开展招商推介\n近日，代表团在深圳举行推介会，深圳企业踊跃参会，签约项目12个。", "安远县"),
        ("安远县赴深圳开展招商推介", "安远县赴深圳开展招商推介\n近日，安远县代表团在深圳举行推介会，深圳企业踊跃参会，深圳客商签约项目12个，"
         "深圳市总投资86亿元，深圳市电子信息企业5家，深圳市企业代表发言。", "安远县"),
    ],
)
def test_page_region_evidence(title, text, expected):
    assert _name(title, text) == expected


@pytest.mark.parametrize(
    "text, word, incidental",
    [
        ("受上海封城等因素影响，二季度增速回落", "上海", True),
        ("吉林、上海发生新一轮疫情", "上海", True),
        ("上海、北京相继爆发疫情", "上海", True),
        ("上海实施封控两个月", "上海", True),
        ("市长率队考察上海、江苏等地", "江苏", True),
        ("继深圳、广州之后突破万亿元", "广州", True),
        ("大会在合肥开幕", "合肥", True),
        ("市长带队赴杭州开展长三角招商活动", "杭州", True),
        ("与某某科技（苏州）有限公司签约", "苏州", True),
        ("引进无锡某某精密机械有限公司项目", "无锡", True),
        ("合肥市规上工业增加值增长8%", "合肥", False),
        ("在合肥市的带动下，全省工业增长", "合肥", False),
    ],
)
def test_incidental_mention(text, word, incidental):
    start = text.index(word)
    assert incidental_mention(text, start, start + len(word)) is incidental


def test_zone_without_its_city():
    assert resolve_region("大亚湾开发区").name == "惠州大亚湾经济技术开发区"
    assert resolve_region("临港开发区") is None or resolve_region("临港开发区").level == "zone"
