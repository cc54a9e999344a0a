"""Stage 6 — serve: the FastAPI app (pages and JSON/CSV API) over the analyse calls."""
