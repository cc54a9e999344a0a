"""A place followed by a long list of places (a province page naming all its cities): whether something
happened there is read in time proportional to the list, not to the ways of splitting it."""

from __future__ import annotations

import time

from chanye.knowledge.region_roles import incidental_mention, partner_role

CITIES = "、株洲市、湘潭市、衡阳市、邵阳市、岳阳市、常德市、益阳市、郴州市、永州市、怀化市、娄底市"


def _timed(text: str, start: int, end: int) -> tuple[bool, float]:
    t = time.perf_counter()
    found = incidental_mention(text, start, end)
    return found, time.perf_counter() - t


def test_long_list_without_happening_is_read_quickly():
    text = "长沙市" + CITIES * 3 + "等30个城市经济稳步增长。"
    found, seconds = _timed(text, 0, 3)
    assert not found
    assert seconds < 1.0


def test_long_list_ending_in_a_happening_is_still_found():
    text = "长沙市" + CITIES * 3 + "等地疫情反复，外贸承压。"
    found, seconds = _timed(text, 0, 3)
    assert found
    assert seconds < 1.0


def test_listed_places_under_a_happening():
    assert incidental_mention("受上海、江苏等地疫情影响，一季度增速放缓", 1, 3)
    assert not incidental_mention("上海、江苏等地经济稳步增长", 0, 2)


def test_investors_after_a_long_list_of_places():
    """(、上海)多家企业…签约: the investors' home read over a list of any length, in time proportional to it."""
    t = time.perf_counter()
    assert not partner_role("上海" + "和" * 60 + "工业总产值增长5%", 0, 2)
    assert partner_role("长沙市" + CITIES * 3 + "等地30家企业集中签约落户", 0, 3)
    assert time.perf_counter() - t < 1.0
    assert partner_role("深圳、东莞多家企业投资建设的项目", 0, 2)
    assert not partner_role("深圳、东莞企业投资增长10%", 0, 2)
