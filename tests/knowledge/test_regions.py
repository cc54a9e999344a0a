"""Region resolution, mentions in text and document region detection."""

from __future__ import annotations

import pytest

from chanye.knowledge.regions import (
    detect_document_region,
    find_region_mentions,
    gazetteer,
    parent_chain,
    resolve_region,
    short_name,
)


@pytest.mark.parametrize(
    "name, full, level",
    [
        ("扬州", "扬州市", "city"),
        ("扬州市", "扬州市", "city"),
        ("扬州经开区", "扬州经济技术开发区", "zone"),
        ("扬州经济开发区", "扬州经济技术开发区", "zone"),
        ("扬州：经开区", "扬州经济技术开发区", "zone"),
        ("江苏", "江苏省", "province"),
        ("江苏省", "江苏省", "province"),
        ("全国", "全国", "country"),
        ("苏州工业园区", "苏州工业园区", "zone"),
        ("苏州高新区", "苏州高新技术产业开发区", "zone"),
        ("东湖高新区", "武汉东湖新技术开发区", "zone"),
        ("江宁经开区", "南京江宁经济技术开发区", "zone"),
        ("广西", "广西壮族自治区", "province"),
        ("内蒙古", "内蒙古自治区", "province"),
        ("新疆", "新疆维吾尔自治区", "province"),
        ("延边", "延边朝鲜族自治州", "city"),
        ("海安县", "海安市", "county"),  # renamed since the division table
        ("海安", "海安市", "county"),
        ("江苏省扬州市", "扬州市", "city"),
        ("上海", "上海市", "province"),
        ("雄安新区", "雄安新区", "zone"), ("河北雄安新区", "雄安新区", "zone"),
    ],
)
def test_resolve_region(name, full, level):
    region = resolve_region(name)
    assert region is not None, name
    assert (region.name, region.level) == (full, level)


@pytest.mark.parametrize(
    "name, short",
    [("扬州市", "扬州"), ("沁源县", "沁源"), ("浦东新区", "浦东"), ("大理白族自治州", "大理"),
     ("峨边彝族自治县", "峨边"), ("沛县", None), ("江苏省", None)],
)
def test_short_name_drops_the_level_word(name, short):
    assert short_name(resolve_region(name)) == short


def test_unknown_name():
    assert resolve_region("不存在的地方") is None
    assert resolve_region("") is None


def test_zone_hierarchy():
    zone = resolve_region("扬州经开区")
    assert zone.parent_code == "321000"
    assert [r.name for r in parent_chain(zone)] == ["扬州市", "江苏省", "全国"]
    assert zone.zone_type == "etdz"
    assert resolve_region("徐州高新区").zone_type == "hitech"


def test_shared_name_prefers_context():
    assert resolve_region("鼓楼区", context="徐州市").code == "320302"
    assert resolve_region("鼓楼区", context="南京市").code == "320106"


def test_hierarchy_from_codes():
    g = gazetteer()
    assert g.by_code["320000"].level == "province"
    assert g.by_code["321003"].parent_code == "321000"  # 邗江区
    assert g.by_code["110101"].parent_code == "110000"  # 东城区 in a municipality
    # 34 province-level divisions and the Production and Construction Corps (region_updates.yaml)
    assert len([r for r in g.by_code.values() if r.level == "province"]) == 35
    assert len([r for r in g.by_code.values() if r.level == "zone"]) > 400


def _names(text):
    return [(text[s:e], r.name) for s, e, r in find_region_mentions(text)]


def test_mentions_leftmost_longest_and_zones():
    assert _names("江苏扬州以链发力") == [("江苏", "江苏省"), ("扬州", "扬州市")]
    assert _names("扬州经开区党工委") == [("扬州经开区", "扬州经济技术开发区")]
    assert _names("扬州：经开区专场") == [("扬州：经开区", "扬州经济技术开发区")]
    assert _names("扬州邗江") == [("扬州", "扬州市"), ("邗江", "邗江区")]


@pytest.mark.parametrize(
    "text",
    ["海安全面推进", "长治久安", "白银价格上涨", "城区人口", "东方红", "中国式现代化", "贺兰山东麓葡萄酒", "黄河北岸", "太行山西麓", "年日照时数达2600小时以上", "宁德时代在赣投资"],
)
def test_no_false_hits(text):
    assert find_region_mentions(text) == []


