"""Places named in another role than the page's own (knowledge/region_roles.py, data/region_roles.yaml)."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from chanye.knowledge.region_roles import other_role, partner_role
from chanye.knowledge.regions import detect_document_region, find_region_mentions
from chanye.settings import data_path


def test_data_file_matches_schema():
    schema = json.loads(data_path("schema/region_roles.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(data_path("region_roles.yaml").read_text(encoding="utf-8")), schema)


def _roles(text):
    return {text[s:e]: other_role(text, s, e) for s, e, _r in find_region_mentions(text)}


@pytest.mark.parametrize(
    "text, place, role",
    [
        ("洪泽区在苏州工业园区举行专场推介会", "洪泽区", False),
        ("县主要领导率队赴杭州、宁波等地开展招商", "宁波", True),
        ("来自南京、合肥的项目占比过半", "合肥", True),
        ("先后在成都、重庆、西安举办恳谈会", "西安", True),
        ("由苏州宏远新材料科技有限公司投资建设", "苏州", True),
        ("在扬州市委市政府的坚强领导下，全市经济稳中有进", "扬州市", False),
        ("2024年扬州市实现地区生产总值7800亿元", "扬州市", False),
        ("苏州3家企业入选国家级名单", "苏州", False),
    ],
)
def test_other_role(text, place, role):
    assert _roles(text)[place] is role


def test_venue_and_destination_do_not_make_the_page_theirs():
    text = "沭阳县在上海举行招商引资说明会。这次在上海举行的说明会上签约项目20个。代表团还赴上海、苏州考察。"
    assert detect_document_region(None, text).name == "沭阳县"


def test_a_county_short_form_before_its_whole_is_a_mention():
    names = [r.name for _s, _e, r in find_region_mentions("前三季度，泗洪全县新开工项目42个")]
    assert names == ["泗洪县"]


def test_a_dateline_the_body_never_names_again_is_not_the_page():
    text = "新华社北京5月8日电 一季度，浙江规上工业增加值增长8.2%，浙江省数字经济核心产业增加值增长10%。"
    assert detect_document_region(None, text).name == "浙江省"


@pytest.mark.parametrize(
    "text",
    [
        "深圳市企业投资的储能电池项目落户本地，总投资30亿元。全县规上工业增加值增长9.1%。",
        "今年以来，苏州市对口支援本县，全县新增协作项目26个。",
        "我区与南京市江宁区签订共建园区合作协议，全区今年新签约项目40个。",
    ],
)
def test_a_page_naming_only_its_partner_has_no_region(text):
    assert detect_document_region(None, text) is None


def test_two_places_paired_are_neither_the_others_partner():
    text = "青岛与定西结对以来，定西累计引进企业95家，定西农特产品销售额41亿元，定西新建园区12个。"
    assert detect_document_region(None, text).name == "定西市"


def test_a_county_named_in_full_is_named_by_its_short_form_after():
    names = [r.name for _s, _e, r in find_region_mentions("溧阳市副市长介绍，溧阳规上工业增加值增长8.4%")]
    assert names == ["溧阳市", "溧阳市"]
    assert [r.name for _s, _e, r in find_region_mentions("溧阳规上工业增加值增长8.4%")] == []


def test_a_lead_about_its_whole_naming_only_counties_of_one_city_is_the_citys():
    text = "记者从市统计局获悉，前三季度，全市地区生产总值增长6.2%，其中江阴市增长7%，宜兴市增长6.5%。"
    assert detect_document_region("前三季度经济运行稳中向好", text).name == "无锡市"


def test_a_dateline_city_named_only_there_gives_the_page_to_its_province_named_in_the_body():
    text = "新华社昆明10月8日电 今年前三季度，云南规模以上工业增加值增长5.1%，曲靖新能源电池产值达到800亿元。"
    assert detect_document_region(None, text).name == "云南省"


@pytest.mark.parametrize(
    "text, place",
    [
        ("赴京参加扬州招商推介会", "扬州"),  # the cue word governs a list of places, not any word after it
        ("来自全国的企业家齐聚扬州", "扬州"),
    ],
)
def test_a_cue_reaches_only_the_places_listed_after_it(text, place):
    assert _roles(text)[place] is False


@pytest.mark.parametrize(
    "text, role",
    [
        ("县委书记率队招商，南京、上海多家企业签约落户", True),
        ("深圳客商来我县洽谈", True),
        ("苏州3家企业入选国家级名单", False),
        ("扬州企业投资增长10%", False),
        ("扬州规上工业企业利润增长5%", False),
    ],
)
def test_investors_home_is_a_partner_of_the_page(text, role):
    s, e, _r = find_region_mentions(text)[0]
    assert (partner_role(text, s, e) or other_role(text, s, e)) is role


def test_a_withheld_short_form_stays_withheld_after_its_full_name():
    names = [r.name for _s, _e, r in find_region_mentions("西安市长安区今年引进长安汽车项目")]
    assert names == ["西安市", "长安区"]
