"""Batch runs: every input through every stage, with counted skips and failures."""

from pipeline.batch.runner import StageError, Summary, process, run_extract

__all__ = ["StageError", "Summary", "process", "run_extract"]
