"""Who chases the same industries: regions x canonical industries, and the overlap of their portfolios.

`compare_regions(engine) -> Comparison`

- A region's *portfolio* is the set of canonical industries (taxonomy ids, `industries.industry_id`) named
  in the documents about it (`documents.region`); unmapped mentions (no id) are counted apart and left
  out of the comparison.
- Each industry in a portfolio carries a *weight* from the strongest role it is named in:
  cluster 1.0, chain 0.8, industry 0.6, future 0.5 (a 产业集群 is a heavier commitment than a 未来产业).
- The similarity of two regions is the weighted Jaccard index of their portfolios,
  sum(min(w_a, w_b)) / sum(max(w_a, w_b)) over the union of their industries (1.0 = the same industries in
  the same roles, 0.0 = nothing shared); the plain Jaccard over the sets and the shared industries are
  given beside it. Pairs are ranked by weighted similarity, then by the number shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from sqlalchemy import Engine

from chanye.analyse.queries import region_industries

ROLE_WEIGHT = {"cluster": 1.0, "chain": 0.8, "industry": 0.6, "future": 0.5}
DEFAULT_WEIGHT = 0.6


@dataclass(slots=True)
class Cell:
    weight: float  # strongest role's weight
    role: str  # strongest role
    mentions: list[dict[str, Any]] = field(default_factory=list)  # evidence: doc, name, role, quote, spans


@dataclass(slots=True)
class Pair:
    a: str
    b: str
    similarity: float  # weighted Jaccard
    jaccard: float  # plain Jaccard over the industry sets
    shared: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Comparison:
    regions: list[str]
    industries: list[str]  # canonical ids, most widely chased first
    matrix: dict[str, dict[str, Cell]]  # region -> industry id -> cell (absent = not named)
    pairs: list[Pair]
    chasers: dict[str, list[str]]  # industry id -> regions naming it (heaviest weight first)
    unmapped: dict[str, int]  # region -> mentions without a canonical id

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, built without deep copies."""
        return {
            "regions": list(self.regions),
            "industries": list(self.industries),
            "matrix": {
                r: {i: {"weight": c.weight, "role": c.role, "mentions": c.mentions} for i, c in cells.items()}
                for r, cells in self.matrix.items()
            },
            "pairs": [{"a": p.a, "b": p.b, "similarity": p.similarity, "jaccard": p.jaccard, "shared": p.shared} for p in self.pairs],
            "chasers": self.chasers,
            "unmapped": self.unmapped,
        }

    def rows(self) -> list[dict[str, Any]]:
        """The matrix as flat rows (region, industry_id, weight, role, mentions) for CSV."""
        out = []
        for region in self.regions:
            for ind, cell in self.matrix.get(region, {}).items():
                out.append(
                    {
                        "region": region,
                        "industry_id": ind,
                        "weight": cell.weight,
                        "role": cell.role,
                        "mentions": len(cell.mentions),
                        "docs": " ".join(sorted({m["doc"] for m in cell.mentions})),
                    }
                )
        return out


def weighted_jaccard(a: dict[str, float], b: dict[str, float]) -> float:
    keys = set(a) | set(b)
    if not keys:
        return 0.0
    num = sum(min(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    den = sum(max(a.get(k, 0.0), b.get(k, 0.0)) for k in keys)
    return num / den if den else 0.0


def jaccard(a: set[str], b: set[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def build_comparison(mentions: list[dict[str, Any]]) -> Comparison:
    """The comparison from industry mentions (each with region, industry_id, role; doc and quote as evidence)."""
    matrix: dict[str, dict[str, Cell]] = {}
    unmapped: dict[str, int] = {}
    for m in mentions:
        region = m.get("region")
        if not region:
            continue
        ind = m.get("industry_id")
        if not ind:
            unmapped[region] = unmapped.get(region, 0) + 1
            continue
        w = ROLE_WEIGHT.get(m.get("role") or "", DEFAULT_WEIGHT)
        cells = matrix.setdefault(region, {})
        cell = cells.get(ind)
        if cell is None:
            cell = cells[ind] = Cell(weight=w, role=m.get("role") or "industry")
        elif w > cell.weight:
            cell.weight, cell.role = w, m.get("role") or cell.role
        cell.mentions.append(
            {k: m.get(k) for k in ("doc", "name", "role", "framework", "quote", "clean_start", "clean_end")}
        )
    regions = sorted(matrix, key=lambda r: (-len(matrix[r]), r))
    chasers: dict[str, list[str]] = {}
    for r in regions:
        for ind in matrix[r]:
            chasers.setdefault(ind, []).append(r)
    for ind, rs in chasers.items():
        rs.sort(key=lambda r: (-matrix[r][ind].weight, r))
    industries = sorted(chasers, key=lambda i: (-len(chasers[i]), i))
    pairs = []
    for a, b in combinations(regions, 2):
        wa = {k: c.weight for k, c in matrix[a].items()}
        wb = {k: c.weight for k, c in matrix[b].items()}
        shared = sorted(set(wa) & set(wb), key=lambda i: industries.index(i))
        pairs.append(
            Pair(a=a, b=b, similarity=weighted_jaccard(wa, wb), jaccard=jaccard(set(wa), set(wb)), shared=shared)
        )
    pairs.sort(key=lambda p: (-p.similarity, -len(p.shared), p.a, p.b))
    for r in unmapped:
        if r not in matrix:
            regions.append(r)
    return Comparison(
        regions=regions, industries=industries, matrix=matrix, pairs=pairs, chasers=chasers, unmapped=unmapped
    )


def compare_regions(engine: Engine) -> Comparison:
    """Regions x canonical industries from the store (see the module docstring for the rules)."""
    return build_comparison(region_industries(engine))
