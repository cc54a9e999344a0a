"""The date an otherwise undated page takes from the event its first paragraph opens with
(chanye.clean.metadata.lead_event_date), on own-writing leads."""

from __future__ import annotations

import pytest

import chanye
from chanye.clean.metadata import lead_event_date


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("11月18日，某咨询机构发布《2023中国先进制造业百强市研究报告》，我省9座城市上榜。", "2023-11-18"),
        ("某日报客户端讯（通讯员 李明）2024年7月16日，2024县域产业发展论坛在北京举办。", "2024-07-16"),
        ("近日，“中国县域高质量发展研讨会2024”在北京召开。", "2024"),
        # an event reviewing a year, held in the first half of the next
        ("2月21日，全市2023年经济社会发展成就新闻发布会举行。", "2024-02-21"),
        ("5月10日，某工业集中区荣获2024年度省级开发区考核评价进步奖。", "2025-05-10"),
        # review words outside the event's name, or a name of a part of the year: no year after
        ("3月15日，2024某产业发展论坛在京开幕，与会专家总结了产业发展经验。", "2024-03-15"),
        ("4月20日，2024年一季度经济运行情况新闻发布会举行。", "2024-04-20"),
        # a review held on an unknown day: either year
        ("近日，全市2023年经济社会发展成就新闻发布会举行。", None),
        # no lead date, a date opening a later sentence, a full date with no event: nothing
        ("春节前夕，2024年新春招商推介会在深圳举办。", None),
        ("近年来，某市新能源汽车产业快速发展。2022年6月30日，某基地整车下线仪式举行。", None),
        ("2022年6月30日，某基地迎来第10万辆整车下线。", None),
    ],
)
def test_lead_event_date(paragraph, expected):
    assert lead_event_date(paragraph) == expected


def test_an_event_of_a_later_paragraph_dates_nothing():
    text = (
        "某市新能源汽车产业观察\n近年来，某市新能源汽车产业快速发展，集聚产业链企业300多家，整车、电池、电机和电控等环节的配套日益完善。\n"
        "2022年6月30日，某基地整车下线仪式举行。"
    )
    assert chanye.extract(text)["meta"]["date"] is None


def test_an_event_date_is_the_page_s_when_nothing_else_dates_it():
    text = "某省先进制造业百强市上榜情况\n11月18日，某咨询机构发布《2023中国先进制造业百强市研究报告》，我省9座城市上榜。去年，全省规上工业增加值增长6.1%。"
    result = chanye.extract(text)
    assert result["meta"]["date"] == "2023-11-18"
    assert [f["period"] for f in result["facts"] if f["unit"] == "%"] == ["2022"]
