"""zones.yaml: every zone hangs under a known place, carries its parent's code, and its names are its own."""

from __future__ import annotations

import yaml

from chanye.knowledge.regions import find_region_mentions, gazetteer, resolve_region
from chanye.settings import data_path

LETTERS = {"etdz": "E", "hitech": "H", "new_area": "N", "park": "P", "provincial": "S", "area": "A", "ftz": "F", "bonded": "B"}


def _zones() -> list[dict]:
    return yaml.safe_load(data_path("zones.yaml").read_text(encoding="utf-8"))["zones"]


def test_parent_codes_exist():
    g = gazetteer()
    missing = [(z["name"], z["parent_code"]) for z in _zones() if g.by_code.get(z["parent_code"]) is None
               or g.by_code[z["parent_code"]].level == "zone"]
    assert not missing


def test_code_is_parent_code_and_type_letter():
    wrong = [z["name"] for z in _zones()
             if not z["code"].startswith(z["parent_code"] + LETTERS[z["type"]])]
    assert not wrong


def test_names_and_aliases_resolve_to_their_zone():
    wrong = []
    for z in _zones():
        for name in (z["name"], *(z.get("aliases") or ())):
            region = resolve_region(name)
            if region is None or region.code != z["code"]:
                wrong.append((name, region.name if region else None))
    assert not wrong


def test_no_alias_is_an_administrative_name():
    g = gazetteer()
    places = {r.name for r in g.by_code.values() if r.level != "zone"}
    clashes = [(z["name"], a) for z in _zones() for a in z.get("aliases") or () if a in places]
    assert not clashes


def test_functional_area_page_sentence():
    text = "前三季度，山西综改示范区完成地区生产总值312.6亿元；岳阳市屈原管理区新签约项目23个。"
    assert [r.name for _, _, r in find_region_mentions(text)] == ["山西转型综合改革示范区", "岳阳市屈原管理区"]
