"""Shared loader and scorer for the annotated item corpora (tests/extract/genre, tests/extract/heldout).

An item is one sentence or short paragraph with its publication date, its region, its phrasing family and the
facts the contract (../shared/spec/facts.md) says it holds, written in the shorthand below. `predict` runs the
library facade `chanye.extract(text, date=..., doc_id=...)` on every item; `breakdown` scores with the contract's
scorer (`chanye.evaluate.scoring.score_corpus`, micro-averaged) and prints a per-family table.

Annotation shorthand (filled in by `gold_fact`, nothing else is implied):
- `subject` defaults to the item's `region`; `kind` to `level`; `comparator` to `=`; `status` to `actual`;
  `industry` to null; `unit_text` to 元 / 美元 / % / 个百分点 for CNY / USD / % / pp.
- `value` may be written with 万 / 亿 / 万亿 (`8800亿`, `1.35万亿`, `5.2万`); it is multiplied out.
- `period` must always be given (null where the text does not fix it, so any predicted period is accepted).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

UNITS = {"CNY", "USD", "%", "pp", "rank", "count", "other"}
KINDS = {"level", "growth", "share", "rank"}
COMPARATORS = {"=", ">", ">=", "<", "<=", "~"}
STATUSES = {"actual", "target", "forecast"}
PERIOD = re.compile(r"^\d{4}(-\d{4}|H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$")
DEFAULT_UNIT_TEXT = {"CNY": "元", "USD": "美元", "%": "%", "pp": "个百分点"}
MULTIPLIERS = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))


def number(value) -> float:
    """`8800亿` -> 8.8e11; plain numbers pass through."""
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    for suffix, factor in MULTIPLIERS:
        if text.endswith(suffix):
            return float(text[: -len(suffix)]) * factor
    return float(text)


def gold_fact(raw: dict, item: dict) -> dict:
    unit = raw["unit"]
    fact = {
        "subject": raw.get("subject", item["region"]),
        "metric": raw["metric"],
        "value": number(raw["value"]),
        "unit": unit,
        "unit_text": raw.get("unit_text", DEFAULT_UNIT_TEXT.get(unit)),
        "kind": raw.get("kind", "level"),
        "comparator": raw.get("comparator", "="),
        "period": None if raw["period"] is None else str(raw["period"]),
        "status": raw.get("status", "actual"),
        "quote": "",
        "industry": raw.get("industry"),
    }
    if "value_max" in raw:
        fact["value_max"] = number(raw["value_max"])
    return fact


def load_items(folder: Path) -> list[dict]:
    items: list[dict] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            item["source"] = path.name
            items.append(item)
    return items


def check_well_formed(items: list[dict], families) -> None:
    """Assert the shape of every item and gold fact (ids unique, fields in the contract's vocabularies)."""
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids)), "duplicate item ids"
    for item in items:
        where = f"{item['source']}:{item['id']}"
        assert item["family"] in families, where
        assert item["text"].strip() and item["region"], where
        assert item.get("date") is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["date"]), where
        for raw in item.get("facts") or []:
            f = gold_fact(raw, item)
            assert f["unit"] in UNITS and f["kind"] in KINDS, where
            assert f["comparator"] in COMPARATORS and f["status"] in STATUSES, where
            assert f["unit_text"], f"{where}: unit_text needed for unit {f['unit']}"
            assert f["period"] is None or PERIOD.match(f["period"]), f"{where}: period {f['period']!r}"
            assert (f["unit"] == "rank") == (f["kind"] == "rank"), where
            assert f["unit"] != "pp" or f["kind"] == "growth", where
            if "value_max" in f:
                assert f["value_max"] > f["value"], where


def gold_document(item: dict) -> dict:
    return {
        "doc": item["id"],
        "meta": {"title": None, "date": item.get("date"), "region": item["region"], "script": "simplified"},
        "facts": [gold_fact(f, item) for f in item.get("facts") or []],
        "industries": [],
        "frameworks": [],
    }


def predict(items: list[dict]) -> dict[str, dict]:
    import chanye

    out = {}
    for item in items:
        doc = chanye.extract(item["text"], date=item.get("date"), doc_id=item["id"])
        # Only facts are annotated in these corpora; industries and frameworks are scored on the dev pages.
        out[item["id"]] = {**doc, "industries": [], "frameworks": []}
    return out


def breakdown(items: list[dict], pred: dict[str, dict], families=()):
    """(overall CorpusScore, {family: CorpusScore}, text table); `families` orders the table's rows."""
    from chanye.evaluate.scoring import score_corpus

    gold = {item["id"]: gold_document(item) for item in items}
    overall = score_corpus(gold, pred)
    by_family: dict[str, dict[str, dict]] = defaultdict(dict)
    for item in items:
        by_family[item["family"]][item["id"]] = gold[item["id"]]
    scores = {fam: score_corpus(g, {k: pred[k] for k in g}) for fam, g in by_family.items()}
    lines = [f"{'family':<13}{'items':>6}{'gold':>6}{'pred':>6}{'value-F1':>10}{'full-F1':>9}  worst field errors"]
    order = [f for f in families if f in scores] + sorted(set(scores) - set(families))
    for fam in order + ["ALL"]:
        s = overall if fam == "ALL" else scores[fam]
        errors = {f: len(v) for f, v in s.field_errors().items() if v}
        worst = ", ".join(f"{f} {n}" for f, n in sorted(errors.items(), key=lambda kv: -kv[1])[:3])
        lines.append(f"{fam:<13}{len(s.documents):>6}{s.value.gold:>6}{s.value.predicted:>6}"
                     f"{s.value.f1:>10.3f}{s.full.f1:>9.3f}  {worst}")
    return overall, scores, "\n".join(lines)


def report_problems(overall, items: list[dict]) -> str:
    """Every miss, spurious fact and field error, under the item's text."""
    out = []
    for d in overall.documents:
        problems = [f"    missed   {g}" for g in d.missed] + [f"    spurious {p}" for p in d.spurious]
        problems += [f"    {', '.join(p.errors)}: predicted {p.pred} gold {p.gold}" for p in d.pairs if p.errors]
        if problems:
            text = next(i["text"] for i in items if i["id"] == d.doc)
            out.append(f"{d.doc}: {text}")
            out.extend(problems)
    return "\n".join(out)


def main(argv: list[str], items: list[dict], families, description: str) -> int:
    """The command line shared by the corpus runners: `--family F` (repeatable), `--verbose`."""
    import argparse

    from chanye.evaluate.report import render

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--family", action="append", help="only these families")
    ap.add_argument("--verbose", "-v", action="store_true", help="every miss, spurious fact and field error")
    args = ap.parse_args(argv)
    items = [i for i in items if not args.family or i["family"] in args.family]
    pred = predict(items)
    overall, _, table = breakdown(items, pred, families)
    if args.verbose:
        print(report_problems(overall, items))
    else:
        print(render(overall))
    print(table)
    return 0
