"""Numerically coded frameworks: example corpus, negatives, dev corpus exact agreement."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from importlib import resources
from chanye.extract.frameworks import find_frameworks

EXAMPLES = [
    example
    for path in sorted((Path(str(resources.files("chanye.extract"))) / "examples").glob("frameworks*.yaml"))
    for example in yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]
]


def _parts(spec: list[str]) -> list[dict]:
    out = []
    for line in spec:
        count, label, members = [x.strip() for x in line.split("|")]
        out.append({"count": None if count == "-" else int(count), "label": label, "members": members.split("、") if members else []})
    return out


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:18] for e in EXAMPLES])
def test_examples(example):
    found = find_frameworks(example["text"], subject="测试市")
    if example.get("none"):
        assert found == []
        return
    assert [f.code for f in found] == [e["code"] for e in example["expect"]]
    for got, want in zip(found, example["expect"]):
        assert [asdict(p) for p in got.parts] == _parts(want["parts"])
        if "consistent" in want:
            assert got.consistent is want["consistent"]
        elif not want["parts"]:
            assert got.consistent is None
        assert got.subject == "测试市"
        a, b = got.clean_span
        assert got.code.replace("+", "") in example["text"][a:b].replace("+", "").replace("＋", "")


def test_masked_code_is_not_read():
    text = "推进“24365”服务工程。"
    assert find_frameworks(text, subject="x", masked=[(2, 8)]) == []


def test_region_before_code_is_subject():
    found = find_frameworks("芜湖经开区“24365”服务工程全面推开。", subject="芜湖市")
    assert found[0].subject == "芜湖经济技术开发区"


def test_dev_corpus_frameworks_exact(dev_docs, dev_gold):
    from chanye.evaluate.scoring import framework_key

    from test_industries import clean_dev_documents

    for doc_id, clean, gold in clean_dev_documents(dev_docs, dev_gold):
        found = find_frameworks(clean, gold["meta"]["region"])
        pred = sorted(framework_key({"code": f.code, "parts": [asdict(p) for p in f.parts]}) for f in found)
        want = sorted(framework_key(f) for f in gold["frameworks"])
        assert pred == want, doc_id
        for f, g in zip(sorted(found, key=lambda f: f.code), sorted(gold["frameworks"], key=lambda f: f["code"])):
            assert f.subject == g["subject"]
            assert json.dumps([p["members"] for p in g["parts"]], ensure_ascii=False) == json.dumps(
                [p.members for p in f.parts], ensure_ascii=False
            )


def test_count_with_no_member_left_is_kept_empty():
    from chanye.extract.frameworks import _last_pair_split

    assert _last_pair_split([], 1) == []
    assert _last_pair_split(["电子信息和装备制造"], 2) == ["电子信息", "装备制造"]
    assert _last_pair_split(["软件和信息服务", "新能源汽车"], 2) == ["软件和信息服务", "新能源汽车"]
