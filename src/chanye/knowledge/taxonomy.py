"""The industry taxonomy (data/industry_taxonomy.yaml) and mapping names as written onto it.

`map_industry(name)` tries, in order:
1. the name or a synonym, exactly;
2. the normalised name: suffixes 产业/产业集群/集群/产业链/行业/领域/制造业 dropped, 高端/先进/新型/现代/
   绿色/智能 qualifiers tried with and without, full-width letters folded;
3. a compound joined by 及/与/和/、 (生物医药及高端医疗器械, 集成电路与ICT): the first part that maps;
4. a careful fallback: the longest known name that ends the written name (its head: 纳米新材料 → 新材料,
   数智电子信息 → 电子信息) or, failing that, that it starts with, when that known name is at least two
   characters and covers at least half of the written name.
Anything else stays unmapped (None) — callers keep it and flag it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from chanye.knowledge.loader import load_data


@dataclass(frozen=True, slots=True)
class IndustryNode:
    id: str
    name: str
    en: str
    parent: str | None = None
    sei_code: str | None = None
    sei_name: str | None = None
    gb_code: str | None = None
    gb_name: str | None = None
    future_family: str | None = None
    synonyms: tuple[str, ...] = ()


_SUFFIXES = ("产业集群", "产业链", "产业", "集群", "行业", "领域", "赛道", "板块")
_QUALIFIERS = ("高端", "先进", "新型", "现代", "绿色", "智能", "智慧", "特色", "优势", "传统", "新兴")
_JOINERS = re.compile(r"[及与和、]|以及")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "").strip()


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, IndustryNode], dict[str, str]]:
    data = load_data("industry_taxonomy.yaml")
    nodes: dict[str, IndustryNode] = {}
    index: dict[str, str] = {}
    for item in data["nodes"]:
        node = IndustryNode(
            id=item["id"],
            name=item["name"],
            en=item["en"],
            parent=item.get("parent"),
            sei_code=(item.get("sei") or {}).get("code"),
            sei_name=(item.get("sei") or {}).get("name"),
            gb_code=(item.get("gbt4754") or {}).get("code"),
            gb_name=(item.get("gbt4754") or {}).get("name"),
            future_family=item.get("future_family"),
            synonyms=tuple(item.get("synonyms") or ()),
        )
        nodes[node.id] = node
        for name in (node.name, *node.synonyms):
            index.setdefault(_fold(name).upper(), node.id)
    return nodes, index


def industry_node(node_id: str) -> IndustryNode | None:
    return _load()[0].get(node_id)


def all_nodes() -> list[IndustryNode]:
    return list(_load()[0].values())


def children(node_id: str) -> list[IndustryNode]:
    return [n for n in _load()[0].values() if n.parent == node_id]


def strip_suffix(name: str) -> str:
    """集成电路产业链 → 集成电路; 智慧照明产业 → 智慧照明 (the contract's name form)."""
    name = _fold(name)
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES[:4]:
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
    return name


@lru_cache(maxsize=8192)
def _exact(name: str) -> str | None:
    index = _load()[1]
    key = _fold(name).upper()
    if key in index:
        return index[key]
    base = key
    for _ in range(2):
        for suffix in _SUFFIXES + ("制造业", "制造", "经济"):
            if base.endswith(suffix) and len(base) > len(suffix) + 1:
                base = base[: -len(suffix)]
                if base in index:
                    return index[base]
    for q in _QUALIFIERS:
        if base.startswith(q) and len(base) > len(q) + 1 and base[len(q):] in index:
            return index[base[len(q):]]
    return None


@lru_cache(maxsize=8192)
def map_industry(name: str | None) -> str | None:
    """A name as written → taxonomy node id, or None when it is not known."""
    if not name:
        return None
    name = _fold(name)
    found = _exact(name)
    if found:
        return found
    parts = [p for p in _JOINERS.split(name) if p]
    if len(parts) > 1:
        for part in parts:
            found = _exact(part)
            if found:
                return found
    return _head_or_lead(name.upper())


def _head_or_lead(key: str) -> str | None:
    """Step 4: the longest known name (at least 2 characters, at least half of `key`, not `key` itself)
    that ends `key`, else the longest that starts it. The name's own tails and heads are looked up,
    longest first (scanning the whole index per name cost a millisecond)."""
    index = _load()[1]
    shortest = max(2, (len(key) + 1) // 2)
    for length in range(len(key) - 1, shortest - 1, -1):
        # at one length an ending outranks an opening; a longer opening outranks a shorter ending
        found = index.get(key[-length:])
        if found is not None:
            return found
        found = index.get(key[:length])
        if found is not None:
            return found
    return None


def exact_industry(name: str) -> str | None:
    """Steps 1–2 of map_industry only (exact, synonym, normalised): no compound split, no fallback."""
    return _exact(name) if name else None
