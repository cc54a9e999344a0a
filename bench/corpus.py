"""Test and benchmark corpora: H8's realistic generator when present, else variants of the sample corpus.

    from corpus import make_corpus          # with bench/ on sys.path
    paths = make_corpus(out_dir, n_docs=300, seed=1)            # a few hundred small files
    paths = make_corpus(out_dir, target_mb=30, seed=1)          # tens of MB

The fallback copies samples/corpus/*.txt and *.html (UTF-8 ones), each copy with its digits redrawn
from the seed, so every document is distinct (distinct content hashes) but reads like the samples.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLES = REPO / "samples" / "corpus"
_NUMBER = re.compile(r"\d+")


def _generator():
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    try:
        from generate_corpus import generate  # H8's generator (bench/generate_corpus.py)
    except Exception:
        return None
    return generate


def templates(suffixes: tuple[str, ...] = (".txt", ".html")) -> list[tuple[str, str]]:
    """(suffix, text) of every UTF-8 sample with one of `suffixes`."""
    out = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in suffixes:
            continue
        try:
            out.append((path.suffix, path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    if not out:
        raise RuntimeError(f"no UTF-8 samples under {SAMPLES}")
    return out


def _variant(text: str, rng: random.Random) -> str:
    """Every number redrawn with as many digits, except years (19xx, 20xx), which stay."""

    def redraw(m: re.Match) -> str:
        digits = m.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return digits
        first = str(rng.randrange(1, 10)) if len(digits) > 1 else str(rng.randrange(10))
        return first + "".join(str(rng.randrange(10)) for _ in digits[1:])

    return _NUMBER.sub(redraw, text)


def make_corpus(out_dir: Path, *, n_docs: int | None = None, target_mb: float | None = None, seed: int = 0,
                use_generator: bool = True, suffixes: tuple[str, ...] = (".txt", ".html")) -> list[Path]:
    """Write a corpus into `out_dir`; returns the files written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    generate = _generator() if use_generator and target_mb is not None else None
    if generate is not None:
        generate(out_dir, target_mb, seed, ["txt", "html"])
        return sorted(p for p in out_dir.rglob("*") if p.is_file())
    rng = random.Random(seed)
    tpl = templates(suffixes)
    written: list[Path] = []
    total = 0
    limit_bytes = int(target_mb * 1024 * 1024) if target_mb is not None else None
    i = 0
    while True:
        if n_docs is not None and i >= n_docs:
            break
        if limit_bytes is not None and total >= limit_bytes:
            break
        suffix, text = tpl[i % len(tpl)]
        body = _variant(text, rng).encode("utf-8")
        path = out_dir / f"doc{i:06d}{suffix}"
        path.write_bytes(body)
        written.append(path)
        total += len(body)
        i += 1
    return written
