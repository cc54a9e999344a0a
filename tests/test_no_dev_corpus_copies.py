"""The dev pages may be read from ../shared, never copied: no 10+ character run of their text (in simplified
form) may stand in the project's files, apart from phrases the contract itself quotes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import opencc
import pytest


REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_DOCS = SHARED / "corpus" / "dev" / "docs"

_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_PUNCT = re.compile(r"[\s，,。：:；;！!？?（）()“”\"‘’'、]")
_RUN = re.compile(r"[\u4e00-\u9fff0-9.%“”‘’、，,：:（）()《》\-@]{10,}")
_SUFFIXES = (".py", ".yaml", ".yml", ".txt", ".html", ".md", ".json", ".jsonl")


def _norm(text: str) -> str:
    return _PUNCT.sub("", text)


def test_no_dev_corpus_text_in_the_project():
    if not DEV_DOCS.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    t2s = opencc.OpenCC("t2s")
    dev = _norm("\n".join(t2s.convert(_PINYIN.sub("", p.read_text(encoding="utf-8"))) for p in DEV_DOCS.glob("*.txt")))
    spec = _norm((SHARED / "spec" / "facts.md").read_text(encoding="utf-8"))
    listed = subprocess.run(
        ["git", "ls-files", "src", "tests", "samples", "bench"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    copies = []
    for name in listed:
        if not name.endswith(_SUFFIXES):
            continue
        for number, line in enumerate((REPO / name).read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for m in _RUN.finditer(line):
                run = _norm(m.group())
                if len(run) >= 10 and run in dev and run not in spec and (re.search(r"\d", run) or len(run) >= 14):
                    copies.append(f"{name}:{number}: {m.group()}")
    assert not copies, "dev-corpus text copied into the project:\n" + "\n".join(copies[:40])
