"""The year an undated page's lead makes certain (chanye.extract.page_year), on own-writing leads."""

from __future__ import annotations

import pytest

from chanye.extract.page_year import event_year, lead_year


@pytest.mark.parametrize(
    "text, expected",
    [
        ("标题\n11月18日，某咨询机构发布《2023中国先进制造业百强市研究报告》，我省9座城市上榜。", (2023, 11)),
        ("标题\n某日报客户端讯（通讯员 李明）2024年7月16日，2024县域产业发展论坛在北京举办。", (2024, 7)),
        ("标题\n近日，“中国县域高质量发展研讨会2024”在北京召开。", (2024, None)),
        # an event reviewing a year, held in the first half of the next
        ("标题\n2月21日，全市2023年经济社会发展成就新闻发布会举行。", (2024, 2)),
        ("标题\n5月10日，某工业集中区荣获2024年度省级开发区考核评价进步奖。", (2025, 5)),
        # review words outside the event's name, or a name of a part of the year: no year after
        ("标题\n3月15日，2024某产业发展论坛在京开幕，与会专家总结了产业发展经验。", (2024, 3)),
        ("标题\n4月20日，2024年一季度经济运行情况新闻发布会举行。", (2024, 4)),
        # a review held on an unknown day: either year
        ("标题\n近日，全市2023年经济社会发展成就新闻发布会举行。", None),
        # no lead date, or one recalled later: nothing
        ("标题\n春节前夕，2024年新春招商推介会在深圳举办。", None),
        ("标题\n近年来，某市新能源汽车产业快速发展，集聚产业链企业300多家，整车、电池、电机和电控等环节的配套日益完善。\n2022年6月30日，某基地整车下线仪式举行。", None),
        ("标题\n近年来，某市新能源汽车产业快速发展。2022年6月30日，某基地整车下线仪式举行。", None),
        ("标题\n2022年6月30日，某基地迎来第10万辆整车下线。", None),  # (a full date with no event verb)
    ],
)
def test_event_year(text, expected):
    assert event_year(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("记者从省统计局获悉，1至2月份，全省规上工业增加值同比增长5.2%，比2019全年回落0.4个百分点。", 2020),
        ("记者7月18日从省统计局获悉，2024年以来，全省工业生产回升向好。上半年，规上工业增加值增长7.9%。", 2024),
        ("2021年以来，全省累计培育专精特新中小企业3200家。\n上半年，全省规上工业增加值增长7.9%。", None),
        ("今年1-4月，全省规上工业增加值增长9.4%。\n1-4月，利润增速自2022年以来首次由负转正。", None),
    ],
)
def test_lead_year(text, expected):
    assert lead_year(text) == expected
