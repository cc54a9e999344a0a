"""Score extraction output against gold files, as the contract's Scoring section says
(../shared/spec/facts.md):

- Facts are paired per document. A predicted and a gold fact *can* pair when `unit` and `kind` are equal
  and the values agree within 0.1 % (relative). Among those candidates, metrics are compared by
  character-bigram Dice similarity and the pairing maximises the total similarity (an optimal
  assignment; where two pairings have the same total, the one with more pairs wins, and then the one whose
  pairs agree on more of the other fields — so that ten places with the same rank metric pair each with its
  own place, not by the order of the files).
- value F1: paired facts over predicted (precision) and over gold (recall).
- full F1: a pair of that same pairing counts only if, as well, metric similarity >= 0.5, `status` and
  `comparator` are equal, `period` is equal where gold's is not null, and `subject` matches (equal after
  mapping 经开区 → 经济技术开发区 and 高新区 → 高新技术产业开发区, or one contains the other). The pairing is
  not redone to favour full matches beyond breaking exact ties: it is the value pairing, read literally.
- industries: set F1 over names per document, names equal after dropping 产业/产业集群/产业链/集群.
- frameworks: a predicted framework counts when its code and its member lists equal a gold one's
  (members compared as sets per part, parts in any order).

Corpus scores are micro-averaged: true positives, predicted and gold counts are summed over documents
before precision, recall and F1 are taken. Per-document scores are kept too.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from chanye.evaluate.assignment import max_weight_assignment

VALUE_TOLERANCE = 0.001  # 0.1 % relative
METRIC_FLOOR = 0.5
INDUSTRY_SUFFIXES = ("产业集群", "产业链", "产业", "集群")  # longest first
SUBJECT_ALIASES = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"))
FIELDS = ("metric", "status", "comparator", "period", "subject")
_PAIR_BONUS = 1e-6  # an eligible pair with metric similarity 0 still beats no pair
_TIE_BONUS = 1e-8  # per agreeing field: breaks only exact ties of similarity and pair count


# ---------------------------------------------------------------- similarity and matching rules


def bigrams(text: str) -> Counter:
    text = text or ""
    if len(text) < 2:
        return Counter([text]) if text else Counter()
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def dice(a: str | None, b: str | None) -> float:
    """Character-bigram Dice similarity (multiset); a one-character string counts as its own gram."""
    ga, gb = bigrams(a or ""), bigrams(b or "")
    total = sum(ga.values()) + sum(gb.values())
    if total == 0:
        return 1.0
    return 2 * sum((ga & gb).values()) / total


def values_agree(a: Any, b: Any) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= VALUE_TOLERANCE * max(abs(x), abs(y))


def can_pair(pred: dict, gold: dict) -> bool:
    return pred.get("unit") == gold.get("unit") and pred.get("kind") == gold.get("kind") and values_agree(pred.get("value"), gold.get("value"))


def normalise_subject(subject: str | None) -> str:
    s = subject or ""
    for short, full in SUBJECT_ALIASES:
        if full not in s:
            s = s.replace(short, full)
    return s


def subjects_match(a: str | None, b: str | None) -> bool:
    x, y = normalise_subject(a), normalise_subject(b)
    if not x or not y:
        return x == y
    return x == y or x in y or y in x


def industry_key(name: str | None) -> str:
    s = (name or "").strip()
    for suffix in INDUSTRY_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            return s[: -len(suffix)]
    return s


def framework_key(fw: dict) -> tuple:
    parts = fw.get("parts") or []
    members = tuple(sorted(tuple(sorted(p.get("members") or [])) for p in parts))
    return (str(fw.get("code")), members)


def field_errors(pred: dict, gold: dict, similarity: float) -> list[str]:
    """The fields on which a value pair fails the full match (empty: a full match)."""
    errors = []
    if similarity < METRIC_FLOOR:
        errors.append("metric")
    if pred.get("status") != gold.get("status"):
        errors.append("status")
    if pred.get("comparator") != gold.get("comparator"):
        errors.append("comparator")
    if gold.get("period") is not None and pred.get("period") != gold.get("period"):
        errors.append("period")
    if not subjects_match(pred.get("subject"), gold.get("subject")):
        errors.append("subject")
    return errors


# ---------------------------------------------------------------- counts


@dataclass(slots=True)
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if self.gold == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if self.predicted == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class Pair:
    pred: dict
    gold: dict
    similarity: float
    errors: list[str]


@dataclass(slots=True)
class DocumentScore:
    doc: str
    value: Counts
    full: Counts
    industries: Counts
    frameworks: Counts
    pairs: list[Pair] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)  # gold facts with no pair
    spurious: list[dict] = field(default_factory=list)  # predicted facts with no pair
    missing_prediction: bool = False

    def as_dict(self) -> dict:
        return {
            "doc": self.doc,
            "value": self.value.as_dict(),
            "full": self.full.as_dict(),
            "industries": self.industries.as_dict(),
            "frameworks": self.frameworks.as_dict(),
            "missing_prediction": self.missing_prediction,
        }


def _agreeing_fields(pred: dict, gold: dict) -> int:
    """How many of subject, period, status and comparator a candidate pair agrees on (the tie-break)."""
    return (
        subjects_match(pred.get("subject"), gold.get("subject"))
        + (gold.get("period") is None or pred.get("period") == gold.get("period"))
        + (pred.get("status") == gold.get("status"))
        + (pred.get("comparator") == gold.get("comparator"))
    )


def pair_facts(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int, float]]:
    """The optimal pairing: (pred index, gold index, metric similarity)."""
    sims = [[dice(p.get("metric"), g.get("metric")) if can_pair(p, g) else -1.0 for g in gold] for p in predicted]
    weights = [
        [s + _PAIR_BONUS + _TIE_BONUS * _agreeing_fields(predicted[i], gold[j]) if s >= 0 else 0.0 for j, s in enumerate(row)]
        for i, row in enumerate(sims)
    ]
    return [(i, j, sims[i][j]) for i, j in max_weight_assignment(weights)]


def _set_counts(pred: Iterable, gold: Iterable) -> Counts:
    p, g = set(pred), set(gold)
    return Counts(tp=len(p & g), predicted=len(p), gold=len(g))


def _multiset_counts(pred: Iterable, gold: Iterable) -> Counts:
    p, g = Counter(pred), Counter(gold)
    return Counts(tp=sum((p & g).values()), predicted=sum(p.values()), gold=sum(g.values()))


def score_document(gold: dict, pred: dict | None) -> DocumentScore:
    doc = str(gold.get("doc", ""))
    missing = pred is None
    pred = pred or {}
    gold_facts = list(gold.get("facts") or [])
    pred_facts = list(pred.get("facts") or [])
    pairs: list[Pair] = []
    paired_pred, paired_gold = set(), set()
    for i, j, sim in pair_facts(pred_facts, gold_facts):
        pairs.append(Pair(pred_facts[i], gold_facts[j], sim, field_errors(pred_facts[i], gold_facts[j], sim)))
        paired_pred.add(i)
        paired_gold.add(j)
    value = Counts(tp=len(pairs), predicted=len(pred_facts), gold=len(gold_facts))
    full = Counts(tp=sum(1 for p in pairs if not p.errors), predicted=len(pred_facts), gold=len(gold_facts))
    industries = _set_counts(
        (industry_key(m.get("name")) for m in pred.get("industries") or []),
        (industry_key(m.get("name")) for m in gold.get("industries") or []),
    )
    frameworks = _multiset_counts(
        (framework_key(f) for f in pred.get("frameworks") or []),
        (framework_key(f) for f in gold.get("frameworks") or []),
    )
    return DocumentScore(
        doc=doc,
        value=value,
        full=full,
        industries=industries,
        frameworks=frameworks,
        pairs=pairs,
        missed=[g for j, g in enumerate(gold_facts) if j not in paired_gold],
        spurious=[p for i, p in enumerate(pred_facts) if i not in paired_pred],
        missing_prediction=missing,
    )


@dataclass(slots=True)
class CorpusScore:
    documents: list[DocumentScore]
    value: Counts
    full: Counts
    industries: Counts
    frameworks: Counts
    extra_predictions: list[str]  # predicted documents with no gold file

    @property
    def missing_predictions(self) -> list[str]:
        return [d.doc for d in self.documents if d.missing_prediction]

    def field_errors(self) -> dict[str, list[tuple[str, Pair]]]:
        out: dict[str, list[tuple[str, Pair]]] = {f: [] for f in FIELDS}
        for d in self.documents:
            for p in d.pairs:
                for f in p.errors:
                    out[f].append((d.doc, p))
        return out

    def as_dict(self) -> dict:
        errors = self.field_errors()
        return {
            "averaging": "micro",
            "documents": len(self.documents),
            "value": self.value.as_dict(),
            "full": self.full.as_dict(),
            "industries": self.industries.as_dict(),
            "frameworks": self.frameworks.as_dict(),
            "field_errors": {f: len(v) for f, v in errors.items()},
            "missed": sum(len(d.missed) for d in self.documents),
            "spurious": sum(len(d.spurious) for d in self.documents),
            "missing_predictions": self.missing_predictions,
            "extra_predictions": self.extra_predictions,
            "per_document": [d.as_dict() for d in self.documents],
        }


def score_corpus(gold: dict[str, dict], pred: dict[str, dict]) -> CorpusScore:
    """Score every gold document (micro-averaged); a gold document with no prediction is all missed."""
    docs = [score_document({**g, "doc": g.get("doc", doc_id)}, pred.get(doc_id)) for doc_id, g in sorted(gold.items())]
    totals = {name: Counts() for name in ("value", "full", "industries", "frameworks")}
    for d in docs:
        for name, c in totals.items():
            c.add(getattr(d, name))
    return CorpusScore(documents=docs, extra_predictions=sorted(set(pred) - set(gold)), **totals)


# ---------------------------------------------------------------- reading files


def load_documents(path: str | Path) -> dict[str, dict]:
    """Documents by id from a directory of JSON files (id = file name without extension) or a JSONL file."""
    path = Path(path)
    out: dict[str, dict] = {}
    if path.is_dir():
        for f in sorted(path.glob("*.json")):
            data = json.loads(f.read_text("utf-8"))
            out[f.stem] = data
        for f in sorted(path.glob("*.jsonl")):
            out.update(_load_jsonl(f))
    elif path.is_file():
        if path.suffix == ".json":
            data = json.loads(path.read_text("utf-8"))
            out[str(data.get("doc") or path.stem)] = data
        else:
            out.update(_load_jsonl(path))
    else:
        raise FileNotFoundError(path)
    return out


def _load_jsonl(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if line:
            data = json.loads(line)
            out[str(data.get("doc"))] = data
    return out


def score_dirs(gold_dir: str | Path, pred_dir: str | Path) -> CorpusScore:
    return score_corpus(load_documents(gold_dir), load_documents(pred_dir))
