"""Runs the stages end to end: sources -> clean -> extract -> store, streamed, in parallel or on Dask."""
