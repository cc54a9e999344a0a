"""The year an undated page's lead makes certain from its figures (chanye.extract.page_year), on own-writing leads."""

from __future__ import annotations

import pytest

from chanye.extract.page_year import lead_year


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
