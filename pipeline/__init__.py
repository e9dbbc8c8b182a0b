"""thidua: Vietnamese emulation and commendation news -> traceable structured records.

The stages, each a subpackage, in the order data flows:
fetch -> read -> clean -> nlp -> extract -> normalize -> export (batch runs them; evaluate scores the
result; review draws it). The functions below are the public API, one per `thidua` subcommand with
the same options, plus loaders for the outputs (typed; see `pipeline/api.py`):

    >>> from pipeline import extract_text
    >>> record = extract_text(open("corpora/seeds/001_cd6882ff96a3fb17.txt", encoding="utf-8").read(), "001")
    >>> [o.name for o in record.officials]
    ['Hà Lan Anh', 'Triệu Đức Hạnh']
"""

from __future__ import annotations

__version__ = "0.1.0"

from pipeline.api import (Evaluation, describe, extract_file, extract_text, label, load_articles,  # noqa: E402
                          load_tables, read_table, run_crawl, run_eval, run_extract, write_review,
                          write_reviews)

__all__ = ["Evaluation", "__version__", "describe", "extract_file", "extract_text", "label", "load_articles",
           "load_tables", "read_table", "run_crawl", "run_eval", "run_extract", "write_review", "write_reviews"]
