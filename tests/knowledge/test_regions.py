"""Region resolution, mentions in text and document region detection."""

from __future__ import annotations

import pytest

from chanye.knowledge.regions import (
    detect_document_region,
    find_region_mentions,
    gazetteer,
    parent_chain,
    resolve_region,
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
        ("雄安新区", "河北雄安新区", "zone"),
    ],
)
def test_resolve_region(name, full, level):
    region = resolve_region(name)
    assert region is not None, name
    assert (region.name, region.level) == (full, level)


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
    assert len([r for r in g.by_code.values() if r.level == "province"]) == 34
    assert len([r for r in g.by_code.values() if r.level == "zone"]) > 400


def _names(text):
    return [(text[s:e], r.name) for s, e, r in find_region_mentions(text)]


def test_mentions_leftmost_longest_and_zones():
    assert _names("江苏扬州以链发力") == [("江苏", "江苏省"), ("扬州", "扬州市")]
    assert _names("扬州经开区党工委") == [("扬州经开区", "扬州经济技术开发区")]
    assert _names("扬州：经开区专场") == [("扬州：经开区", "扬州经济技术开发区")]
    assert _names("扬州邗江") == [("扬州", "扬州市"), ("邗江", "邗江区")]


@pytest.mark.parametrize("text", ["海安全面推进", "长治久安", "白银价格上涨", "城区人口", "东方红", "中国式现代化"])
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
