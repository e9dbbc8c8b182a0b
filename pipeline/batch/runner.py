"""Run the stages over many inputs: read -> clean -> nlp -> extract -> export.

Resumable: every finished input file goes to the run ledger in the output folder; a new
run skips files already done by the same pipeline version (`force` redoes them). The outputs
are written from the ledger, atomically and in input order (each input as soon as it and
all before it are done, while later ones are processed), so an interrupted and resumed run
ends with the same files as an uninterrupted one.
One bad article never stops the batch: it is counted by reason and written to errors.csv.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch.engines import Task, run_dask, run_pool, run_serial
from pipeline.batch.ledger import Ledger, file_key
from pipeline.batch.outdir import make_output_folder
from pipeline.batch.progress import Progress
from pipeline.batch.version import pipeline_version
from pipeline.batch.work import Result, process_path
from pipeline.export import OutputWriter
from pipeline.normalize import Linker
from pipeline.read import is_input, list_inputs

log = logging.getLogger("thidua")
# Skip reasons that are not problems: non-article files found while walking a folder, and links back
# into a folder being walked (everything they lead to is read once anyway).
IGNORED = {"other_file", "symlink_loop"}


@dataclass
class Summary:
    articles: int = 0
    inputs: int = 0
    reused: int = 0  # input files whose results came from the ledger of an earlier run
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    failed: Counter[str] = field(default_factory=Counter)  # stage -> count
    repaired: Counter[str] = field(default_factory=Counter)  # reason -> articles kept after a repair
    records: Counter[str] = field(default_factory=Counter)  # table -> rows
    seconds: float = 0.0
    out_dir: str = ""

    @property
    def problems(self) -> int:
        """Inputs that held an article file but gave no record (other files in folders excluded)."""
        return sum(n for reason, n in self.skipped.items() if reason not in IGNORED) + sum(self.failed.values())

    def lines(self) -> list[str]:
        rate = self.articles / self.seconds if self.seconds else 0.0
        out = [f"{self.articles} articles from {self.inputs} input files in {self.seconds:.1f} s "
               f"({rate:.1f} articles/s) -> {self.out_dir}"]
        if self.reused:
            out.append(f"  {self.reused} input files already done in an earlier run (use --force to redo)")
        for table in ("officials", "clusters", "cluster_members", "movements", "awards", "documents",
                      "people", "units", "movements_canonical"):
            out.append(f"  {table:19} {self.records.get(table, 0):6} rows")
        for reason, n in sorted(self.skipped.items()):
            label = "passed over (not article files)" if reason in IGNORED else f"skipped ({reason})"
            out.append(f"  {label}: {n}")
        for stage, n in sorted(self.failed.items()):
            out.append(f"  failed in {stage}: {n}")
        for reason, n in sorted(self.repaired.items()):
            out.append(f"  repaired and kept ({reason}): {n}")
        if self.problems:
            out.append("  see errors.csv for each skipped or failed input")
        return out


def run_extract(paths: Iterable[str | Path], out_dir: str | Path, *, excel: bool = False, workers: int = 1,
                engine: str = "local", scheduler: str | None = None, force: bool = False,
                progress: bool = False) -> Summary:
    """Extract every article under `paths` into `out_dir`. Returns the counts."""
    out = Path(out_dir)
    inputs = list(list_inputs(paths))  # raises InputError on a missing path before any output
    make_output_folder(out)  # one-line OutputError for a file or a folder that cannot be written
    summary = Summary(out_dir=str(out), inputs=len(inputs))
    started = time.perf_counter()
    ledger = Ledger(out, pipeline_version())
    try:
        pending, order = _plan(ledger, inputs, force, summary)
        bar = _progress(len(pending), progress)
        # Each input is exported and linked as soon as it and every input before it are done, beside
        # the workers; the cross-article tables (people, units, movements, duplicate stories) come last.
        with OutputWriter(out, excel=excel) as writer, Linker(out, excel=excel) as linker:
            export = _InOrder(ledger, order, {key for key, _, _ in pending}, writer, linker.add, summary)
            for key, path, results in _engine(engine, pending, workers, scheduler):
                ledger.record(key, path, results, time.time())
                export.done(key)
                bar.update(1)
            export.rest()
        bar.close()
        summary.records.update(linker.summary.rows)
    finally:
        ledger.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _plan(ledger: Ledger, inputs: list[tuple[Path, bool]], force: bool,
          summary: Summary) -> tuple[list[Task], list[str]]:
    """The inputs to process, and every input's key in input order."""
    pending: list[Task] = []
    order: list[str] = []
    for path, named in inputs:
        key = file_key(path)
        order.append(key)
        if not is_input(path) and not named:
            # Not an article file: recorded at once, nothing to process.
            ledger.record(key, str(path), [_other_file(path)], time.time())
        elif force or not ledger.is_done(key):
            pending.append((key, str(path), named))
        else:
            summary.reused += 1
    return pending, order


