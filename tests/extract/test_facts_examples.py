"""The fact assembler's example corpora (src/chanye/extract/examples/facts_*.yaml), run as tests.

Each item is a sentence or two in the genre with its publication date and the facts it holds. The
extractor's facts must pair one-to-one with them as the scorer pairs (same unit and kind, value within
0.1 %), and every field an example gives must agree: metric by character-bigram Dice >= 0.5 (the
scorer's floor; exactly where the item, or the fact, says `exact_metric: true`), the others exactly. A rule is grown
by adding examples to its family's corpus.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from chanye.evaluate.scoring import dice, subjects_match, values_agree

EXAMPLES = Path(str(resources.files("chanye.extract") / "examples"))
CHECKED = ("kind", "comparator", "period", "status", "value_max")


def _items():
    for path in sorted(EXAMPLES.glob("facts_*.yaml")):
        for n, item in enumerate(yaml.safe_load(path.read_text("utf-8")) or []):
            yield pytest.param(item, id=f"{path.stem}-{n + 1:02d}")


def _expected(raw: dict) -> dict:
    fact = dict(raw)
    fact.setdefault("kind", "rank" if raw.get("unit") == "rank" else "level")
    fact["value"] = float(raw["value"])
    if "period" in fact and fact["period"] is not None:
        fact["period"] = str(fact["period"])
    return fact


def _pair(expected: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    pairs, left = [], list(predicted)
    missed = []
    for e in expected:
        cands = [p for p in left if p["unit"] == e["unit"] and p["kind"] == e["kind"] and values_agree(p["value"], e["value"])]
        if not cands:
            missed.append(e)
            continue
        best = max(cands, key=lambda p: dice(p["metric"], e["metric"]))
        left.remove(best)
        pairs.append((e, best))
    return pairs, missed, left


@pytest.mark.parametrize("item", list(_items()))
def test_example(item):
    import chanye

    doc = chanye.extract(item["text"], date=item.get("date"))
    predicted = doc["facts"]
    expected = [_expected(f) for f in item.get("facts") or []]
    pairs, missed, spurious = _pair(expected, predicted)
    problems = [f"missed {m}" for m in missed] + [f"spurious {s['metric']} {s['value']} {s['unit']}" for s in spurious]
    for e, p in pairs:
        exact = item.get("exact_metric") or e.get("exact_metric")  # (an item's, or one fact's)
        if dice(p["metric"], e["metric"]) < 0.5 or (exact and p["metric"] != e["metric"]):
            problems.append(f"metric {p['metric']!r} for {e['metric']!r}")
        for f in CHECKED:
            if f in e and p.get(f) != e[f]:
                problems.append(f"{e['metric']}: {f} {p.get(f)!r}, expected {e[f]!r}")
        if "subject" in e and not subjects_match(p["subject"], e["subject"]):
            problems.append(f"{e['metric']}: subject {p['subject']!r}, expected {e['subject']!r}")
    assert not problems, f"{item['text']}\n  " + "\n  ".join(problems)
