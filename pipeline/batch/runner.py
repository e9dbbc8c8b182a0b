"""Run the stages over many inputs: read -> clean -> nlp -> extract -> export.

One bad article never stops the batch: a `Skipped` input is counted by its reason, an
unexpected failure by its stage, and both are written to `errors.csv`.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.clean import clean
from pipeline.core.types import ArticleRecord, RawDocument, Skipped
from pipeline.export import OutputWriter
from pipeline.extract import extract
from pipeline.nlp import analyse
from pipeline.read import iter_documents

log = logging.getLogger("thidua")
# Skip reasons that are not problems: non-article files found while walking a folder.
IGNORED = {"other_file"}


@dataclass
class Summary:
    articles: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    failed: Counter[str] = field(default_factory=Counter)  # stage -> count
    records: Counter[str] = field(default_factory=Counter)  # table -> rows
    seconds: float = 0.0
    out_dir: str = ""

    @property
    def problems(self) -> int:
        """Inputs that held an article file but gave no record (other files in folders excluded)."""
        return sum(n for reason, n in self.skipped.items() if reason not in IGNORED) + sum(self.failed.values())

    def lines(self) -> list[str]:
        out = [f"{self.articles} articles processed in {self.seconds:.1f} s -> {self.out_dir}"]
        for table in ("officials", "clusters", "cluster_members", "movements", "awards", "documents"):
            out.append(f"  {table:16} {self.records.get(table, 0):6} rows")
        for reason, n in sorted(self.skipped.items()):
            out.append(f"  skipped ({reason}): {n}")
        for stage, n in sorted(self.failed.items()):
            out.append(f"  failed in {stage}: {n}")
        if self.problems:
            out.append("  see errors.csv for each skipped or failed input")
        return out


def process(raw: RawDocument) -> ArticleRecord:
    """One document through clean, NLP and extraction. Raises Skipped, or StageError on a crash."""
    article = _stage("clean", raw, clean, raw)
    analysis = _stage("nlp", raw, analyse, article)
    return _stage("extract", raw, extract, analysis)


class StageError(Exception):
    def __init__(self, stage: str, source: str, cause: BaseException):
        super().__init__(f"{stage} failed on {source}: {type(cause).__name__}: {cause}")
        self.stage = stage
        self.cause = cause


def _stage(name, raw, fn, arg):
    try:
        return fn(arg)
    except Skipped:
        raise
    except Exception as exc:  # one article's crash is recorded, not fatal to the batch
        raise StageError(name, raw.source, exc) from exc


def run_extract(paths: Iterable[str | Path], out_dir: str | Path, excel: bool = False) -> Summary:
    """Extract every article under `paths` into `out_dir`. Returns the counts."""
    summary = Summary(out_dir=str(out_dir))
    started = time.perf_counter()
    documents = iter_documents(paths)  # raises InputError on a missing path before any output
    with OutputWriter(out_dir, excel=excel) as writer:
        for item in documents:
            if isinstance(item, Skipped):
                _skip(summary, writer, item, "")
                continue
            try:
                record = process(item)
            except Skipped as skip:
                _skip(summary, writer, skip, item.doc_id)
                continue
            except StageError as err:
                log.error("%s", err)
                summary.failed[err.stage] += 1
                writer.write_error({"source": item.source, "article_id": item.doc_id, "stage": err.stage,
                                    "reason": type(err.cause).__name__, "detail": str(err.cause)})
                continue
            summary.records.update(writer.write(record))
            summary.articles += 1
    summary.seconds = time.perf_counter() - started
    return summary


def _skip(summary: Summary, writer: OutputWriter, skip: Skipped, article_id: str) -> None:
    log.warning("skipped %s", skip)
    summary.skipped[skip.reason] += 1
    writer.write_error({"source": skip.source, "article_id": article_id, "stage": skip.stage,
                        "reason": skip.reason, "detail": skip.detail})
