"""Whose page it is when the page's voice or its most named place says more than its first mention: a province
speaking of its parks (我省…全省), a headline naming only the province over a body about one place inside it, a
city measured against its province, a county speaking of its park (该县), a county called by its short form only,
a benchmark it measures itself against (own-writing examples)."""

from __future__ import annotations

import pytest

from chanye.knowledge.regions import detect_document_region


def _name(title, text):
    found = detect_document_region(title, text)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # 我省 + 全省 figures, no lower voice: the province's, not the park or district named in passing
        (None, "本报讯 遂宁经济技术开发区、广安经济技术开发区等一批园区近日通过省级验收，一批园区升级扩区……记者从全省开发区建设推进会上获悉，我省开发区发展进入新阶段。"
         "\n2022年，全省开发区完成工业增加值3260亿元，全省新增亿元以上产业项目512个。", "四川省"),
        (None, "本报讯 我省首批“链主”企业接受检阅。2023年，全省十大重点产业链营收3820亿元，全省链上企业达到1260户。"
         "\n某钢铁集团联合长治市潞州区政府开展链式招商。", "山西省"),
        # 我省 said and 全省 figures given once, the cities then compared: the province's, not the city that grew most
        ("首季产业集聚区主营收5071亿元", "6月10日，记者从省统计局获悉，我省产业集聚区规模以上工业主营业务收入保持较快增长。一季度，"
         "全省产业集聚区规模以上工业实现主营业务收入5071.17亿元，同比增长28.6%。\n分省辖市看，其中郑州市增长达到74.0%，安阳市同比下降1.2%。", "河南省"),
        # ... but a county's page saying 我省 keeps its voice (全县)
        (None, "宁乡市位列我省县域经济十强之首。今年1-6月，全县完成规模以上工业增加值186亿元，全省排名第1位，全省领先。", "宁乡市"),
        # a headline naming only the province over a body about one zone: the zone's page
        ("江苏再添一家国家级经济技术开发区", "近日，江苏宿迁经济开发区升级为国家级经济技术开发区。宿迁经济技术开发区实现地区生产总值412亿元。"
         "宿迁经济技术开发区现有规上工业企业386家。宿迁经济技术开发区是全省开放平台。", "宿迁经济技术开发区"),
        # ... while a roundup of many counties stays the province's
        ("江苏千亿县增至25个", "2023年，江苏千亿县达25个。新晋千亿县为宝应县和如东县，宝应县地区生产总值1016亿元，如东县1008亿元。", "江苏省"),
        # a city measured against its province, named again and again: the city's page
        (None, "近日，省会城市经济首位度排名出炉，西宁GDP占全省比重达47.1%。西宁GDP突破1600亿元，对全省经济增长贡献率达52%。"
         "西宁谋划三个千亿级产业集群，西宁将服务全省发展大局，增速全省领先。", "西宁市"),
        # a province's briefing that lists its cities once, then tells of one of them: that city's page
        (None, "10月22日，由广东省商务厅举办的招商吹风会在广州举行。吹风会上，广州、深圳、汕头、佛山等8个市介绍招商亮点。"
         "汕头市委常委介绍，1—9月，汕头市新签约项目86个。汕头市重点项目完成投资320亿元，汕头市外贸增长12%。", "汕头市"),
        # a county's park in the first sentence, then the county's voice: the county's page
        (None, "截至6月，今年平昌县工业园区规上企业工业总产值实现28.6亿元。\n近年来，该县坚持工业强县。今年1-6月，该县共实施工业项目36个，"
         "全县签约项目11个。", "平昌县"),
        # a headline naming a city over a body that speaks as one of its counties (全县), named more than the city
        ("泉州北部将建成先进制造新城", "泉州市工信局消息，上半年，全县完成规模以上工业产值86.4亿元，增长9.6%；全县新增规上企业12家。"
         "\n安溪被省里命名为“藤铁工艺之乡”。今年安溪县茶叶面积60万亩，安溪县成为全国最大的乌龙茶产区。", "安溪县"),
        # ... but a city's page (全市) telling of one of its counties stays the city's
        ("泉州北部将建成先进制造新城", "上半年，全市完成规模以上工业产值2860亿元。全县完成……安溪被省里命名为“藤铁工艺之乡”，"
         "安溪县茶叶面积60万亩，安溪县成为全国最大的乌龙茶产区。", "泉州市"),
        # a zone named only as the first of a set the page tallies (某开发区等14家): the province's page, however
        # often the page says 开发区
        (None, "近日，省商务厅完成了开发区（园区）综合考核。2月5日，中共江西省委通报年度考核先进单位，南昌经济技术开发区等10家开发区获表扬。"
         "\n根据全省开发区综合考核结果，2024年，开发区实现规上工业总产值1.2万亿元。开发区实际使用外资18亿美元。对开发区的考核将继续。", "江西省"),
        # a headline naming only the province over a body that calls one of its counties by the short form again
        # and again (the province named less often): the county's page
        ("江苏县域经济迎来新格局", "前三季度，江阴以3560亿元的GDP、6.8%的增速，稳居江苏县域第一。过去五年，江阴先后拉开与昆山、张家港的差距，"
         "成为江苏县域经济的领跑者。江阴集成电路产业产值突破800亿元，江阴上市公司达到63家。江阴有望在年内跨上4500亿元台阶，巩固江苏“领头羊”地位。", "江阴市"),
        # a county called by its short form only, again and again: the county's page
        (None, "义乌再次入选全国综合实力百强县。近年来，义乌持续推进制造业转型。今年1-9月，义乌规上工业增加值增长8.6%。", "义乌市"),
        # a benchmark the county measures itself against is not its place (对标某市, 与比拼对象某县比)
        (None, "今年以来，我县全面对标昆山市，狠抓工业经济。1-6月，全县规上工业产值增长10.2%，新增规上企业15家。", None),
        (None, "前三季度，全县生产总值增长7.5%，规上工业增加值增长12.7%。与比拼对象保康县比，主要指标增速全面赶超。", None),
        # ... but a city's page (我市) telling of one of its counties by the short form keeps no county (a 县's
        # 全市 is its city's; a county-level city's 全市 is its own)
        (None, "我市工业经济稳中有进。长兴新能源产业产值增长9%，长兴新增规上企业30家，长兴入选全国百强县。", None),
        # ... not a town's or a word's (光明街道, 乡村振兴)
        (None, "今年以来，光明街道规上工业产值增长12%。光明街道新引进项目8个，光明街道入围活力街道500强。", None),
    ],
)
def test_page_voice(title, text, expected):
    assert _name(title, text) == expected
