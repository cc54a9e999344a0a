"""Word lists kept as data (lexicon/*.yaml) and the pattern pieces made from them."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml


@cache
def load(name: str) -> dict:
    return yaml.safe_load(resources.files("chanye.extract").joinpath(f"lexicon/{name}").read_text("utf-8"))


def any_of(words: list[str]) -> str:
    """`(?:ab|a|c)`: one of the words, longer words tried first (an alternation takes the first that fits)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True)) + ")"


def grouped(entry: dict, groups: dict[str, list[str]]) -> list[str]:
    """An entry's words: those of the shared groups it names, then its own."""
    return [w for g in entry.get("groups", []) for w in groups[g]] + entry.get("words", [])
