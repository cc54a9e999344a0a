"""Stage 3 — extract: CleanDocument -> DocumentResult (facts, industries, frameworks)."""
