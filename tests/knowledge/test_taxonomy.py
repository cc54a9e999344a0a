"""Industry taxonomy: mapping names as written, node data, the dev corpus's industries."""

from __future__ import annotations

import json

import pytest

from chanye.knowledge.taxonomy import all_nodes, children, industry_node, map_industry, strip_suffix


@pytest.mark.parametrize(
    "name, node",
    [
        ("集成电路", "ic"),
        ("芯片", "ic"),
        ("半导体产业", "ic"),
        ("集成电路与ICT", "ic"),
        ("新能源汽车", "nev"),
        ("新能源及智能网联汽车", "nev"),
        ("智能网联汽车", "icv"),
        ("生物医药", "biomedicine"),
        ("医药健康", "biomedicine"),
        ("生命健康", "life_health"),
        ("生物医药及高端医疗器械", "biomedicine"),
        ("纳米新材料", "frontier_materials"),
        ("数智电子信息", "electronics"),
        ("高端装备制造业", "high_end_equipment"),
        ("光伏产业链", "pv"),
        ("人形机器人", "humanoid_robots"),
        ("量子信息", "quantum"),
        ("6G", "sixg"),
        ("元宇宙", "metaverse"),
        ("脑机接口", "brain_computer"),
        ("氢能", "hydrogen"),
        ("核聚变", "nuclear_fusion"),
        ("低空经济", "low_altitude"),
        ("商业航天", "commercial_space"),
        ("细胞和基因技术", "cell_gene"),
        ("合成生物", "synthetic_bio"),
        ("ＩＣＴ", "ict"),
    ],
)
def test_map_industry(name, node):
    assert map_industry(name) == node


@pytest.mark.parametrize("name", ["", None, "随便什么", "会计", "的"])
def test_unknown_stays_unmapped(name):
    assert map_industry(name) is None


def test_nodes_well_formed():
    nodes = all_nodes()
    ids = {n.id for n in nodes}
    assert len(nodes) >= 140
    for node in nodes:
        assert node.parent is None or node.parent in ids
        assert node.en
    assert industry_node("electronics").gb_code == "39"
    assert industry_node("nev").sei_name == "新能源汽车产业"
    assert industry_node("humanoid_robots").future_family == "future_manufacturing"
    assert {n.id for n in children("ic")} >= {"third_gen_semi"}


def test_every_name_maps_to_one_node():
    seen: dict[str, str] = {}
    for node in all_nodes():
        for name in (node.name, *node.synonyms):
            assert name not in seen or seen[name] == node.id, name
            seen[name] = node.id


def test_strip_suffix():
    assert strip_suffix("集成电路产业链") == "集成电路"
    assert strip_suffix("智慧照明产业") == "智慧照明"
    assert strip_suffix("高端纺织集群") == "高端纺织"
    assert strip_suffix("产业") == "产业"


def test_dev_gold_industries_all_map(dev_gold):
    """Every industry the dev gold names maps onto the taxonomy."""
    for path in sorted(dev_gold.glob("*.json")):
        for mention in json.loads(path.read_text(encoding="utf-8"))["industries"]:
            assert map_industry(mention["name"]) is not None, (path.stem, mention["name"])
