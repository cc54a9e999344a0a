"""Stage 5 — analyse: read the store into region profiles, target tracking and comparisons."""