def _other_file(path: Path) -> Result:
    return process_path(str(path), named=False)[0]


def _engine(engine: str, tasks: list[Task], workers: int, scheduler: str | None) -> Iterator:
    if engine == "dask":
        return run_dask(tasks, scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    if workers > 1 and len(tasks) > 1:
        return run_pool(tasks, workers)
    return run_serial(tasks)


class _InOrder:
    """Writes the results of each input (export files, and the article to `link`) from the ledger once
    that input and every input before it are done: the writing keeps input order and runs while the
    workers go on with later inputs."""

    def __init__(self, ledger: Ledger, order: list[str], waiting: set[str], writer: OutputWriter,
                 link: Callable[[dict], None], summary: Summary):
        self.ledger, self.order, self.waiting = ledger, order, waiting
        self.writer, self.link, self.summary = writer, link, summary
        self.next = 0  # position in `order` of the first input not written yet
        self.seen: set[str] = set()  # article ids written
        self._flush()  # inputs done in an earlier run may lead

    def done(self, key: str) -> None:
        self.waiting.discard(key)
        self._flush()

    def rest(self) -> None:
        """After the last input: anything not written yet (nothing, when every input came back)."""
        self.waiting.clear()
        self._flush()

    def _flush(self) -> None:
        while self.next < len(self.order) and self.order[self.next] not in self.waiting:
            self._write(self.order[self.next])
            self.next += 1

    def _write(self, key: str) -> None:
        summary, writer = self.summary, self.writer
        for status, jsonl, rows, error in self.ledger.results(key):
            if status == "ok":
                jsonl, rows, article = _unique_id(jsonl, rows, self.seen)
                summary.records.update(writer.write_rows(jsonl, rows))
                self.link(article)
                summary.articles += 1
                if error:  # kept after a repair, which errors.csv records
                    writer.write_error({**error, "article_id": article["id"]})
                    summary.repaired[error["reason"]] += 1
                continue
            writer.write_error(error)
            if status == "skipped":
                summary.skipped[error["reason"]] += 1
            else:
                summary.failed[error["stage"]] += 1


def _unique_id(jsonl: str, rows: list, seen: set[str]) -> tuple[str, list, dict]:
    """Two inputs with one file stem ("a/x.txt", "b/x.txt") get "x" and "x~2": ids stay keys.
    Returns the line, the rows and the article as a dict (what linking reads)."""
    article = json.loads(jsonl)
    base = article["id"]
    new, n = base, 1
    while new in seen:
        n += 1
        new = f"{base}~{n}"
    seen.add(new)
    if new == base:
        return jsonl, rows, article
    log.warning("article id %s is taken; %s gets %s", base, article["provenance"]["source"], new)
    article["id"] = new
    renamed = []
    for table, row in rows:
        row = {k: (new + v[len(base):] if isinstance(v, str) and k.endswith("_id") and v.startswith(base + ":")
                   else new if k == "article_id" else v) for k, v in row.items()}
        renamed.append((table, row))
    return json.dumps(article, ensure_ascii=False), renamed, article


def _progress(total: int, enabled: bool) -> Progress:
    return Progress(total, enabled)