def test_no_region_inside_words():
    assert _names("南通市交通运输局") == [("南通市", "南通市")]
    assert _names("河南通报") == [("河南", "河南省")]


def test_detect_document_region():
    assert detect_document_region("江苏扬州以链发力推产业升级", "今年扬州持续推进……").name == "扬州市"
    assert detect_document_region("扬州：经开区：深化改革创新", "扬州网讯 扬州经开区专场举行").name == "扬州经济技术开发区"
    assert detect_document_region(None, "中新网南通12月10日电 南通市召开发布会").name == "南通市"
    assert detect_document_region("座谈会", "中国徐州网-徐州日报讯 市长主持召开座谈会").name == "徐州市"
    assert detect_document_region("全国数据工作会议", "国家数据局消息").name == "全国"


def test_detect_dev_corpus(dev_docs, dev_gold):
    import json

    import opencc

    cc = opencc.OpenCC("t2s")
    for gold_file in sorted(dev_gold.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = cc.convert((dev_docs / f"{gold_file.stem}.txt").read_text(encoding="utf-8", errors="replace"))
        region = detect_document_region(gold["meta"]["title"], text)
        assert region is not None and region.name == gold["meta"]["region"], gold_file.stem


def test_every_zone_parent_exists():
    g = gazetteer()
    for region in g.by_code.values():
        if region.level != "country":
            assert region.parent_code in g.by_code, region


# Pages whose body says only 全区 / 我市 / 全市 and compares with 全国 are not about the country; zones
# and sub-areas named in passing do not take a city's or a province's page. (own writing, many provinces)
@pytest.mark.parametrize(
    "title, text, expected",
    [
        # 全国 only in comparisons: no region rather than 全国
        (
            "前三季度全区工业经济运行情况",
            "前三季度，全区规模以上工业增加值同比增长7.6%，高于全国2.8个百分点，增速居全国第一。"
            "全区工业投资增长15.2%，高于全国平均水平。",
            None,
        ),
        (
            "我市规上工业增加值增速领跑",
            "1-8月，全市规上工业增加值增长9.1%，高于全国4.6个百分点、高于全省2.3个百分点。"
            "我市入选全国百强城市，综合实力跻身全国先进制造业百强市。",
            None,
        ),
        # … but the outlet, the site or a government body names the place
        (
            "1-8月全市工业经济稳中有进",
            "襄阳日报讯 1-8月，全市规上工业增加值增长9.1%，高于全国4.6个百分点，增速居全国前列。",
            "襄阳市",
        ),
        (
            "我市工业开票销售增长12%",
            "今年以来，全市工业开票销售增长12%，增速高于全国平均水平，两项指标位居全国百强前列。\n盐城新闻网 记者 王某",
            "盐城市",
        ),
        (
            "前三季度全区经济运行情况",
            "内蒙古自治区统计局发布，前三季度，全区规模以上工业增加值增长7.5%，高于全国2.6个百分点，居全国第一。",
            "内蒙古自治区",
        ),
        (
            "全区经济运行稳中向好",
            "一季度，全区地区生产总值增长6.1%，高于全国0.8个百分点。区政府常务会议强调，全区要巩固向好势头。"
            "南开区人民政府办公室",
            "南开区",
        ),
        (
            "关于印发全区制造业高质量发展实施方案的通知",
            "各街道办事处、区政府各部门：经黄埔区人民政府同意，现将方案印发给你们。到2025年，全区规上工业产值突破万亿元，"
            "进入全国先进制造业百强区前列。",
            "黄埔区",
        ),
        # a page really about the country
        (
            "工业经济运行情况新闻发布会",
            "工业和信息化部新闻发言人介绍，前三季度，全国规模以上工业增加值同比增长5.0%，制造业增加值占GDP比重27.5%。",
            "全国",
        ),
        (
            "国家统计局发布数据",
            "国家统计局今天发布数据，1-10月份，全国规模以上工业企业实现利润总额5.8万亿元，同比增长0.5%。",
            "全国",
        ),
        ("1-10月份全国规模以上工业企业利润增长", "1-10月份，全国规模以上工业企业利润总额同比增长0.5%。", "全国"),
        # a zone or a sub-area named in passing stays with the city or the province
        (
            "2024年政府工作报告",
            "过去一年，广州地区生产总值增长5%，我市规上工业增加值增长3%。南沙新区开发开放取得新突破，"
            "南沙新区获批国家级新区先行区。全市新增高新技术企业1000家。广州实现进出口总额1.1万亿元。",
            "广州市",
        ),
        (
            "全省经开区一季度主要指标",
            "一季度，四川省10个国家级经开区实现规上工业增加值增长8.2%。其中，成都平原经济区支撑作用明显，"
            "成都平原经济区经开区增加值占全省经开区的62%；川南经济区增长9.5%。",
            "四川省",
        ),
        (
            "全市开发区建设现场推进会召开",
            "郴州市召开开发区建设现场推进会。会议指出，郴州高新区、郴州经开区要勇挑大梁，全市开发区实现技工贸总收入增长12%。"
            "郴州市将持续推动园区提质增效。",
            "郴州市",
        ),
        # a dateline names where the reporter files from; a body about the province is the province's page
        (
            None,
            "新华社南宁3月2日电 今年，广西将加快打造糖业、铝业、机械装备三个千亿元产业集群。广西提出，"
            "力争规上工业增加值增长7%，广西工业投资增长10%以上。",
            "广西壮族自治区",
        ),
        (
            None,
            "中新网银川5月6日电 银川市今年一季度规上工业增加值增长9%。银川将加快建设新材料产业集群，宁夏首个"
            "百亿级项目在银川开工，银川经开区产值增长12%。",
            "银川市",
        ),
        # 海南 is the province in running text; 海南州 / 红河州 are prefectures
        # (the province's key parks taken together are a subject of their own: 海南自由贸易港重点园区)
        ("海南自贸港重点园区营收增长", "一季度，海南11个重点园区营业收入增长15%，海南旅游业增加值增长6%。", "海南自由贸易港重点园区"),
        ("海南旅游业一季度增长", "一季度，海南旅游业增加值增长6%，海南接待游客2400万人次。", "海南省"),
        ("海南州清洁能源装机突破3000万千瓦", "今年以来，海南州新能源装机规模持续扩大，全州清洁能源发电量增长12%。", "海南藏族自治州"),
        ("红河州一季度经济运行", "一季度，红河州规上工业增加值增长8.5%，全州固定资产投资增长5%。", "红河哈尼族彝族自治州"),
        # the national congress meets in 北京; the premier's report is about the country
        (
            None,
            "第十二届全国人民代表大会第四次会议今天上午开幕，会场设在北京人民大会堂。国务院总理在报告中说，"
            "去年我国国内生产总值增长6.9%，全国城镇新增就业1300万人。",
            "全国",
        ),
        (
            "政府工作报告要点",
            "新华社北京3月6日电 国务院总理6日作政府工作报告时表示，今年国内生产总值预期增长5%左右。",
            "全国",
        ),
        # a lead that opens with a province and names several of its cities is the province's page
        (
            None,
            "吉林省推进中部创新转型核心区建设，长春、四平、辽源、吉林四市协同发展。长春汽车产业集群产值增长8%，"
            "吉林化工产业集群加快转型，长春新区营收增长10%。",
            "吉林省",
        ),
        # a lead reporting 全省 figures is the province's page, though it names one city's industry
        (
            None,
            "湖南制造业稳中有进。记者从省工信厅获悉，2025年，全省规模以上工业增加值增长7%，全省制造业增加值增长8%；"
            "株洲轨道交通装备产业营业收入突破1500亿元。",
            "湖南省",
        ),
        # a dateline of the capital, a body about another city of the province
        (
            None,
            "中新网南昌9月8日电 记者从赣州市获悉，赣州市力争2027年新能源产业产值突破2000亿元，"
            "赣州市将打造5条重点产业链。",
            "赣州市",
        ),
        # the national zones together are the country's figures
        (
            None,
            "2023年，国家高新区实现营业收入55万亿元，同比增长6%，占全国比重持续提升，增速高于全国平均水平。国家高新区企业研发投入占全国企业的一半。"
            "中关村示范区营业收入增长8%。",
            "全国",
        ),
        # a two-character county in the headline
        ("2024年沛县政府工作报告", "过去一年，全县地区生产总值增长6%，规上工业增加值增长8%。", "沛县"),
        # a national body's release that ranks provinces
        (
            None,
            "据国家统计局数据，前三季度中部地区6个省份工业生产均保持增长，湖北、安徽分别增长8.2%和7.9%，"
            "河南、湖南分别增长6.1%和5.8%。",
            "全国",
        ),
        # … a zone the lead is about wins
        (
            "上半年主要经济指标",
            "上半年，南沙新区实现地区生产总值1100亿元，增长5.2%。南沙新区规上工业总产值增长8%，南沙新区外贸进出口增长10%。"
            "广州市统计局数据显示，南沙新区多项指标增速领跑全市。",
            "广州南沙新区",
        ),
    ],
)
def test_detect_document_region_passing_mentions(title, text, expected):
    region = detect_document_region(title, text)
    assert (region.name if region else None) == expected


def test_national_release_naming_provinces_in_passing():
    text = (
        "国家统计局今天发布数据，前三季度，全国规模以上工业增加值同比增长5.0%。全国工业产能利用率为75.1%。"
        "分地区看，江苏、广东规上工业增加值分别增长7.9%和4.2%。全国高技术制造业增加值增长8.6%。"
    )
    assert detect_document_region("前三季度工业生产情况", text).name == "全国"


def test_city_page_citing_the_state_council_stays_with_the_city():
    text = (
        "经国务院批复同意，扬州入选全国首批制造业新型技术改造城市试点，成为全国30个试点城市之一，"
        "全国先进制造业百强市排名再进一位。全市规上工业增加值增长8.1%。"
    )
    assert detect_document_region("我市获批全国试点", text).name == "扬州市"


def test_provincial_key_parks_are_regions():
    text = "洋浦经开区、海口江东新区和崖州湾科技城营收增长；宁东基地、柴达木循环经济试验区加快建设。"
    names = [r.name for _, _, r in find_region_mentions(text)]
    assert names == ["海南洋浦经济开发区", "海口江东新区", "三亚崖州湾科技城", "宁东能源化工基地", "柴达木循环经济试验区"]


def test_two_character_county_before_a_zone_word():
    names = [r.name for _, _, r in find_region_mentions("容县经开区完成投资20亿元，沛县经济开发区产值增长9%。")]
    assert names == ["容县经济开发区", "沛县经济开发区"]  # (a county with no national zone: its provincial 经济开发区)
    assert find_region_mentions("统筹城乡和县域经济发展") == []


def test_experimental_zones_and_provincial_new_areas():
    text = "郑州航空港区、平潭综合实验区、宜宾三江新区和济南起步区加快建设。"
    names = [r.name for _, _, r in find_region_mentions(text)]
    assert names == ["郑州航空港经济综合实验区", "平潭综合实验区", "宜宾三江新区", "济南新旧动能转换起步区"]
    names = [r.name for _, _, r in find_region_mentions("永昌县工业园区、甘肃永昌工业园区、苏州工业园区和全县工业园区")]
    # (永昌县工业园区: the county by its full name, its parks as a whole - the gold sets give the county)
    assert names == ["永昌县", "甘肃省", "永昌工业园区", "苏州工业园区"]
    names = [r.name for _, _, r in find_region_mentions("沈抚示范区和沈抚改革创新示范区")]
    assert names == ["沈抚改革创新示范区", "沈抚改革创新示范区"]


def test_named_zone_of_a_place():
    """A place, a name of its own and a zone word name a zone of that place (data/zone_names.yaml), also where
    the gazetteer lacks it; a class, an action or another place between them does not."""
    def names(text):
        return [r.name for _, _, r in find_region_mentions(text)]

    assert names("丹东前阳经济开发区") == ["丹东前阳经济开发区"]
    assert names("成都国际铁路港经开区") == ["成都国际铁路港经济技术开发区"]
    assert names("重庆璧山生态工业园区") == ["重庆市", "璧山生态工业园区"]
    assert names("海东工业园区") == ["海东工业园区"]  # a withheld short form before a zone word
    assert names("大理创新工业园区") == ["大理创新工业园区"]
    assert names("平和科技产业园区") == ["平和科技产业园区"]  # a county's short form, a strong zone word
    assert names("杭州湾新区") == ["宁波杭州湾新区"]
    assert names("环杭州湾地区") == []
    for text in ("扬州市各开发区", "扬州市省级以上开发区", "南京市化工园区", "扬州市重点产业园", "扬州新能源汽车产业园项目",
                 "扬州市今年开发区", "扬州市一季度工业园区", "扬州三大产业园", "扬州市目前工业园区", "扬州市委高新区"):
        assert [r.level for _, _, r in find_region_mentions(text)] == ["city"], text
    assert names("扬州市江都经济开发区") == ["扬州市江都经济开发区"]  # the county's zone, as before
    assert names("沭阳县优化沭阳经开区") == ["沭阳县", "沭阳经济技术开发区"]
    assert names("镇远县招商引资初见成效工业园区") == ["镇远县"]  # two headline phrases run together


def test_short_etdz_word_after_a_city():
    def names(text):
        return [r.name for _, _, r in find_region_mentions(text)]

    assert names("西安经开先后获批") == ["西安经济技术开发区"]
    assert names("西安经开地区生产总值") == ["西安经济技术开发区"]
    assert names("扬州经开发展") == ["扬州市"]  # 经开发…: no zone word


def test_zone_rank_between_place_and_zone_word():
    def names(text):
        return [r.name for _, _, r in find_region_mentions(text)]

    assert names("芜湖国家级经济技术开发区") == ["芜湖经济技术开发区"]
    assert names("宁乡国家级经开区") == ["宁乡经济技术开发区"]  # a county's short form before the rank
    assert names("襄垣县省级经济开发区") == ["襄垣经济开发区"]
    assert names("湖南国家级经开区") == ["湖南省"]  # a province's zones as a class
    assert names("长沙4个国家级经开区") == ["长沙市"]


def test_named_zone_is_a_page_region():
    """A zone the reader names (not in zones.yaml) is found again by its code, so a page about it is its page."""
    from chanye.knowledge.regions import detect_document_region, region_by_code

    zone = find_region_mentions("营口辽河经济开发区")[0][2]
    assert region_by_code(zone.code) is zone
    body = "今年一季度，营口辽河经济开发区固定资产投资2.5亿元。营口辽河经济开发区签约项目10个。开发区税收收入7123万元。"
    assert detect_document_region(None, body).name == "营口辽河经济开发区"


def test_short_zone_word_reads_the_pages_own_full_name_whatever_came_before():
    """X经开区 of a place with no national zone is the X经济技术开发区 a page writes in full (else the provincial
    X经济开发区), and which documents were read before in the same process changes nothing (zones made on the fly
    were named by the first mention seen)."""
    from chanye import extract

    writes_full = "常州经开区前三季度实现规上工业产值512亿元，同比增长9.1%。常州经济技术开发区是省级开发区。"
    short_only = "常州经开区前三季度实现规上工业产值512亿元，同比增长9.1%。"
    for order in ((writes_full, short_only), (short_only, writes_full)):
        subjects = {text: {f["subject"] for f in extract(text, date="2024-10-20")["facts"]} for text in order}
        assert subjects[writes_full] == {"常州经济技术开发区"}
        assert subjects[short_only] == {"常州经济开发区"}


def test_a_sentence_read_on_another_page_is_read_again_for_this_pages_zone_names():
    """The mention cache is per page for the 经开区 reading: the same sentence on a page that writes the
    place's 经济技术开发区 in full gives that zone, on a page that does not the provincial 经济开发区."""
    from chanye.knowledge.regions import begin_document, find_region_mentions

    sentence = "玉林经开区规上工业增加值增长5%"
    names = []
    for page in ("某市新闻", "玉林经济技术开发区是省级开发区。", "某市新闻"):
        begin_document(page + sentence)
        names.append(find_region_mentions(sentence)[0][2].name)
    assert names == ["玉林经济开发区", "玉林经济技术开发区", "玉林经济开发区"]


@pytest.mark.parametrize(
    "text, names",
    [
        # a county name ending in 县 before 域, whose name less 县 is a province's: the province and 县域
        ("河南县域工业30强县名单出炉", ["河南省"]),
        ("湖南县域经济加快发展", ["湖南省"]),
        # the county itself otherwise, and a county named in full before 县域 stays that county
        ("河南县畜牧业产值增长8%", ["河南蒙古族自治县"]),
        ("沭阳县域经济发展迈上新台阶", ["沭阳县"]),
        ("长沙县域经济综合实力稳居全省第一", ["长沙县"]),
    ],
)
def test_county_name_before_county_wide_word(text, names):
    assert [r.name for _s, _e, r in find_region_mentions(text)] == names
