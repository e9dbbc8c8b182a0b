"""Batch runs: every input through every stage, resumable, in parallel, with counted skips and failures."""

from pipeline.batch.runner import Summary, run_extract
from pipeline.batch.work import StageError, process, process_path

__all__ = ["StageError", "Summary", "process", "process_path", "run_extract"]
