"""The text report of `chanye eval`: details first, the headline scores as the last three lines."""

from __future__ import annotations

from chanye.evaluate.scoring import FIELDS, CorpusScore, Counts

EXAMPLES = 3


def _prf(c: Counts) -> str:
    return f"{c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f})"


def _fact(f: dict) -> str:
    value = f.get("value")
    if f.get("value_max") is not None:
        value = f"{value}..{f.get('value_max')}"
    return (f"{f.get('metric')!s} {f.get('comparator', '')}{value} {f.get('unit')}/{f.get('kind')} "
            f"[{f.get('period')}, {f.get('status')}, {f.get('subject')}] «{(f.get('quote') or '')[:40]}»")


def headline(score: CorpusScore) -> list[str]:
    return [
        f"facts: value-F1 {_prf(score.value)}  full-F1 {_prf(score.full)}",
        f"industries-F1 {_prf(score.industries)}  frameworks-F1 {_prf(score.frameworks)}",
        f"micro-averaged over {len(score.documents)} documents: {score.value.predicted} predicted, "
        f"{score.value.gold} gold, {score.value.tp} value pairs, {score.full.tp} full matches",
    ]


def render(score: CorpusScore, floor: float | None = None) -> str:
    lines: list[str] = []
    if score.missing_predictions:
        lines.append(f"missing prediction files ({len(score.missing_predictions)}, counted as all missed): "
                     + ", ".join(score.missing_predictions))
    if score.extra_predictions:
        lines.append(f"predictions with no gold file (ignored): {len(score.extra_predictions)}")
    lines.append("per document (value-F1 / full-F1 / industries-F1 / frameworks-F1):")
    for d in score.documents:
        lines.append(f"  {d.doc}: {d.value.f1:.3f} / {d.full.f1:.3f} / {d.industries.f1:.3f} / {d.frameworks.f1:.3f}"
                     f"  ({d.value.predicted} predicted, {d.value.gold} gold)")
    errors = score.field_errors()
    lines.append("field errors among value pairs: " + ", ".join(f"{f} {len(errors[f])}" for f in FIELDS))
    for f in FIELDS:
        for doc, pair in errors[f][:EXAMPLES]:
            if f == "metric":
                got, want = pair.pred.get("metric"), f"{pair.gold.get('metric')} (similarity {pair.similarity:.2f})"
            else:
                got, want = pair.pred.get(f), pair.gold.get(f)
            lines.append(f"  {f}: {doc}: predicted {got!r}, gold {want!r} — {_fact(pair.gold)}")
    missed = [(d.doc, f) for d in score.documents for f in d.missed]
    spurious = [(d.doc, f) for d in score.documents for f in d.spurious]
    lines.append(f"missed gold facts: {len(missed)}")
    for doc, f in missed[:EXAMPLES * 2]:
        lines.append(f"  {doc}: {_fact(f)}")
    lines.append(f"spurious predicted facts: {len(spurious)}")
    for doc, f in spurious[:EXAMPLES * 2]:
        lines.append(f"  {doc}: {_fact(f)}")
    if floor is not None:
        verdict = "ok" if score.full.f1 >= floor else "BELOW FLOOR"
        lines.append(f"full-F1 floor {floor:.3f}: {verdict}")
    lines.extend(headline(score))
    return "\n".join(lines)
