"""Maximum-weight bipartite assignment (Hungarian algorithm, O(n³)), without scipy.

scipy is not a dependency of chanye; the matrices here are small (facts of one document), so a plain
implementation of the shortest-augmenting-path Hungarian method is enough.
"""

from __future__ import annotations

import math


def max_weight_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs (row, col) maximising the total weight; only pairs with a positive weight are returned.

    `weights` is rows × cols (either may be larger); a weight <= 0 means "may not pair".
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    n = max(rows, cols)
    top = max((w for row in weights for w in row), default=0.0)
    # Square cost matrix for minimisation; padding and forbidden cells cost as much as an empty pairing.
    cost = [[top - (weights[i][j] if i < rows and j < cols and weights[i][j] > 0 else 0.0) for j in range(n)] for i in range(n)]
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)  # p[j]: row (1-based) assigned to column j
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = math.inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        c = j - 1
        if i < rows and c < cols and weights[i][c] > 0:
            pairs.append((i, c))
    pairs.sort()
    return pairs
