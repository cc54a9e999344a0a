"""Runs the stages end to end: sources -> clean -> extract -> store, streamed, in parallel or on Dask.

    from chanye.pipeline import ingest, process_source
    summary = ingest(["corpus/"], db_url="sqlite:///chanye.db", workers=4)
"""

from chanye.pipeline.ingest import IngestSummary, ingest
from chanye.pipeline.process import process_source

__all__ = ["IngestSummary", "ingest", "process_source"]
