"""The unit of work of a batch: one input file through every stage, as picklable results.

The same function runs in the local process pool and on Dask workers, so both engines
give identical rows.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.clean import clean
from pipeline.core.types import ArticleRecord, RawDocument, Skipped
from pipeline.export.records import to_json
from pipeline.export.tables import rows
from pipeline.extract import extract
from pipeline.nlp import analyse
from pipeline.read import read_file, remove_nul_bytes

log = logging.getLogger("thidua")
# The errors.csv reason of an article kept after stray NUL bytes were removed from its file.
REPAIRED_NUL = "nul_bytes_removed"


@dataclass
class Result:
    """One article (or one input that gave none) ready for the ledger."""

    rec_no: int  # position within its input file (a WARC file holds many)
    source: str
    article_id: str
    status: str  # "ok" | "skipped" | "failed"
    content_hash: str = ""
    jsonl: str = ""  # the articles.jsonl line
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # The errors.csv row: why no record, or (status "ok") how the input was repaired to give one.
    error: dict[str, Any] | None = None


class StageError(Exception):
    def __init__(self, stage: str, source: str, cause: BaseException):
        super().__init__(f"{stage} failed on {source}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


def _stage(name: str, raw: RawDocument, fn, arg):
    try:
        return fn(arg)
    except Skipped:
        raise
    except Exception as exc:  # one article's crash is recorded, not fatal to the batch
        raise StageError(name, raw.source, exc) from exc


def process(raw: RawDocument) -> ArticleRecord:
    """One document through clean, NLP and extraction. Raises Skipped, or StageError on a crash."""
    article = _stage("clean", raw, clean, raw)
    analysis = _stage("nlp", raw, analyse, article)
    return _stage("extract", raw, extract, analysis)


def _error(source: str, article_id: str, stage: str, reason: str, detail: str) -> dict[str, Any]:
    return {"source": source, "article_id": article_id, "stage": stage, "reason": reason, "detail": detail}


def process_path(path: str, named: bool = True) -> list[Result]:
    """Every article of one input file, in order, each as a Result (never raises for a bad article)."""
    results: list[Result] = []
    for rec_no, item in enumerate(read_file(Path(path), named)):
        if isinstance(item, Skipped):
            log.info("skipped %s", item)
            results.append(Result(rec_no, item.source, "", "skipped",
                                  error=_error(item.source, "", item.stage, item.reason, item.detail)))
            continue
        item, nuls = remove_nul_bytes(item)
        repaired = _error(item.source, item.doc_id, "read", REPAIRED_NUL,
                          f"{nuls} NUL bytes removed; the article was kept") if nuls else None
        if repaired:
            log.info("repaired %s: %s", item.source, repaired["detail"])
        digest = hashlib.sha1(item.content).hexdigest()
        try:
            record = process(item)
        except Skipped as skip:
            log.info("skipped %s", skip)
            results.append(Result(rec_no, item.source, item.doc_id, "skipped", digest,
                                  error=_error(item.source, item.doc_id, skip.stage, skip.reason, skip.detail)))
            continue
        except StageError as err:
            log.error("%s", err)
            results.append(Result(rec_no, item.source, item.doc_id, "failed", digest,
                                  error=_error(item.source, item.doc_id, err.stage, type(err.cause).__name__,
                                               str(err.cause))))
            continue
        results.append(Result(rec_no, item.source, item.doc_id, "ok", digest,
                              jsonl=json.dumps(to_json(record), ensure_ascii=False), rows=list(rows(record)),
                              error=repaired))
    return results
