"""A page that speaks as a city (我市, 全市) while naming its counties first, and a province's roundup of
its counties: the page's place is the city or the province, not the county named first (own-writing examples)."""

from __future__ import annotations

import pytest

from chanye.knowledge.regions import detect_document_region


def _name(title, text):
    found = detect_document_region(title, text)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    "title, text, expected",
    [
        # a city's bureau reporting its clusters: the counties are where some of them stand
        (
            "我市38个特色产业集群营业收入突破4000亿元",
            "2023年，全市38个特色产业集群实现营业收入4012.5亿元，同比增长9.6%。献县五金产业集群、"
            "肃宁县针纺织产业集群获评省级中小企业特色产业集群，沧州市入选消费品工业示范城市。",
            "沧州市",
        ),
        # a county's own page that says 全县 stays the county's
        (
            None,
            "2023年，全县规上工业增加值增长8.2%。肃宁县针纺织产业集群营业收入突破百亿元，全市排名第二。",
            "肃宁县",
        ),
        # a province's roundup of its counties' clusters
        (
            None,
            "近年来，河南省县域特色产业加快集聚。民权县是全国知名的制冷装备制造基地，全县制冷装备产业营收超300亿元。"
            "类似的还有虞城县钢卷尺产业，虞城县被誉为中国钢卷尺之乡。2024年实现营收90亿元。",
            "河南省",
        ),
    ],
)
def test_roundup_page_region(title, text, expected):
    assert _name(title, text) == expected


@pytest.mark.parametrize(
    "old, new",
    [("无为县", "无为市"), ("潜山县", "潜山市"), ("南和县", "南和区"), ("永年县", "永年区"), ("盘县", "盘州市"), ("即墨市", "即墨区"),
     ("赣县", "赣县区"), ("宜宾县", "叙州区"), ("户县", "鄠邑区"), ("淮阳县", "淮阳区"), ("偃师市", "偃师区"), ("湟中县", "湟中区")],
)
def test_counties_renamed_after_the_table(old, new):
    from chanye.knowledge.regions import resolve_region

    assert resolve_region(new).name == new
    assert resolve_region(old).name == new


def test_new_and_former_county_names_in_running_text():
    # the current name of a county made a district (叙州区, 淮阳区) and, on an older page, its former full name
    # (宜宾县, 临安市) are mentions of it; a two-character former name (户县) stays withheld
    from chanye.knowledge.regions import find_region_mentions

    text = "叙州区、淮阳区、莱芜区、红谷滩区增长较快。2015年宜宾县、临安市、户县工业总产值增长。"
    found = [r.name for _s, _e, r in find_region_mentions(text)]
    assert found == ["叙州区", "淮阳区", "莱芜区", "红谷滩区", "叙州区", "临安区"]


def test_zone_known_by_its_bare_name():
    from chanye.knowledge.regions import find_region_mentions

    found = [r.name for _s, _e, r in find_region_mentions("上半年各市县中，洋浦以增速12.5%居首。")]
    assert found == ["海南洋浦经济开发区"]
